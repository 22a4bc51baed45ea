"""Typed response bodies of the API, as they appear in the OpenAPI schema.

The routes build plain dicts from the store (``Event.to_record``, document
rows, ``Spread.to_record``); these models name and type every field so a
client generated from ``/openapi.json`` reads the real shapes, errors
included.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Document",
    "DocumentDetail",
    "DocumentPage",
    "DocumentSummary",
    "ErrorBody",
    "ErrorResponse",
    "Event",
    "EventDetail",
    "EventPage",
    "Evidence",
    "Figure",
    "IngestResult",
    "PlaceJoin",
    "PointPage",
    "Spread",
    "SpreadDay",
    "SpreadSummary",
]


class ErrorBody(BaseModel):
    """What went wrong."""

    status: int = Field(description="the HTTP status, repeated", examples=[400])
    code: str = Field(
        description="a stable machine-readable code: not_found, invalid_request, "
        "unknown_parameter, unknown_country, unknown_type, unauthorized, read_only, "
        "too_large, or an upheaval error code (E0xx)",
        examples=["unknown_parameter"],
    )
    message: str = Field(description="one line for people", examples=["unknown parameter 'contry'"])


class ErrorResponse(BaseModel):
    """Every error answers this one shape, whatever failed."""

    error: ErrorBody


class Evidence(BaseModel):
    """A span of a cleaned document that supports the event."""

    doc_id: str
    start: int = Field(description="offset of the first character in the document's text")
    end: int = Field(description="offset after the last character")
    text: str = Field(description="the span's text: text[start:end]")


class Figure(BaseModel):
    """A reported count other than crowd size or fatalities."""

    what: str
    n: int


class Event(BaseModel):
    """One event: the JSON Lines contract of the design document."""

    model_config = ConfigDict(title="Event")

    event_id: str
    doc_ids: list[str] = Field(description="the documents that report it")
    event_date: str | None = Field(description="YYYY-MM-DD; null when the report gives no day")
    date_end: str | None = Field(description="last day of a multi-day event")
    time_precision: int | None = Field(description="1 day, 2 week, 3 month; null when undated")
    event_type: str
    sub_event_type: str
    measures: list[str] = Field(description="state measures: curfew, internet shutdown ...")
    actor1: str | None
    assoc_actor_1: str | None
    actor2: str | None
    assoc_actor_2: str | None
    inter1: int | None
    inter2: int | None
    country: str
    iso: str = Field(description="ISO 3166-1 alpha-2")
    admin1: str | None
    location: str
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    geo_precision: int = Field(description="1 the town, 2 near or part of it, 3 a region")
    fatalities: int | None
    size: str | None = Field(description="crowd size as reported")
    figures: list[Figure]
    evidence: list[Evidence]
    citations: list[str]
    attribution: str | None
    hedged: bool
    confidence: float
    notes: str


class Page(BaseModel):
    """Where a page lies in the whole answer."""

    total: int = Field(description="how many match the filters, over all pages")
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page; null on the last")


class EventPage(Page):
    """A page of events."""

    events: list[Event]


class PointPage(Page):
    """A page of events in brief, for maps: the columns once, then one row per event."""

    columns: list[str]
    rows: list[list[Any]]


class DocumentSummary(BaseModel):
    """A stored document without its text."""

    doc_id: str
    source: str = Field(description="the input file it was read from")
    line: int | None = Field(description="its line in a JSONL input")
    url: str | None
    title: str | None
    published: str | None = Field(description="YYYY-MM-DD")
    language: str | None
    n_events: int
    added_at: str


class Document(DocumentSummary):
    """A stored document with its cleaned text (evidence offsets point into it)."""

    text: str
    citations: list[Any]


class DocumentPage(Page):
    """A page of documents, newest first."""

    documents: list[DocumentSummary]


class EventDetail(BaseModel):
    """One event and each document that reports it."""

    event: Event
    documents: list[Document]


class DocumentDetail(BaseModel):
    """One document and the events found in it."""

    document: Document
    events: list[Event]


class IngestResult(BaseModel):
    """What ingesting a report did."""

    doc_id: str
    created: bool = Field(description="false when the document was stored before")
    events: list[Event]


class PlaceJoin(BaseModel):
    """A place on the day unrest first reached it."""

    order: int
    place_key: str
    location: str
    admin1: str | None
    country: str
    iso: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    first_date: str
    event_id: str
    event_type: str
    sub_event_type: str
    n_events: int
    days_from_start: int
    days_from_previous: int | None
    km_from_previous: float | None
    came_from: str | None = Field(
        description="the nearest place of the same country that joined on an earlier day"
    )
    km_from_nearest: float | None


class SpreadSummary(BaseModel):
    """The diffusion in a few numbers (null where nothing can be measured)."""

    places: int
    origin: str | None
    first_date: str | None
    last_date: str | None
    days: int
    places_per_day: float | None
    median_days_between: float | None
    median_km_between: float | None
    median_km_from_nearest: float | None
    max_km_from_origin: float | None


class SpreadDay(BaseModel):
    """The places that joined on one day."""

    date: str
    places: list[str] = Field(description="their place_key")


class Spread(BaseModel):
    """How unrest spread: places in the order it reached them."""

    summary: SpreadSummary
    places: list[PlaceJoin]
    days: list[SpreadDay]
