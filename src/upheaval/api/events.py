"""``/api/events`` and ``/api/spread``: thin wrappers around store, export, analyse."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query

from upheaval.analyse.spread import analyse_spread
from upheaval.api.errors import ApiError
from upheaval.api.state import ApiState, get_state
from upheaval.export import to_geojson
from upheaval.store import EventFilter

__all__ = ["router", "MAX_PAGE"]

router = APIRouter(prefix="/api", tags=["events"])

# One page holds at most this many events: enough for the dashboard to load a
# country-month in a few requests, small enough to bound one response
# (an event with its evidence is 1-3 kB of JSON).
MAX_PAGE = 1000
DEFAULT_PAGE = 100
# Filters are short words; anything longer is a mistake or an attack.
MAX_FILTER = 200

State = Annotated[ApiState, Depends(get_state)]
Country = Annotated[
    str | None, Query(max_length=MAX_FILTER, description="ISO code (KZ) or country name")
]
Since = Annotated[date | None, Query(description="first day, YYYY-MM-DD")]
Until = Annotated[date | None, Query(description="last day, YYYY-MM-DD")]
EventType = Annotated[
    str | None,
    Query(alias="type", max_length=MAX_FILTER, description="event type or sub-event type"),
]
Place = Annotated[
    str | None, Query(max_length=MAX_FILTER, description="location or admin1 (substring)")
]
Doc = Annotated[str | None, Query(max_length=2000, description="only events of this document")]


def _filter(
    country: str | None,
    since: date | None,
    until: date | None,
    event_type: str | None,
    place: str | None,
    doc: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> EventFilter:
    if since and until and since > until:
        raise ApiError(422, "invalid_request", "since is after until")
    return EventFilter(
        country=country,
        since=since,
        until=until,
        event_type=event_type,
        place=place,
        doc_ids=(doc,) if doc else (),
        limit=limit,
        offset=offset,
    )


@router.get("/events", summary="List events, filtered and paginated")
def list_events(
    state: State,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    event_type: EventType = None,
    place: Place = None,
    doc: Doc = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    offset: Annotated[int, Query(ge=0)] = 0,
    format: Annotated[Literal["json", "geojson"], Query()] = "json",
) -> dict[str, Any]:
    """Events with the CLI's filters, by date then place.

    ``format=geojson`` answers a GeoJSON FeatureCollection (national-level
    events carry no geometry); both carry ``total``, ``limit`` and ``offset``.
    """
    where = _filter(country, since, until, event_type, place, doc, limit, offset)
    found = state.store.events(where)
    total = state.store.count_events(_filter(country, since, until, event_type, place, doc))
    page = {"total": total, "limit": limit, "offset": offset}
    if format == "geojson":
        return {**to_geojson(found), **page}
    return {**page, "events": [event.to_record() for event in found]}


@router.get("/events/{event_id}", summary="One event with its evidence and documents")
def get_event(
    state: State, event_id: Annotated[str, Path(max_length=MAX_FILTER)]
) -> dict[str, Any]:
    """The event, and each document that reports it with its cleaned text."""
    event = state.store.event(event_id)
    if event is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    documents = [d for d in (state.store.document(i) for i in event.doc_ids) if d is not None]
    return {"event": event.to_record(), "documents": documents}


@router.get("/spread", summary="How unrest spread: first event per place, by date")
def get_spread(
    state: State,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    event_type: EventType = None,
    place: Place = None,
) -> dict[str, Any]:
    """Places in the order unrest reached them, with distances and delays."""
    events = state.store.events(_filter(country, since, until, event_type, place))
    return analyse_spread(events).to_record()
