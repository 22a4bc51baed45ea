"""What a protest is against is its grievance: the grievance's place is not
where the crowd gathered (one protest, one place)."""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from upheaval.model import RawMention

ROWS: list[tuple[str, list[str]]] = [
    (
        "On 3 May, students staged a demonstration at the university in Lahore against the killing of a student in Multan.",
        ["the university in Lahore"],
    ),
    (
        "Hundreds of people in Nairobi were protesting the eviction of families in Mombasa on Monday.",
        ["Nairobi"],
    ),
    (
        "Teachers held a rally in Kampala on Friday against the arrest of their colleagues in Gulu.",
        ["Kampala"],
    ),
]


@pytest.mark.parametrize(("sentence", "places"), ROWS, ids=[s[:50] for s, _ in ROWS])
def test_grievance_place_is_not_the_protest_place(
    extract: Callable[[str], list[RawMention]], sentence: str, places: list[str]
) -> None:
    protests = [m for m in extract(sentence) if m.event_type == "Protests"]
    assert len(protests) == 1
    assert [a.text for a in protests[0].place_args] == places


def test_an_attack_against_a_target_is_placed_by_it(
    extract: Callable[[str], list[RawMention]],
) -> None:
    mentions = extract("A bomb was detonated against a police vehicle near Menaka on Monday.")
    assert any("Menaka" in a.text for m in mentions for a in m.place_args)
