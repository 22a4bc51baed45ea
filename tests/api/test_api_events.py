"""GET /api/events, /api/events/{id} and /api/spread on the sample store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.sample import HOSTILE, REPORTS, fill_store, sample_events
from upheaval.analyse.spread import analyse_spread
from upheaval.api import create_app
from upheaval.model import CleanDocument, Document
from upheaval.store import EventFilter, open_store

FILTERS: list[tuple[dict[str, str], EventFilter, int]] = [
    ({}, EventFilter(), 7),
    ({"country": "KE"}, EventFilter(country="KE"), 6),
    ({"country": "uganda"}, EventFilter(country="uganda"), 1),
    ({"since": "2024-06-27"}, EventFilter(since=date(2024, 6, 27)), 5),
    ({"until": "2024-06-26"}, EventFilter(until=date(2024, 6, 26)), 2),
    ({"since": "2024-06-27", "until": "2024-06-28"},
     EventFilter(since=date(2024, 6, 27), until=date(2024, 6, 28)), 3),
    ({"type": "riots"}, EventFilter(event_type="riots"), 1),
    ({"type": "Peaceful protest"}, EventFilter(event_type="Peaceful protest"), 4),
    ({"type": "Protests", "country": "KE"}, EventFilter(event_type="Protests", country="KE"), 4),
    ({"place": "kisu"}, EventFilter(place="kisu"), 1),
    ({"place": "Central Region"}, EventFilter(place="Central Region"), 1),
    ({"doc": "wire-ke-1"}, EventFilter(doc_ids=("wire-ke-1",)), 4),
    ({"country": "CL"}, EventFilter(country="CL"), 0),
]


def _ids(events: list[dict[str, Any]]) -> list[str]:
    return [e["event_id"] for e in events]


@pytest.mark.parametrize(("params", "where", "expected"), FILTERS)
def test_events_filters_match_the_library(client: TestClient, sample_db: str,
                                          params: dict[str, str], where: EventFilter,
                                          expected: int) -> None:
    body = client.get("/api/events", params=params).json()
    store = open_store(sample_db)
    try:
        library = [e.event_id for e in store.events(where)]
    finally:
        store.close()
    assert body["total"] == expected == len(library)
    assert _ids(body["events"]) == library


def test_events_are_contract_records_in_date_order(client: TestClient) -> None:
    events = client.get("/api/events").json()["events"]
    dates = [e["event_date"] for e in events]
    assert dates == sorted(dates)
    assert set(events[0]) >= {"event_id", "doc_ids", "event_type", "evidence", "latitude"}


@pytest.mark.parametrize("limit", [1, 2, 3, 7])
def test_events_pagination_walks_every_event_once(client: TestClient, limit: int) -> None:
    everything = _ids(client.get("/api/events").json()["events"])
    walked: list[str] = []
    for offset in range(0, len(everything), limit):
        page = client.get("/api/events", params={"limit": limit, "offset": offset}).json()
        assert (page["total"], page["limit"], page["offset"]) == (7, limit, offset)
        walked += _ids(page["events"])
    assert walked == everything


def test_events_geojson(client: TestClient) -> None:
    body = client.get("/api/events", params={"format": "geojson", "country": "KE"}).json()
    assert body["type"] == "FeatureCollection" and body["total"] == 6
    by_place = {f["properties"]["location"]: f for f in body["features"]}
    assert by_place["Nairobi"]["geometry"] == {"type": "Point",
                                               "coordinates": [36.81667, -1.28333]}
    # The nationwide curfew is placed by its country only: no point.
    assert by_place["Kenya"]["geometry"] is None


def test_event_detail_has_evidence_and_documents(client: TestClient) -> None:
    (riot,) = client.get("/api/events", params={"type": "Riots"}).json()["events"]
    body = client.get(f"/api/events/{riot['event_id']}").json()
    assert body["event"] == riot
    (document,) = body["documents"]
    assert document["doc_id"] == "wire-ke-1" and document["text"] == REPORTS["wire-ke-1"][1]
    (proof,) = body["event"]["evidence"]
    assert document["text"][proof["start"]:proof["end"]] == proof["text"]
    assert "Mombasa" in proof["text"]


def test_event_detail_returns_hostile_text_verbatim(client: TestClient) -> None:
    (event,) = client.get("/api/events", params={"place": "Eldoret"}).json()["events"]
    body = client.get(f"/api/events/{event['event_id']}").json()
    assert HOSTILE in body["documents"][0]["text"]
    assert body["event"]["actor1"] == HOSTILE


def test_spread_matches_the_library(client: TestClient, sample_db: str) -> None:
    body = client.get("/api/spread", params={"country": "KE"}).json()
    store = open_store(sample_db)
    try:
        expected = analyse_spread(store.events(EventFilter(country="KE"))).to_record()
    finally:
        store.close()
    assert body == expected
    assert [p["location"] for p in body["places"]] == [
        "Nairobi", "Kisumu", "Mombasa", "Nakuru", "Eldoret"]
    assert body["days"][0] == {"date": "2024-06-25", "places": ["geonames:184745"]}


def test_spread_is_built_once_until_the_store_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import upheaval.api.events as routes

    path = str(tmp_path / "spread.db")
    store = open_store(path)
    fill_store(store)
    store.close()
    built: list[int] = []
    real = routes.analyse_spread

    def counting(events):  # type: ignore[no-untyped-def]
        built.append(1)
        return real(events)

    monkeypatch.setattr(routes, "analyse_spread", counting)
    with TestClient(create_app(path)) as api:
        first = api.get("/api/spread", params={"country": "KE"})
        again = api.get("/api/spread", params={"country": "KE"})
        assert first.content == again.content and len(built) == 1
        assert first.headers["content-type"] == "application/json"
        api.get("/api/spread", params={"country": "UG"})
        assert len(built) == 2  # another view is built on its own
        # A new report about Kenya changes the store: the spread is built again.
        writer = open_store(path)
        (template, *_) = sample_events()["blog-ke-2"]
        moved = replace(template, event_id="ev-garissa", location="Garissa", admin1="Garissa",
                        latitude=-0.45, longitude=39.65, geonameid=192900,
                        event_date="2024-07-09")
        text = "Traders marched in Garissa on July 9 against the levy."
        document = Document(doc_id="wire-ke-garissa", text=text, source="t",
                            published=date(2024, 7, 10))
        writer.save_document(CleanDocument(document, text, tuple(range(len(text)))), [moved])
        writer.close()
        fresh = api.get("/api/spread", params={"country": "KE"}).json()
        assert len(built) == 3
        assert "Garissa" in [p["location"] for p in fresh["places"]]
