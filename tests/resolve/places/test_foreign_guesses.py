"""In a report about one country, guesses never reach a town abroad."""

from __future__ import annotations

import pytest

from upheaval.resolve.places import Gazetteer, detect_focus_country, find_places


def _resolved(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    focus = detect_focus_country(text, gazetteer)
    return {p.text: p.place.iso for p in find_places(text, gazetteer, focus=focus)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an alternate spelling of a foreign town (Bonn) in a report about Mali
        ("Soldiers regained control of the town of Boni in Mali on Monday.", "Boni"),
        # a transliteration guess (Xinyu, China) in a report about India
        ("Farmers from Punjab camped at the Singhu border near Delhi, India.", "Singhu"),
    ],
)
def test_guess_abroad_is_dropped(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert name not in _resolved(text, gazetteer)


@pytest.mark.parametrize(
    ("text", "name", "iso"),
    [
        ("Solidarity rallies in Mali were echoed by marchers in Peking.", "Peking", "CN"),
        ("Workers rallied in Pavlodaar on Friday.", "Pavlodaar", "KZ"),
        ("Protesters in Uralsk blocked the main road.", "Uralsk", "KZ"),
    ],
)
def test_world_cities_and_unfocused_guesses_still_resolve(
    text: str, name: str, iso: str, gazetteer: Gazetteer
) -> None:
    assert _resolved(text, gazetteer).get(name) == iso
