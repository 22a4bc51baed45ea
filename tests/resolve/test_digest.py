"""Multi-country weekly digests: each paragraph is a story about its own
country, dated within the week before publication.

The digests here were written for these tests in the style of a weekly
"politics this week" page; the events are fictional.
"""

from __future__ import annotations

from datetime import date

import pytest

from upheaval.model import Document, Event, Place, PlaceMention
from upheaval.pipeline import Resources, load_resources, process_documents
from upheaval.resolve.dates import resolve_dates
from upheaval.resolve.discourse import (
    actor_countries,
    country_of,
    is_digest,
    located,
    story_countries,
)
from upheaval.resolve.places.context import demonym_of_people


def _mention(text: str, start: int, iso: str, kind: str = "country", demonym: bool = False):
    place = Place(name=iso, country=iso, iso=iso, kind=kind)
    reason = "demonym; focus" if demonym else "focus"
    return PlaceMention(start, start + len(text), text, place, 3, reason=reason)


def test_country_of_weighs_names_over_demonyms() -> None:
    places = [
        _mention("Palestinian", 0, "PS", demonym=True),
        _mention("Israel", 30, "IL"),
        _mention("Jenin", 60, "PS", kind="city"),
    ]
    assert country_of(places) == "IL"
    assert country_of([]) is None


def test_story_countries_and_digest() -> None:
    starts = (0, 100, 200, 300, 400, 500, 600)
    isos = ("KE", "LK", "FR", "CL", "KE", "BO", "SN")
    places = [_mention("X", s + 5, iso) for s, iso in zip(starts, isos, strict=True)]
    countries = story_countries(starts, places, " " * 700)
    assert countries == ("KE", "LK", "FR", "CL", "KE", "BO", "SN")
    assert is_digest(countries)
    # An article about one country names others in passing: no digest.
    assert not is_digest(("SY", "SY", "TR", "SY", "UA", "SY", "US", "TR", "SY", "US"))
    assert not is_digest(("KE", "LK", "FR"))


@pytest.mark.parametrize(
    ("text", "word", "people"),
    [
        ("Israeli forces stormed the camp", "Israeli", True),
        ("two Palestinians were killed", "Palestinians", True),
        ("more American strikes", "American", True),
        ("the Iranian city of Isfahan", "Iranian", False),
        ("the Indian state of Maharashtra", "Indian", False),
        ("shells landed on Pakistani soil", "Pakistani", False),
    ],
)
def test_demonym_of_people(text: str, word: str, people: bool) -> None:
    start = text.index(word)
    mention = _mention(word, start, "XX", demonym=True)
    assert demonym_of_people(mention, text) is people
    assert not demonym_of_people(_mention(word, start, "XX"), text)


def test_a_digest_story_starts_with_no_narrative_day() -> None:
    sentences = ["On Monday police arrested 40 students.", "Crowds rioted in a port town."]
    published = date(2024, 3, 14)  # a Thursday
    carried = resolve_dates(sentences, published)
    assert carried[1].date_at(0).day == date(2024, 3, 11)
    fresh = resolve_dates(sentences, published, frozenset({1}), digest=True)
    undated = fresh[1].date_at(0)
    assert (undated.day, undated.precision, undated.kind) == (date(2024, 3, 11), 2, "published")


DIGEST = (
    "Police in Kenya fired tear gas at thousands of protesters in Nairobi who were "
    "demanding lower food prices. Kenya's finance minister said the taxes would stay.\n\n"
    "Ghana's opposition walked out of parliament over a new security law. This week "
    "the government extended the country's state of emergency for another three months.\n\n"
    "France's farmers' unions held talks with the agriculture minister in Paris. The "
    "government promised to cut red tape.\n\n"
    "Chile's president, Gabriel Boric, reshuffled his cabinet after a poor showing in "
    "regional polls.\n\n"
    "Bolivia's former president was charged with terrorism over a coup attempt in La Paz "
    "in 2019.\n\n"
    "Senegal's parliament approved an amnesty for people held over political unrest. "
    "Opposition leaders in Dakar welcomed the law.\n\n"
    "Israeli forces raided a refugee camp near Nablus, killing five people.\n\n"
    "Mexico's electoral authority said turnout in the state elections of Jalisco was low."
)


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def _events(resources: Resources, text: str, published: str) -> list[Event]:
    doc = Document(doc_id="t", text=text, source="test", published=date.fromisoformat(published))
    return [e for processed in process_documents([doc], resources) for e in processed.events]


@pytest.mark.slow
def test_digest_events_take_their_paragraphs_country_and_week(resources: Resources) -> None:
    found = {(e.event_type, e.iso): e for e in _events(resources, DIGEST, "2024-03-14")}
    emergency = found[("Strategic developments", "GH")]
    assert emergency.location == "Ghana"
    protest = found[("Protests", "KE")]
    assert protest.location == "Nairobi"
    # Undated stories of a weekly digest published on a Thursday: mid-week.
    assert str(protest.event_date) == "2024-03-11"
    # "Israeli forces" acted; the camp is in the West Bank, not in Israel.
    raid = found[("Violence against civilians", "PS")]
    assert raid.location == "Nablus"


def test_actor_countries_yield_to_the_located_one() -> None:
    text = "America and Britain bombed dozens of rebel targets in Yemen."
    places = [
        _mention("America", text.index("America"), "US"),
        _mention("Britain", text.index("Britain"), "GB"),
        _mention("Yemen", text.index("Yemen"), "YE"),
    ]
    assert actor_countries((0, len(text)), places, text) == {0, text.index("Britain")}
    assert country_of(places, text) == "YE"
    assert located(places[2], text)
    owner = "Ecuador's president dissolved the assembly."
    alone = [_mention("Ecuador", 0, "EC")]
    assert actor_countries((0, len(owner)), alone, owner) == set()
    west = "Iran launched a missile attack in western Pakistan."
    both = [_mention("Iran", 0, "IR"), _mention("Pakistan", west.index("Pakistan"), "PK")]
    assert actor_countries((0, len(west)), both, west) == {0}
