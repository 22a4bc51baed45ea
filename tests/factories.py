"""Build model objects directly, without loading models (spaCy's test habit)."""

from __future__ import annotations

from datetime import date

from upheaval.model import (
    Citation,
    CleanDocument,
    DateMention,
    Document,
    Evidence,
    Figure,
    Mention,
    Place,
    PlaceMention,
)

NAIROBI = Place(
    "Nairobi", "Kenya", "KE", "Nairobi Area", -1.28333, 36.81667, 184745, "city", 2750547
)
KISUMU = Place("Kisumu", "Kenya", "KE", "Kisumu", -0.10221, 34.76171, 191299, "city", 216479)
KENYA = Place("Kenya", "Kenya", "KE", None, 1.0, 38.0, 192950, "country", 51393010)


def document(
    doc_id: str = "d1",
    text: str = "Protesters marched in Nairobi on Monday.",
    published: date | None = date(2024, 6, 26),
) -> Document:
    return Document(doc_id=doc_id, text=text, source=f"{doc_id}.txt", published=published)


def clean(
    doc_id: str = "d1",
    text: str = "Protesters marched in Nairobi on Monday.",
    citations: tuple[Citation, ...] = (),
) -> CleanDocument:
    return CleanDocument(document(doc_id, text), text, tuple(range(len(text))), citations)


def mention(
    doc_id: str = "d1",
    day: date = date(2024, 6, 25),
    place: Place = NAIROBI,
    event_type: str = "Protests",
    sub_event_type: str = "Peaceful protest",
    measures: tuple[str, ...] = (),
    start: int = 0,
    text: str = "Protesters marched in Nairobi.",
    fatalities: int | None = None,
    hedged: bool = False,
    precision: int = 1,
    figures: tuple[Figure, ...] = (),
    citations: tuple[str, ...] = (),
    actor1: str | None = "Protesters (Kenya)",
    date_kind: str = "weekday",
) -> Mention:
    return Mention(
        doc_id=doc_id,
        trigger="marched",
        event_type=event_type,
        sub_event_type=sub_event_type,
        evidence=Evidence(doc_id, start, start + len(text), text),
        date=DateMention(0, 6, "Monday", day, None, precision, date_kind, day),
        place=PlaceMention(0, 7, place.name, place, 3 if place.kind == "country" else 1),
        country=KENYA,
        measures=measures,
        actor1=actor1,
        inter1=6 if actor1 else None,
        fatalities=fatalities,
        figures=figures,
        citations=citations,
        hedged=hedged,
        confidence=0.7,
    )
