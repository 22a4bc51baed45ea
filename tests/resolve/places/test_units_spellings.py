"""Names written the way local notes write them: near spellings, admin units,
brackets of holders, "Town - Quarter"."""

from __future__ import annotations

import pytest

from upheaval.resolve.places import Gazetteer, find_places


def _found(text: str, gazetteer: Gazetteer, focus: str | None) -> list[tuple[str, str]]:
    return [(p.place.name, p.place.iso) for p in find_places(text, gazetteer, focus=focus)]


@pytest.mark.parametrize(
    ("text", "focus", "expected"),
    [
        # near spellings no transliteration rule reaches, in the focus country
        ("Gunmen attacked a market in Maiduguiri on Sunday.", "NG", [("Maiduguri", "NG")]),
        ("Lawyers protested in Peshwar on Monday.", "PK", [("Peshawar", "PK")]),
        ("Traders blocked a road in Habigonj on Monday.", "BD", [("Habiganj", "BD")]),
        (
            "Police fired on protesters in Brahmanbarhia town on Sunday.",
            "BD",
            [("Brāhmanbāria", "BD")],
        ),
    ],
)
def test_near_spelling_in_the_focus_country(
    text: str, focus: str, expected: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert _found(text, gazetteer, focus) == expected


def test_near_spelling_never_reaches_abroad(gazetteer: Gazetteer) -> None:
    # a Kenyan report: a near spelling of a Nigerian town is no guess to make
    assert _found("Gunmen attacked a market in Maiduguiri on Sunday.", gazetteer, "KE") == []
    # without a focus country no near spelling is guessed at all
    assert _found("Lawyers protested in Peshwar on Monday.", gazetteer, None) == []


def test_a_village_is_no_near_spelling_of_a_town(gazetteer: Gazetteer) -> None:
    text = "Two men were hurt in a clash at Chandipur union on Tuesday."
    assert _found(text, gazetteer, "BD") == []


def test_a_guess_outside_the_region_of_its_holders_is_dropped(gazetteer: Gazetteer) -> None:
    text = "Fifteen were injured in a clash at Doharo village (Shailkupa, Jhenaidah) on Monday."
    assert [name for name, _ in _found(text, gazetteer, "BD")] == ["Jhenaidah"]


@pytest.mark.parametrize(
    ("text", "focus", "expected"),
    [
        # an administrative unit is named after its town, however small
        ("Villagers clashed in Gaibandha district on Thursday.", "BD", [("Gaibandha", "BD")]),
        ("Residents blocked a road in Marigat ward on Monday.", "KE", [("Marigat", "KE")]),
        ("Residents protested in Mardan tehsil on Monday.", "PK", [("Mardan", "PK")]),
        # a site is named after people too: a small town needs more evidence
        ("Residents blocked a road near Marigat University on Monday.", "KE", []),
    ],
)
def test_admin_units(
    text: str, focus: str, expected: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert _found(text, gazetteer, focus) == expected


def test_names_in_a_bracket_of_holders(gazetteer: Gazetteer) -> None:
    # no country named or hinted: a bracket after a place still says "place"
    text = "A man was killed in Rampal area (Bagerhat sadar), over a land dispute."
    assert _found(text, gazetteer, None) == [("Bagerhat", "BD")]
    text = "A woman was killed at Khuliatari village (Rajarhat, Kurigram) over land."
    assert _found(text, gazetteer, None) == [("Kurigram", "BD")]


def test_town_dash_quarter(gazetteer: Gazetteer) -> None:
    # the quarter resolves inside its town: both are found (attach keeps the quarter)
    text = "Traders protested in Lagos - Ikeja on Friday."
    assert _found(text, gazetteer, "NG") == [("Lagos", "NG"), ("Ikeja", "NG")]
    # a namesake of the quarter in another region is not it: the town places it
    text = "Unknown men killed him in Dhaka - Mohammadpur (Adabor) on Sunday."
    assert _found(text, gazetteer, "BD") == [("Dhaka", "BD")]


def test_towns_joined_by_a_spaced_dash_name_a_road(gazetteer: Gazetteer) -> None:
    text = "Workers blocked the Dhaka - Chittagong highway on Monday."
    assert _found(text, gazetteer, "BD") == []


def test_a_town_with_holders_elsewhere_is_a_namesake(gazetteer: Gazetteer) -> None:
    # the gazetteer's only Kaliganj lies in another division than Gazipur
    text = "Locals beat a man to death in Kaliganj upazila (Gazipur, Dhaka) on Sunday."
    assert [name for name, _ in _found(text, gazetteer, "BD")] == ["Gazipur", "Dhaka"]
    # "X municipal town (Y)": Y holds X
    text = "Assailants attacked four men in Sherpur municipal town (Bogra) on Monday."
    assert [name for name, _ in _found(text, gazetteer, "BD")] == ["Bogra"]
