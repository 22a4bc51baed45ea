"""A word in lower case is a place only when written as the gazetteer writes it."""

from __future__ import annotations

import pytest

from upheaval.resolve.places import Gazetteer, find_places


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rioters set fire to cars and shops in Belfast on Monday night.", "cars"),
        ("Youths threw stones at cars outside the stadium in Lyon.", "cars"),
    ],
)
def test_a_spelling_guess_of_a_lower_case_word_is_no_place(
    gazetteer: Gazetteer, text: str, word: str
) -> None:
    found = [p.text for p in find_places(text, gazetteer)]
    assert word not in found
    assert found  # the real town of the sentence is still found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two bodies were found in Cox's bazar on Monday.", "Cox’s Bāzār"),
        ("Protests in Port harcourt turned violent.", "Port Harcourt"),
        ("Students marched in Buenos aires on Friday.", "Buenos Aires"),
    ],
)
def test_a_name_with_a_lower_case_tail(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert [m.place.name for m in find_places(text, gazetteer)] == [name]


def test_a_kind_word_after_a_name_is_no_tail(gazetteer: Gazetteer) -> None:
    places = find_places("Fighting was reported in the Almaty region.", gazetteer)
    assert [(m.place.name, m.place.kind) for m in places] == [("Almaty", "region")]
