"""``/api/events``, ``/api/points``, ``/api/spread``: thin wrappers on store, export, analyse."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Any, Literal, NamedTuple

from fastapi import APIRouter, Depends, Path, Query, Response
from fastapi.responses import JSONResponse

from upheaval.analyse.spread import analyse_spread
from upheaval.api.errors import ApiError
from upheaval.api.models import ErrorResponse, EventDetail, EventPage, PointPage, Spread
from upheaval.api.params import check_country, check_event_type, reject_unknown_parameters
from upheaval.api.state import ApiState, get_state
from upheaval.export import render_events, to_geojson
from upheaval.store import EventFilter

__all__ = ["router", "MAX_PAGE", "MAX_POINTS", "POINT_COLUMNS", "ERRORS"]

# Every route may answer these, in the one error shape.
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "unknown parameter, country or type"},
    422: {"model": ErrorResponse, "description": "a parameter's value is malformed"},
    503: {"model": ErrorResponse, "description": "the database is unavailable"},
}

router = APIRouter(
    prefix="/api",
    tags=["events"],
    dependencies=[Depends(reject_unknown_parameters)],
    responses=ERRORS,
)

# One page holds at most this many events: enough for the dashboard to load a
# country-month in a few requests, small enough to bound one response
# (an event with its evidence is 1-3 kB of JSON).
MAX_PAGE = 1000
DEFAULT_PAGE = 100
# A point is ~120 bytes of JSON: a map of 100,000 events is one 12 MB answer.
MAX_POINTS = 100_000
# Filters are short words; anything longer is a mistake or an attack.
MAX_FILTER = 200

# The columns of /api/points, in order.
POINT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "event_type",
    "sub_event_type",
    "location",
    "admin1",
    "country",
    "iso",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "size",
    "actor1",
    "measures",
    "date_end",
    "n_docs",
)

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
Offset = Annotated[int, Query(ge=0)]
Format = Literal["json", "geojson", "csv", "acled"]

# What each export format is served as.
_MEDIA = {"csv": "text/csv; charset=utf-8", "acled": "text/csv; charset=utf-8"}


def _filter(
    state: ApiState,
    country: str | None,
    since: date | None,
    until: date | None,
    event_type: str | None,
    place: str | None,
    doc: str | None = None,
) -> EventFilter:
    if since and until and since > until:
        raise ApiError(422, "invalid_request", "since is after until")
    return EventFilter(
        country=check_country(state.store, country),
        since=since,
        until=until,
        event_type=check_event_type(state.store, event_type),
        place=place,
        doc_ids=(doc,) if doc else (),
    )


def _page(total: int, limit: int, offset: int, shown: int) -> dict[str, Any]:
    following = offset + shown
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": following if shown and following < total else None,
    }


def _with(where: EventFilter, limit: int, offset: int) -> EventFilter:
    return EventFilter(
        country=where.country,
        since=where.since,
        until=where.until,
        event_type=where.event_type,
        place=where.place,
        doc_ids=where.doc_ids,
        limit=limit,
        offset=offset,
    )


@router.get(
    "/events",
    summary="List events, filtered and paginated",
    response_model=EventPage,
    responses={
        200: {
            "description": "a page of events; `format` chooses JSON, GeoJSON, CSV or ACLED CSV",
            "content": {
                "application/geo+json": {
                    "schema": {"type": "object", "description": "a GeoJSON FeatureCollection"}
                },
                "text/csv": {"schema": {"type": "string"}},
            },
            "headers": {
                "X-Total-Count": {
                    "description": "events matching the filters, over all pages",
                    "schema": {"type": "integer"},
                }
            },
        }
    },
)
def list_events(
    state: State,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    event_type: EventType = None,
    place: Place = None,
    doc: Doc = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    offset: Offset = 0,
    format: Annotated[
        Format,
        Query(
            description="json (a page of events), geojson (a FeatureCollection with the "
            "page fields), csv (the contract's fields) or acled (ACLED's columns)"
        ),
    ] = "json",
) -> Any:
    """Events with the CLI's filters, by date then place.

    Every format is paginated alike: the JSON bodies carry ``total``,
    ``limit``, ``offset`` and ``next_offset``; CSV answers carry them in
    ``X-Total-Count``, ``X-Limit``, ``X-Offset`` and ``X-Next-Offset``
    headers. National-level events carry no geometry in GeoJSON.
    """
    where = _filter(state, country, since, until, event_type, place, doc)
    found = state.store.events(_with(where, limit, offset))
    page = _page(state.store.count_events(where), limit, offset, len(found))
    if format == "json":
        return {**page, "events": [event.to_record() for event in found]}
    if format == "geojson":
        return JSONResponse({**to_geojson(found), **page}, media_type="application/geo+json")
    headers = {
        "X-Total-Count": str(page["total"]),
        "X-Limit": str(limit),
        "X-Offset": str(offset),
        "X-Next-Offset": "" if page["next_offset"] is None else str(page["next_offset"]),
        "Content-Disposition": f'inline; filename="events-{format}.csv"',
    }
    return Response(render_events(found, format), media_type=_MEDIA[format], headers=headers)


@router.get(
    "/points",
    summary="Events in brief for maps: many at once, without evidence",
    response_model=PointPage,
)
def list_points(
    state: State,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    event_type: EventType = None,
    place: Place = None,
    limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = MAX_POINTS,
    offset: Offset = 0,
) -> Any:
    """The events' place, date and coding as rows of ``columns`` (``n_docs`` is
    the number of reports), by date then place: what the dashboard's map,
    timeline and table draw. ``GET /api/events/{id}`` has the evidence.
    """
    where = _filter(state, country, since, until, event_type, place)

    def build() -> bytes:
        total = state.store.count_events(where)
        # The whole answer in one page: no need for the database to page (and sort).
        whole = offset == 0 and total <= limit
        rows = state.store.event_rows(where if whole else _with(where, limit, offset),
                                      POINT_COLUMNS)
        body = _page(total, limit, offset, len(rows))
        body["columns"] = list(POINT_COLUMNS)
        # measures is stored as a JSON list: sent as it is, parsed by the client.
        body["rows"] = rows
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()

    key = json.dumps([where.country, str(where.since), str(where.until), where.event_type,
                      where.place, limit, offset])
    return Response(state.cached(key, build), media_type="application/json")


@router.get(
    "/events/{event_id}",
    summary="One event with its evidence and documents",
    response_model=EventDetail,
    responses={404: {"model": ErrorResponse, "description": "no such event"}},
)
def get_event(state: State, event_id: Annotated[str, Path(max_length=MAX_FILTER)]) -> Any:
    """The event with every evidence span, and each document that reports it
    (a merged event lists several) with its cleaned text."""
    event = state.store.event(event_id)
    if event is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    documents = [d for d in (state.store.document(i) for i in event.doc_ids) if d is not None]
    return {"event": event.to_record(), "documents": documents}


@router.get(
    "/spread",
    summary="How unrest spread: first event per place, by date",
    response_model=Spread,
)
def get_spread(
    state: State,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    event_type: EventType = None,
    place: Place = None,
) -> Any:
    """Places in the order unrest reached them, with distances and delays.

    Each place's ``came_from`` is the nearest place of the same country that
    joined on an earlier day.
    """
    where = _filter(state, country, since, until, event_type, place)

    def build() -> bytes:
        # Sent as it is: validating thousands of places against the model (the
        # schema it documents) would take longer than the analysis. Written as
        # JSONResponse writes it.
        record = analyse_spread(_coded_events(state, where)).to_record()
        return json.dumps(
            record, ensure_ascii=False, allow_nan=False, separators=(",", ":")
        ).encode("utf-8")

    # Built again only when the store changes (ApiState.cached), as the points are.
    key = json.dumps(["spread", where.country, str(where.since), str(where.until),
                      where.event_type, where.place])
    return Response(state.cached(key, build), media_type="application/json")




class _CodedRow(NamedTuple):
    """An event's date, place and type as the spread reads them (``Coded``)."""

    event_id: str
    event_date: str | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    country: str
    iso: str
    admin1: str | None
    location: str
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    geo_precision: int


def _coded_events(state: ApiState, where: EventFilter) -> list[_CodedRow]:
    """Events with only their date, place and type: enough for the spread, and
    quick for tens of thousands (no evidence, no JSON columns, no Event)."""
    return [_CodedRow._make(row) for row in state.store.event_rows(where, _CodedRow._fields)]
