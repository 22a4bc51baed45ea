"""A crowd event is national only when "nationwide" qualifies the act itself."""

from __future__ import annotations

import pytest

from upheaval.model import RawMention, Span
from upheaval.resolve import _nationwide_act


def _raw(clause: str, trigger: str) -> RawMention:
    at = clause.index(trigger)
    return RawMention(
        doc_id="d",
        trigger=Span(at, at + len(trigger), trigger),
        sentence=Span(0, len(clause), clause),
        clause=Span(0, len(clause), clause),
        event_type="Riots",
        sub_event_type="Violent demonstration",
    )


@pytest.mark.parametrize(
    ("clause", "trigger", "expected"),
    [
        ("rioters set fire to a bus in Sylhet during the nationwide blockade", "set", False),
        ("youths burned tyres in Kisumu amid a countrywide strike by teachers", "burned", False),
        ("a nationwide strike paralysed transport", "strike", True),
        ("the nationwide general strike paralysed transport", "strike", True),
        ("traders protested across the country against the new tax", "protested", True),
        ("doctors held rallies in Lahore", "rallies", False),
    ],
)
def test_nationwide_act(clause: str, trigger: str, expected: bool) -> None:
    assert _nationwide_act(_raw(clause, trigger)) is expected
