"""Whole-report decisions: which mentions are events, and how many.

Short reports written for these tests in the style of real ones: digests,
wire copy, live blogs, event notes. They run through the real pipeline
(clean, annotate, extract, resolve, merge), so spaCy and the gazetteer load
once for the module.
"""

from __future__ import annotations

from datetime import date

import pytest

from upheaval.model import Document, Event
from upheaval.pipeline import Resources, load_resources, process_documents

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def events(resources: Resources, text: str, published: str = "2024-03-14") -> list[Event]:
    doc = Document(doc_id="t", text=text, source="test", published=date.fromisoformat(published))
    return [e for processed in process_documents([doc], resources) for e in processed.events]


def coded(found: list[Event]) -> list[tuple[str, str, str]]:
    return sorted((e.event_type, e.sub_event_type, str(e.event_date)) for e in found)


# ----------------------------------------------- 1. inherited dates and places


def test_generic_statements_after_a_dated_event_are_not_events(resources: Resources) -> None:
    text = (
        "Nurses marched to the health ministry in Accra on Monday to demand unpaid "
        "allowances.\n\n"
        "The unrest comes amid soaring inflation and a currency that has lost half its "
        "value. Strikes have subsided since the wage deal of last year, and police have "
        "used force against crowds since October."
    )
    assert coded(events(resources, text)) == [
        ("Protests", "Peaceful protest", "2024-03-11"),
    ]


def test_an_undated_unplaced_trigger_far_from_any_episode_is_not_coded(
    resources: Resources,
) -> None:
    text = (
        "Teachers walked out in Lusaka on Tuesday over months of salary arrears.\n\n"
        "The finance minister said the budget had no room for new spending. Donors want "
        "the deficit cut before the next review. Critics say the arrests of union leaders "
        "were meant to intimidate the movement."
    )
    found = events(resources, text)
    assert [e.event_type for e in found] == ["Protests"]


def test_a_continuation_of_a_dated_episode_is_coded(resources: Resources) -> None:
    text = (
        "On 9 March, hundreds of traders gathered outside the municipal market in Kisumu "
        "to protest against new levies. Police then fired tear gas to disperse them."
    )
    found = events(resources, text)
    assert coded(found) == [("Protests", "Protest with intervention", "2024-03-09")]
    assert found[0].location == "Kisumu"


def test_a_present_perfect_summary_is_not_an_event(resources: Resources) -> None:
    text = (
        "Rival factions have also clashed recently in Canada, Germany and Sweden.\n\n"
        "The rebel army has been fighting government troops for several years."
    )
    assert events(resources, text) == []


# ----------------------------------------------------- 3. one act, one event


def test_two_days_are_two_events(resources: Resources) -> None:
    text = "Protesters clashed with police in Tbilisi on Saturday and Sunday."
    found = events(resources, text, published="2024-03-13")
    assert coded(found) == [
        ("Riots", "Violent demonstration", "2024-03-09"),
        ("Riots", "Violent demonstration", "2024-03-10"),
    ]


def test_one_riot_told_with_missiles_barricades_and_arrests_is_one_riot(
    resources: Resources,
) -> None:
    text = (
        "Rioters threw missiles at police and built barricades in Belfast on Monday night. "
        "Officers arrested 12 people."
    )
    assert coded(events(resources, text)) == [("Riots", "Violent demonstration", "2024-03-11")]


def test_a_follow_up_with_its_own_day_keeps_its_own_event(resources: Resources) -> None:
    text = (
        "Rioters set fire to cars and shops in Belfast on Monday night. "
        "287 people were arrested in Belfast on Tuesday."
    )
    assert coded(events(resources, text)) == [
        ("Riots", "Violent demonstration", "2024-03-11"),
        ("Strategic developments", "Arrests", "2024-03-12"),
    ]


def test_a_counted_mass_arrest_is_an_arrests_event(resources: Resources) -> None:
    text = "Police arrested more than 300 people in Minsk on Sunday."
    assert coded(events(resources, text)) == [("Strategic developments", "Arrests", "2024-03-10")]


def test_a_retelling_by_pronoun_is_the_same_protest(resources: Resources) -> None:
    text = (
        "Workers at the Gazipur garment factories walked out on Monday over unpaid wages. "
        "They blocked the main highway for three hours."
    )
    assert coded(events(resources, text)) == [("Protests", "Peaceful protest", "2024-03-11")]


def test_a_crowd_event_placed_only_at_a_country_is_not_coded(resources: Resources) -> None:
    text = (
        "Thousands of people took to the streets in Pakistan on Monday to protest against "
        "the rising cost of electricity. Unions in Lyon held a second day of nationwide "
        "industrial action on Tuesday."
    )
    assert events(resources, text) == []


def test_casualties_told_after_a_clash_are_that_clash(resources: Resources) -> None:
    text = (
        "On 10 March, two groups of villagers clashed over a land dispute at a village in "
        "Sylhet. Three people were killed and at least 30 were injured during the clash."
    )
    assert coded(events(resources, text)) == [("Riots", "Mob violence", "2024-03-10")]


def test_an_air_strike_told_after_fighting_is_its_own_event(resources: Resources) -> None:
    text = (
        "Intense fighting continued on Monday around Khan Younis. Jordan said Israeli air "
        "strikes had damaged its field hospital there."
    )
    types = [e.event_type for e in events(resources, text, published="2024-01-18")]
    assert sorted(types) == ["Battles", "Explosions/Remote violence"]
