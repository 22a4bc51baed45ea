"""Places said to hold a name decide which namesake it is, or that the
gazetteer lacks it; and a town no other country has a place of that name
says where the report is."""

from __future__ import annotations

import pytest

from upheaval.resolve.places import Gazetteer, detect_focus_country, find_places


def _places(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, str | None]]:
    return [(m.place.name, m.place.iso, m.place.admin1) for m in find_places(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A in B": a quarter named like a town of another division is the
        # quarter of B, which the gazetteer lacks
        ("Police fired at protesters in Kotwali in Dhaka city.", ["Dhaka"]),
        # "A area of B": the same
        ("A trader was stabbed in Mohammadpur area of Dhaka on Friday.", ["Dhaka"]),
        # a bracket of holders: sub-district and district, one place
        ("Two groups clashed at Chandrapur (Kaliganj, Lalmonirhat) over a pond.", ["Lalmonirhat"]),
        # a village of a district of Bihar is not the Rampur of Uttar Pradesh
        ("Villagers blocked a road near Rampur (Aurangabad, Bihar).", ["Aurangābād", "Bihār"]),
        # a sub-district 120 km from the district town named with it is its
        # namesake: the district town places it
        (
            "A farmer was hacked to death in Shibganj upazila (Chapai Nawabganj, Rajshahi).",
            ["Chapai Nawabganj", "Rajshahi"],
        ),
    ],
)
def test_holders_choose_or_drop_the_namesake(
    text: str, expected: list[str], gazetteer: Gazetteer
) -> None:
    assert [name for name, _, _ in _places(text, gazetteer)] == expected


def test_a_town_and_its_division_stays_the_town(gazetteer: Gazetteer) -> None:
    # "Khulna" names the division here: its city 110 km away says nothing
    places = _places("A body was found in Kushtia (Khulna) on Monday.", gazetteer)
    assert places[0][0] == "Kushtia"


def test_a_bracket_list_is_still_a_list(gazetteer: Gazetteer) -> None:
    text = "Transport workers struck in the divisional towns (Dhaka, Khulna and Sylhet)."
    assert [name for name, _, _ in _places(text, gazetteer)] == ["Dhaka", "Khulna", "Sylhet"]


def test_holders_pick_the_namesake_in_their_country(gazetteer: Gazetteer) -> None:
    # Raipur of Chhattisgarh is the largest Raipur; the one held by
    # Lakshmipur lies in Bangladesh, and so does the report
    text = "A robber was killed in a lynch mob attack in a village (Raipur, Lakshmipur)."
    assert detect_focus_country(text, gazetteer) == "BD"
    assert {iso for _, iso, _ in _places(text, gazetteer)} == {"BD"}


def test_a_spelling_guess_abroad_does_not_beat_the_holder(gazetteer: Gazetteer) -> None:
    # "Lakhai" is near the French name of The Hague; Habiganj holds it
    text = "A man was killed in a clash between villagers at a village (Lakhai, Habiganj)."
    assert detect_focus_country(text, gazetteer) == "BD"
    assert [iso for _, iso, _ in _places(text, gazetteer)] == ["BD"]


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("Youths burned tyres in Kisumu on Monday.", "KE"),
        ("Shops were looted in Tamale overnight.", "GH"),
        ("A man was killed in a clash between villagers in Habiganj.", "BD"),
    ],
)
def test_a_town_of_one_country_names_the_focus(text: str, focus: str, gazetteer: Gazetteer) -> None:
    assert detect_focus_country(text, gazetteer) == focus


def test_a_town_with_namesakes_abroad_alone_names_no_focus(gazetteer: Gazetteer) -> None:
    # Hyderabad is in India and in Pakistan: one name is not enough
    assert detect_focus_country("Traders struck in Hyderabad.", gazetteer) is None


@pytest.mark.parametrize(
    "text",
    [
        # part of a longer name, not a place the report is in
        "Delegates endorsed the Kisumu Declaration on Monday.",
        "Talks on the Tamale Accord resumed.",
    ],
)
def test_a_one_country_name_inside_a_longer_name_names_no_focus(
    text: str, gazetteer: Gazetteer
) -> None:
    assert detect_focus_country(text, gazetteer) is None
