"""The store on a real PostgreSQL: the SQLite suite again, plus server matters.

Every test of ``test_sqlite.py`` that is about store behaviour (not about
SQLite files or URL parsing) runs here a second time against PostgreSQL, so
the two backends cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from tests.factories import KENYA, KISUMU, NAIROBI, clean, mention
from tests.store import test_sqlite
from tests.store.postgres_server import postgres_server

from upheaval.errors import StoreError
from upheaval.merge import merge_mentions
from upheaval.store import EventFilter, SqlStore, open_store
from upheaval.store.postgres import GEOMETRY_COLUMN, has_geometry

NO_POSTGIS = "PostGIS is not installed on this server: run .ci/system/postgres.sh"

# Tests of test_sqlite.py that are about SQLite itself.
_SQLITE_ONLY = {"test_open_store_reports_missing_folder", "test_database_url"}

globals().update(
    {
        name: test
        for name, test in vars(test_sqlite).items()
        if name.startswith("test_") and name not in _SQLITE_ONLY
    }
)


@pytest.fixture
def store() -> Iterator[SqlStore]:
    opened = open_store(postgres_server().create_database())
    yield opened
    opened.close()


def test_postgres_runs_the_shared_suite() -> None:
    shared = [name for name in globals() if name.startswith("test_") and hasattr(test_sqlite, name)]
    assert len(shared) >= 5, "the SQLite suite was not picked up"


def test_postgres_store_is_postgresql(store: SqlStore) -> None:
    assert store.engine.dialect.name == "postgresql"


def test_postgres_long_document_id(store: SqlStore) -> None:
    doc_id = "https://example.org/" + "x" * 400
    assert store.save_document(clean(doc_id), merge_mentions([mention(doc_id=doc_id)]))
    (event,) = store.events()
    assert event.doc_ids == [doc_id]


def test_postgres_unicode_roundtrip(store: SqlStore) -> None:
    words = "Manifestantes em São Paulo; Алматы; 示威者"
    store.save_document(clean("u", words), merge_mentions([mention(doc_id="u", text=words)]))
    (event,) = store.events()
    assert event.evidence[0]["text"] == words
    assert store.document("u")["text"] == words  # type: ignore[index]


def test_postgres_unreachable_server_is_one_line_error() -> None:
    port = postgres_server().port
    with pytest.raises(StoreError) as raised:
        open_store(f"postgresql://someone:s3cret@127.0.0.1:{port}/no_such_database")
    message = raised.value.describe()
    assert "no_such_database" in message and "E031" in message
    assert "s3cret" not in message and "\n" not in message


def test_postgres_url_hides_password() -> None:
    server = postgres_server()
    url = server.create_database().replace("upheaval@", "upheaval:topsecret@")
    opened = open_store(url)
    try:
        assert "topsecret" not in opened.url
    finally:
        opened.close()


def _geometry(store: SqlStore) -> dict[str, Any]:
    query = text(
        f"SELECT location, ST_X({GEOMETRY_COLUMN}) AS x, ST_Y({GEOMETRY_COLUMN}) AS y, "
        f"ST_SRID({GEOMETRY_COLUMN}) AS srid FROM events"
    )
    with store.engine.connect() as conn:
        return {row.location: row for row in conn.execute(query)}


def test_postgres_geometry_follows_coordinates(store: SqlStore) -> None:
    if not has_geometry(store.engine):
        pytest.skip(NO_POSTGIS)
    store.save_document(
        clean("g"),
        merge_mentions(
            [
                mention(doc_id="g"),
                mention(
                    doc_id="g",
                    place=KENYA,
                    event_type="Strategic developments",
                    sub_event_type="Other",
                    measures=("curfew",),
                    start=10,
                ),
            ]
        ),
    )
    rows = _geometry(store)
    assert (rows["Nairobi"].x, rows["Nairobi"].y) == (NAIROBI.longitude, NAIROBI.latitude)
    assert rows["Nairobi"].srid == 4326
    # A national-level event has no point, as in the GeoJSON export.
    assert rows["Kenya"].x is None


def test_postgres_geometry_supports_distance_queries(store: SqlStore) -> None:
    if not has_geometry(store.engine):
        pytest.skip(NO_POSTGIS)
    store.save_document(
        clean("k"),
        merge_mentions([mention(doc_id="k"), mention(doc_id="k", place=KISUMU, start=5)]),
    )
    query = text(
        f"SELECT ST_DistanceSphere(a.{GEOMETRY_COLUMN}, b.{GEOMETRY_COLUMN}) / 1000 "
        "FROM events a, events b WHERE a.location = 'Nairobi' AND b.location = 'Kisumu'"
    )
    with store.engine.connect() as conn:
        km = conn.execute(query).scalar_one()
    # Nairobi to Kisumu is about 265 km as the crow flies.
    assert 255 < km < 275


def test_postgres_reopen_keeps_data(store: SqlStore) -> None:
    store.save_document(clean("r"), merge_mentions([mention(doc_id="r")]))
    again = open_store(
        store.engine.url.render_as_string(hide_password=False).replace(
            "postgresql+psycopg://", "postgresql://"
        )
    )
    try:
        assert again.count_events(EventFilter(country="KE")) == 1
    finally:
        again.close()


def test_postgres_orders_like_sqlite_under_a_language_collation(tmp_path: Path) -> None:
    names = ["aktau", "Zhanaozen", "Aktobe", "Élancourt", "almaty"]
    mentions = [mention(doc_id="c", place=replace(NAIROBI, name=n, geonameid=i), start=i * 5)
                for i, n in enumerate(names)]
    orders = []
    for url in (postgres_server().create_database(icu_locale="en"), str(tmp_path / "c.db")):
        opened = open_store(url)
        try:
            opened.save_document(clean("c"), merge_mentions(mentions))
            orders.append([e.location for e in opened.events()])
        finally:
            opened.close()
    assert orders[0] == orders[1] == sorted(names)
