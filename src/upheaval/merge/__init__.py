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
from collections import Counter
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
    if (event.time_precision or 3) >= 3:
        key.append(_MONTH)
    return tuple(key)


def event_key(event: Event) -> tuple[str, ...]:
    """The merge key of an event (DESIGN.md, "merge"): its day and its slot."""
    slot = slot_key(event)
    day = (event.event_date or "") + (_MONTH if slot[-1] == _MONTH and event.event_date else "")
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
# Dhaka", "at Tahrir Square in Cairo", "in front of the Press Club in Dhaka",
# "(Bagmara upazila, Rajshahi". Capitalised words only: "in the morning in
# Cairo" names no place.
_WORD = r"[A-Z][\w'’.-]*"
_KINDS = (
    "area|locality|neighbourhood|neighborhood|district|quarter|square|market|bazar|bazaar|"
    "road|street|avenue|village|thana|upazila|union|ward|township|suburb|camp|campus|estate|"
    "station|stand|hall|club|gate"
)
_DETAIL = re.compile(
    rf"(?:\b(?:in\s+front\s+of|at|in|near|inside|outside|opposite|around)\s+|\()(?:the\s+)?"
    rf"(?P<name>(?:{_WORD}\s+){{0,3}}{_WORD})"
    rf"(?:\s+(?:{_KINDS}))*"
    rf"\s*(?:,|\(|\bin\b|\bof\b)\s*(?:the\s+)?(?:(?:city|town)\s+of\s+)?$"
)
_DETAIL_WINDOW = 80


def place_detail(mention: Mention) -> str | None:
    """The finer place a mention's sentence names inside its resolved place.

    "clashed in the Khilgaon area of Dhaka" resolves to Dhaka; "khilgaon" is
    the detail that keeps it apart from a clash in Hazaribagh, Dhaka. Every
    place in the sentence written as the resolved place is looked at, the
    first with a finer place before it wins.
    """
    if mention.place is None or mention.place.place.kind == "country":
        return None
    here = mention.place.place
    sentence = mention.evidence.text
    names = {n for n in (mention.place.text, here.name) if n}
    offsets = sorted(
        m.start() for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", sentence)
    )
    own = mention.place.start - mention.evidence.start
    if 0 < own <= len(sentence) and own not in offsets:
        offsets.append(own)
    same = {here.name.lower(), here.country.lower(), (here.admin1 or "").lower()} | {
        n.lower() for n in names
    }
    for offset in offsets:
        found = _DETAIL.search(sentence[max(0, offset - _DETAIL_WINDOW) : offset])
        if found is None:
            continue
        name = " ".join(found["name"].lower().replace("’", "'").split())
        if name not in same:
            return name
    return None


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
    ``event_date`` (None: never guessed) or ``location`` (""): it is kept
    apart (never merged) and
    exported with empty fields rather than dropped.
    """
    mention = _state_first(mention)
    day_of = mention.date.day if mention.date is not None else None
    day = day_of.isoformat() if day_of else None
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
        time_precision=mention.date.precision if day_of and mention.date else None,
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
        date_kind=mention.date.kind if mention.date is not None else None,
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
            e.time_precision or 9,
            e.event_date or "",
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
        time_precision=min((e.time_precision for e in ordered if e.time_precision), default=None),
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
        date_kind=head.date_kind,
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
    return sorted(
        events, key=lambda e: (e.event_date or "", e.location, e.event_type, e.event_id)
    )


def _day(event: Event) -> date | None:
    try:
        return date.fromisoformat(event.event_date or "")
    except ValueError:
        return None


def _vague(event: Event) -> bool:
    # A protest or clash placed only by its region or country: where it
    # happened is not known, and two such reports are not the same place.
    return event.geo_precision >= 3 and event.event_type != "Strategic developments"


def _docs(events: Iterable[Event]) -> set[str]:
    return {d for e in events for d in e.doc_ids}


def _named(events: Iterable[Event]) -> set[str]:
    return {e.assoc_actor_1 for e in events if e.assoc_actor_1}


# Days read against a publication date ("yesterday", "on Tuesday"): a
# dispatch filed after midnight puts them a day off.
_ANCHORED = frozenset({"relative", "weekday"})


def _uncertain(event: Event) -> bool:
    return (event.time_precision or 3) <= 2 and event.date_kind in _ANCHORED


def _compatible(first: Sequence[Event], second: Sequence[Event]) -> bool:
    """Reports of two neighbouring days may be one event: other reports, the
    same named organisers if both name them, and in every pair at least one
    report's day was read against its publication date (two days stated as
    dates, or carried over from them, are two events)."""
    if _docs(first) & _docs(second) or len(_named(first) | _named(second)) > 1:
        return False
    if any(_vague(e) or (e.time_precision or 3) > 2 for e in (*first, *second)):
        return False
    return all(_uncertain(a) or _uncertain(b) for a in first for b in second)


def _same_day(events: Sequence[Event]) -> list[list[Event]]:
    """Reports of one slot and day: one event per named organiser ("members
    of the BNP" and "members of the Workers Party" are two protests); reports
    naming none join the one organiser named, if only one is."""
    ordered = sorted(events, key=lambda e: (min(e.doc_ids), e.event_id))
    if any(_vague(e) for e in ordered):
        return [[e] for e in ordered]
    groups: dict[str, list[Event]] = {}
    for event in ordered:
        groups.setdefault(event.assoc_actor_1 or "", []).append(event)
    if len(groups) == 2 and "" in groups:
        return [[e for group in groups.values() for e in group]]
    return [groups[name] for name in sorted(groups)]


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
    found: list[list[Event]] = []
    for event in events:
        day = _day(event)
        if day is None or alone(event):
            found.append([event])
        else:
            by_day.setdefault(day, []).append(event)
    days = sorted(by_day)
    pending = {day: _same_day(by_day[day]) for day in days}
    for index, day in enumerate(days):
        following = days[index + 1] if index + 1 < len(days) else None
        for cluster in pending[day]:
            if following is not None and (following - day).days <= CROSS_REPORT_DAYS:
                partner = next((c for c in pending[following] if _compatible(cluster, c)), None)
                if partner is not None:
                    pending[following].remove(partner)
                    cluster = cluster + partner
            found.append(cluster)
    return found


def clusters(events: Iterable[Event]) -> list[tuple[Event, list[Event]]]:
    """The per-document events of many reports, grouped into the events they
    report (see ``cluster_events``): each merged event with its members, in
    a content order. Events that share a key but stay apart get ids that also
    name their documents."""
    slots: dict[str, list[Event]] = {}
    for event in events:
        slots.setdefault(slot_id(event), []).append(event)
    found = [cluster for members in slots.values() for cluster in _cluster_slot(members)]
    # A copy for a lone member: the members themselves are never changed.
    merged = [(merge_events(c) if len(c) > 1 else replace(c[0]), c) for c in found]
    seen = Counter(event.event_id for event, _ in merged)
    for event, members in merged:
        if seen[event.event_id] > 1:
            event.event_id = event_id((event.event_id, *sorted(_docs(members))))
    return sorted(merged, key=lambda pair: pair[0].event_id)


def cluster_events(events: Iterable[Event]) -> list[Event]:
    """Merge the per-document events of many reports, order-independently.

    Events of one slot (``slot_key``) on the same day are one event; two
    neighbouring days join when ``_compatible``, taken from the earliest day
    on, never more than two days: tolerance is measured between the reports
    themselves, never chained through a third. Events of the same document on
    the same day and slot are assumed merged already.
    """
    return _sorted(event for event, _ in clusters(events))
