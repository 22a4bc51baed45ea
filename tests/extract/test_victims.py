"""Attacks on people told by their victims: who was hit, how they are named
(a trade, an office, "two others", a body part), and a day that is no target."""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.extract.conftest import expand, observed
from upheaval.model import RawMention

ROWS: list[tuple[str, list[str]]] = [
    # "On 10 May": the day is not what was attacked; the conjoined verb's object is
    ("On 10 May 2022, two policemen attacked and injured a street vendor in Mombasa.", ["VA police"]),
    ("On 3 March, soldiers assaulted and injured two farmers near Gulu.", ["VA military"]),
    # victims named by their trade or office
    ("A schoolboy was hacked to death by unidentified assailants in Bauchi on Monday.", ["VA armed"]),
    ("A fisherman was shot dead by unknown gunmen near Mombasa on Friday.", ["VA armed"]),
    ("A magistrate was stabbed by an unidentified attacker outside the court in Lahore.", ["VA armed"]),
    # "two others": people too
    ("Gunmen shot a trader and injured two others in Kaduna on Sunday.", ["VA armed"]),
    # beaten and burned to death
    ("A farmer was beaten to death by his neighbours over a land dispute near Thika on Tuesday.", ["VA armed"]),
    ("Unidentified men burned a village chief to death in his house in Kasai on Saturday.", ["VA armed"]),
    # a body part of a person
    ("Armed men chopped off the fingers of a shopkeeper in Kano on Wednesday.", ["VA armed"]),
    # a reduced passive: the noun described is the victim
    ("Three herders injured in an attack by gunmen near Jos were taken to hospital on Friday.", ["VA civilians"]),
    # sexual violence by its own words
    ("A woman was gang-raped by five men in a village near Dodoma on Sunday.", ["VS civilians"]),
    # the state's forces hurting a civilian, a teacher or a herder
    ("Border guards stabbed and injured a herder near the frontier at Busia on Friday.", ["VA security"]),
    ("Two members of an opposition party were assaulted by policemen near the bus terminal in Arusha on Monday.", ["VA police"]),
    # shots fired at people or a home by attackers
    ("Unidentified armed men opened fire on two traders in Maiduguri on Monday night.", ["VA armed"]),
    ("On Tuesday, supporters of a rival candidate fired several shots at the house of a mayor in Cebu.", ["VA mob"]),
    ("Soldiers opened fire on a group of cattle herders near the border in Kidal on Friday.", ["VA military"]),
    # veterans and retired soldiers are civilians
    ("A retired army officer was stabbed to death by robbers at his home in Enugu on Monday.", ["VA armed"]),
    ("A freedom fighter was hacked to death by unidentified assailants in Jessore on Tuesday.", ["VA armed"]),
    # activists or students stabbing a person: an attack with a weapon
    ("On 3 May, student activists stabbed and injured a rival at the university in Peshawar.", ["VA protesters"]),
    ("On 9 June, students hacked a shopkeeper at a market in Kano.", ["VA students"]),
    # a body found with the marks of its killing: the killing, by unknown attackers
    ("On 4 June, police recovered the beheaded body of a trader at a village near Kisii.", ["VA armed"]),
    ("The body of a local leader was found with his throat slit in a field near Gulu on Sunday.", ["VA armed"]),
    ("His strangled body was found on 12 May near a sugarcane farm outside Tando Adam.", ["VA armed"]),
    # suicide bombing told as "blew himself up"
    ("A man blew himself up near a police checkpoint in Kabul on Tuesday.", ["EB civilians"]),
]

NOT_ATTACKS: list[str] = [
    # no people hit
    "Prices of rice beat all records in Dhaka on Monday.",
    # a winner beats a rival at the polls
    "Mr Herrera beat Ana Duarte, a former finance minister, by promising lower fuel prices.",
    "A former army chief and senior UN official, Mr Petrov beat Ivan Sokol, a billionaire former prime minister, by promising to stay close to the West.",
    "Protesters burned an effigy of the minister in Nairobi on Friday.",
    "The fire burned three shops in the market in Lagos overnight.",
    # a body found, no killing told
    "The body of a fisherman was found in the river near Mopti on Sunday.",
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[s[:50] for s, _ in ROWS])
def test_victim_sentences(
    extract: Callable[[str], list[RawMention]], sentence: str, expected: list[str]
) -> None:
    got = [observed(m) for m in extract(sentence)]
    assert got == [expand(code) for code in expected]


@pytest.mark.parametrize("sentence", NOT_ATTACKS, ids=[s[:50] for s in NOT_ATTACKS])
def test_no_attack_without_people(
    extract: Callable[[str], list[RawMention]], sentence: str
) -> None:
    got = [m.event_type for m in extract(sentence)]
    assert "Violence against civilians" not in got


OFF_DUTY: list[tuple[str, list[str]]] = [
    # an off-duty officer is a civilian (ACLED); one on duty is the state's forces
    ("Gunmen shot dead an off-duty police constable at his home in Kisumu on Monday.", ["VA armed"]),
    ("Gunmen shot dead a police constable at a checkpoint in Zamfara on Monday.", ["BA armed"]),
]


@pytest.mark.parametrize(("sentence", "expected"), OFF_DUTY, ids=[s[:50] for s, _ in OFF_DUTY])
def test_off_duty_officers_are_civilians(
    extract: Callable[[str], list[RawMention]], sentence: str, expected: list[str]
) -> None:
    got = [observed(m) for m in extract(sentence)]
    assert got == [expand(code) for code in expected]
