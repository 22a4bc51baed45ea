"""Spread analysis: joining order, delays, distances, CSV and PNG."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from tests.api.sample import sample_events
from upheaval.analyse.spread import (
    PlaceJoin,
    analyse_spread,
    distance_km,
    place_key,
    spread_csv,
)
from upheaval.model import Event


def _events() -> list[Event]:
    return [e for events in sample_events().values() for e in events]


def _at(name: str, day: str, lat: float | None, lon: float | None, *, admin1: str = "R",
        geonameid: int | None = None, precision: int = 1, country: str = "Testland") -> Event:
    (template, *_) = sample_events()["blog-ke-2"]
    return replace(template, event_id=f"ev-{name}-{day}", event_date=day, location=name,
                   admin1=admin1, latitude=lat, longitude=lon, geonameid=geonameid,
                   time_precision=precision, country=country, iso="TL")


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((-1.28333, 36.81667), (-0.10221, 34.76171), 263.6),  # Nairobi - Kisumu
        ((0.0, 0.0), (0.0, 1.0), 111.2),  # one degree along the equator
        ((51.5074, -0.1278), (48.8566, 2.3522), 343.6),  # London - Paris
        ((-33.45, -70.67), (-33.45, -70.67), 0.0),
        ((10.0, 179.5), (10.0, -179.5), 109.5),  # across the date line
    ],
)
def test_distance_km(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert distance_km(a, b) == pytest.approx(km, abs=0.5)


def test_distance_needs_both_points() -> None:
    assert distance_km((None, 3.0), (1.0, 2.0)) is None


def test_spread_orders_places_by_first_day() -> None:
    spread = analyse_spread(_events())
    assert [(j.order, j.location, j.first_date) for j in spread.joins] == [
        (1, "Nairobi", "2024-06-25"), (2, "Kisumu", "2024-06-26"),
        (3, "Mombasa", "2024-06-27"), (4, "Nakuru", "2024-06-28"),
        (5, "Kampala", "2024-07-02"), (6, "Eldoret", "2024-07-03")]


def test_spread_leaves_out_national_events() -> None:
    assert "Kenya" not in [j.location for j in analyse_spread(_events()).joins]


def test_spread_steps_and_sources() -> None:
    joins = {j.location: j for j in analyse_spread(_events()).joins}
    assert joins["Nairobi"].days_from_previous is None and joins["Nairobi"].came_from is None
    assert joins["Kampala"].days_from_previous == 4 and joins["Kampala"].days_from_start == 7
    assert joins["Kisumu"].km_from_previous == pytest.approx(263.6, abs=0.5)
    # Eldoret's nearest earlier place is Kisumu, not Kampala which joined last.
    assert joins["Eldoret"].came_from == "Kisumu"
    assert joins["Eldoret"].km_from_nearest == pytest.approx(89, abs=2)


def test_spread_counts_later_events_at_the_same_place() -> None:
    later = _at("Nairobi", "2024-06-30", -1.28333, 36.81667, geonameid=184745)
    joins = analyse_spread(_events() + [later]).joins
    assert joins[0].location == "Nairobi" and joins[0].n_events == 2
    assert len(joins) == 6


def test_spread_same_day_places_are_not_each_others_source() -> None:
    spread = analyse_spread([_at("A", "2024-01-01", 0, 0), _at("B", "2024-01-01", 0, 1),
                             _at("C", "2024-01-03", 0, 3)])
    joins = {j.location: j for j in spread.joins}
    assert joins["B"].came_from is None
    assert joins["C"].came_from == "B" and joins["C"].days_from_previous == 2


def test_spread_tie_on_a_day_prefers_the_precise_date() -> None:
    spread = analyse_spread([_at("Vague", "2024-01-01", 0, 0, precision=2),
                             _at("Exact", "2024-01-01", 0, 1, precision=1)])
    assert [j.location for j in spread.joins] == ["Exact", "Vague"]


def test_spread_place_without_geonames_id_or_coordinates() -> None:
    event = _at("Hamlet", "2024-01-02", None, None)
    spread = analyse_spread([_at("Town", "2024-01-01", 1, 1, geonameid=7), event])
    assert place_key(event) == "TL/hamlet"
    hamlet = spread.joins[1]
    assert hamlet.km_from_previous is None and hamlet.came_from is None
    assert spread.summary.max_km_from_origin is None


def test_spread_summary() -> None:
    summary = analyse_spread(_events()).summary
    assert (summary.places, summary.origin, summary.days) == (6, "Nairobi", 8)
    assert summary.first_date == "2024-06-25" and summary.last_date == "2024-07-03"
    assert summary.places_per_day == pytest.approx(6 / 9, abs=0.01)
    assert summary.median_days_between == 1.0
    assert summary.max_km_from_origin == pytest.approx(503, abs=2)  # Nairobi to Kampala


def test_spread_of_nothing() -> None:
    spread = analyse_spread([])
    assert spread.joins == () and spread.summary.places == 0 and spread.by_day() == []


def test_spread_by_day_groups_places() -> None:
    spread = analyse_spread([_at("A", "2024-01-01", 0, 0), _at("B", "2024-01-01", 0, 1),
                             _at("C", "2024-01-03", 0, 3)])
    assert [(day, [j.location for j in joins]) for day, joins in spread.by_day()] == [
        ("2024-01-01", ["A", "B"]), ("2024-01-03", ["C"])]


def test_spread_csv() -> None:
    rows = list(csv.DictReader(io.StringIO(spread_csv(analyse_spread(_events())))))
    assert [r["location"] for r in rows][:3] == ["Nairobi", "Kisumu", "Mombasa"]
    assert rows[0]["km_from_previous"] == "" and rows[1]["km_from_previous"] == "263.5"
    assert rows[5]["came_from"] == "Kisumu"


def test_spread_chart_png(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="charts need matplotlib")
    from upheaval.analyse.spread_chart import write_spread_chart

    target = write_spread_chart(analyse_spread(_events()), tmp_path / "spread.png")
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    empty = write_spread_chart(analyse_spread([]), tmp_path / "empty.png")
    assert empty.read_bytes()[:4] == b"\x89PNG"


def _nearest_by_hand(joins: list[PlaceJoin]) -> dict[str, str | None]:
    """came_from by comparing every pair with distance_km (the definition)."""
    firsts = {j.place_key: j for j in joins}
    expected: dict[str, str | None] = {}
    for join in joins:
        best: tuple[float, str] | None = None
        for other in firsts.values():
            if other.iso != join.iso or other.first_date >= join.first_date:
                continue
            km = distance_km((join.latitude, join.longitude), (other.latitude, other.longitude))
            if km is not None and (best is None or km < best[0]):
                best = (km, other.location)
        expected[join.place_key] = best[1] if best else None
    return expected


def test_nearest_source_over_many_places_is_the_nearest_earlier_one() -> None:
    # Towns of two made-up countries joining over 700 days, more than one
    # block of the vectorised search; some without coordinates.
    import random

    rng = random.Random(7)
    events = []
    for n in range(700):
        lat = None if n % 37 == 5 else round(rng.uniform(-10, 10), 5)
        lon = None if n % 37 == 5 else round(rng.uniform(30, 45), 5)
        day = f"2023-{1 + n % 12:02d}-{1 + n % 28:02d}"
        events.append(replace(_at(f"Town{n}", day, lat, lon, geonameid=10_000 + n),
                              iso="TL" if n % 3 else "TM"))
    joins = list(analyse_spread(events).joins)
    assert len(joins) == 700
    expected = _nearest_by_hand(joins)
    assert {j.place_key: j.came_from for j in joins} == expected
    assert sum(v is not None for v in expected.values()) > 600
