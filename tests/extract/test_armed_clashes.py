"""A clash fought with weapons is an armed clash (ACLED Battles), whoever its
sides are; a crowd clash without weapons stays a riot (sentences written for
the tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.extract.conftest import expand, observed
from upheaval.model import RawMention

# ruff: noqa: E501
ROWS: list[tuple[str, list[str]]] = [
    # a death by blade or bullet in the clash says the sides were armed
    ("A young man was stabbed to death in a clash over farmland in Benue on Sunday.", ["BA rioters"]),
    ("Farmers and herders clashed in Kaduna state on Friday; a man was hacked to death.", ["BA rioters"]),
    # the report says so in the sentence after, with no named sides
    ("A clash over a water point broke out in Wajir on Tuesday. Elders said both sides were armed.", ["BA rioters"]),
    ("Rival factions of the student union clashed at the university in Patna with lethal weapons.", ["BA mob"]),
    # the clash itself is called armed
    ("Four students were hurt in an armed factional clash at a college in Peshawar on Friday.", ["BA armed"]),
    ("Two activists were killed in an armed clash between rival factions in Kurnool.", ["BA mob"]),
    ("A clash between two armed groups of the ruling party left three dead in Culiacan.", ["BA mob"]),
    # rubber bullets fired by the police to end a clash arm neither side
    ("Two groups of traders clashed at a market in Kano on Monday. Police fired rubber bullets to disperse them.", ["RM rioters"]),
    ("Supporters of two candidates clashed in Sylhet on Monday, leaving 20 injured.", ["RM mob"]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[t[:50] for t, _ in ROWS])
def test_armed_clash(
    extract: Callable[[str], list[RawMention]], text: str, expected: list[str]
) -> None:
    assert [observed(m) for m in extract(text)] == [expand(c) for c in expected]


# Members of an armed group, or of the state's forces, killed by gunmen:
# the two sides fought (ACLED Battles), it was no attack on civilians.
VICTIMS: list[tuple[str, list[str]]] = [
    ("Unknown gunmen shot dead a member of the Kachin Independence Army near Myitkyina.", ["BA armed"]),
    ("Gunmen shot dead a member of the Oromo Liberation Army in Nekemte.", ["BA armed"]),
    ("Gunmen shot dead a member of the Nigerian Army in Kaduna.", ["BA armed"]),
    # a union's member is a civilian; veterans of a liberation war are no fighters
    ("Gunmen shot dead a member of the Teachers Union in Kaduna.", ["VA armed"]),
    ("Fourteen people were injured in a clash between freedom fighters and land grabbers in Jessore.", ["RM rioters"]),
    # the forces gunning down a civilian
    ("A farmer was gunned down by soldiers of the Nigerian Army in Zamfara.", ["VA military"]),
]


@pytest.mark.parametrize(("text", "expected"), VICTIMS, ids=[t[:50] for t, _ in VICTIMS])
def test_victims_decide_battle(
    extract: Callable[[str], list[RawMention]], text: str, expected: list[str]
) -> None:
    assert [observed(m) for m in extract(text)] == [expand(c) for c in expected]


# Sides that fight each other: two groups attacking each other clash, and
# two state forces, or the forces and militants, fight a battle.
MUTUAL: list[tuple[str, list[str]]] = [
    ("Two groups of villagers attacked each other over grazing land in Kajiado, leaving ten injured.", ["BA civilians"]),
    ("A group of youths attacked another trader with sticks in Kano on Sunday.", ["RM mob"]),
    ("A clash between soldiers and police left two dead in Juba on Monday.", ["BA rioters"]),
    ("Clashes between students and soldiers erupted in Mandalay on Friday.", ["RV rioters"]),
]


@pytest.mark.parametrize(("text", "expected"), MUTUAL, ids=[t[:50] for t, _ in MUTUAL])
def test_mutual_fights(
    extract: Callable[[str], list[RawMention]], text: str, expected: list[str]
) -> None:
    assert [observed(m) for m in extract(text)] == [expand(c) for c in expected]
