"""The matching rules of DESIGN.md "Scoring", one table per rule."""

from __future__ import annotations

from typing import Any

import pytest

from upheaval.evaluate import gold_event, predicted_event
from upheaval.evaluate.rules import (
    date_agrees,
    distance_km,
    event_matches,
    fold,
    is_national,
    pair_quality,
    place_agrees,
    same_name,
)

TOWN = {
    "location": "Kisumu",
    "admin1": "Kisumu",
    "country": "Kenya",
    "latitude": -0.1022,
    "longitude": 34.7617,
    "geonameid": 191245,
}


def gold(**fields: Any) -> Any:
    record = {"doc": "d", "event_type": "Protests", "event_date": "2024-02-10", **TOWN}
    return gold_event({**record, **fields})


def pred(**fields: Any) -> Any:
    record = {"doc_ids": ["d"], "event_type": "Protests", "event_date": "2024-02-10", **TOWN}
    return predicted_event({**record, **fields})


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Mangystau Region", "mangystau"),
        ("Oblast of Kostanay", "ofkostanay"),
        ("São Paulo State", "saopaulo"),
        ("Strategic developments", "strategicdevelopments"),
        ("  Protests ", "protests"),
        ("Ñuñoa", "nunoa"),
        (None, ""),
        ("", ""),
    ],
)
def test_fold_drops_accents_case_and_division_words(text: str | None, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Karaganda Region", "Karagandy", True),  # transliteration variant
        ("Rift Valley", "Rift Valley Province", True),
        ("Punjab", "Sindh", False),
        ("Lagos", "Lagos State", True),
        ("Nairobi", None, False),  # unknown never agrees
        ("", "", False),
    ],
)
def test_same_name_accepts_spelling_variants_only(
    first: str, second: str | None, same: bool
) -> None:
    assert same_name(first, second) is same


@pytest.mark.parametrize(
    ("precision", "gold_day", "pred_day", "agrees"),
    [
        (1, "2024-02-10", "2024-02-11", True),
        (1, "2024-02-10", "2024-02-12", False),
        (2, "2024-02-10", "2024-02-13", True),
        (2, "2024-02-10", "2024-02-14", False),
        (2, "2024-02-10", "2024-02-07", True),
        (3, "2024-02-10", "2024-02-29", True),  # same month
        (3, "2024-02-10", "2024-03-01", False),
        (3, "2024-02-10", "2023-02-10", False),  # same month, other year
        (None, "2024-02-10", "2024-02-12", False),  # missing precision means 1
        (1, "2024-02-10", "2024-02-10T23:00:00", True),
        (1, "2024-02-10", "10 February 2024", False),  # predictions must be ISO
        (1, "2024-02-10", None, False),
    ],
)
def test_date_agrees_within_the_gold_tolerance(
    precision: int | None, gold_day: str, pred_day: str | None, agrees: bool
) -> None:
    assert (
        date_agrees(gold(event_date=gold_day, time_precision=precision), pred(event_date=pred_day))
        is agrees
    )


NATIONAL = {
    "location": "Kenya",
    "admin1": None,
    "latitude": None,
    "longitude": None,
    "geonameid": None,
    "national": True,
    "capital": [-1.2864, 36.8172],
}
REGION = {
    "location": "Nyanza",
    "admin1": "Nyanza",
    "latitude": None,
    "longitude": None,
    "geonameid": None,
}


