"""One scan of a text serves focus detection and place finding; the clue
table is tried only for the words a text holds."""

from __future__ import annotations

import re

import pytest

from upheaval.resolve.places import Gazetteer, PlaceScan, detect_focus_country, find_places
from upheaval.resolve.places import clues as clue_module
from upheaval.resolve.places.clues import clue_votes

TEXTS = [
    "NAIROBI, Kenya - Police fired tear gas at traders marching to City Hall in Nairobi on "
    "Tuesday. Matatu drivers joined them near Kenyatta Avenue.",
    "Awami League and BNP activists clashed at Pirpur village (Raipura upazila, Narsingdi).",
    "Farmers blocked the Dhaka-Aricha highway. Later, students of Dhaka University marched "
    "against India's new citizenship law.",
    "Workers at the Rumaila oil field went on strike in Basra, Iraq, while in Lagos State "
    "University students rallied.",
    "Protests spread to Bogota, Medellin and Cali, and to Atlanta, Georgia.",
]
HINTS = [[(0, 7, "GPE"), (79, 88, "PERSON")], [(0, 12, "ORG")], [], [(51, 56, "GPE")], []]


@pytest.mark.parametrize(("text", "hints"), list(zip(TEXTS, HINTS, strict=True)))
def test_shared_scan_gives_the_same_places(
    text: str, hints: list[tuple[int, int, str]], gazetteer: Gazetteer
) -> None:
    alone_focus = detect_focus_country(text, gazetteer)
    alone = find_places(text, gazetteer, focus=alone_focus, hints=hints)
    scan = PlaceScan(text, gazetteer)
    focus = detect_focus_country(text, gazetteer, scan=scan)
    assert focus == alone_focus
    assert find_places(text, gazetteer, focus=focus, hints=hints, scan=scan) == alone
    # the scan is not changed by being read: a second reading is the same
    assert find_places(text, gazetteer, focus=focus, hints=hints, scan=scan) == alone
    assert find_places(text, gazetteer, hints=hints, scan=scan) == find_places(
        text, gazetteer, hints=hints
    )


def test_scan_of_another_text_is_not_used(gazetteer: Gazetteer) -> None:
    scan = PlaceScan(TEXTS[0], gazetteer)
    assert find_places(TEXTS[4], gazetteer, scan=scan) == find_places(TEXTS[4], gazetteer)


def _every_clue(text: str) -> dict[str, float]:
    """The clue votes with every pattern tried (no word filter)."""
    votes: dict[str, float] = {}
    taken: list[tuple[int, int]] = []
    counted: set[str] = set()
    for clue in clue_module._patterns():
        for match in clue.pattern.finditer(text):
            start, end = match.span()
            if any(s <= start and end <= e for s, e in taken):
                continue
            taken.append((start, end))
            stem = match.group().casefold().removesuffix("s")
            if stem not in counted:
                counted.add(stem)
                for iso in clue.isos:
                    votes[iso] = votes.get(iso, 0.0) + clue_module.CLUE_VOTE / len(clue.isos)
            break
    return votes


@pytest.mark.parametrize(
    "text",
    [
        "Jamaat-e-Islami and Hefazat-e-Islam men marched; the upazila chairman fled.",
        "PML-N and PTI workers clashed near the tehsil office; fines of 500 rupees.",
        "UPAZILA CHAIRMAN SHOT, TAKA SEIZED",
        # characters outside ASCII that case-insensitive matching folds to ASCII
        "the \u017fadar hospital and a kebele of the woreda",
        "New People's Army rebels and the Cambodian People's Party",
        "The bnp of the town said nothing.",
        "",
    ],
)
def test_clue_word_filter_changes_no_vote(text: str) -> None:
    assert clue_votes(text) == _every_clue(text)


def test_clue_keys_are_whole_first_words() -> None:
    for clue in clue_module._patterns():
        if clue.key is not None:
            assert re.fullmatch(r"\w+", clue.key) and clue.key == clue.key.lower()


@pytest.mark.parametrize(
    ("text", "focus", "near"),
    [
        ("Villagers blocked the road to Habigonj town in Sylhet division, Bangladesh, "
         "after a bus killed two students.", "BD", 1),
        ("Traders in Kisumu and Nakuro shut their stalls on Monday against the new "
         "county levy, Kenyan media reported.", "KE", 0),
        ("Miners marched from Potosi to Sucre, Bolivia, demanding the road be repaired.", "BO", 0),
    ],
)
def test_a_rescan_with_the_focus_reuses_the_names_and_finds_the_same(
    text: str, focus: str, near: int, gazetteer: Gazetteer
) -> None:
    first = PlaceScan(text, gazetteer)
    again = PlaceScan(text, gazetteer, focus, like=first)
    fresh = PlaceScan(text, gazetteer, focus)
    assert again.tokens is first.tokens  # read once
    # the focus admits near spellings of its towns ("Habigonj")
    assert sum(i.candidate.variant for i in again.items) == near
    assert len(again.items) == len(first.items) + near
    assert [(i.candidate, i.reading) for i in again.items] == [
        (i.candidate, i.reading) for i in fresh.items
    ]
    assert find_places(text, gazetteer, focus=focus, scan=first) == find_places(
        text, gazetteer, focus=focus
    )
    # a scan of another text lends nothing
    other = PlaceScan("Nurses struck in Lima.", gazetteer, "PE", like=first)
    assert other.tokens is not first.tokens
    assert [i.candidate.first for i in other.items] == [3]
