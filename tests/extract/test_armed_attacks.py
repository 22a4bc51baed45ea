"""Who attacks decides the type (ACLED): a party's or a group's men who come
armed, or pick their victim, attack civilians; a crowd or a mob that beats
or kills someone commits mob violence (sentences written for the tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.extract.conftest import expand, observed
from upheaval.model import RawMention

# ruff: noqa: E501
ROWS: list[tuple[str, list[str]]] = [
    # organised attackers who came armed: violence against civilians
    ("Twenty supporters of the MLA, armed with sharp weapons, attacked a rival leader in Meerut on Sunday.", ["VA armed"]),
    ("Youth wing members of the ruling party attacked a councillor with knives in Mombasa.", ["VA armed"]),
    # a targeted attack, whoever made it
    ("Members of the student wing beat a journalist in a targeted attack in Lahore.", ["VA armed"]),
    # the same attack without weapons is mob violence
    ("Supporters of the ruling party attacked students at the university in Dhaka.", ["RM mob"]),
    # crowds of residents and "local weapons" are a crowd's, not an armed group's
    ("Four people attacked a farmer with sharp weapons in Bauphal over a land dispute.", ["RM mob"]),
    ("Villagers armed with sticks attacked a police station in Assam.", ["RM mob"]),
    ("A crowd of traders attacked two tax collectors with native weapons in Onitsha.", ["RM mob"]),
    # a killing by a mob is mob violence, not an armed group's attack
    ("A suspected thief was beaten to death by a mob in Kano on Monday.", ["RM mob"]),
    ("Two men accused of child kidnapping were killed by a mob in Puebla state.", ["RM mob"]),
    # a beating by a leader and his men, or by a party's men, in any voice
    ("A ward councillor and his accomplices assaulted a journalist in Kakamega on Monday.", ["RM mob"]),
    ("A reporter was attacked by a local chairman and his men in Sukkur on Friday.", ["RM mob"]),
    ("Ten opposition workers were injured in an attack by ruling party men in Ibadan.", ["RM mob"]),
    # ... but a stabbing is an armed attack, and unknown attackers are no crowd
    ("A ward councillor and his accomplices stabbed a journalist in Kakamega on Monday.", ["VA armed"]),
    ("A trader was injured in an attack by unknown miscreants in Rajshahi.", ["VA armed"]),
    ("The house of a party leader came under attack in Gazipur, leaving three injured.", ["VA armed"]),
    # a clash the attack led to is one event: the clash
    ("Rival groups clashed in Kisii on Sunday after party youths attacked a campaign convoy with knives.", ["RM mob"]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[t[:50] for t, _ in ROWS])
def test_attackers_decide_type(
    extract: Callable[[str], list[RawMention]], text: str, expected: list[str]
) -> None:
    assert [observed(m) for m in extract(text)] == [expand(c) for c in expected]


# Crude, cocktail and homemade bombs are a riot's weapons; a roadside or a
# car bomb is remote violence.
BOMBS: list[tuple[str, list[str]]] = [
    ("Party activists exploded crude bombs in front of a rival's house in Murshidabad on Sunday.", ["RM mob"]),
    ("A crude bomb exploded in front of the police station in Comilla on Monday.", ["RV rioters"]),
    ("Unidentified persons hurled cocktail bombs at a bus in Dhaka.", ["RV armed"]),
    ("A roadside bomb exploded near Kandahar, killing three.", ["EI armed"]),
    ("Militants detonated a car bomb in Mogadishu.", ["EI armed"]),
]


@pytest.mark.parametrize(("text", "expected"), BOMBS, ids=[t[:50] for t, _ in BOMBS])
def test_crude_bombs(
    extract: Callable[[str], list[RawMention]], text: str, expected: list[str]
) -> None:
    assert [observed(m) for m in extract(text)] == [expand(c) for c in expected]
