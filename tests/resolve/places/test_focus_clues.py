"""Notes that name no country: the focus comes from clues, and names stay home."""

from __future__ import annotations

import pytest

from upheaval.resolve.places import Gazetteer, detect_focus_country, find_places
from upheaval.resolve.places.clues import CLUE_VOTE, clue_votes


def _resolved(text: str, gazetteer: Gazetteer) -> dict[str, tuple[str, int]]:
    focus = detect_focus_country(text, gazetteer)
    return {
        p.text: (p.place.iso, p.geo_precision) for p in find_places(text, gazetteer, focus=focus)
    }


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a party and a town of its country, no country named
        ("Awami League and BNP activists clashed at Pirpur village in Narsingdi.", "BD"),
        # an administrative unit only one country has
        ("A barangay captain was shot dead by two men on a motorcycle on Tuesday.", "PH"),
        ("Farmers from three kebeles marched to the woreda office in Bahir Dar.", "ET"),
        # a currency
        ("Traders protested a new levy of 500 naira a day at the market.", "NG"),
        # a clue shared by two countries, settled by a town
        ("Villagers blocked the road to the tehsil headquarters in Lahore.", "PK"),
    ],
)
def test_focus_from_clues(text: str, iso: str, gazetteer: Gazetteer) -> None:
    assert detect_focus_country(text, gazetteer) == iso


def test_clue_counts_once_and_splits_between_countries() -> None:
    votes = clue_votes("Rupees were seized; the rupee fell. Jamaat-e-Islami men marched.")
    # "rupee" fits four countries; "Jamaat" inside "Jamaat-e-Islami" is not counted again
    assert votes["IN"] == pytest.approx(CLUE_VOTE / 4)
    assert votes["BD"] == pytest.approx(CLUE_VOTE / 2)
    # an acronym matches only as written
    assert clue_votes("The bnp of the town said") == {}


def test_tie_names_no_focus(gazetteer: Gazetteer) -> None:
    # a capital of one country against another country named as an actor
    text = "Students of Dhaka University marched against India's new citizenship law."
    assert detect_focus_country(text, gazetteer) is None
    assert _resolved(text, gazetteer)["Dhaka University"][0] == "BD"


@pytest.mark.parametrize(
    ("text", "absent", "present", "iso"),
    [
        # the bracket holds the village: no town abroad of the same name
        (
            "BNP supporters stabbed three men at Raipura upazila (Narsingdi) on Sunday.",
            "Raipura upazila",
            "Narsingdi",
            "BD",
        ),
        # "X area of Y": Y holds X
        (
            "Police killed a gang leader in a gunfight in Mirpur area of Kushtia District.",
            "Mirpur",
            "Kushtia District",
            "BD",
        ),
        # "X area, Y city"
        (
            "Hawkers protested in Gulistan area, Dhaka city, against the eviction drive.",
            "Gulistan",
            "Dhaka city",
            "BD",
        ),
    ],
)
def test_held_names_stay_in_their_holders_country(
    text: str, absent: str, present: str, iso: str, gazetteer: Gazetteer
) -> None:
    found = _resolved(text, gazetteer)
    assert absent not in found
    assert found[present][0] == iso


def test_minor_town_abroad_is_dropped_in_a_focused_note(gazetteer: Gazetteer) -> None:
    text = "Jubo League men hacked a farmer at Kalikapur village near Natore town."
    found = _resolved(text, gazetteer)
    assert "Kalikapur" not in found
    assert found["Natore town"] == ("BD", 1)


def test_possessive_in_a_place_name(gazetteer: Gazetteer) -> None:
    text = "Rohingya refugees protested in a camp near Cox's Bazar on Friday."
    mention = next(m for m in find_places(text, gazetteer) if m.text == "Cox's Bazar")
    assert mention.place.iso == "BD" and mention.place.population > 100000


def test_district_without_a_town_of_its_name(gazetteer: Gazetteer) -> None:
    # Noakhali's main town is Maijdi: the district is placed there, precision 2
    text = "Jubo Dal activists clashed with police in Noakhali district on Friday."
    mention = next(m for m in find_places(text, gazetteer, focus="BD") if "Noakhali" in m.text)
    assert mention.place.iso == "BD" and mention.geo_precision == 2
    maijdi = gazetteer.lookup("Maijdi", "BD")[0]
    assert abs(mention.place.latitude - maijdi.latitude) < 0.2  # type: ignore[operator]


def test_kind_words_before_a_site_are_no_region(gazetteer: Gazetteer) -> None:
    text = "Shop owners of the Trade Centre mall clashed with hawkers in Dhaka."
    assert [m.text for m in find_places(text, gazetteer, focus="BD")] == ["Dhaka"]


def test_org_label_across_a_comma_is_no_name(gazetteer: Gazetteer) -> None:
    # NER labels "Comilla, Chittagong" ORG; a list of places it is
    text = "Students demonstrated in Kotbari (Comilla, Chittagong) on Sunday."
    start = text.index("Comilla")
    hints = [(start, start + len("Comilla, Chittagong"), "ORG")]
    found = find_places(text, gazetteer, focus="BD", hints=hints)
    assert [(m.text, m.place.kind) for m in found] == [
        ("Comilla", "city"),
        ("Chittagong", "region"),
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Solidarity rallies were held in London and Paris on Saturday.", "GB"),
        ("Kenyan exiles held pickets in London, Brixton and Hackney.", "GB"),
    ],
)
def test_major_towns_abroad_still_resolve(text: str, iso: str, gazetteer: Gazetteer) -> None:
    assert _resolved(text, gazetteer)["London"][0] == iso


def test_national_capital_beats_a_namesake_of_the_focus(gazetteer: Gazetteer) -> None:
    text = "Students of Dhaka University rallied against the new law passed in Delhi."
    found = find_places(text, gazetteer, focus="IN")
    assert found[0].text == "Dhaka University" and found[0].place.iso == "BD"
