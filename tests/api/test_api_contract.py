"""The API as a contract: typed schema, unknown parameters, export formats, totals."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from upheaval.api.events import POINT_COLUMNS
from upheaval.export import render_events, to_geojson
from upheaval.store import EventFilter, open_store


def _error(response: Any, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert list(body) == ["error"] and list(body["error"]) == ["status", "code", "message"]
    assert body["error"]["status"] == status and body["error"]["code"] == code
    message: str = body["error"]["message"]
    return message


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/api/events?contry=KE", "contry"),
        ("/api/events?country=KE&limt=5", "limt"),
        ("/api/spread?sinse=2024-06-01", "sinse"),
        ("/api/points?format=csv", "format"),
        ("/api/documents?page=2", "page"),
        ("/api/events/anything?verbose=1", "verbose"),
        ("/api/documents/wire-ke-1?x=1", "x"),
    ],
)
def test_unknown_query_parameter_is_a_400(client: TestClient, url: str, name: str) -> None:
    message = _error(client.get(url), 400, "unknown_parameter")
    assert repr(name) in message


def test_known_parameters_still_pass(client: TestClient) -> None:
    response = client.get("/api/events", params={"country": "KE", "limit": 2, "offset": 1})
    assert response.status_code == 200 and len(response.json()["events"]) == 2


@pytest.mark.parametrize(
    ("params", "code", "said"),
    [
        ({"country": "Kenia"}, "unknown_country", "'Kenya'"),
        ({"country": "XQ"}, "unknown_country", "'XQ'"),
        ({"type": "Riot"}, "unknown_type", "'Riots'"),
        ({"type": "Peacefull protest"}, "unknown_type", "'Peaceful protest'"),
    ],
)
@pytest.mark.parametrize("route", ["/api/events", "/api/points", "/api/spread"])
def test_unknown_country_or_type_is_said(client: TestClient, route: str,
                                         params: dict[str, str], code: str, said: str) -> None:
    message = _error(client.get(route, params=params), 400, code)
    assert said in message


@pytest.mark.parametrize("country", ["CL", "chile", "Uganda", "ug"])
def test_a_real_country_without_events_is_no_error(client: TestClient, country: str) -> None:
    response = client.get("/api/events", params={"country": country})
    assert response.status_code == 200
    assert response.json()["total"] == (1 if country.lower().startswith("u") else 0)


def _library(sample_db: str, where: EventFilter) -> Any:
    store = open_store(sample_db)
    try:
        return store.events(where)
    finally:
        store.close()


@pytest.mark.parametrize("fmt", ["csv", "acled"])
def test_events_as_csv_are_the_export_modules_rows(client: TestClient, sample_db: str,
                                                   fmt: str) -> None:
    response = client.get("/api/events", params={"format": fmt, "country": "KE", "limit": 4,
                                                  "offset": 1})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert (response.headers["x-total-count"], response.headers["x-limit"],
            response.headers["x-offset"], response.headers["x-next-offset"]) == ("6", "4", "1",
                                                                                 "5")
    expected = render_events(_library(sample_db, EventFilter(country="KE", limit=4, offset=1)),
                             fmt)
    assert response.text == expected
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 4


def test_events_as_geojson_page(client: TestClient, sample_db: str) -> None:
    response = client.get("/api/events", params={"format": "geojson", "limit": 5})
    assert response.headers["content-type"].startswith("application/geo+json")
    body = response.json()
    expected = to_geojson(_library(sample_db, EventFilter(limit=5)))
    assert body["features"] == expected["features"]
    assert (body["total"], body["limit"], body["offset"], body["next_offset"]) == (7, 5, 0, 5)


@pytest.mark.parametrize(("limit", "offset", "next_offset"),
                         [(3, 0, 3), (3, 3, 6), (3, 6, None), (7, 0, None), (2, 10, None)])
def test_pagination_says_total_and_next(client: TestClient, limit: int, offset: int,
                                        next_offset: int | None) -> None:
    body = client.get("/api/events", params={"limit": limit, "offset": offset}).json()
    assert body["total"] == 7 and body["next_offset"] == next_offset
    assert len(body["events"]) == max(0, min(limit, 7 - offset))
    documents = client.get("/api/documents", params={"limit": 3}).json()
    assert documents["total"] == 4 and documents["next_offset"] == 3


def test_points_are_the_events_in_brief(client: TestClient, sample_db: str) -> None:
    body = client.get("/api/points", params={"country": "KE"}).json()
    assert body["columns"] == list(POINT_COLUMNS)
    events = _library(sample_db, EventFilter(country="KE"))
    assert body["total"] == len(events) == len(body["rows"]) == 6
    for row, event in zip(body["rows"], events, strict=True):
        point = dict(zip(body["columns"], row, strict=True))
        record = event.to_record()
        for name in POINT_COLUMNS:
            if name == "measures":
                assert json.loads(point[name]) == record[name]
            elif name == "n_docs":
                assert point[name] == len(record["doc_ids"])
            else:
                assert point[name] == record[name], name


def _schema_refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"].rsplit("/", 1)[-1]} if "$ref" in node else set()
        for value in node.values():
            found |= _schema_refs(value)
        return found
    if isinstance(node, list):
        return set().union(*(_schema_refs(v) for v in node)) if node else set()
    return set()


def test_openapi_has_typed_models_and_the_real_error_shape(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    components = schema["components"]["schemas"]
    assert {"Event", "Document", "Spread", "ErrorResponse", "EventPage", "PlaceJoin",
            "Evidence"} <= set(components)
    assert "HTTPValidationError" not in components and "ValidationError" not in components
    assert set(components["Event"]["properties"]) >= {"event_id", "evidence", "latitude",
                                                      "sub_event_type"}
    assert set(components["ErrorResponse"]["properties"]) == {"error"}
    paths = schema["paths"]
    ok = {
        ("/api/events", "get"): "EventPage",
        ("/api/events/{event_id}", "get"): "EventDetail",
        ("/api/spread", "get"): "Spread",
        ("/api/documents", "get"): "DocumentPage",
        ("/api/points", "get"): "PointPage",
    }
    for (path, method), model in ok.items():
        responses = paths[path][method]["responses"]
        assert _schema_refs(responses["200"]) >= {model}, path
        for status in ("400", "422"):
            assert _schema_refs(responses[status]) == {"ErrorResponse"}, (path, status)
    formats = next(p for p in paths["/api/events"]["get"]["parameters"] if p["name"] == "format")
    assert set(formats["schema"]["enum"]) == {"json", "geojson", "csv", "acled"}


def test_responses_validate_against_their_models(client: TestClient) -> None:
    from upheaval.api.models import DocumentDetail, EventDetail, EventPage, Spread

    page = EventPage.model_validate(client.get("/api/events").json())
    detail = EventDetail.model_validate(client.get(f"/api/events/{page.events[0].event_id}").json())
    assert detail.documents[0].doc_id in detail.event.doc_ids
    Spread.model_validate(client.get("/api/spread").json())
    DocumentDetail.model_validate(client.get("/api/documents/wire-ke-1").json())


def test_spread_does_not_chain_countries(client: TestClient) -> None:
    places = {p["location"]: p for p in client.get("/api/spread").json()["places"]}
    # Kampala (Uganda) came after five Kenyan towns: it is the first Ugandan place.
    assert places["Kampala"]["came_from"] is None
    assert places["Eldoret"]["came_from"] in {"Kisumu", "Nakuru", "Nairobi"}


def test_points_follow_the_store_after_a_write(tmp_path: Any) -> None:
    """The map's answer is kept between requests, but never past a write."""
    from tests.api.sample import REPORTS, published, sample_events
    from upheaval.api import create_app
    from upheaval.model import CleanDocument, Document

    path = str(tmp_path / "grow.db")
    writer = open_store(path)
    events = sample_events()
    with TestClient(create_app(path)) as api:
        seen = []
        for doc_id, (title, text) in REPORTS.items():
            document = Document(doc_id=doc_id, text=text, source="t", title=title,
                                published=published(doc_id))
            writer.save_document(CleanDocument(document, text, tuple(range(len(text)))),
                                 events[doc_id])
            first = api.get("/api/points").json()
            again = api.get("/api/points").json()
            assert first == again
            seen.append(first["total"])
            assert [r[0] for r in first["rows"]] == [
                e.event_id for e in writer.events()]
    writer.close()
    assert seen == [4, 5, 6, 7]


