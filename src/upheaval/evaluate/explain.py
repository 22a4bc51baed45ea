"""Why a gold event was missed: the nearest thing the predictions offered.

A bare list of misses tells a user what went wrong but not where to look; the
reason points at the stage to blame: no event of that type at all (extract),
the right event on the wrong day (resolve: dates), at the wrong place
(resolve: places), or an event whose candidates all went to other gold events
(merge: two events folded into one).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from upheaval.evaluate import rules
from upheaval.evaluate.records import ScoredEvent


def explain_miss(gold: ScoredEvent, pred: Sequence[ScoredEvent], taken: Collection[int]) -> str:
    """A one-line reason why ``gold`` found no prediction.

    Args:
        gold: the missed gold event.
        pred: the predictions of its document.
        taken: indexes of predictions matched to other gold events.

    Returns:
        The reason, e.g. "date: same type and place on 2022-01-07 (gold ±1 day)".
    """
    same_type = [
        (j, p) for j, p in enumerate(pred) if rules.fold(p.event_type) == rules.fold(gold.event_type)
    ]
    if not same_type:
        return f"no {gold.event_type} prediction in this document"
    fitting = [(j, p) for j, p in same_type if rules.date_agrees(gold, p) and rules.place_agrees(gold, p)]
    if fitting:
        return "its matching predictions were paired with other gold events"
    on_day = [p for _, p in same_type if rules.date_agrees(gold, p)]
    if on_day:
        return "place: " + _nearest_place(gold, on_day)
    at_place = [p for _, p in same_type if rules.place_agrees(gold, p)]
    if at_place:
        days = sorted({p.date_text[:10] for p in at_place})
        return f"date: same type and place on {', '.join(days[:3])} ({_tolerance(gold)})"
    return "no prediction of this type near this day and place"


def _nearest_place(gold: ScoredEvent, candidates: Sequence[ScoredEvent]) -> str:
    """The closest same-type prediction on a fitting day, described."""
    target = gold.capital if gold.national else gold.coords
    located = [p for p in candidates if p.coords and target]
    if located and target:
        nearest = min(located, key=lambda p: rules.distance_km(target, p.coords))  # type: ignore[arg-type]
        km = rules.distance_km(target, nearest.coords)  # type: ignore[arg-type]
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
