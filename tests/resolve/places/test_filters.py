"""Names that are not places here: persons, organisations, common words."""

from __future__ import annotations

import pytest

from upheaval.resolve.places import Gazetteer, find_places

# (sentence, word that must not come out as a place)
NOT_PLACES = [
    ("Jordan Peterson said the protests were justified.", "Jordan"),
    ("Chad Smith led the march to the square.", "Chad"),
    ("Paris Hilton attended the gala.", "Paris"),
    ("Victoria Nuland met opposition leaders.", "Victoria"),
    ("President Jordan addressed the crowd.", "Jordan"),
    ("The reform was announced by the leader.", "reform"),
    ("Reform is needed, the opposition said.", "Reform"),
    ("Us and them, the crowd chanted.", "Us"),
    ("Police said the protest was peaceful.", "Police"),
    ("May was a month of strikes.", "May"),
    ("Mobile internet was cut for three days.", "Mobile"),
    ("The Almaty Times reported the arrests.", "Almaty"),
    ("China Daily reported on the unrest.", "China"),
    ("A march was held in March.", "March"),
    ("Said Ahmed was arrested at dawn.", "Said"),
    ("Hope was fading, he said.", "Hope"),
    ("Independence Day rallies were banned.", "Independence"),
    ("Mr Lincoln told reporters the vote was rigged.", "Lincoln"),
    ("Georgia Meloni spoke in parliament.", "Georgia"),
    ("Human Rights Watch condemned the arrests.", "Human Rights Watch"),
    ("the leader of the union spoke in english.", "union"),
    ("Protesters demanded justice and reform.", "justice"),
    ("Amnesty International said 12 people died.", "Amnesty"),
    ("Opposition leader Florence Kamau was detained.", "Florence"),
    ("Union leaders called a general strike.", "Union"),
    ("Central bank officials met on Monday.", "Central"),
]


@pytest.mark.parametrize(("sentence", "word"), NOT_PLACES, ids=[s for s, _ in NOT_PLACES])
def test_find_places_skips_non_places(gazetteer: Gazetteer, sentence: str, word: str) -> None:
    found = [m for m in find_places(sentence, gazetteer) if word in m.text]
    assert found == [], [(m.text, m.place.name, m.reason) for m in found]


# Country names that are also towns elsewhere, and demonyms: always the country.
COUNTRY_COLLISIONS = [
    ("Chile declared a state of emergency.", "Chile", "CL"),
    ("Russia condemned the protests.", "Russia", "RU"),
    ("The US imposed sanctions.", "US", "US"),
    ("Peru closed its borders.", "Peru", "PE"),
    ("Jordan closed its border crossings.", "Jordan", "JO"),
    ("Lebanon's banks were attacked.", "Lebanon", "LB"),
    ("Kazakh troops secured the airport.", "Kazakh", "KZ"),
    ("Nigerian police arrested dozens.", "Nigerian", "NG"),
    ("Kyrgyz officials denied the report.", "Kyrgyz", "KG"),
    ("Georgia's opposition rallied in the capital.", "Georgia", "GE"),
    ("Mexico sent troops to the border.", "Mexico", "MX"),
    ("Thousands of Iraqis protested.", "Iraqis", "IQ"),
]


@pytest.mark.parametrize(
    ("sentence", "name", "iso"), COUNTRY_COLLISIONS, ids=[s for s, _, _ in COUNTRY_COLLISIONS]
)
def test_find_places_country_names_are_countries(
    gazetteer: Gazetteer, sentence: str, name: str, iso: str
) -> None:
    mention = next(m for m in find_places(sentence, gazetteer) if m.text == name)
    assert mention.place.kind == "country"
    assert mention.place.iso == iso
    assert mention.geo_precision == 3


def test_find_places_lowercase_us_is_no_place(gazetteer: Gazetteer) -> None:
    assert find_places("They told us to leave.", gazetteer) == []


def test_find_places_capitals_headline(gazetteer: Gazetteer) -> None:
    mentions = find_places("PROTESTS SPREAD TO ALMATY AND ASTANA", gazetteer)
    assert [m.place.geonameid for m in mentions] == [1526384, 1526273]


# Names that are the tail of a longer proper noun, a web site, or behind an
# organisation word.
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Crowds gathered near the Ak Orda in the evening.", "Orda"),
        ("The channel Orda.kz reported the arrests.", "Orda"),
        ("Activist Arman Lagos was detained.", "Lagos"),
        ("Offices of the broadcaster Sokol were attacked.", "Sokol"),
        ("Fishermen on Lake Chad were evacuated.", "Chad"),
    ],
)
def test_find_places_skips_parts_of_longer_names(
    gazetteer: Gazetteer, sentence: str, word: str
) -> None:
    assert [m.text for m in find_places(sentence, gazetteer) if word in m.text] == []


def test_title_case_headline_keeps_places(gazetteer: Gazetteer) -> None:
    mentions = find_places("Protests Spread To Almaty As Northern Nigeria Burns", gazetteer)
    assert [m.text for m in mentions] == ["Almaty", "Nigeria"]


def test_lowercase_name_needs_to_be_no_english_word(gazetteer: Gazetteer) -> None:
    text = "protests spread to shymkent and taraz after the reform."
    assert [m.place.geonameid for m in find_places(text, gazetteer)] == [1518980, 1516905]
    words = "the turkey and chile were served in china bowls in jordan."
    assert find_places(words, gazetteer) == []


def test_lowercase_name_needs_place_evidence(gazetteer: Gazetteer) -> None:
    assert find_places("shymkent police said nothing.", gazetteer) == []