@pytest.mark.parametrize(
    ("gold_place", "pred_place", "agrees"),
    [
        ({}, {"latitude": -0.2, "longitude": 34.9, "geonameid": None}, True),  # ~19 km
        ({}, {"latitude": -0.6, "longitude": 34.76, "geonameid": None}, False),  # ~55 km
        ({}, {"latitude": -0.2, "longitude": 34.9, "geonameid": 1}, True),  # other id, near
        ({}, {"latitude": 5.0, "longitude": 9.0, "geonameid": 191245}, True),  # same id wins
        ({}, {"latitude": None, "longitude": None, "geonameid": None}, False),
        ({}, {"latitude": 0, "longitude": 0, "geonameid": None}, False),  # (0, 0) is unknown
        (REGION, {"admin1": "Nyanza Province"}, True),
        (REGION, {"admin1": "Coast"}, False),
        (NATIONAL, {"location": "Kenya", "admin1": None, "latitude": None}, True),
        (NATIONAL, {"location": None, "admin1": None}, True),
        (
            NATIONAL,
            {
                "location": "Nairobi",
                "admin1": "Nairobi Area",
                "latitude": -1.29,
                "longitude": 36.82,
            },
            True,
        ),  # at the capital
        (NATIONAL, TOWN, False),  # a town far from it
    ],
)
def test_place_agrees_by_distance_id_region_or_national_level(
    gold_place: dict[str, Any], pred_place: dict[str, Any], agrees: bool
) -> None:
    assert place_agrees(gold(**gold_place), pred(**pred_place)) is agrees


@pytest.mark.parametrize(
    ("place", "national"),
    [
        ({"location": "Kenya", "admin1": None, "country": "Kenya"}, True),
        ({"location": None, "admin1": None}, True),
        ({"location": "Kenya", "admin1": "Nairobi Area", "country": "Kenya"}, False),
        ({"location": "Kisumu", "admin1": None, "country": "Kenya"}, False),
    ],
)
def test_is_national_needs_no_admin1_and_the_country_as_place(
    place: dict[str, Any], national: bool
) -> None:
    assert is_national(pred(**place)) is national


@pytest.mark.parametrize(
    ("changes", "matches"),
    [
        ({}, True),
        ({"event_type": "protests"}, True),  # case does not matter
        ({"event_type": "Riots"}, False),
        ({"event_type": None}, False),
        ({"sub_event_type": "Mob violence"}, True),  # sub-type is not part of the match
    ],
)
def test_event_matches_needs_the_same_event_type(changes: dict[str, Any], matches: bool) -> None:
    assert event_matches(gold(sub_event_type="Peaceful protest"), pred(**changes)) is matches


@pytest.mark.parametrize(
    ("changes", "quality"),
    [
        ({}, 3),  # sub-type, day, place; no measures
        ({"event_date": "2024-02-11"}, 2),
        ({"latitude": -0.2, "longitude": 34.9}, 2),  # 19 km: agrees, not exact
        ({"measures": ["curfew"]}, 4),
        ({"sub_event_type": "Protest with intervention"}, 2),
    ],
)
def test_pair_quality_counts_agreeing_details(changes: dict[str, Any], quality: int) -> None:
    base = {"sub_event_type": "Peaceful protest"}
    assert pair_quality(gold(**base, measures=["curfew"]), pred(**{**base, **changes})) == quality


def test_distance_km_between_two_known_cities() -> None:
    # Nairobi to Mombasa is about 440 km in a straight line.
    assert distance_km((-1.2864, 36.8172), (-4.0435, 39.6682)) == pytest.approx(440, abs=10)


@pytest.mark.parametrize(
    ("gold_fields", "pred_fields", "agrees"),
    [
        # the same point, but the prediction names another country
        ({"iso": "KE"}, {"iso": "UG", "country": "Uganda"}, False),
        ({}, {"country": "Uganda"}, False),
        # codes decide when both sides have one, whatever the names say
        ({"iso": "KE"}, {"iso": "KE", "country": "Republic of Kenya"}, True),
        # a side without any country passes the check
        ({}, {"country": None, "iso": None}, True),
        # national acts of two countries never match each other
        (
            {"national": True, "location": "Kenya", "admin1": None, "capital": [-1.28, 36.82]},
            {"location": "Uganda", "country": "Uganda", "admin1": None, "latitude": None},
            False,
        ),
    ],
)
def test_places_in_other_countries_never_agree(
    gold_fields: dict[str, Any], pred_fields: dict[str, Any], agrees: bool
) -> None:
    assert place_agrees(gold(**gold_fields), pred(**pred_fields)) is agrees
