"""Sentences that carry an episode on: arrests told after a raid, a riot or
a protest, and the march of a riot told again, are that episode (one act,
one event)."""

from __future__ import annotations

from datetime import date

import pytest

from upheaval.model import Document, Event
from upheaval.pipeline import Resources, load_resources, process_documents

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def coded(resources: Resources, text: str, published: str = "2024-03-14") -> list[str]:
    doc = Document(doc_id="t", text=text, source="test", published=date.fromisoformat(published))
    found: list[Event] = [e for p in process_documents([doc], resources) for e in p.events]
    return sorted(e.event_type for e in found)


def test_arrests_after_a_gunfight_are_the_gunfight(resources: Resources) -> None:
    text = (
        "On 12 March, two militants were killed in a gunfight with police in Maiduguri. "
        "Four militants were arrested."
    )
    assert coded(resources, text) == ["Battles"]


def test_arrests_after_a_riot_are_the_riot(resources: Resources) -> None:
    text = (
        "On 12 March, youths torched a police post in Kisumu. "
        "Twelve people were arrested."
    )
    assert coded(resources, text) == ["Riots"]


def test_the_march_of_a_riot_told_again_is_the_riot(resources: Resources) -> None:
    text = (
        "On 12 March, supporters of two candidates clashed in Kano, leaving ten people "
        "injured. The clash erupted when the procession of one group met the other."
    )
    assert coded(resources, text) == ["Riots"]


def test_arrests_with_their_own_day_and_place_stay_an_event(resources: Resources) -> None:
    text = (
        "On 12 March, youths torched a police post in Kisumu. "
        "On 14 March, police arrested twelve people in Nakuru."
    )
    assert coded(resources, text) == ["Riots", "Strategic developments"]


def test_two_acts_of_one_named_crowd_are_one_protest(resources: Resources) -> None:
    text = (
        "The Kenya Union of Journalists today staged a rally and formed human chain in front "
        "of the Media Centre (coded to Nairobi - Upper Hill, Nairobi)."
    )
    assert coded(resources, text) == ["Protests"]
