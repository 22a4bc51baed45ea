"""Merge: one event per (date, place, type, sub-type, main actor [, measures]).

Mentions of one document with the same key are one event. Across reports,
events are clustered per *slot* (everything in the key but the day, with the
place at the finest precision either report gives): same-day reports of a
slot are one event, and two neighbouring days join only when a report's day
is inferred (time precision 2) and every pair of their reports agrees within
``CROSS_REPORT_DAYS`` -- complete linkage, so a chain of one-day steps never
builds a longer span. The clustering depends only on the set of reports, so
merging is order-independent. Every piece of evidence and every document id
is kept.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from upheaval.model import Event, Mention

__all__ = [
    "CROSS_REPORT_DAYS",
    "alone",
    "cluster_events",
    "clusters",
    "complete",
    "day_runs",
    "event_id",
    "event_key",
    "merge_events",
    "merge_mentions",
    "mention_to_event",
    "place_detail",
    "slot_id",
    "slot_key",
]

# Reports of one event often date it a day apart (a dispatch filed after
# midnight, "yesterday" read against another day). When a report's day is
# only inferred, events of another report this many days away may be the same.
CROSS_REPORT_DAYS = 1

_MONTH = "~month"


def _place_part(event: Event) -> str:
    place = str(event.geonameid) if event.geonameid else f"{event.iso}:{event.location.lower()}"
    return f"{place}/{event.place_detail}" if event.place_detail else place


def slot_key(event: Event) -> tuple[str, ...]:
    """Everything that must agree for two reports to be one event, but the day.

    A month-precision event (its day is only a placeholder) never shares a
    slot with a dated one.
    """
    key = [
        _place_part(event),
        event.event_type,
        event.sub_event_type,
        event.actor1 or "",
    ]
    if event.event_type == "Strategic developments":
        # A curfew and an internet cut declared the same day are two events.
        key.append(",".join(sorted(event.measures)))
    if event.time_precision >= 3:
        key.append(_MONTH)
    return tuple(key)


def event_key(event: Event) -> tuple[str, ...]:
    """The merge key of an event (DESIGN.md, "merge"): its day and its slot."""
    slot = slot_key(event)
    day = event.event_date + (_MONTH if slot[-1] == _MONTH else "")
    return (day, *(s for s in slot if s != _MONTH))


def event_id(key: Sequence[str]) -> str:
    """A stable id derived from the merge key."""
    return "ev-" + hashlib.sha256("|".join(map(str, key)).encode("utf-8")).hexdigest()[:16]


def slot_id(event: Event) -> str:
    """A short stable id of an event's slot (what the store indexes); an event
    kept alone (``--no-merge``, no day or place) has a slot of its own."""
    parts = slot_key(event) + ((event.event_id,) if alone(event) else ())
    return "sl-" + hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:24]


# The finer place a sentence names just before the place it resolved to: "at
# Lebubagan area (Gazipur", "in Khilgaon, Dhaka", "in the Hazaribagh area of
# Dhaka", "at Tahrir Square in Cairo". Capitalised words only: "in the
# morning in Cairo" names no place.
_WORD = r"[A-Z][\w'’.-]*"
_KINDS = (
    "area|neighbourhood|neighborhood|district|quarter|square|market|bazar|bazaar|road|"
    "street|avenue|village|thana|upazila|union|ward|township|suburb|camp|campus|estate"
)
_DETAIL = re.compile(
    rf"\b(?:at|in|near|inside|outside|around)\s+(?:the\s+)?"
    rf"(?P<name>(?:{_WORD}\s+){{0,3}}{_WORD})"
    rf"(?:\s+(?:{_KINDS}))*"
    rf"\s*(?:,|\(|\bin\b|\bof\b)\s*(?:the\s+)?(?:(?:city|town)\s+of\s+)?$"
)
_DETAIL_WINDOW = 80


def place_detail(mention: Mention) -> str | None:
    """The finer place a mention's sentence names inside its resolved place.

    "clashed in the Khilgaon area of Dhaka" resolves to Dhaka; "khilgaon" is
    the detail that keeps it apart from a clash in Hazaribagh, Dhaka.
    """
    if mention.place is None or mention.place.place.kind == "country":
        return None
    offset = mention.place.start - mention.evidence.start
    if not 0 < offset <= len(mention.evidence.text):
        return None
    before = mention.evidence.text[max(0, offset - _DETAIL_WINDOW) : offset]
    found = _DETAIL.search(before)
    if found is None:
        return None
    name = " ".join(found["name"].lower().replace("’", "'").split())
    here = mention.place.place
    if name in {here.name.lower(), here.country.lower(), (here.admin1 or "").lower()}:
        return None
    return name


def _notes(mention: Mention, location: str, day: str) -> str:
    actor = mention.actor1 or "Unidentified actors"
    sentence = " ".join(mention.evidence.text.split())
    if len(sentence) > 220:
        sentence = sentence[:217].rstrip() + "..."
    return f"On {day}, {actor}: {mention.sub_event_type.lower()} in {location}. {sentence}"


def _state_first(mention: Mention) -> Mention:
    # ACLED codes excessive force with the state forces as actor 1 and the
    # protesters as actor 2 (interaction 16); other protests keep the
    # protesters first.
    if (
        mention.sub_event_type == "Excessive force against protesters"
        and mention.inter2 == 1
        and mention.inter1 != 1
    ):
        return replace(
            mention,
            actor1=mention.actor2,
            assoc_actor_1=mention.assoc_actor_2,
            inter1=mention.inter2,
            actor2=mention.actor1,
            assoc_actor_2=mention.assoc_actor_1,
            inter2=mention.inter1,
        )
    return mention


def mention_to_event(mention: Mention) -> Event:
    """Turn one resolved mention into a single-evidence event.

    A mention with no day or no place still becomes an event, with an empty
    ``event_date`` or ``location``: it is kept apart (never merged) and
    exported with empty fields rather than dropped.
    """
    mention = _state_first(mention)
    day_of = mention.date.day if mention.date is not None else None
    day = day_of.isoformat() if day_of else ""
    placed = mention.place.place if mention.place is not None else None
    country = mention.country or placed
    national = placed is not None and placed.kind == "country"
    if placed is None:
        location = ""
    else:
        location = country.name if national and country is not None else placed.name
    if country is not None and country.kind == "country":
        country_name = country.name
    else:
        country_name = placed.country if placed is not None else ""
    end_day = mention.date.end_day if mention.date is not None else None
    event = Event(
        event_id="",
        doc_ids=[mention.doc_id],
        event_date=day,
        date_end=end_day.isoformat() if end_day else None,
        time_precision=mention.date.precision if day_of and mention.date else 3,
        event_type=mention.event_type,
        sub_event_type=mention.sub_event_type,
        measures=sorted(mention.measures),
        actor1=mention.actor1,
        assoc_actor_1=mention.assoc_actor_1,
        actor2=mention.actor2,
        assoc_actor_2=mention.assoc_actor_2,
        inter1=mention.inter1,
        inter2=mention.inter2,
        country=country_name,
        iso=placed.iso if placed is not None else (country.iso if country else ""),
        admin1=None if national or placed is None else placed.admin1,
        location=location,
        latitude=placed.latitude if placed is not None else None,
        longitude=placed.longitude if placed is not None else None,
        geonameid=placed.geonameid if placed is not None else None,
        geo_precision=3 if national or mention.place is None else mention.place.geo_precision,
        fatalities=mention.fatalities,
        size=mention.size,
        figures=[{"what": f.what, "n": f.n} for f in mention.figures],
        evidence=[
            {
                "doc_id": mention.doc_id,
                "start": mention.evidence.start,
                "end": mention.evidence.end,
                "text": mention.evidence.text,
            }
        ],
        citations=list(mention.citations),
        attribution=mention.attribution,
        hedged=mention.hedged,
        confidence=mention.confidence,
        notes=_notes(mention, location or "an unknown place", day or "an unknown day"),
        place_detail=place_detail(mention),
    )
    event.event_id = event_id(event_key(event))
    if not complete(event):
        _make_alone(event)
    return event


def complete(event: Event) -> bool:
    """An event with a day and a place: one that may merge with others."""
    return bool(event.event_date and event.location)


def _make_alone(event: Event) -> None:
    # One event per mention: its id names the mention too, and its slot is its own.
    first = event.evidence[0] if event.evidence else {"doc_id": "", "start": 0, "end": 0}
    event.event_id = event_id(
        (*event_key(event), "alone", str(first["doc_id"]), str(first["start"]), str(first["end"]))
    )


def alone(event: Event) -> bool:
    """An event that stands for one mention and never merges (``--no-merge``)."""
    first = event.evidence[0] if len(event.evidence) == 1 else None
    if first is None:
        return False
    mark = ("alone", str(first["doc_id"]), str(first["start"]), str(first["end"]))
    return event.event_id == event_id((*event_key(event), *mark))


def _first(values: Iterable[object]) -> object:
    return next((v for v in values if v not in (None, "")), None)


def _citation_order(marker: str) -> tuple[int, str]:
    return (int(marker), marker) if marker.isdigit() else (10**9, marker)


def _merge_figures(events: Sequence[Event]) -> list[dict[str, object]]:
    best: dict[str, int] = {}
    for event in events:
        for figure in event.figures:
            what, n = str(figure["what"]), int(figure["n"])
            best[what] = max(best.get(what, n), n)
    return [{"what": what, "n": n} for what, n in sorted(best.items())]


def merge_events(events: Sequence[Event]) -> Event:
    """Merge events that share a key into one, order-independently.

    They are reports of one event: fatalities take the lowest reported
    figure (ACLED's rule for conflicting reports); precision takes the best
    (lowest) code; a hedge stands only if every piece of evidence hedges.
    """
    # The most precisely dated report leads (a stated day over an inferred
    # one), then the earliest day: its key and id are the merged event's.
    # Then content, never arrival order: merging is order-independent.
    ordered = sorted(
        events,
        key=lambda e: (
            e.time_precision,
            e.event_date,
            e.event_id,
            min(e.doc_ids),
            e.evidence[0]["start"] if e.evidence else 0,
        ),
    )
    head = ordered[0]
    evidence = {(e["doc_id"], e["start"], e["end"]): e for ev in ordered for e in ev.evidence}
    deaths = [e.fatalities for e in ordered if e.fatalities is not None]
    ends = [e.date_end for e in ordered if e.date_end]
    corroboration = 0.05 * (len({d for e in ordered for d in e.doc_ids}) - 1)
    return Event(
        event_id=head.event_id,
        doc_ids=sorted({d for e in ordered for d in e.doc_ids}),
        event_date=head.event_date,
        date_end=max(ends) if ends else None,
        time_precision=min(e.time_precision for e in ordered),
        event_type=head.event_type,
        sub_event_type=head.sub_event_type,
        measures=sorted({m for e in ordered for m in e.measures}),
        actor1=head.actor1,
        assoc_actor_1=_first(e.assoc_actor_1 for e in ordered),  # type: ignore[arg-type]
        actor2=_first(e.actor2 for e in ordered),  # type: ignore[arg-type]
        assoc_actor_2=_first(e.assoc_actor_2 for e in ordered),  # type: ignore[arg-type]
        inter1=head.inter1,
        inter2=_first(e.inter2 for e in ordered),  # type: ignore[arg-type]
        country=head.country,
        iso=head.iso,
        admin1=head.admin1,
        location=head.location,
        latitude=head.latitude,
        longitude=head.longitude,
        geonameid=head.geonameid,
        geo_precision=min(e.geo_precision for e in ordered),
        fatalities=min(deaths) if deaths else None,
        size=_first(e.size for e in ordered),  # type: ignore[arg-type]
        figures=_merge_figures(ordered),
        evidence=[evidence[k] for k in sorted(evidence)],
        citations=sorted({c for e in ordered for c in e.citations}, key=_citation_order),
        attribution=_first(e.attribution for e in ordered),  # type: ignore[arg-type]
        hedged=all(e.hedged for e in ordered),
        confidence=round(min(1.0, max(e.confidence for e in ordered) + corroboration), 3),
        notes=head.notes,
        place_detail=head.place_detail,
    )


# ACLED codes one demonstration per day, place and actor: when a report says
# police intervened (or used excessive force) at a protest it also describes
# as peaceful, the event is the intervention, not two events.
_PROTEST_SEVERITY = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Excessive force against protesters": 2,
}


def _protest_slot(mention: Mention) -> tuple[object, ...] | None:
    if mention.event_type != "Protests" or mention.date is None or mention.place is None:
        return None
    place = mention.place.place
    return (mention.doc_id, mention.date.day, place.geonameid or place.name, mention.actor1)


def _severity(mention: Mention) -> tuple[int, bool, str]:
    # Ties broken by content, not by order, so merging stays order-independent.
    return (
        _PROTEST_SEVERITY.get(mention.sub_event_type, 0),
        mention.actor2 is not None,
        mention.actor2 or "",
    )


def _lift_protests(mentions: Sequence[Mention]) -> list[Mention]:
    worst: dict[tuple[object, ...], Mention] = {}
    for mention in mentions:
        slot = _protest_slot(mention)
        if slot is not None and (slot not in worst or _severity(mention) > _severity(worst[slot])):
            worst[slot] = mention
    lifted = []
    for mention in mentions:
        slot = _protest_slot(mention)
        if slot is not None:
            top = worst[slot]
            mention = replace(mention, sub_event_type=top.sub_event_type)
            if mention.actor2 is None and top.actor2 is not None:
                # The police of the intervention are the protest's actor 2.
                mention = replace(
                    mention, actor2=top.actor2, inter2=top.inter2, assoc_actor_2=top.assoc_actor_2
                )
        lifted.append(mention)
    return lifted


def _adopt_details(events: list[Event]) -> list[Event]:
    """Within one report, "the protest in Dhaka" is the one in "Khilgaon,
    Dhaka" when the report names exactly one finer place for that key."""
    details: dict[tuple[str, ...], set[str]] = {}
    for event in events:
        if event.place_detail and not alone(event):
            base = replace(event, place_detail=None)
            details.setdefault((event.doc_ids[0], *event_key(base)), set()).add(event.place_detail)
    adopted = []
    for event in events:
        if event.place_detail is None and complete(event):
            found = details.get((event.doc_ids[0], *event_key(event)), set())
            if len(found) == 1:
                event = replace(event, place_detail=next(iter(found)))
                event.event_id = event_id(event_key(event))
        adopted.append(event)
    return adopted


def merge_mentions(mentions: Iterable[Mention], merge: bool = True) -> list[Event]:
    """Merge the resolved mentions of one or more documents into events.

    Within a document, protests at the same day, place and actor take the
    most severe sub-type any of their mentions has, and mentions with the same
    key are one event; across documents, events are clustered as the store
    does (``cluster_events``).

    Args:
        mentions: resolved mentions.
        merge: False keeps one event per mention (``--no-merge``).
    """
    if not merge:
        singles = []
        for mention in mentions:
            event = mention_to_event(mention)
            _make_alone(event)
            singles.append(event)
        return _sorted(singles)
    groups: dict[tuple[str, str], list[Event]] = {}
    for event in _adopt_details([mention_to_event(m) for m in _lift_protests(list(mentions))]):
        groups.setdefault((event.doc_ids[0], event.event_id), []).append(event)
    per_document = [merge_events(group) for group in groups.values()]
    return cluster_events(per_document)


def _sorted(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.event_date, e.location, e.event_type, e.event_id))


