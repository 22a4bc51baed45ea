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
