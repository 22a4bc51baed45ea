"""Score predictions against gold: counts, per type, per document, misses.

:func:`score_events` groups events by document, matches each document's
events one to one (:mod:`upheaval.evaluate.matching`) and gathers the counts
the reference scorer prints (precision, recall, F1, field accuracies on
matched pairs), and what it does not: the same counts per event type and per
document, and every missed and spurious event with its evidence.

As in the reference scorer, only documents that have gold events are scored:
predictions for other documents are listed as unscored, not counted as
spurious, because the gold says nothing about them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from upheaval.evaluate import rules
from upheaval.evaluate.explain import explain_miss
from upheaval.evaluate.matching import match_events
from upheaval.evaluate.records import ScoredEvent
from upheaval.model import EVENT_TYPES

POOLED = "*"
"""Document id under which gold and predictions are pooled when the gold
carries no documents (an ACLED export without a document column)."""

NO_DOCUMENT = "(no document)"
"""Key in ``unscored`` for predictions that cite no document at all."""

FIELDS = ("sub_event_type", "exact_date", "exact_place", "measures")

# Scores are rounded to 4 places, as the reference scorer rounds them, so the
# numbers of both tools are identical rather than merely close.
_DIGITS = 4


@dataclass(slots=True)
class Counts:
    """Gold, predicted and matched events of a slice (all, one type, one document)."""

    gold: int = 0
    pred: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return round(self.matched / self.pred, _DIGITS) if self.pred else 0.0

    @property
    def recall(self) -> float:
        return round(self.matched / self.gold, _DIGITS) if self.gold else 0.0

    @property
    def f1(self) -> float:
        # From the unrounded ratios, as the reference computes it.
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return round(2 * p * r / (p + r), _DIGITS) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Counts and scores as a plain dict."""
        return {
            "gold": self.gold,
            "pred": self.pred,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True, slots=True)
class Outcome:
    """A gold event without a match (missed) or a prediction without one (spurious)."""

    doc_id: str
    event: ScoredEvent
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The event's main fields, evidence and (for a miss) why it was missed."""
        event = self.event
        row: dict[str, Any] = {
            "doc": self.doc_id,
            "line": event.line or None,
            "event_date": event.date_text,
            "event_type": event.event_type,
            "sub_event_type": event.sub_event_type or None,
            "location": event.location or None,
            "admin1": event.admin1 or None,
            "measures": sorted(event.measures),
            "evidence": event.evidence,
        }
        if self.reason:
            row["reason"] = self.reason
        return row


@dataclass(slots=True)
class Evaluation:
    """Everything :func:`score_events` measured."""

    total: Counts = field(default_factory=Counts)
    fields: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in FIELDS})
    per_type: dict[str, Counts] = field(default_factory=dict)
    per_doc: dict[str, Counts] = field(default_factory=dict)
    missed: list[Outcome] = field(default_factory=list)
    spurious: list[Outcome] = field(default_factory=list)
    unscored: dict[str, int] = field(default_factory=dict)
    # Matched pairs by (gold sub-type, predicted sub-type): the confusion table.
    sub_types: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.total.precision

    @property
    def recall(self) -> float:
        return self.total.recall

    @property
    def f1(self) -> float:
        return self.total.f1

    def field_accuracy(self) -> dict[str, float | None]:
        """Share of matched pairs that agree on each field (None when none apply)."""
        return {k: round(a / n, _DIGITS) if n else None for k, (a, n) in self.fields.items()}

    def to_dict(self) -> dict[str, Any]:
        """One JSON object; ``precision``, ``recall``, ``f1`` are the reference scorer's."""
        return {
            **self.total.to_dict(),
            "field_accuracy": self.field_accuracy(),
            "per_type": {k: v.to_dict() for k, v in self.per_type.items()},
            "per_doc": {k: v.to_dict() for k, v in self.per_doc.items()},
            "missed": [o.to_dict() for o in self.missed],
            "spurious": [o.to_dict() for o in self.spurious],
            "unscored": dict(self.unscored),
            "sub_type_confusion": [
                {"gold": g, "pred": p, "n": n} for (g, p), n in sorted(self.sub_types.items())
            ],
        }