def _day(event: Event) -> date | None:
    try:
        return date.fromisoformat(event.event_date)
    except ValueError:
        return None


def _compatible(first: Sequence[Event], second: Sequence[Event]) -> bool:
    """Two days of reports may be one event: other reports, and in every pair
    at least one report's day is inferred (never two stated days)."""
    if {d for e in first for d in e.doc_ids} & {d for e in second for d in e.doc_ids}:
        return False
    return all(max(a.time_precision, b.time_precision) == 2 for a in first for b in second)


def day_runs(days: Iterable[date]) -> list[list[date]]:
    """Days split where they are more than ``CROSS_REPORT_DAYS`` apart: no
    event spans two runs, so a new report changes the clusters of its run only."""
    runs: list[list[date]] = []
    for day in sorted(set(days)):
        if runs and (day - runs[-1][-1]).days <= CROSS_REPORT_DAYS:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def _cluster_slot(events: Sequence[Event]) -> list[list[Event]]:
    by_day: dict[date, list[Event]] = {}
    clusters: list[list[Event]] = []
    for event in events:
        day = _day(event)
        if day is None or alone(event):
            clusters.append([event])
        else:
            by_day.setdefault(day, []).append(event)
    days = sorted(by_day)
    i = 0
    while i < len(days):
        group = by_day[days[i]]
        if (
            i + 1 < len(days)
            and (days[i + 1] - days[i]).days <= CROSS_REPORT_DAYS
            and _compatible(group, by_day[days[i + 1]])
        ):
            clusters.append(group + by_day[days[i + 1]])
            i += 2
        else:
            clusters.append(group)
            i += 1
    return clusters


def clusters(events: Iterable[Event]) -> list[list[Event]]:
    """The per-document events of many reports, grouped into the events they
    report (see ``cluster_events``), in a content order."""
    slots: dict[str, list[Event]] = {}
    for event in events:
        slots.setdefault(slot_id(event), []).append(event)
    found = [cluster for members in slots.values() for cluster in _cluster_slot(members)]
    return sorted(found, key=lambda c: min(e.event_id for e in c))


def cluster_events(events: Iterable[Event]) -> list[Event]:
    """Merge the per-document events of many reports, order-independently.

    Events of one slot (``slot_key``) on the same day are one event; two
    neighbouring days join when ``_compatible``, taken from the earliest day
    on, never more than two days: tolerance is measured between the reports
    themselves, never chained through a third. Events of the same document on
    the same day and slot are assumed merged already.
    """
    return _sorted(merge_events(c) if len(c) > 1 else c[0] for c in clusters(events))
