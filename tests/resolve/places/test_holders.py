"""A place with the places that hold it is one place, the finest one."""

from __future__ import annotations

import pytest

from upheaval.model import RawMention, Span
from upheaval.resolve.attach import attach_places
from upheaval.resolve.places import Gazetteer, find_places


def _raw(text: str, trigger: str, args: tuple[str, ...] = ()) -> RawMention:
    sentence_start = text.rfind(". ", 0, text.index(trigger))
    sentence_start = 0 if sentence_start < 0 else sentence_start + 2
    sentence_end = text.index(".", text.index(trigger)) + 1
    at = text.index(trigger)
    return RawMention(
        doc_id="d",
        trigger=Span(at, at + len(trigger), trigger),
        sentence=Span(sentence_start, sentence_end, text[sentence_start:sentence_end]),
        clause=Span(at, at + len(trigger), trigger),
        event_type="Protests",
        sub_event_type="Peaceful protest",
        place_args=tuple(Span(text.index(a), text.index(a) + len(a), a) for a in args),
    )


def _attached(
    text: str, trigger: str, gazetteer: Gazetteer, args: tuple[str, ...] = ()
) -> list[tuple[str, int]]:
    places = find_places(text, gazetteer, focus="BD")
    found = attach_places(_raw(text, trigger, args), places, None, 0)
    return [(p.place.name, p.geo_precision) for p in found]


@pytest.mark.parametrize(
    ("text", "trigger", "args", "expected"),
    [
        # the district and division in brackets hold the upazila
        (
            "On 24 April, in Savar upazila (Dhaka, Dhaka), workers staged protests.",
            "protests",
            (),
            ["Savar"],
        ),
        # a town and its division: the town, for this sentence and the next
        (
            "A body was found by police in Kushtia (Khulna). Assailants killed him.",
            "killed",
            (),
            ["Kushtia"],
        ),
        # "X area, Y city": one place, not two events
        (
            "Hawkers protested in Gulistan area, Dhaka city, on Monday.",
            "protested",
            ("in Gulistan area, Dhaka city",),
            ["Dhaka"],
        ),
        # a list of towns is still several places
        (
            "Protests spread to Kushtia, Jessore and Khulna on Monday.",
            "spread",
            ("to Kushtia, Jessore and Khulna",),
            ["Kushtia", "Jessore", "Khulna"],
        ),
    ],
)
def test_holders_are_no_second_place(
    text: str,
    trigger: str,
    args: tuple[str, ...],
    expected: list[str],
    gazetteer: Gazetteer,
) -> None:
    assert [name for name, _ in _attached(text, trigger, gazetteer, args)] == expected


def test_place_of_a_later_sentence_is_the_town_not_its_region(gazetteer: Gazetteer) -> None:
    text = "A body was found by police in Kushtia (Khulna). Assailants killed him."
    # taken from the discourse: the town, at precision 2
    assert _attached(text, "killed", gazetteer) == [("Kushtia", 2)]


def test_holder_of_an_unknown_place_is_precision_two(gazetteer: Gazetteer) -> None:
    # "Dakkin" is not in the gazetteer; the event is near Dhaka, not in it
    text = "On 7 February, a man was beaten to death by a mob in Dakkin (Keraniganj, Dhaka)."
    assert _attached(text, "beaten", gazetteer, ("in Dakkin (Keraniganj, Dhaka)",)) == [
        ("Dhaka", 2)
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "args", "town"),
    [
        (
            "In Hathazari town, Chittagong University students staged a demonstration.",
            "staged",
            (),
            "Hāthazāri",
        ),
        (
            "Students protested in front of Dhaka University of Engineering in Gazipur city.",
            "protested",
            ("in front of Dhaka University of Engineering in Gazipur city",),
            "Gazipur",
        ),
    ],
)
def test_site_named_after_a_town_gives_way_to_the_town_named(
    text: str, trigger: str, args: tuple[str, ...], town: str, gazetteer: Gazetteer
) -> None:
    assert [name for name, _ in _attached(text, trigger, gazetteer, args)] == [town]


@pytest.mark.parametrize(
    ("text", "trigger", "args", "expected"),
    [
        # "Town - Quarter": the quarter, one event
        (
            "Workers staged a protest in front of the press club, Dhaka - Paltan (Paltan).",
            "protest",
            ("in front of the press club, Dhaka - Paltan (Paltan",),
            ["Paltan"],
        ),
        # the parenthesis cut from the argument still holds the place
        (
            "Assailants attacked and killed a leader in Rampal area (Bagerhat sadar), over land.",
            "attacked",
            ("in Rampal area (Bagerhat sadar",),
            ["Bagerhat"],
        ),
    ],
)
def test_town_dash_quarter_is_one_place(
    text: str, trigger: str, args: tuple[str, ...], expected: list[str], gazetteer: Gazetteer
) -> None:
    assert [name for name, _ in _attached(text, trigger, gazetteer, args)] == expected
