"""The decision rule: how the rules' coding and the classifier's opinion combine.

The rules stay in charge: they find the candidates and every argument (dates,
places, actors, magnitudes). The classifier reads each candidate sentence once
and gives P(not an event) and P(sub-type). For each rule mention:

1. **veto**: the mention is dropped only when the classifier is confident the
   sentence is no event, ``P(none) >= veto``, *and* gives the rule's event
   type almost nothing, ``P(type) < veto_type``. A state measure (curfew,
   internet cut ...) is never vetoed: its rules are exact and the head has
   seen few measures.
2. **relabel**: within the rule's event type only, and only when the
   classifier agrees with that type, ``P(type) >= relabel_type``, the
   sub-type becomes the classifier's when ``P(sub | type) >= relabel`` and
   it beats the rule's sub-type by ``margin`` within the type. The event
   type never changes, and a measure keeps its sub-type (Strategic
   developments / Other). A protest the rules coded with intervention or
   excessive force is never made peaceful: the rules see the police action
   in another clause or sentence, the classifier reads one sentence.
3. **confidence**: the mean of the rule's confidence and the classifier's
   agreement with the final coding, ``(P(type) + P(sub-type)) / 2``:
   high only when both say the same type and sub-type.

The thresholds travel with the model file (:class:`~upheaval.learn.head.Thresholds`);
the bundled head's are conservative.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from upheaval.learn.head import NONE, TYPE_OF, Head, Matrix
from upheaval.model import RawMention

__all__ = ["Opinion", "Verdict", "judge", "opinion_of", "sentence_text", "unique_sentences"]


# Protest sub-types the rules may code from an intervention found outside the
# protest's own sentence (extract's "intervention" rules): never relabelled peaceful.
_ESCALATED = frozenset({"Protest with intervention", "Excessive force against protesters"})


@dataclass(frozen=True, slots=True)
class Opinion:
    """The classifier's reading of one sentence."""

    p_none: float
    p_type: dict[str, float]
    p_sub: dict[str, float]

    def best_in(self, event_type: str) -> tuple[str, float]:
        """The likeliest sub-type of a type and P(sub | type)."""
        total = self.p_type.get(event_type, 0.0)
        subs = [(p, s) for s, p in self.p_sub.items() if TYPE_OF[s] == event_type]
        if not subs or total <= 0.0:
            return "", 0.0
        p, sub = max(subs)
        return sub, p / total


def opinion_of(head: Head, row: Matrix) -> Opinion:
    """Turn one row of :meth:`Head.proba` into an :class:`Opinion`."""
    p_sub = {label: float(p) for label, p in zip(head.labels, row, strict=True) if label != NONE}
    p_none = float(row[head.labels.index(NONE)]) if NONE in head.labels else 0.0
    p_type: dict[str, float] = {}
    for sub, p in p_sub.items():
        p_type[TYPE_OF[sub]] = p_type.get(TYPE_OF[sub], 0.0) + p
    return Opinion(p_none, p_type, p_sub)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the rule decided for one mention, and why."""

    mention: RawMention | None
    action: str  # "keep" | "veto" | "relabel"


def judge(mention: RawMention, opinion: Opinion, head: Head) -> Verdict:
    """Apply the decision rule to one rule mention (see the module docstring)."""
    limits = head.thresholds
    p_type = opinion.p_type.get(mention.event_type, 0.0)
    measure = bool(mention.measures)
    # "at a demonstration on the campus on April 30th": a day and a place of
    # its own are the text telling an event; the classifier reads the words
    # around it, not that.
    anchored = bool(mention.date_args) and bool(mention.place_args)
    if measure or anchored:
        pass
    elif opinion.p_none >= limits.veto and p_type < limits.veto_type:
        return Verdict(None, "veto")
    sub_type, action = mention.sub_event_type, "keep"
    best, p_best = opinion.best_in(mention.event_type)
    seen_elsewhere = sub_type in _ESCALATED and best == "Peaceful protest"
    if not measure and not seen_elsewhere and best and best != sub_type and best in head.labels:
        p_rule = opinion.p_sub.get(sub_type, 0.0) / p_type if p_type > 0 else 0.0
        agreed = p_type >= limits.relabel_type
        if agreed and p_best >= limits.relabel and p_best - p_rule >= limits.margin:
            sub_type, action = best, "relabel"
    p_exact = opinion.p_sub.get(sub_type, 0.0)
    agreement = 0.5 * p_type + 0.5 * p_exact
    confidence = round(0.5 * mention.confidence + 0.5 * agreement, 3)
    return Verdict(replace(mention, sub_event_type=sub_type, confidence=confidence), action)


def sentence_text(mention: RawMention) -> str:
    """What the classifier reads for a mention: its sentence, whitespace folded."""
    return " ".join(mention.sentence.text.split())


def unique_sentences(mentions: Sequence[RawMention]) -> list[str]:
    """The distinct sentences of some mentions, in first-seen order."""
    return list(dict.fromkeys(sentence_text(m) for m in mentions))
