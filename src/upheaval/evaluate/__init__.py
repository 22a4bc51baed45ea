"""Measure upheaval against gold events, as ``shared/eval/score.py`` does, and more.

Public API:
    read_gold, load_gold, load_acled_gold, load_predictions: read events to score.
    extract_predictions: run the pipeline and return its events, ready to score.
    score_events, evaluate, evaluate_files: match and count.
    Evaluation, Counts, Outcome: the results.
"""

from upheaval.evaluate.acled import load_acled_gold, parse_acled_date
from upheaval.evaluate.records import (
    ScoredEvent,
    gold_event,
    load_gold,
    load_predictions,
    predicted_event,
)
from upheaval.evaluate.run import evaluate, evaluate_files, extract_predictions, read_gold
from upheaval.evaluate.score import POOLED, Counts, Evaluation, Outcome, score_events

__all__ = [
    "POOLED",
    "Counts",
    "Evaluation",
    "Outcome",
    "ScoredEvent",
    "evaluate",
    "evaluate_files",
    "extract_predictions",
    "gold_event",
    "load_acled_gold",
    "load_gold",
    "load_predictions",
    "parse_acled_date",
    "predicted_event",
    "read_gold",
    "score_events",
]
