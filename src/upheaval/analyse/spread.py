"""How unrest spread: the first day of each place, in the order places joined.

A place *joins* on the day of its first event. Joins are ordered by that day;
for each new place we measure how far it is, and how many days later it came,
from the place that joined just before it and from the nearest place that had
already joined (the likeliest neighbour it spread from). The summary gives the
typical step in days and kilometres. Events placed only by their country
(national-level state measures) have no place of their own and are left out.

Example:
    >>> result = analyse_spread(store.events(EventFilter(country="KZ")))
    >>> [join.location for join in result.joins][:3]
"""

from __future__ import annotations

import bisect
import csv
import io
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any, Protocol

import numpy as np

__all__ = [
    "Coded",
    "PlaceJoin",
    "Spread",
    "SpreadSummary",
    "analyse_spread",
    "distance_km",
    "spread_csv",
    "place_key",
]

# Mean Earth radius (IUGG), km: the haversine error is under 0.5 %, far below
# the precision of a town's coordinates.
EARTH_RADIUS_KM = 6371.0088
# Rows of the distance matrix computed at once in _nearest_sources (bounds its memory).
_BLOCK = 256


class Coded(Protocol):
    """What the analysis reads of an event: an :class:`~upheaval.model.Event`
    has it all, and so has a lighter record of only these fields (the API
    reads tens of thousands)."""

    @property
    def event_id(self) -> str: ...
    @property
    def event_date(self) -> str | None: ...
    @property
    def time_precision(self) -> int | None: ...
    @property
    def event_type(self) -> str: ...
    @property
    def sub_event_type(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def iso(self) -> str: ...
    @property
    def admin1(self) -> str | None: ...
    @property
    def location(self) -> str: ...
    @property
    def latitude(self) -> float | None: ...
    @property
    def longitude(self) -> float | None: ...
    @property
    def geonameid(self) -> int | None: ...
    @property
    def geo_precision(self) -> int: ...


@dataclass(frozen=True, slots=True)
class PlaceJoin:
    """A place on the day unrest first reached it.

    Attributes:
        order: 1 for the place where it started, then 2, 3 ...
        place_key: ``geonames:<id>``, else ``<ISO>/<location>``.
        location, admin1, country, iso, latitude, longitude: the place.
        geo_precision: 1 a town, 2 near or part of one, 3 a region (a region
            and a town in it are two places: reports name either).
        first_date: day of its first event (YYYY-MM-DD).
        event_id, event_type, sub_event_type: that first event.
        n_events: events at this place in the analysed set.
        days_from_start: days since the first place joined.
        days_from_previous: days since the place that joined before it.
        km_from_previous: distance to the place that joined before it.
        came_from: the nearest place of the same country that had joined
            earlier (on an earlier day), the likeliest source; None for the
            first day's places of each country.
        km_from_nearest: distance to ``came_from``.
    """

    order: int
    place_key: str
    location: str
    admin1: str | None
    country: str
    iso: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    first_date: str
    event_id: str
    event_type: str
    sub_event_type: str
    n_events: int
    days_from_start: int
    days_from_previous: int | None
    km_from_previous: float | None
    came_from: str | None
    km_from_nearest: float | None


@dataclass(frozen=True, slots=True)
class SpreadSummary:
    """The diffusion in a few numbers (None where nothing can be measured)."""

    places: int
    origin: str | None
    first_date: str | None
    last_date: str | None
    days: int
    places_per_day: float | None
    median_days_between: float | None
    median_km_between: float | None
    median_km_from_nearest: float | None
    max_km_from_origin: float | None


@dataclass(frozen=True, slots=True)
class Spread:
    """The joins in order, and their summary."""

    joins: tuple[PlaceJoin, ...]
    summary: SpreadSummary

    def by_day(self) -> list[tuple[str, list[PlaceJoin]]]:
        """Places that joined on each day, day by day (for a replay)."""
        days: dict[str, list[PlaceJoin]] = {}
        for join in self.joins:
            days.setdefault(join.first_date, []).append(join)
        return list(days.items())

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready dict: ``summary``, ``places`` and ``days``."""
        return {
            "summary": asdict(self.summary),
            "places": [{name: getattr(join, name) for name in _JOIN_FIELDS}
                       for join in self.joins],
            "days": [
                {"date": day, "places": [j.place_key for j in joins]}
                for day, joins in self.by_day()
            ],
        }


def place_key(event: Coded) -> str:
    """Identify an event's place: its GeoNames id, else country and name."""
    if event.geonameid is not None:
        return f"geonames:{event.geonameid}"
    return f"{event.iso}/{event.location.strip().lower()}"


def distance_km(
    a: tuple[float | None, float | None], b: tuple[float | None, float | None]
) -> float | None:
    """Great-circle distance between two (latitude, longitude) points, in km.

    Returns None when either point lacks a coordinate.
    """
    (lat1, lon1), (lat2, lon2) = a, b
    if lat1 is None or lon1 is None or lat2 is None or lon2 is None:
        return None
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _is_national(event: Coded) -> bool:
    return not event.admin1 and event.location == event.country


def _first_events(events: Iterable[Coded]) -> tuple[list[Coded], dict[str, int]]:
    """The first event of each place, in joining order, and events per place."""
    first: dict[str, Coded] = {}
    counts: dict[str, int] = {}
    # A more precise date wins a tie on the same day; then the name keeps the
    # order stable from run to run.
    ordered = sorted(
        (e for e in events if not _is_national(e) and e.event_date is not None),
        key=lambda e: (e.event_date or "", e.time_precision or 0, e.location, e.event_id),
    )
    for event in ordered:
        key = place_key(event)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, event)
    return list(first.values()), counts