def score_events(
    gold: Sequence[ScoredEvent],
    pred: Sequence[ScoredEvent],
    docs: Iterable[str] | None = None,
) -> Evaluation:
    """Match predictions to gold events document by document and count.

    Args:
        gold: gold events (each names one document).
        pred: predicted events (a prediction counts once for each document it cites).
        docs: the documents to score; default every document with gold events.

    Returns:
        The evaluation: totals, field accuracies, per type, per document, misses.
    """
    gold_by_doc = _group(gold)
    pred_by_doc = _group(pred)
    if POOLED in gold_by_doc and len(gold_by_doc) == 1:
        pred_by_doc = {POOLED: list(pred)}  # gold without documents: pool everything
    chosen = list(dict.fromkeys(docs)) if docs is not None else sorted(gold_by_doc)
    evaluation = Evaluation()
    for doc_id in chosen:
        _score_document(
            evaluation, doc_id, gold_by_doc.get(doc_id, []), pred_by_doc.get(doc_id, [])
        )
    scored = set(chosen)
    evaluation.unscored = {d: len(p) for d, p in sorted(pred_by_doc.items()) if d not in scored}
    orphans = sum(1 for p in pred if not p.doc_ids)
    if orphans and POOLED not in pred_by_doc:
        evaluation.unscored[NO_DOCUMENT] = orphans  # said out loud, never dropped silently
    return evaluation


def _group(events: Iterable[ScoredEvent]) -> dict[str, list[ScoredEvent]]:
    groups: dict[str, list[ScoredEvent]] = defaultdict(list)
    for event in events:
        for doc_id in event.doc_ids:
            groups[doc_id].append(event)
    return groups


def _score_document(
    evaluation: Evaluation, doc_id: str, gold: list[ScoredEvent], pred: list[ScoredEvent]
) -> None:
    pairs = match_events(gold, pred)
    counts = Counts(len(gold), len(pred), len(pairs))
    evaluation.per_doc[doc_id] = counts
    total = evaluation.total
    total.gold, total.pred, total.matched = (
        total.gold + counts.gold,
        total.pred + counts.pred,
        total.matched + counts.matched,
    )
    for g, p in pairs:
        _count_fields(evaluation.fields, gold[g], pred[p])
        pair = (gold[g].sub_event_type or "(none)", pred[p].sub_event_type or "(none)")
        evaluation.sub_types[pair] = evaluation.sub_types.get(pair, 0) + 1
    _count_types(evaluation.per_type, gold, pred, pairs)
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    for i, event in enumerate(gold):
        if i not in matched_gold:
            evaluation.missed.append(Outcome(doc_id, event, explain_miss(event, pred)))
    for j, event in enumerate(pred):
        if j not in matched_pred:
            evaluation.spurious.append(Outcome(doc_id, event))


def _count_fields(fields: dict[str, list[int]], gold: ScoredEvent, pred: ScoredEvent) -> None:
    agree = {
        "sub_event_type": rules.sub_type_agrees(gold, pred),
        "exact_date": rules.exact_date(gold, pred),
        "exact_place": rules.exact_place(gold, pred),
    }
    if gold.measures:  # only gold events that are measures say anything about measures
        agree["measures"] = rules.measures_agree(gold, pred)
    for name, ok in agree.items():
        fields[name][0] += int(ok)
        fields[name][1] += 1


def _count_types(
    per_type: dict[str, Counts],
    gold: list[ScoredEvent],
    pred: list[ScoredEvent],
    pairs: list[tuple[int, int]],
) -> None:
    for event in gold:
        per_type.setdefault(type_name(event.event_type), Counts()).gold += 1
    for event in pred:
        per_type.setdefault(type_name(event.event_type), Counts()).pred += 1
    for g, _ in pairs:  # a pair always has one type: matching requires it
        per_type[type_name(gold[g].event_type)].matched += 1


_CANONICAL = {rules.fold(name): name for name in EVENT_TYPES}


def type_name(event_type: str) -> str:
    """The ACLED spelling of an event type ("protests" -> "Protests"), else as written."""
    return _CANONICAL.get(rules.fold(event_type), event_type or "(none)")
