"""Which place an event gets: built from constructed mentions, no models."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import KENYA, KISUMU, NAIROBI
from upheaval.model import DateMention, Place, PlaceMention, RawMention, Span
from upheaval.resolve import _is_background
from upheaval.resolve.attach import attach_places

MOMBASA = Place("Mombasa", "Kenya", "KE", "Mombasa", -4.05466, 39.66359, 186301, "city", 799668)
TEXT = (
    "Crowds gathered in Nairobi on Monday. In Kisumu, youths blocked roads and burned "
    "tyres. The government declared a curfew. Protests spread to Kisumu and Mombasa."
)


def _place(name: str, place: Place, nth: int = 0) -> PlaceMention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(name, start + 1)
    return PlaceMention(start, start + len(name), name, place, 3 if place.kind == "country" else 1)


PLACES = [
    _place("Nairobi", NAIROBI),
    _place("Kisumu", KISUMU),
    _place("Kisumu", KISUMU, 1),
    _place("Mombasa", MOMBASA),
]
COUNTRY = PlaceMention(0, 0, "Kenya", KENYA, 3)


def _span(fragment: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(fragment, start + 1)
    return Span(start, start + len(fragment), fragment)


def _sentence_of(fragment: str) -> Span:
    at = TEXT.index(fragment)
    start = TEXT.rfind(". ", 0, at)
    start = 0 if start == -1 else start + 2
    end = TEXT.index(".", at) + 1
    return Span(start, end, TEXT[start:end])


def _raw(
    trigger: str, clause: str | None = None, args: tuple[str, ...] = (), national: bool = False
) -> RawMention:
    return RawMention(
        doc_id="d",
        trigger=_span(trigger),
        sentence=_sentence_of(trigger),
        clause=_span(clause or trigger),
        event_type="Protests",
        sub_event_type="Peaceful protest",
        place_args=tuple(_span(a) for a in args),
        national=national,
    )


@pytest.mark.parametrize(
    ("raw", "expected", "precision"),
    [
        (_raw("gathered", args=("in Nairobi",)), ["Nairobi"], 1),
        (_raw("gathered", clause="Crowds gathered in Nairobi"), ["Nairobi"], 1),
        # a conjunct shares its head's place, found in the same sentence
        (_raw("burned", clause="burned tyres"), ["Kisumu"], 1),
        # spread to A and B: one place per event
        (_raw("spread", args=("to Kisumu and Mombasa",)), ["Kisumu", "Mombasa"], 1),
        # a national act: the country
        (_raw("declared a curfew", national=True), ["Kenya"], 3),
        # no place of its own: the discourse place, precision 2
        (_raw("declared a curfew"), ["Kisumu"], 2),
    ],
)
def test_attach_places(raw: RawMention, expected: list[str], precision: int) -> None:
    found = attach_places(raw, PLACES, COUNTRY, paragraph_start=0)
    assert [p.place.name for p in found] == expected
    assert {p.geo_precision for p in found} == {precision}


def test_attach_falls_back_to_country_when_the_report_names_no_place() -> None:
    found = attach_places(_raw("declared a curfew"), [], COUNTRY, paragraph_start=0)
    assert [(p.place.name, p.geo_precision) for p in found] == [("Kenya", 3)]


@pytest.mark.parametrize(
    ("day", "precision", "kind", "background"),
    [
        # A background event with its month in the past year counts, at
        # month precision; one of earlier years is history.
        (date(2024, 7, 1), 3, "month", False),  # "last July", said in June 2025
        (date(2025, 5, 1), 3, "month", False),  # "in May", said in June
        (date(2019, 10, 1), 3, "month", True),  # "in October 2019"
        (date(2019, 10, 3), 1, "absolute", False),  # a dated background event counts
        (None, 3, "year", True),  # year only: "the riot of 2021"
    ],
)
def test_background_dates(day: date | None, precision: int, kind: str, background: bool) -> None:
    mention = DateMention(0, 5, "x", day, None, precision, kind, date(2025, 6, 5))
    assert _is_background(mention, date(2025, 6, 5)) is background


@pytest.mark.parametrize(
    ("day", "published", "future"),
    [
        (date(2025, 2, 13), date(2025, 2, 7), True),  # a strike called for next Thursday
        (date(2025, 2, 7), date(2025, 2, 7), False),
        (date(2025, 2, 6), date(2025, 2, 7), False),
        (date(2025, 2, 13), None, False),
    ],
)
def test_future_dates_are_plans(day: date, published: date | None, future: bool) -> None:
    from upheaval.resolve import _is_future

    mention = DateMention(0, 5, "x", day, None, 1, "weekday", published)
    assert _is_future(mention, published) is future


SENTENCE = (
    "The president declared a state of emergency, ordered a curfew in the capital "
    "and sent troops to Mombasa."
)


def _in_sentence(fragment: str) -> Span:
    start = SENTENCE.index(fragment)
    return Span(start, start + len(fragment), fragment)


def _sd(trigger: str, clause: str, args: tuple[str, ...]) -> RawMention:
    return RawMention(
        doc_id="d",
        trigger=_in_sentence(trigger),
        sentence=Span(0, len(SENTENCE), SENTENCE),
        clause=_in_sentence(clause),
        event_type="Strategic developments",
        sub_event_type="Other",
        place_args=tuple(_in_sentence(a) for a in args),
    )


def test_own_scope_gives_a_conjunct_its_own_places() -> None:
    from upheaval.resolve.attach import own_scope

    head = _sd("state of emergency", SENTENCE[:-1], ("to Mombasa",))
    curfew = _sd("curfew", "ordered a curfew in the capital", ("in the capital",))
    troops = _sd("troops", "sent troops to Mombasa", ("to Mombasa",))
    start = SENTENCE.index("Mombasa")
    mombasa = PlaceMention(start, start + 7, "Mombasa", MOMBASA)
    narrowed, usable = own_scope(head, [head, curfew, troops], [mombasa])
    assert narrowed.place_args == () and usable == []
    kept, usable = own_scope(troops, [head, curfew, troops], [mombasa])
    assert [a.text for a in kept.place_args] == ["to Mombasa"] and usable == [mombasa]


@pytest.mark.parametrize(
    ("arg", "expected"),
    [
        ("in the capital", True),
        ("in the country's capital", True),
        ("across the Kenyan capital", True),
        ("in the capital, Nairobi", True),
        ("in capital markets", False),
        ("in Kisumu", False),
    ],
)
def test_capital_reference(arg: str, expected: bool) -> None:
    from upheaval.resolve.attach import capital_reference

    raw = RawMention(
        doc_id="d",
        trigger=Span(0, 1, "x"),
        sentence=Span(0, 1, "x"),
        clause=Span(0, 1, "x"),
        event_type="Protests",
        sub_event_type="Peaceful protest",
        place_args=(Span(0, len(arg), arg),),
    )
    assert capital_reference(raw) is expected


def test_region_after_a_town_qualifies_it() -> None:
    text = "Crowds marched in Atlanta, Georgia and Savannah on Saturday."
    atlanta = Place("Atlanta", "United States", "US", "Georgia", 33.749, -84.388, 4180439)
    savannah = Place("Savannah", "United States", "US", "Georgia", 32.083, -81.1, 4221552)
    georgia = Place("Georgia", "United States", "US", "Georgia", 32.75, -83.5, 4197000, "region")

    def at(name: str, place: Place) -> PlaceMention:
        start = text.index(name)
        return PlaceMention(start, start + len(name), name, place)

    arg = text[text.index("in Atlanta") : text.index(" on")]
    raw = RawMention(
        doc_id="d",
        trigger=Span(7, 14, "marched"),
        sentence=Span(0, len(text), text),
        clause=Span(0, len(text), text),
        event_type="Protests",
        sub_event_type="Peaceful protest",
        place_args=(Span(text.index(arg), text.index(arg) + len(arg), arg),),
    )
    places = [at("Atlanta", atlanta), at("Georgia", georgia), at("Savannah", savannah)]
    found = attach_places(raw, places, None, paragraph_start=0)
    assert [p.place.name for p in found] == ["Atlanta", "Savannah"]


def test_most_named_country_when_no_country_is_named() -> None:
    from upheaval.resolve import _most_named_country

    def at(place: Place) -> PlaceMention:
        return PlaceMention(0, 1, place.name, place)

    uganda = Place("Kampala", "Uganda", "UG", "Central", 0.31, 32.58, 232422)
    assert _most_named_country([at(NAIROBI), at(KISUMU), at(uganda)]) == "KE"
    assert _most_named_country([at(NAIROBI), at(uganda)]) is None  # a tie says nothing
    assert _most_named_country([]) is None
