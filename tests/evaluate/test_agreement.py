"""upheaval's scorer agrees with shared/eval/score.py (DESIGN.md, "Scoring").

The fixture files in tests/data/evaluate were worked out by hand:
- perfect: every gold event predicted as it is.
- partly_wrong: a protest predicted twice, on its day and a day off (one
  match, one spurious); four days off a precision-2 event (miss and
  spurious); a national curfew placed at the capital (match); a region event on
  another day of the same month with "Province" added to admin1 (match); a
  protest 7 km away in a neighbouring town with the wrong sub-type (match); an
  arrest typed as a riot (miss and spurious); a
  prediction for a document without gold (not scored). 5 of 8 predictions
  and 5 of 7 gold events match: P 0.625, R 0.714, F1 0.667.
- other_keys: documents named by doc_id, documents, document_id and evidence
  only; one prediction cited by two documents counts in both.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from types import ModuleType

import pytest
from tests.evaluate.scorer_fixtures import DATA, NO_REFERENCE, REFERENCE, make_gold, perturb

from upheaval.evaluate import evaluate, gold_event, load_gold, load_predictions, predicted_event

EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
PRED_FILES = sorted(name for name in EXPECTED if name.endswith(".jsonl"))
TOTALS = ("gold", "pred", "matched", "precision", "recall", "f1")


def _ours(pred_file: str) -> dict[str, object]:
    gold = load_gold(DATA / "gold.jsonl")
    return evaluate(gold, load_predictions(DATA / pred_file)).to_dict()


@pytest.mark.parametrize("pred_file", PRED_FILES)
def test_scores_match_hand_worked_expectations(pred_file: str) -> None:
    ours = _ours(pred_file)
    assert {k: ours[k] for k in TOTALS} == EXPECTED[pred_file]


@pytest.mark.parametrize("pred_file", PRED_FILES)
def test_scores_agree_with_reference_scorer_run_as_a_program(pred_file: str) -> None:
    if not REFERENCE.is_file():
        pytest.skip(NO_REFERENCE)
    run = subprocess.run(
        [sys.executable, str(REFERENCE), str(DATA / "gold.jsonl"), str(DATA / pred_file), "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    theirs = json.loads(run.stdout)
    ours = _ours(pred_file)
    assert {k: ours[k] for k in TOTALS} == {k: theirs[k] for k in TOTALS}
    assert ours["field_accuracy"] == theirs["field_accuracy"]
    per_doc = {
        d: {k: c[k] for k in ("gold", "pred", "matched")} for d, c in ours["per_doc"].items()
    }
    assert per_doc == theirs["per_doc"]


def test_partly_wrong_lists_what_was_missed_and_spurious() -> None:
    ours = _ours("partly_wrong.jsonl")
    missed = {(m["doc"], m["event_type"], m["event_date"]) for m in ours["missed"]}
    assert missed == {
        ("wire-1", "Riots", "2024-05-03"),
        ("blog-2", "Strategic developments", "2023-11-21"),
    }
    spurious = sorted((s["doc"], s["event_type"], s["event_date"]) for s in ours["spurious"])
    # Of the two predictions of the 2 May protest, the one on the exact day is
    # the better pair; the one a day off is left over.
    assert spurious == [
        ("blog-2", "Riots", "2023-11-21"),
        ("wire-1", "Protests", "2024-05-03"),
        ("wire-1", "Riots", "2024-05-07"),
    ]
    assert ours["unscored"] == {"unrelated-3": 1}
    assert all(s["evidence"] for s in ours["spurious"])


@pytest.mark.parametrize("seed", range(0, 400, 8))
def test_random_predictions_agree_with_reference(reference: ModuleType, seed: int) -> None:
    """Made-up gold and perturbed predictions: counts and scores are the reference's."""
    rng = random.Random(seed)
    documents = rng.randint(1, 3)
    gold = make_gold(rng, documents, 12)
    pred = perturb(rng, gold, documents)
    theirs = reference.score(gold, pred)
    ours = evaluate([gold_event(g) for g in gold], [predicted_event(p) for p in pred]).to_dict()
    assert {k: ours[k] for k in TOTALS} == {k: theirs[k] for k in TOTALS}


def test_scoring_chosen_documents_agrees_with_the_reference_docs_option() -> None:
    if not REFERENCE.is_file():
        pytest.skip(NO_REFERENCE)
    pred_file = DATA / "partly_wrong.jsonl"
    run = subprocess.run(
        [
            sys.executable,
            str(REFERENCE),
            str(DATA / "gold.jsonl"),
            str(pred_file),
            "--json",
            "--docs=blog-2",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    theirs = json.loads(run.stdout)
    ours = evaluate(load_gold(DATA / "gold.jsonl"), load_predictions(pred_file), ["blog-2"])
    assert {k: ours.to_dict()[k] for k in TOTALS} == {k: theirs[k] for k in TOTALS}
    assert set(ours.per_doc) == {"blog-2"}


def test_predictions_citing_no_document_are_reported_not_dropped() -> None:
    gold = load_gold(DATA / "gold.jsonl")
    orphan = predicted_event({"event_type": "Protests", "event_date": "2024-05-02"})
    result = evaluate(gold, [orphan])
    assert result.total.pred == 0  # as the reference counts
    assert result.unscored == {"(no document)": 1}