def test_undated_events_keep_the_stores_order_in_points(tmp_path: Any) -> None:
    """A report that gives no day: its event is listed where the database puts it."""
    from dataclasses import replace

    from tests.api.sample import REPORTS, published, sample_events
    from upheaval.api import create_app
    from upheaval.merge import event_id, event_key
    from upheaval.model import CleanDocument, Document

    path = str(tmp_path / "undated.db")
    store = open_store(path)
    events = sample_events()
    undated = replace(events["blog-ke-2"][0], event_date=None, time_precision=None)
    undated.event_id = event_id(event_key(undated))
    events["blog-ke-2"] = [undated]
    for doc_id, (title, text) in REPORTS.items():
        document = Document(doc_id=doc_id, text=text, source="t", title=title,
                            published=published(doc_id))
        store.save_document(CleanDocument(document, text, tuple(range(len(text)))),
                            events[doc_id])
    expected = [e.event_id for e in store.events()]
    store.close()
    with TestClient(create_app(path)) as api:
        body = api.get("/api/points").json()
        assert [r[0] for r in body["rows"]] == expected
        assert None in [r[1] for r in body["rows"]]
        spread = api.get("/api/spread").json()
        assert "Nakuru" not in [p["location"] for p in spread["places"]]
        page = api.get("/api/events", params={"place": "Nakuru"}).json()
        assert page["events"][0]["event_date"] is None
