"""A sentence that only says where the event just told happened gives it its
place, and is no event of its own."""

from __future__ import annotations

import pytest

import upheaval


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type", "location"),
    [
        (
            "A suspected militant was killed in a gunfight with soldiers on Monday. "
            "The incident occurred near Mopti.",
            "Battles",
            "Mopti",
        ),
        (
            "Three policemen were injured when unidentified gunmen attacked their patrol on "
            "Sunday. The attack took place in Bannu district.",
            "Battles",
            "Bannu",
        ),
        (
            "Two rival groups of traders clashed with machetes on Friday. "
            "The clash took place at the main market in Kano.",
            "Riots",
            "Kano",
        ),
        (
            "Villagers clashed with police over a land dispute on Tuesday, leaving ten injured. "
            "The incident happened in Nyeri.",
            "Riots",
            "Nyeri",
        ),
    ],
)
def test_the_next_sentence_says_where(text: str, event_type: str, location: str) -> None:
    events = upheaval.extract_text(text, published="2024-05-10")
    assert [(e.event_type, e.location) for e in events] == [(event_type, location)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a strike at military objects, in each country of the list
        ("Iran also hit targets in Iraq and Syria on Monday.", {"Iraq", "Syria"}),
        ("The air force pounded rebel positions near Kidal on Sunday.", {"Kidal"}),
        ("Turkey struck targets in Iraq, Syria and Iran on Sunday.", {"Iraq", "Syria", "Iran"}),
    ],
)
def test_strikes_at_targets_in_listed_countries(text: str, places: set[str]) -> None:
    events = upheaval.extract_text(text, published="2024-01-18")
    assert {e.event_type for e in events} == {"Explosions/Remote violence"}
    assert {e.location for e in events} == places


@pytest.mark.slow
def test_a_border_of_two_countries_is_one_place() -> None:
    text = (
        "On 12 March 2024, border guards shot and killed a herder along the "
        "Kenya-Somalia border near Mandera."
    )
    events = upheaval.extract_text(text, published="2024-03-15")
    found = [(e.event_type, e.location) for e in events]
    assert found == [("Violence against civilians", "Mandera")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "location", "seated"),
    [
        # a region named like its seat: the event is coded at the seat (precision 3)
        ("Fighting was reported in the Mopti region on Monday.", "Mopti", True),
        # a region whose seat has another name keeps the region's own point
        ("Police dispersed protesters in the Mangistau region on Monday.", "Mangystau", False),
    ],
)
def test_a_region_level_event_is_coded_at_the_regions_seat(
    text: str, location: str, seated: bool
) -> None:
    from upheaval.resolve.places import load_gazetteer

    (event,) = upheaval.extract_text(text, published="2019-12-14")
    assert (event.location, event.geo_precision) == (location, 3)
    region = next(p for p in load_gazetteer().lookup(location) if p.kind == "region")
    assert ((event.latitude, event.longitude) != (region.latitude, region.longitude)) is seated


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "In Kenya 5,000 opposition supporters held a rally outside the Supreme Court on "
            "Monday calling for the resignation of the chief justice.",
            "Nairobi",
        ),
        ("Hundreds of students protested outside parliament on Tuesday in Uganda.", "Kampala"),
        # a town named in the clause places the act itself
        ("Protesters stormed parliament in Lima on Monday.", "Lima"),
    ],
)
def test_a_seat_of_the_state_is_in_the_capital(text: str, location: str) -> None:
    events = upheaval.extract_text(text, published="2024-02-20")
    assert [e.location for e in events] == [location]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "places"),
    [
        # "especially around B": the act was at B, the wider place only holds it
        ("Heavy fighting raged in northern Mali, especially around Kidal on Sunday.", ["Kidal"]),
        (
            "Protests spread across Kenya, particularly in Kisumu and Nairobi, on Tuesday.",
            ["Kisumu", "Nairobi"],
        ),
        # a plain list is still every place
        ("Teachers struck in Kisumu and Nairobi on Tuesday.", ["Kisumu", "Nairobi"]),
    ],
)
def test_especially_narrows_the_place(text: str, places: list[str]) -> None:
    events = upheaval.extract_text(text, published="2024-01-18")
    assert sorted(e.location for e in events) == places


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the state that acted is the one named before the act, not the target
        ("Iran also hit targets in Iraq and Syria on Monday.", "Military Forces of Iran"),
        ("Pakistan fired missiles into eastern Iran on Thursday.", "Military Forces of Pakistan"),
        (
            "Israeli forces stormed a refugee camp in the West Bank on Monday, killing ten people.",
            "Military Forces of Israel",
        ),
        # with no country named, the event's country's forces
        ("Police fired tear gas at protesters in Nairobi on Monday.", "Police Forces of Kenya"),
    ],
)
def test_state_forces_are_of_the_country_that_acted(text: str, actor: str) -> None:
    events = upheaval.extract_text(text, published="2024-01-18")
    assert events and all(actor in (e.actor1, e.actor2) for e in events)
