"""Fatalities: ways of telling a killing, and deaths told after the event."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from upheaval.model import RawMention

Extract = Callable[[str], list[RawMention]]

# One sentence: the killing and its victims in the same clause.
SENTENCE_ROWS = [
    ("A ward councillor was stabbed to death by unidentified assailants in Mombasa.", 1),
    ("A trader was hacked to death by a gang at Kawo market in Kaduna on Monday.", 1),
    ("A suspected thief was beaten to death by a mob in Butembo on Sunday.", 1),
    ("A local mayor was gunned down by unknown gunmen in Zitacuaro on Friday.", 1),
    ("A farmer was attacked and killed by militants near Bandarban on Tuesday.", 1),
    ("A teacher and his son were shot dead by gunmen in Maiduguri on Saturday.", 2),
    ("A police constable and a militant were killed in a gunfight near Dera Ismail Khan.", 2),
    ("Two men were killed and ten others injured in an armed clash in Sarail.", 2),
]


@pytest.mark.parametrize(("text", "deaths"), SENTENCE_ROWS)
def test_deaths_in_the_sentence(extract: Extract, text: str, deaths: int) -> None:
    mentions = extract(text)
    assert mentions and mentions[0].fatalities == deaths


# Two sentences: the act, then its toll.
FOLLOW_ROWS = [
    (
        "Gunmen attacked a village chief at his home in Kajuru, Kaduna State, on Friday night. "
        "He died of his injuries in hospital on Saturday.",
        "Violence against civilians",
        1,
    ),
    (
        "Troops and militants exchanged fire near Kidal on 3 May. "
        "Seven militants were killed in the clash.",
        "Battles",
        7,
    ),
    (
        "A bomb exploded outside a party office in Peshawar on Monday. "
        "One person was killed and four were injured in the attack.",
        "Explosions/Remote violence",
        1,
    ),
]


@pytest.mark.parametrize(("text", "event_type", "deaths"), FOLLOW_ROWS)
def test_toll_sentence_goes_to_the_event_before(
    extract: Extract, text: str, event_type: str, deaths: int
) -> None:
    mentions = extract(text)
    assert [m.event_type for m in mentions] == [event_type]
    assert mentions[0].fatalities == deaths


def test_bodies_found_are_deaths(extract: Extract) -> None:
    text = (
        "Gunmen abducted three herders near Mopti on 2 June. "
        "The bodies of two of them were found in a river the next day."
    )
    mentions = extract(text)
    assert mentions and mentions[0].fatalities == 2


def test_toll_with_its_own_place_is_its_own_event(extract: Extract) -> None:
    text = (
        "Gunmen attacked a bus near Gao on Monday. "
        "In Mopti, soldiers shot dead two villagers on Tuesday."
    )
    mentions = extract(text)
    assert len(mentions) == 2
    assert mentions[0].fatalities is None


def test_deaths_of_another_year_are_not_the_event_s(extract: Extract) -> None:
    text = (
        "Rival groups of villagers clashed with sticks in Sylhet on Sunday. "
        "Twelve people died in similar feuds in the district in 2019."
    )
    mentions = extract(text)
    assert mentions and not mentions[0].fatalities
