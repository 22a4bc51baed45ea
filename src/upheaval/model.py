"""The stage contracts: frozen, picklable records passed from stage to stage.

Data flows one way (DESIGN.md, "Pipeline"):

    ingest -> Document
    clean  -> CleanDocument (cleaned text, offset map, citation markers)
    extract/resolve -> Mention (one event mention with its arguments resolved)
    merge  -> Event (one row of the dataset, the JSON Lines contract)

spaCy objects never appear here: they stay inside annotate and extract.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

MEASURES: tuple[str, ...] = (
    "internet_shutdown",
    "state_of_emergency",
    "curfew",
    "price_control",
    "government_dismissal",
    "military_deployment",
    "foreign_intervention",
    "amnesty",
    "arrest_campaign",
    "travel_restriction",
    "ban_on_gatherings",
    "media_restriction",
)


@dataclass(frozen=True, slots=True)
class Document:
    """A report as read from its source, before cleaning.

    Attributes:
        doc_id: stable id (given by the input, else a content hash).
        text: the report's text as extracted (HTML main text, PDF text ...).
        source: the path or URL the document came from.
        published: publication date, the anchor for dates without a year.
        title: headline, when the input carries one.
        url: the page's URL, when known.
        language: ISO 639-1 code, when known.
        line: line of a JSONL file or record number of a WARC file.
        outlet: the outlet that published it, when the input names it (a
            JSONL ``source``, a web page's site name).
        published_from: where ``published`` was read in the text itself
            ("dateline 'ALMATY, 5 January 2022 -'") when no date was given;
            None when it was given (or there is none).
    """

    doc_id: str
    text: str
    source: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    language: str | None = None
    line: int | None = None
    outlet: str | None = None
    published_from: str | None = None


@dataclass(frozen=True, slots=True)
class Skip:
    """A document that was declined, with a reason code (not an exception)."""

    source: str
    reason: str
    message: str
    line: int | None = None

    def describe(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message} [{self.reason}]"


@dataclass(frozen=True, slots=True)
class Citation:
    """A citation marker such as ``(12)`` removed from the text.

    Attributes:
        marker: the marker's label ("12").
        position: offset in the cleaned text where the marker stood.
    """

    marker: str
    position: int


@dataclass(frozen=True, slots=True)
class CleanDocument:
    """A document whose text has been repaired.

    Attributes:
        document: the document as read.
        text: cleaned text; every offset in evidence points into it.
        offsets: ``offsets[i]`` is the index in ``document.text`` of cleaned
            character ``i`` (one entry per cleaned character).
        citations: citation markers found, in text order.
    """

    document: Document
    text: str
    offsets: tuple[int, ...]
    citations: tuple[Citation, ...] = ()

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    def original_offset(self, index: int) -> int:
        """Map an offset in the cleaned text back to the original text."""
        if not self.offsets:
            return index
        if index >= len(self.offsets):
            return self.offsets[-1] + 1 + (index - len(self.offsets))
        return self.offsets[max(index, 0)]

    def citations_between(self, start: int, end: int) -> tuple[str, ...]:
        """Markers that stood inside [start, end] of the cleaned text."""
        return tuple(c.marker for c in self.citations if start <= c.position <= end)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression resolved to calendar days.

    Attributes:
        start, end: character offsets of the expression in the text searched.
        text: the expression as written ("On 3 January", "the next day").
        day: first day, or None when it cannot be resolved honestly.
        end_day: last day of a span ("from 4 to 19 January"), else None.
        precision: ACLED time_precision: 1 day stated, 2 inferred or within a
            week, 3 only the month is known.
        kind: "absolute", "relative", "weekday", "anaphoric", "span", "month",
            "year" (day None: background) or "until" (day None, end_day set).
        anchor: the date it was resolved against (publication or narrative).
    """

    start: int
    end: int
    text: str
    day: date | None
    end_day: date | None = None
    precision: int = 1
    kind: str = "absolute"
    anchor: date | None = None


#: Mean Earth radius (IUGG), km.
EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry.

    Attributes:
        name: preferred name ("Almaty").
        country: country name ("Kazakhstan").
        iso: ISO 3166-1 alpha-2 ("KZ").
        admin1: first-level division name, None for a country.
        latitude, longitude: WGS84, None when unknown.
        geonameid: GeoNames id, None for user places without one.
        kind: "city", "region", "country" or "facility".
        population: for ranking candidates.
    """

    name: str
    country: str
    iso: str
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    kind: str = "city"
    population: int = 0

    def km_to(self, other: Place) -> float | None:
        """Great-circle distance to another place in km; None without coordinates."""
        if None in (self.latitude, self.longitude, other.latitude, other.longitude):
            return None
        lat1, lat2 = math.radians(self.latitude or 0.0), math.radians(other.latitude or 0.0)
        dlon = math.radians((other.longitude or 0.0) - (self.longitude or 0.0))
        chord = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
        )
        return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(chord))


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text and resolved in the gazetteer.

    Attributes:
        start, end: character offsets of the name in the text searched.
        text: the name as written ("Alma Ata").
        place: the gazetteer entry that won.
        geo_precision: 1 the town itself, 2 near it / part of it / a facility,
            3 a region or country.
        candidates: how many gazetteer entries were weighed.
        reason: why this entry won ("focus country KZ; population 1977011").
    """

    start: int
    end: int
    text: str
    place: Place
    geo_precision: int = 1
    candidates: int = 1
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Figure:
    """A reported count other than crowd size or fatalities."""

    what: str
    n: int


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of a cleaned document that supports an event."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the cleaned text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as the text names it, before it is named ACLED-style.

    Attributes:
        role: what kind of actor: "protesters", "rioters", "labor", "police",
            "military", "security", "government", "civilians", "party",
            "group", "person", "mob" ...
        name: a named organisation or person as written ("Democratic Party").
        span: where it is named, when it is.
    """

    role: str
    name: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class RawMention:
    """An event mention found by extract, before dates, places and actors resolve.

    Attributes:
        doc_id: the document.
        trigger: the trigger word or phrase ("stormed", "state of emergency").
        sentence: the sentence holding it (the evidence span).
        clause: the part of the sentence that belongs to this event; places and
            dates inside it are the event's own.
        event_type, sub_event_type, measures: the ACLED coding.
        place_args: location arguments of the trigger, in text order ("in
            Aktobe"; "to A, B and C" gives three): each may become an event.
        date_args: date phrases attached to the trigger, if the parse says so.
        national: a state act with no place of its own (national level).
        actor1, assoc_actor_1, actor2, assoc_actor_2: actors as named.
        fatalities, size, figures: magnitudes.
        attribution: who reported it ("Reuters"), hedged: the text distances
            itself, confidence: 0..1.
    """

    doc_id: str
    trigger: Span
    sentence: Span
    clause: Span
    event_type: str
    sub_event_type: str
    measures: tuple[str, ...] = ()
    place_args: tuple[Span, ...] = ()
    date_args: tuple[Span, ...] = ()
    national: bool = False
    actor1: ActorRef | None = None
    assoc_actor_1: ActorRef | None = None
    actor2: ActorRef | None = None
    assoc_actor_2: ActorRef | None = None
    fatalities: int | None = None
    size: str | None = None
    figures: tuple[Figure, ...] = ()
    attribution: str | None = None
    hedged: bool = False
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Mention:
    """One event mention, with its arguments resolved, before merging.

    Produced by extract + resolve; merged into Events by merge.
    """

    doc_id: str
    trigger: str
    event_type: str
    sub_event_type: str
    evidence: Evidence
    date: DateMention | None
    place: PlaceMention | None
    country: Place | None
    measures: tuple[str, ...] = ()
    actor1: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    fatalities: int | None = None
    size: str | None = None
    figures: tuple[Figure, ...] = ()
    citations: tuple[str, ...] = ()
    attribution: str | None = None
    hedged: bool = False
    confidence: float = 0.5


@dataclass(slots=True)
class Event:
    """One row of the event dataset: the JSON Lines contract of DESIGN.md."""

    event_id: str
    doc_ids: list[str]
    event_date: str | None
    date_end: str | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    measures: list[str]
    actor1: str | None
    assoc_actor_1: str | None
    actor2: str | None
    assoc_actor_2: str | None
    inter1: int | None
    inter2: int | None
    country: str
    iso: str
    admin1: str | None
    location: str
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    geo_precision: int
    fatalities: int | None
    size: str | None
    figures: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    attribution: str | None = None
    hedged: bool = False
    confidence: float = 0.5
    notes: str = ""
    # The finer place the report names inside ``location`` ("the Khilgaon
    # area of Dhaka"): it keeps two neighbourhoods of one city two events.
    # Not a contract field: merge and the store use it, exports do not.
    place_detail: str | None = None
    # How the day was found (``DateMention.kind``): "relative" and "weekday"
    # days are read against a publication date, and may be a day off.
    date_kind: str | None = None

    def to_record(self) -> dict[str, Any]:
        """The event as a plain dict, in the contract's field order."""
        return {name: _plain(getattr(self, name)) for name in EVENT_FIELDS}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Event:
        """Build an event from a dict with the contract's fields."""
        values: dict[str, Any] = {name: record.get(name) for name in EVENT_FIELDS}
        return cls(**values)


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [dict(v) if isinstance(v, dict) else v for v in value]
    return value


EVENT_FIELDS: tuple[str, ...] = (
    "event_id",
    "doc_ids",
    "event_date",
    "date_end",
    "time_precision",
    "event_type",
    "sub_event_type",
    "measures",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "inter1",
    "inter2",
    "country",
    "iso",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geonameid",
    "geo_precision",
    "fatalities",
    "size",
    "figures",
    "evidence",
    "citations",
    "attribution",
    "hedged",
    "confidence",
    "notes",
)