def _on(event: Coded) -> str:
    # Undated events never reach the spread (see _first_events).
    return event.event_date or ""


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def _nearest_sources(firsts: Sequence[Coded]) -> list[tuple[str | None, float | None]]:
    """For each place, the nearest place of its country that joined on an earlier day.

    Vectorised per country (numpy), a block of places at a time against every
    place before them: tens of thousands of places take well under a second,
    where comparing every pair in Python took minutes.
    """
    found: list[tuple[str | None, float | None]] = [(None, None)] * len(firsts)
    by_country: dict[str, list[int]] = {}
    for index, event in enumerate(firsts):
        by_country.setdefault(event.iso, []).append(index)
    nan = float("nan")
    for members in by_country.values():
        lat = np.radians(
            np.array([nan if firsts[i].latitude is None else firsts[i].latitude for i in members])
        )
        lon = np.radians(
            np.array(
                [nan if firsts[i].longitude is None else firsts[i].longitude for i in members]
            )
        )
        dates = [_on(firsts[i]) for i in members]  # sorted: firsts are in date order
        # Places joined on an earlier day come before bisect_left of its own day.
        earlier = [bisect.bisect_left(dates, day) for day in dates]
        rows = [
            j
            for j, index in enumerate(members)
            if earlier[j]
            and firsts[index].latitude is not None
            and firsts[index].longitude is not None
        ]
        for at in range(0, len(rows), _BLOCK):
            block = rows[at : at + _BLOCK]
            width = earlier[block[-1]]  # rows are in date order: the last sees most
            mine = np.array(block)
            h = (
                np.sin((lat[None, :width] - lat[mine, None]) / 2) ** 2
                + np.cos(lat[mine, None])
                * np.cos(lat[None, :width])
                * np.sin((lon[None, :width] - lon[mine, None]) / 2) ** 2
            )
            # Only places of an earlier day count: the others are masked out.
            h[np.arange(width)[None, :] >= np.array([earlier[j] for j in block])[:, None]] = nan
            known = ~np.all(np.isnan(h), axis=1)
            nearest = np.zeros(len(block), dtype=np.int64)
            if known.any():
                nearest[known] = np.nanargmin(h[known], axis=1)
            for j, ok, k in zip(block, known.tolist(), nearest.tolist(), strict=True):
                if not ok:
                    continue
                event, source = firsts[members[j]], firsts[members[k]]
                km = distance_km(
                    (event.latitude, event.longitude), (source.latitude, source.longitude)
                )
                found[members[j]] = (source.location, km)
    return found


def _join(
    order: int,
    event: Coded,
    first: Coded | None,
    previous: Coded | None,
    source: tuple[str | None, float | None],
    n_events: int,
) -> PlaceJoin:
    came_from, km_nearest = source
    return PlaceJoin(
        order=order,
        place_key=place_key(event),
        location=event.location,
        admin1=event.admin1,
        country=event.country,
        iso=event.iso,
        latitude=event.latitude,
        longitude=event.longitude,
        geo_precision=event.geo_precision,
        first_date=_on(event),
        event_id=event.event_id,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        n_events=n_events,
        days_from_start=_days(_on(first), _on(event)) if first else 0,
        days_from_previous=_days(_on(previous), _on(event)) if previous else None,
        km_from_previous=(
            distance_km((event.latitude, event.longitude), (previous.latitude, previous.longitude))
            if previous
            else None
        ),
        came_from=came_from,
        km_from_nearest=km_nearest,
    )


def _median(values: Iterable[float | int | None]) -> float | None:
    present = [float(v) for v in values if v is not None]
    return round(statistics.median(present), 1) if present else None


def _summary(joins: Sequence[PlaceJoin]) -> SpreadSummary:
    if not joins:
        return SpreadSummary(0, None, None, None, 0, None, None, None, None, None)
    origin = joins[0]
    days = joins[-1].days_from_start
    from_origin = [
        distance_km((origin.latitude, origin.longitude), (j.latitude, j.longitude))
        for j in joins[1:]
    ]
    known = [km for km in from_origin if km is not None]
    return SpreadSummary(
        places=len(joins),
        origin=origin.location,
        first_date=origin.first_date,
        last_date=joins[-1].first_date,
        days=days,
        # Over the days from the first to the last join, both counted.
        places_per_day=round(len(joins) / (days + 1), 2),
        median_days_between=_median(j.days_from_previous for j in joins[1:]),
        median_km_between=_median(j.km_from_previous for j in joins[1:]),
        median_km_from_nearest=_median(j.km_from_nearest for j in joins[1:]),
        max_km_from_origin=round(max(known), 1) if known else None,
    )


def analyse_spread(events: Iterable[Coded]) -> Spread:
    """Order places by the day unrest reached them and measure each step.

    Args:
        events: the events to analyse (filter them first: a country, a
            period, the event types that count as unrest for you).

    Returns:
        The joins in order with their distances and delays, and a summary.
    """
    firsts, counts = _first_events(events)
    sources = _nearest_sources(firsts)
    joins = tuple(
        _join(
            i + 1,
            event,
            firsts[0] if i else None,
            firsts[i - 1] if i else None,
            sources[i],
            counts[place_key(event)],
        )
        for i, event in enumerate(firsts)
    )
    return Spread(joins, _summary(joins))


CSV_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(PlaceJoin))
_JOIN_FIELDS = CSV_COLUMNS


def spread_csv(spread: Spread) -> str:
    """The joins as CSV, one row per place in joining order (km to 0.1)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for join in spread.joins:
        row = asdict(join)
        writer.writerow(
            [
                "" if row[c] is None else round(row[c], 1) if c.startswith("km_") else row[c]
                for c in CSV_COLUMNS
            ]
        )
    return buffer.getvalue()
