"""A small, real store for API, dashboard and spread tests.

Reports written for these tests (not from any corpus), events built
directly with their evidence offsets into the report text, saved through the
real store (``open_store`` + ``save_document``): no models are loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from upheaval.merge import event_id, event_key
from upheaval.model import CleanDocument, Document, Event
from upheaval.store import SqlStore


@dataclass(frozen=True)
class Town:
    name: str
    country: str
    iso: str
    admin1: str | None
    latitude: float
    longitude: float
    geonameid: int | None


NAIROBI = Town("Nairobi", "Kenya", "KE", "Nairobi Area", -1.28333, 36.81667, 184745)
KISUMU = Town("Kisumu", "Kenya", "KE", "Kisumu", -0.10221, 34.76171, 191299)
MOMBASA = Town("Mombasa", "Kenya", "KE", "Mombasa", -4.05466, 39.66359, 186301)
NAKURU = Town("Nakuru", "Kenya", "KE", "Nakuru", -0.28333, 36.06667, 184622)
KENYA = Town("Kenya", "Kenya", "KE", None, 1.0, 38.0, 192950)
KAMPALA = Town("Kampala", "Uganda", "UG", "Central Region", 0.31628, 32.58219, 232422)
ELDORET = Town("Eldoret", "Kenya", "KE", "Uasin Gishu", 0.52036, 35.26993, 198629)

HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'

REPORTS: dict[str, tuple[str, str]] = {
    "wire-ke-1": ("Kenya: finance bill protests spread", (
        "NAIROBI (wire) - Thousands of protesters marched through Nairobi on Tuesday "
        "against new taxes, and police fired tear gas at them. "
        "On Wednesday demonstrators blocked the main road into Kisumu. "
        "Two people were killed when rioters clashed with police in Mombasa on Thursday. "
        "The government declared a nationwide curfew the same evening.")),
    "blog-ke-2": ("Notes from the Rift Valley", (
        "By Friday the unrest had reached Nakuru, where traders shut their stalls and "
        "joined a sit-in outside the county offices.")),
    "digest-ug-3": ("Regional digest", (
        "In neighbouring Uganda, students protested in Kampala on 2 July in solidarity.")),
    "hostile-4": (f"Report {HOSTILE}", (
        f"Youths gathered in Eldoret on 3 July chanting {HOSTILE} as they marched. "
        "Police watched from a distance.")),
}


def _span(doc_id: str, sentence_start: str, sentence_end: str) -> dict[str, object]:
    text = REPORTS[doc_id][1]
    start = text.index(sentence_start)
    end = text.index(sentence_end, start) + len(sentence_end)
    return {"doc_id": doc_id, "start": start, "end": end, "text": text[start:end]}


def _event(doc_id: str, day: str, town: Town, kind: tuple[str, str], evidence: tuple[str, str],
           **extra: object) -> Event:
    national = town.admin1 is None
    event = Event(
        event_id="", doc_ids=[doc_id], event_date=day, date_end=None, time_precision=1,
        event_type=kind[0], sub_event_type=kind[1], measures=list(extra.pop("measures", [])),
        actor1=str(extra.pop("actor1", f"Protesters ({town.country})")), assoc_actor_1=None,
        actor2=None, assoc_actor_2=None, inter1=6, inter2=None, country=town.country,
        iso=town.iso, admin1=town.admin1, location=town.name, latitude=town.latitude,
        longitude=town.longitude, geonameid=None if national else town.geonameid,
        geo_precision=3 if national else 1, fatalities=extra.pop("fatalities", None),  # type: ignore[arg-type]
        size=extra.pop("size", None),  # type: ignore[arg-type]
        evidence=[_span(doc_id, *evidence)], notes=f"{kind[1]} in {town.name}.",
    )
    event.event_id = event_id(event_key(event))
    return event


def sample_events() -> dict[str, list[Event]]:
    """The events of each report, as the pipeline would store them."""
    protest = ("Protests", "Peaceful protest")
    return {
        "wire-ke-1": [
            _event("wire-ke-1", "2024-06-25", NAIROBI,
                   ("Protests", "Protest with intervention"),
                   ("Thousands of protesters", "fired tear gas at them."), size="thousands"),
            _event("wire-ke-1", "2024-06-26", KISUMU, protest,
                   ("On Wednesday", "into Kisumu.")),
            _event("wire-ke-1", "2024-06-27", MOMBASA, ("Riots", "Violent demonstration"),
                   ("Two people were killed", "in Mombasa on Thursday."), fatalities=2,
                   actor1="Rioters (Kenya)"),
            _event("wire-ke-1", "2024-06-27", KENYA, ("Strategic developments", "Other"),
                   ("The government declared", "the same evening."), measures=["curfew"],
                   actor1="Government of Kenya"),
        ],
        "blog-ke-2": [_event("blog-ke-2", "2024-06-28", NAKURU, protest,
                             ("By Friday", "county offices."))],
        "digest-ug-3": [_event("digest-ug-3", "2024-07-02", KAMPALA, protest,
                               ("In neighbouring Uganda", "in solidarity."),
                               actor1="Protesters (Uganda)")],
        "hostile-4": [_event("hostile-4", "2024-07-03", ELDORET, protest,
                             ("Youths gathered", "as they marched."), actor1=HOSTILE)],
    }


def published(doc_id: str) -> date:
    return date(2024, 7, 4) if doc_id in ("digest-ug-3", "hostile-4") else date(2024, 6, 29)


def fill_store(store: SqlStore) -> dict[str, list[Event]]:
    """Save the sample reports and their events; returns the events by report."""
    events = sample_events()
    for doc_id, (title, text) in REPORTS.items():
        document = Document(doc_id=doc_id, text=text, source=f"{doc_id}.txt",
                            published=published(doc_id), title=title,
                            url=f"https://news.example.org/{doc_id}")
        store.save_document(CleanDocument(document, text, tuple(range(len(text)))),
                            events[doc_id])
    return events
