"""Why a gold event was missed: the nearest thing the predictions offered.

A bare list of misses tells a user what went wrong but not where to look; the
reason points at the stage to blame: no event of that type at all (extract),
the right event on the wrong day (resolve: dates), at the wrong place
(resolve: places), or an event whose candidates all went to other gold events
(merge: two events folded into one).
"""

from __future__ import annotations

from collections.abc import Sequence

from upheaval.evaluate import rules
from upheaval.evaluate.records import ScoredEvent


def explain_miss(gold: ScoredEvent, pred: Sequence[ScoredEvent]) -> str:
    """A one-line reason why ``gold`` found no prediction.

    Args:
        gold: the missed gold event.
        pred: the predictions of its document.

    Returns:
        The reason, e.g. "date: same type and place on 2022-01-07 (gold 2022-01-05 ±1 day)".
    """
    kind = rules.fold(gold.event_type)
    same_type = [p for p in pred if rules.fold(p.event_type) == kind]
    if not same_type:
        return f"no {gold.event_type} prediction for this document"
    on_day = [p for p in same_type if rules.date_agrees(gold, p)]
    at_place = [p for p in same_type if rules.place_agrees(gold, p)]
    if any(rules.place_agrees(gold, p) for p in on_day):
        # The matching is maximum, so a fitting prediction left free cannot
        # exist: every one went to another gold event.
        return "its matching predictions were paired with other gold events"
    if on_day:
        return "place: " + _nearest_place(gold, on_day)
    if at_place:
        days = sorted({p.date_text[:10] for p in at_place})
        return f"date: same type and place on {', '.join(days[:3])} ({_tolerance(gold)})"
    return "no prediction of this type near this day and place"


def _nearest_place(gold: ScoredEvent, candidates: Sequence[ScoredEvent]) -> str:
    """The closest same-type prediction on a fitting day, described."""
    target = gold.capital if gold.national else gold.coords
    distances = [
        (rules.distance_km(target, p.coords), n, p)
        for n, p in enumerate(candidates)
        if target and p.coords
    ]
    if distances:
        km, _, nearest = min(distances, key=lambda row: (row[0], row[1]))
        return f"same type and day at {_place_label(nearest)}, {km:.0f} km away"
    return f"same type and day at {_place_label(candidates[0])}, not in {_place_label(gold)}"


def _place_label(event: ScoredEvent) -> str:
    parts = [part for part in (event.location, event.admin1, event.country) if part]
    return " / ".join(dict.fromkeys(parts)) or "no place"


def _tolerance(gold: ScoredEvent) -> str:
    if gold.time_precision >= 3:
        return f"gold {gold.date_text[:7]}, same month"
    reach = rules.DAY_TOLERANCE[gold.time_precision]
    return f"gold {gold.date_text[:10]} ±{reach} day{'s' if reach > 1 else ''}"
