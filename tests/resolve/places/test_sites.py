"""Streets, squares and sites: names that are no town, or a town only nearby.

A name next to a street word ("Moi Avenue", "Plaza de Mayo", "Dhaka-Aricha
highway" style roads) never resolves as the town it shares a name with; a
bare name that only matches a lesser foreign town ("on the Prado" in a Cuban
report) is dropped; a site named after a hamlet abroad ("Moi University")
is dropped too. The event then takes its town from the context.
"""

from __future__ import annotations

import pytest

from upheaval.resolve.places import Gazetteer, find_places
from upheaval.resolve.places.context import read_context
from upheaval.resolve.places.matcher import find_candidates
from upheaval.resolve.places.normalize import tokenize

# (sentence, focus country, word that must not be part of any mention)
NOT_TOWNS = [
    ("Riot police cleared Plaza de Mayo in the afternoon.", "AR", "Mayo"),
    ("Teachers marched down Rue de Rivoli.", "FR", "Rivoli"),
    ("Bikers blocked Mombasa Road for hours.", "KE", "Mombasa"),
    ("Traders blocked the Lagos-Ibadan Expressway.", "NG", "Lagos"),
    ("Traders blocked the Lagos-Ibadan Expressway.", "NG", "Ibadan"),
    ("Drivers blocked the Nairobi-Nakuru highway at dawn.", "KE", "Nakuru"),
    ("Farmers drove tractors along the Pan-American Highway.", "PE", "American"),
    ("Police dispersed a crowd on Victoria Street.", "KE", "Victoria"),
    ("Students gathered on Jinja Road in the capital.", "UG", "Jinja"),
    ("Protesters crossed Westminster Bridge.", "GB", "Westminster"),
    ("Protesters gathered at the Nana Square in Kumasi.", "GH", "Nana"),
    ("Students of Moi University boycotted classes.", "KE", "Moi"),
    ("Protesters filled the Prado in the evening.", "CU", "Prado"),
    ("Protesters marched down the Alameda in Lima.", "PE", "Alameda"),
    ("Police fired tear gas on Moi Avenue in Mombasa.", "KE", "Moi"),
    # A plural noun opening a sentence, not a region abroad of that name.
    ("Marches took place in Mendoza and Salta.", "AR", "Marches"),
]


@pytest.mark.parametrize(("sentence", "focus", "word"), NOT_TOWNS, ids=[s for s, _, _ in NOT_TOWNS])
def test_streets_and_minor_foreign_towns_resolve_to_nothing(
    gazetteer: Gazetteer, sentence: str, focus: str, word: str
) -> None:
    found = [m for m in find_places(sentence, gazetteer, focus=focus) if word in m.text]
    assert found == [], [(m.text, m.place.name, m.place.iso, m.reason) for m in found]


def test_entity_hints_do_not_rescue_a_street(gazetteer: Gazetteer) -> None:
    # NER labels a capitalised name after "on the" a place; that says nothing
    # about which town, so the lesser town abroad stays out.
    text = "Police charged the crowd on the Alameda and on Plaza Baquedano."
    hints = [(text.index("Alameda"), text.index("Alameda") + 7, "FAC")]
    plaza = text.index("Plaza")
    hints.append((plaza, plaza + len("Plaza Baquedano"), "FAC"))
    assert find_places(text, gazetteer, focus="CL", hints=hints) == []


def test_minor_foreign_town_stays_only_when_the_text_says_abroad(gazetteer: Gazetteer) -> None:
    # A report about Kenya may name a town abroad it is explicit about.
    qualified = find_places("Exiles protested in Hamilton, Ontario.", gazetteer, focus="KE")
    assert [m.place.iso for m in qualified] == ["CA", "CA"]
    named = find_places("Kenyan exiles held a picket in Brixton, England.", gazetteer, focus="KE")
    assert [m.place.iso for m in named][:2] == ["KE", "GB"]
    # Without it, "in" alone does not send a bare name abroad: a note about
    # Bangladesh places villages the gazetteer lacks with "at" and "in".
    bare = find_places("A farmer was hacked at Kalikapur village.", gazetteer, focus="BD")
    assert bare == []


def test_site_of_a_major_town_abroad_is_that_town(gazetteer: Gazetteer) -> None:
    text = "Ugandan students met peers at the University of Nairobi."
    mentions = find_places(text, gazetteer, focus="UG")
    assert [(m.text, m.place.geonameid, m.geo_precision) for m in mentions] == [
        ("Ugandan", 226074, 3),
        ("University of Nairobi", 184745, 2),
    ]


def test_site_of_a_hamlet_named_elsewhere_is_that_hamlet(gazetteer: Gazetteer) -> None:
    # A small town of the focus country names its own market when the text
    # also names the town by itself.
    text = "Traders in Isinya struck. The Isinya market stayed shut."
    mentions = find_places(text, gazetteer, focus="KE")
    assert [m.geo_precision for m in mentions] == [1, 2]
    assert len({m.place.geonameid for m in mentions}) == 1
    # Without the bare mention, a market of a hamlet is no evidence of it.
    assert find_places("The Isinya market stayed shut.", gazetteer, focus="KE") == []


def test_list_items_share_the_preposition(gazetteer: Gazetteer) -> None:
    text = "Kenyan exiles held pickets in London, Brixton and Hackney."
    names = [m.text for m in find_places(text, gazetteer, focus="KE")]
    assert names == ["Kenyan", "London", "Brixton", "Hackney"]


def _term(gazetteer: Gazetteer, text: str, name: str) -> str | None:
    tokens = tokenize(text)
    for candidate in find_candidates(text, tokens, gazetteer):
        if text[tokens[candidate.first].start : tokens[candidate.last].end] == name:
            return read_context(text, tokens, candidate, (), set()).term
    raise AssertionError(f"{name!r} not a candidate in {text!r}")


# (text, name, the kind word read around it)
TERMS = [
    ("They marched along Moi Avenue.", "Moi", "street"),
    ("They blocked the Kano-Zaria highway.", "Kano", "street"),
    ("They rallied on Plaza de Mayo.", "Mayo", "street"),
    ("They met on the Avenida Paulista.", "Paulista", "street"),
    ("A crowd filled the Place de Lyon.", "Lyon", "street"),
    ("Workers at the Kirkuk oil field struck.", "Kirkuk", "site"),
    ("Staff at Mombasa International Airport struck.", "Mombasa", "site"),
    ("Students of the University of Nairobi marched.", "Nairobi", "site"),
    ("Oil workers in Atyrau province struck.", "Atyrau", "region"),
    ("Students of Lagos State University marched.", "Lagos State", "site"),
    ("Clerks in Nairobi City Hall struck.", "Nairobi City", "site"),
    ("Kano National Union of Traders met.", "Kano", None),
    ("Crowds gathered in Kano. Square dancing followed.", "Kano", None),
    ("The bazaar of Osh was shut.", "Osh", None),
    ("Traffic stopped on Kenya Road.", "Kenya", "street"),
    ("Nigerian streets were empty.", "Nigerian", None),
]


@pytest.mark.parametrize(("text", "name", "term"), TERMS, ids=[t for t, _, _ in TERMS])
def test_kind_words_around_names(
    gazetteer: Gazetteer, text: str, name: str, term: str | None
) -> None:
    assert _term(gazetteer, text, name) == term
