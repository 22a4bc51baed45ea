"""Victims told with the attack they fell in are one event, coded with the
attacker the attack names: "a man was killed and two others injured in an
attack by rivals" is one attack, not a killing and an attack."""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.extract.conftest import expand, observed
from upheaval.model import RawMention

ROWS: list[tuple[str, list[str]]] = [
    ("A trader was stabbed to death and two of his friends were injured in an attack by rival gangs in Kisumu on Monday.", ["VA armed"]),
    ("A woman was killed and her father injured in an attack by a rival group at a village near Multan on Friday.", ["RM mob"]),
    ("A farmer was shot to death and two people suffered bullet wounds in a rival attack near Tando Adam on Sunday.", ["VA mob"]),
    ("A shopkeeper was killed and two others were injured in an attack by gunmen in Kaduna on Sunday.", ["VA armed"]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[s[:50] for s, _ in ROWS])
def test_victims_and_their_attack_are_one_event(
    extract: Callable[[str], list[RawMention]], sentence: str, expected: list[str]
) -> None:
    got = [observed(m) for m in extract(sentence)]
    assert got == [expand(code) for code in expected]


def test_the_attack_keeps_the_day_of_the_sentence(
    extract: Callable[[str], list[RawMention]],
) -> None:
    mentions = extract("On 4 May, a youth was hacked to death in an attack by robbers at Gulu market.")
    assert len(mentions) == 1
    assert [d.text for d in mentions[0].date_args] == ["On 4 May"]


def test_attacks_in_two_places_stay_two(extract: Callable[[str], list[RawMention]]) -> None:
    text = "Gunmen killed a teacher in Kano on Monday, and a trader was stabbed in an attack by robbers in Jos."
    assert len(extract(text)) == 2
