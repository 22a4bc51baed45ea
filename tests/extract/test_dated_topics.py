"""An event talked about is still an event when its own phrase dates it; deaths
amid clashes and communal clashes are events, a history of them is not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from upheaval.model import RawMention

Extract = Callable[[str], list[RawMention]]


def test_a_dated_event_described_is_an_event(extract: Extract) -> None:
    text = (
        "Prosecutors fined an editor for describing the army's shelling of a market "
        "in Kharkiv last May as a war crime."
    )
    shelling = [m for m in extract(text) if m.trigger.text == "shelling"]
    assert [m.event_type for m in shelling] == ["Explosions/Remote violence"]
    # the date hung on "describing" dates the shelling
    assert [d.text for d in shelling[0].date_args] == ["last May"]


@pytest.mark.parametrize(
    "text",
    [
        "TV stations stopped broadcasting the protests.",
        "The government banned coverage of the demonstrations.",
    ],
)
def test_an_undated_event_talked_about_is_no_event(extract: Extract, text: str) -> None:
    assert not [m for m in extract(text) if m.event_type == "Protests"]


@pytest.mark.parametrize(
    "text",
    [
        "At least one person died amid communal clashes in the state of Plateau on Sunday.",
        "Sectarian riots broke out in Jos on Friday.",
        "Ethnic clashes between herders and farmers killed 12 people in Benue on Monday.",
    ],
)
def test_communal_clashes_are_mob_violence(extract: Extract, text: str) -> None:
    assert [(m.event_type, m.sub_event_type) for m in extract(text)] == [("Riots", "Mob violence")]


@pytest.mark.parametrize(
    "text",
    [
        "The region has a long history of communal clashes.",
        "Prices rose amid protests in Lagos.",
    ],
)
def test_communal_history_and_background_are_no_events(extract: Extract, text: str) -> None:
    assert extract(text) == []


def test_police_meeting_marchers_with_tear_gas_intervene(extract: Extract) -> None:
    text = "Riot police met the marchers with tear gas in Santiago on Friday."
    assert [m.sub_event_type for m in extract(text)] == ["Protest with intervention"]
    assert extract("Police met the minister at the airport on Friday.") == []
