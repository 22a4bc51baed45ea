"""The API on a real PostgreSQL answers as it does on SQLite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.sample import fill_store
from tests.store.postgres_server import postgres_server
from upheaval.api import create_app
from upheaval.store import open_store


@pytest.fixture(scope="module")
def pg_client() -> Iterator[TestClient]:
    url = postgres_server().create_database()
    store = open_store(url)
    fill_store(store)
    store.close()
    with TestClient(create_app(url, token=None)) as opened:
        yield opened


@pytest.mark.parametrize(
    "path",
    [
        "/api/events",
        "/api/events?country=KE&limit=3&offset=2",
        "/api/events?since=2024-06-27&type=Protests",
        "/api/events?place=kisu&format=geojson",
        "/api/spread",
        "/api/spread?country=ke",
    ],
)
def test_postgres_api_matches_sqlite(pg_client: TestClient, client: TestClient,
                                     path: str) -> None:
    on_postgres, on_sqlite = pg_client.get(path), client.get(path)
    assert on_postgres.status_code == on_sqlite.status_code == 200
    assert on_postgres.json() == on_sqlite.json()


def test_postgres_api_event_and_documents(pg_client: TestClient, client: TestClient) -> None:
    (riot,) = pg_client.get("/api/events", params={"type": "Riots"}).json()["events"]
    detail = pg_client.get(f"/api/events/{riot['event_id']}").json()
    expected = client.get(f"/api/events/{riot['event_id']}").json()
    # added_at is when each store saved the document; everything else agrees.
    for body in (detail, expected):
        for document in body["documents"]:
            document.pop("added_at")
    assert detail == expected
    listed = pg_client.get("/api/documents").json()
    assert listed["total"] == 4
