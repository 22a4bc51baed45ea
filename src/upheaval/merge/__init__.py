"""Merge: one event per (date, place, type, sub-type, main actor [, measures]).

The key is exact, so the event id (a hash of the key) is the same whatever
order reports arrive in, and merging is order-independent: merging A into B
gives the same row as B into A. Every piece of evidence and every document id
is kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace

from upheaval.model import Event, Mention

__all__ = ["event_key", "event_id", "merge_mentions", "merge_events", "mention_to_event"]


def event_key(event: Event) -> tuple[str, ...]:
    """The merge key of an event (DESIGN.md, "merge")."""
    place = str(event.geonameid) if event.geonameid else f"{event.iso}:{event.location.lower()}"
    day = event.event_date or ""
    key = [day, place, event.event_type, event.sub_event_type, event.actor1 or ""]
    if event.event_type == "Strategic developments":
        # A curfew and an internet cut declared the same day are two events.
        key.append(",".join(sorted(event.measures)))
    return tuple(key)


def event_id(key: Sequence[str]) -> str:
    """A stable id derived from the merge key."""
    return "ev-" + hashlib.sha256("|".join(key).encode("utf-8")).hexdigest()[:16]


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
    """Turn one resolved mention into a single-evidence event."""
    mention = _state_first(mention)
    if mention.place is None:
        raise ValueError("a mention needs a place to become an event")
    place = mention.place.place
    country = mention.country or place
    national = place.kind == "country"
    location = country.name if national else place.name
    # A report with no date at all (none given, none in its text) still
    # yields its events: their day is unknown (null), never guessed.
    when = mention.date if mention.date is not None and mention.date.day is not None else None
    day = when.day.isoformat() if when and when.day else None
    event = Event(
        event_id="",
        doc_ids=[mention.doc_id],
        event_date=day,
        date_end=when.end_day.isoformat() if when and when.end_day else None,
        time_precision=when.precision if when else None,
        event_type=mention.event_type,
        sub_event_type=mention.sub_event_type,
        measures=sorted(mention.measures),
        actor1=mention.actor1,
        assoc_actor_1=mention.assoc_actor_1,
        actor2=mention.actor2,
        assoc_actor_2=mention.assoc_actor_2,
        inter1=mention.inter1,
        inter2=mention.inter2,
        country=country.name if country.kind == "country" else place.country,
        iso=place.iso,
        admin1=None if national else place.admin1,
        location=location,
        latitude=place.latitude,
        longitude=place.longitude,
        geonameid=place.geonameid,
        geo_precision=3 if national else mention.place.geo_precision,
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
        notes=_notes(mention, location, day or "an unknown day"),
    )
    event.event_id = event_id(event_key(event))
    return event


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

    Fatalities take the lowest reported figure (ACLED's rule for conflicting
    reports); precision takes the best (lowest) code; a hedge stands only if
    every piece of evidence hedges.
    """
    # The earliest day leads (its key and id are the merged event's), then
    # content, never arrival order: merging is order-independent.
    ordered = sorted(
        events,
        key=lambda e: (
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


def merge_mentions(mentions: Iterable[Mention]) -> list[Event]:
    """Merge the resolved mentions of one or more documents into events.

    Within a document, protests at the same day, place and actor take the
    most severe sub-type any of their mentions has.
    """
    groups: dict[str, list[Event]] = {}
    for mention in _lift_protests(list(mentions)):
        event = mention_to_event(mention)
        groups.setdefault(event.event_id, []).append(event)
    merged = [merge_events(group) for group in groups.values()]
    return sorted(merged, key=lambda e: (e.event_date or "", e.location, e.event_type, e.event_id))
