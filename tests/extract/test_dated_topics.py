"""An event talked about is still an event when its own phrase dates it."""

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
