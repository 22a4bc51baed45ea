"""When a predicted event matches a gold event: the rules of DESIGN.md "Scoring".

A prediction matches a gold event of the same document when the event types
are the same, the dates agree within the gold event's time precision and the
places agree. These functions are the single place where the rules live; they
reproduce ``shared/eval/score.py`` so that ``upheaval evaluate`` and the
reference scorer count the same matches.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date
from difflib import SequenceMatcher

from upheaval.evaluate.records import ScoredEvent

NEAR_KM = 50.0
"""A place agrees within this distance: ACLED codes a town and its suburbs,
villages and nearby facilities to the town, which a geocoder may resolve to a
neighbouring point; 50 km covers a metropolitan area without reaching the next
city in most countries. Fixed by the reference scorer."""

EXACT_KM = 10.0
"""A place is exact within this distance: the same town, whichever point of it
(centre, district, square) the geocoder picked. Fixed by the reference scorer."""

DAY_TOLERANCE: dict[int, int] = {1: 1, 2: 3}
"""Days either side a date may miss by, per gold time_precision: a stated day
may still be reported a day off (time zones, "overnight"); an inferred day
("earlier this week") three. Precision 3 (month) means the same month."""

NAME_SIMILARITY = 0.75
"""Two folded names are the same from this difflib ratio on: it accepts
transliteration variants (Mangistau / Mangystau, Karaganda / Karagandy) and
rejects different names of similar length."""

EARTH_RADIUS_KM = 6371.0

# Words that name the kind of division, not the division: "Mangystau Region"
# and "Mangystau" are the same admin1.
_DIVISION_WORDS = re.compile(
    r"\b(region|oblast|province|oblysy|city|qalasy|district|governorate|state)\b"
)
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(value: object) -> str:
    """Lower-case ASCII letters and digits of a name, without division words.

    >>> fold("Mangystau Region")
    'mangystau'
    >>> fold("Protests")
    'protests'
    """
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub("", _DIVISION_WORDS.sub(" ", text.lower()))


def same_name(first: object, second: object) -> bool:
    """Whether two place names are the same once folded (or nearly: spelling variants)."""
    a, b = fold(first), fold(second)
    if not a or not b:
        return False
    return a == b or SequenceMatcher(None, a, b).ratio() >= NAME_SIMILARITY


def distance_km(first: tuple[float, float], second: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points, in km."""
    lat1, lat2 = math.radians(first[0]), math.radians(second[0])
    half_dlat = (lat2 - lat1) / 2
    half_dlon = math.radians(second[1] - first[1]) / 2
    chord = math.sin(half_dlat) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(half_dlon) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(chord))


def within_km(
    first: tuple[float, float] | None, second: tuple[float, float] | None, limit: float
) -> bool:
    """Whether both points are known and at most ``limit`` km apart."""
    if first is None or second is None:
        return False
    return distance_km(first, second) <= limit


def is_national(event: ScoredEvent) -> bool:
    """A prediction at national level: no admin1, and no location or the country's name."""
    return not event.admin1 and (not event.location or same_name(event.location, event.country))


def same_country(gold: ScoredEvent, pred: ScoredEvent) -> bool:
    """Both name the same country: by ISO code when both give one, else by name.

    When either side names no country, the check passes (as the reference
    scorer does): the other place rules still apply.
    """
    for first, second in ((gold.iso, pred.iso), (gold.country, pred.country)):
        if first and second:
            return same_name(first, second)
    return True


def place_agrees(gold: ScoredEvent, pred: ScoredEvent) -> bool:
    """Whether the predicted place agrees with the gold place (DESIGN.md, "Scoring").

    Both must lie in the same country (:func:`same_country`). A national-level
    gold event accepts a national-level prediction or one within reach of the
    capital. Otherwise the same GeoNames id or points
    within :data:`NEAR_KM` agree; a gold event without coordinates (placed by
    region or facility) needs the same admin1.
    """
    if not same_country(gold, pred):
        return False
    if gold.national:
        return is_national(pred) or within_km(gold.capital, pred.coords, NEAR_KM)
    if gold.geonameid and gold.geonameid == pred.geonameid:
        return True
    if gold.coords is None:
        return same_name(gold.admin1, pred.admin1)
    return within_km(gold.coords, pred.coords, NEAR_KM)


def date_agrees(gold: ScoredEvent, pred: ScoredEvent) -> bool:
    """Whether the predicted day is within the gold event's tolerance."""
    if gold.day is None or pred.day is None:
        return False
    if gold.time_precision >= 3:
        return (gold.day.year, gold.day.month) == (pred.day.year, pred.day.month)
    return abs((gold.day - pred.day).days) <= DAY_TOLERANCE[gold.time_precision]


def days_window(gold: ScoredEvent) -> list[date]:
    """Every predicted day that :func:`date_agrees` accepts for ``gold``."""
    if gold.day is None:
        return []
    if gold.time_precision >= 3:
        first = gold.day.replace(day=1)
        return [
            date.fromordinal(n)
            for n in range(first.toordinal(), first.toordinal() + 31)
            if date.fromordinal(n).month == first.month
        ]
    reach = DAY_TOLERANCE[gold.time_precision]
    return [date.fromordinal(gold.day.toordinal() + k) for k in range(-reach, reach + 1)]


def event_matches(gold: ScoredEvent, pred: ScoredEvent) -> bool:
    """Whether ``pred`` may be paired with ``gold``: same type, date and place agree."""
    return (
        fold(gold.event_type) == fold(pred.event_type)
        and date_agrees(gold, pred)
        and place_agrees(gold, pred)
    )


def sub_type_agrees(gold: ScoredEvent, pred: ScoredEvent) -> bool:
    """Whether the sub-event types are the same."""
    return fold(gold.sub_event_type) == fold(pred.sub_event_type)


def exact_date(gold: ScoredEvent, pred: ScoredEvent) -> bool:
    """Whether the predicted event_date is the gold one, to the day."""
    return gold.date_text == pred.date_text[:10]


def measures_agree(gold: ScoredEvent, pred: ScoredEvent) -> bool:
    """Whether the two events share at least one state measure."""
    return bool(gold.measures & pred.measures)


def exact_place(gold: ScoredEvent, pred: ScoredEvent) -> bool:
    """Whether the place is exact: within :data:`EXACT_KM`, or, for gold without
    coordinates, agreeing at all (a region cannot be nearer than the region)."""
    if gold.coords is None:
        return place_agrees(gold, pred)
    return within_km(gold.coords, pred.coords, EXACT_KM)


def pair_quality(gold: ScoredEvent, pred: ScoredEvent) -> int:
    """How well a matching pair agrees beyond the match (0..4), to choose among pairings.

    Counts the same sub-event type, the exact day, a place within
    :data:`EXACT_KM` and a shared measure.
    """
    return (
        int(sub_type_agrees(gold, pred))
        + int(exact_date(gold, pred))
        + int(within_km(gold.coords, pred.coords, EXACT_KM))
        + int(measures_agree(gold, pred))
    )
