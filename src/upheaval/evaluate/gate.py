"""The quality gate: extract bundled corpora, score them, compare with recorded floors.

The floors live in a JSON file in the repository (``quality/floors.json``):

.. code-block:: json

    {"corpora": {"examples": {"docs": "examples/reports.jsonl",
                              "gold": "examples/gold.jsonl",
                              "required": true, "f1": 0.42}}}

Corpus paths are relative to the repository root, the folder above the one
holding the floors file. A required corpus that is missing fails the gate; an
optional one (the shared dev set) is skipped. The gate guards against
regressions: raising a floor is a normal commit (``upheaval gate
--raise-floors`` writes the measured scores, rounded down), lowering one is an
edit a reviewer sees. It is not a target to tune to.
"""

from __future__ import annotations

import json
import math
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from upheaval.errors import ConfigError, InputError
from upheaval.evaluate.records import ScoredEvent, load_gold
from upheaval.evaluate.run import document_ids, evaluate, extract_predictions, scoring_scope
from upheaval.evaluate.score import Evaluation

# Floors are written with two decimals, rounded down: a rerun of the same
# pipeline scores the same, and two decimals keep the file readable.
FLOOR_DIGITS = 2

Extractor = Callable[[Sequence[str], str], list[ScoredEvent]]
"""Runs the pipeline on document paths into a database URL; replaced in tests."""

Documents = Callable[[Sequence[str]], list[str]]
"""Lists the ids of the documents in paths (all of them are scored); replaced in tests."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """A corpus the gate scores: documents, gold and the F1 floor."""

    name: str
    docs: Path
    gold: Path
    floor: float
    required: bool = True


@dataclass(frozen=True, slots=True)
class GateResult:
    """The outcome for one corpus.

    Attributes:
        corpus: the corpus.
        evaluation: its scores, None when it was not scored.
        problem: why it was not scored ("" when it was).
    """

    corpus: Corpus
    evaluation: Evaluation | None = None
    problem: str = ""

    @property
    def margin(self) -> float | None:
        """F1 minus the floor (negative: below the floor); None when not scored."""
        if self.evaluation is None:
            return None
        return round(self.evaluation.f1 - self.corpus.floor, 4)

    @property
    def passed(self) -> bool:
        """Whether the corpus passes: scored at or above its floor, or optional and absent."""
        if self.evaluation is None:
            return not self.corpus.required
        return self.evaluation.f1 >= self.corpus.floor


def read_floors(path: Path, dev: Path | None = None) -> list[Corpus]:
    """Read the corpora and floors; ``dev`` replaces the dev corpus's folder (then required).

    Raises:
        InputError: E001 missing file, E006 not JSON, E040 an entry without docs, gold or f1.
    """
    data = _read_json(path)
    root = path.resolve().parent.parent
    corpora = []
    for name, entry in (data.get("corpora") or {}).items():
        corpora.append(_corpus(name, entry, root, path))
    if dev is not None:
        corpora = [_with_dev(c, dev) if c.name == "dev" else c for c in corpora]
        if not any(c.name == "dev" for c in corpora):
            corpora.append(_with_dev(Corpus("dev", dev, dev, 0.0), dev))
    return corpora


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError("E001", str(path)) from exc
    except json.JSONDecodeError as exc:
        raise InputError("E006", str(path), exc.lineno, exc.msg) from exc
    if not isinstance(data, dict):
        raise InputError("E040", str(path), detail="floors file must hold a JSON object")
    return data


def _corpus(name: str, entry: object, root: Path, path: Path) -> Corpus:
    if not isinstance(entry, dict) or not all(k in entry for k in ("docs", "gold", "f1")):
        raise InputError("E040", str(path), detail=f"corpus {name!r} needs 'docs', 'gold' and 'f1'")
    try:
        floor = float(entry["f1"])
    except (TypeError, ValueError) as exc:
        raise InputError("E040", str(path), detail=f"corpus {name!r}: f1 is not a number") from exc
    return Corpus(
        name, root / entry["docs"], root / entry["gold"], floor, bool(entry.get("required", True))
    )


def _with_dev(corpus: Corpus, folder: Path) -> Corpus:
    # A folder named on the command line is wanted: missing, it fails the gate.
    return Corpus(corpus.name, folder / "docs.jsonl", folder / "gold.jsonl", corpus.floor, True)


def run_gate(
    corpora: Sequence[Corpus],
    extractor: Extractor | None = None,
    documents: Documents | None = None,
) -> list[GateResult]:
    """Extract and score each corpus, each into its own temporary SQLite database.

    Args:
        corpora: what to score (see :func:`read_floors`).
        extractor: runs the pipeline; default :func:`default_extractor`.
        documents: lists a corpus's document ids; default :func:`default_documents`.
    """
    extract = extractor or default_extractor
    list_documents = documents or default_documents
    results = []
    for corpus in corpora:
        missing = [str(p) for p in (corpus.docs, corpus.gold) if not p.exists()]
        if missing:
            results.append(GateResult(corpus, problem=f"missing {', '.join(missing)}"))
            continue
        gold = load_gold(corpus.gold)
        with tempfile.TemporaryDirectory(prefix="upheaval-gate-") as folder:
            pred = extract([str(corpus.docs)], f"sqlite:///{Path(folder) / 'gate.sqlite'}")
        # Every document of the corpus is scored: spurious events in a
        # document without gold events count against precision.
        docs = scoring_scope(gold, list_documents([str(corpus.docs)]))
        results.append(GateResult(corpus, evaluate(gold, pred, docs)))
    return results


def default_extractor(paths: Sequence[str], db: str) -> list[ScoredEvent]:
    """Run upheaval's pipeline on ``paths`` into the database ``db``."""
    return extract_predictions(paths, db=db)


def default_documents(paths: Sequence[str]) -> list[str]:
    """The ids of every document in ``paths``, as the pipeline reads them."""
    return document_ids(paths)


def raise_floors(path: Path, results: Sequence[GateResult]) -> dict[str, float]:
    """Raise each scored corpus's floor to its F1 (rounded down); never lower one.

    Returns:
        The floors that changed, by corpus name.

    Raises:
        ConfigError: E020 when the floors file lacks a corpus that was scored.
    """
    data = _read_json(path)
    raised: dict[str, float] = {}
    for result in results:
        if result.evaluation is None:
            continue
        entry = (data.get("corpora") or {}).get(result.corpus.name)
        if entry is None:
            raise ConfigError("E020", f"corpus {result.corpus.name!r} is not in {path}")
        scale = 10**FLOOR_DIGITS
        measured = math.floor(result.evaluation.f1 * scale) / scale
        if measured > float(entry["f1"]):
            entry["f1"] = raised[result.corpus.name] = measured
    if raised:
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return raised
