"""Labelled sentences to fit a head on: the bundled ones and a user's coded data.

* The bundled examples (``data/learn/examples/*.yaml``) are sentences the
  team wrote, in the style of real reports from many countries, with many hard
  negatives, plus a codebook-style definition of each sub-type. Nothing in
  them comes from a corpus we may not redistribute.
* A user's gold JSONL (DESIGN.md event records or the evaluation format: one
  object a line with ``sub_event_type`` and ``evidence``, a string or a list
  of ``{"text": ...}``), or an ACLED CSV export (``notes`` and
  ``sub_event_type``): each event's evidence or notes is one example of its
  sub-type. With the documents (``docs``), sentences of a document that no
  evidence overlaps become examples of ``none``.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from upheaval.errors import InputError
from upheaval.learn.head import NONE, SUB_TYPES

__all__ = ["Example", "bundled_examples", "read_documents_negatives", "read_examples"]

_FOLD = {s.casefold(): s for s in SUB_TYPES}
# A sentence ends at . ! ? followed by space and a capital, quote or digit.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z0-9\"'(])")


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled sentence: ``label`` is ``none`` or a sub-event type."""

    text: str
    label: str
    source: str = ""


def _label(value: object) -> str | None:
    return _FOLD.get(str(value or "").strip().casefold())


def bundled_examples() -> list[Example]:
    """The team's sentences and definitions, every file of data/learn/examples."""
    folder = resources.files("upheaval").joinpath("data/learn/examples")
    examples: list[Example] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        data = yaml.safe_load(entry.read_text(encoding="utf-8")) or {}
        for label, sentences in (data.get("examples") or {}).items():
            name = NONE if label == NONE else _label(label)
            if name is None:
                raise ValueError(f"{entry.name}: unknown label {label!r}")
            examples.extend(Example(" ".join(s.split()), name, entry.name) for s in sentences)
        for label, text in (data.get("definitions") or {}).items():
            name = _label(label)
            if name is None:
                raise ValueError(f"{entry.name}: unknown label {label!r}")
            examples.append(Example(" ".join(text.split()), name, "definition"))
    return examples


def read_examples(path: str | Path, docs: str | Path | None = None) -> list[Example]:
    """Examples from a gold JSONL or an ACLED CSV export (by its extension).

    Raises:
        InputError: E001 missing file, E006 bad JSON, E040 no usable column or record.
    """
    name = str(path)
    if not Path(path).is_file():
        raise InputError("E001", name)
    if name.lower().endswith((".csv", ".tsv")):
        examples = list(_acled_rows(name))
    else:
        examples = list(_gold_lines(name))
    if docs is not None:
        examples.extend(read_documents_negatives(docs, [e for e in examples]))
    if not any(e.label != NONE for e in examples):
        raise InputError("E040", name, detail="no event with a known sub_event_type and a text")
    return examples


def _gold_lines(path: str) -> Iterator[Example]:
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError("E006", path, number, error.msg) from error
            if not isinstance(record, dict):
                raise InputError("E013", path, number)
            label = _label(record.get("sub_event_type"))
            for text in _evidence_texts(record.get("evidence")):
                if label and text:
                    yield Example(text, label, f"{path}:{number}")


def _evidence_texts(evidence: Any) -> list[str]:
    if isinstance(evidence, str):
        return [" ".join(evidence.split())]
    if isinstance(evidence, list):
        texts = [e.get("text", "") if isinstance(e, dict) else str(e) for e in evidence]
        return [" ".join(t.split()) for t in texts if t]
    return []


def _acled_rows(path: str) -> Iterator[Example]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        sample = handle.read(4096)
        handle.seek(0)
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
        reader = csv.DictReader(handle, dialect=dialect)
        columns = reader.fieldnames or []
        if "notes" not in columns or "sub_event_type" not in columns:
            raise InputError(
                "E040",
                path,
                1,
                f"an ACLED export needs the columns notes and sub_event_type"
                f" (columns: {', '.join(columns)})",
            )
        for row in reader:
            label = _label(row.get("sub_event_type"))
            text = " ".join((row.get("notes") or "").split())
            if label and text:
                yield Example(text, label, f"{path}:{reader.line_num}")


def split_sentences(text: str) -> list[str]:
    """Sentences of a plain text, by punctuation (no model needed)."""
    parts: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        parts.extend(p for p in _SENTENCE_END.split(" ".join(block.split())) if p)
    return parts


def read_documents_negatives(docs: str | Path, events: Sequence[Example]) -> list[Example]:
    """Sentences of a documents JSONL (``id``, ``text``) that hold no evidence text."""
    evidence = [e.text.casefold() for e in events if e.label != NONE]
    negatives = []
    with open(docs, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError("E006", str(docs), number, error.msg) from error
            for sentence in split_sentences(str(record.get("text") or "")):
                folded = sentence.casefold()
                if len(sentence) < 30 or any(
                    folded[:60] in e or e[:60] in folded for e in evidence
                ):
                    continue
                negatives.append(Example(sentence, NONE, f"{docs}:{number}"))
    return negatives
