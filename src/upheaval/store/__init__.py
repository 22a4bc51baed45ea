"""Store: documents, events and evidence in SQLite (default) or PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

from upheaval.errors import MissingExtraError, StoreError
from upheaval.store.sql import EventFilter, SqlStore

__all__ = ["DEFAULT_DB", "EventFilter", "SqlStore", "open_store", "database_url"]

DEFAULT_DB = "upheaval.db"


def database_url(db: str | None) -> str:
    """Turn a ``--db`` value (a path or a URL) into an SQLAlchemy URL.

    ``None`` gives ``$UPHEAVAL_DB`` or ``./upheaval.db``; a plain path is a
    SQLite file; ``postgresql://`` URLs use the psycopg 3 driver.
    """
    db = db or os.environ.get("UPHEAVAL_DB") or DEFAULT_DB
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    if db == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(db).expanduser()}"


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        # WAL lets readers (the API) read while a run writes; foreign keys
        # keep evidence tied to its event and document.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Under WAL, NORMAL still survives a killed process (a commit is in
        # the log before it returns) and saves a disk sync per document.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()


def open_store(db: str | None = None) -> SqlStore:
    """Open (and create if needed) the store at a path or URL.

    Raises:
        StoreError: when the database cannot be opened.
        MissingExtraError: for PostgreSQL without psycopg installed.
    """
    url = database_url(db)
    if url.startswith("postgresql"):
        try:
            import psycopg  # noqa: F401
        except ImportError as error:
            raise MissingExtraError("postgres", "psycopg") from error
        from upheaval.store.postgres import open_postgres

        return open_postgres(url)
    if url.startswith("sqlite:///"):
        folder = Path(url.removeprefix("sqlite:///")).parent
        if not folder.is_dir():
            raise StoreError("E031", f"{db}: folder {folder} does not exist")
    options: dict[str, object] = {}
    if url == "sqlite://":
        # One shared connection, else each connection sees its own empty
        # in-memory database.
        options = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    try:
        engine = create_engine(url, **options)
    except Exception as error:  # SQLAlchemy raises several types for bad URLs
        raise StoreError("E031", f"{db}: {error}") from error
    if url.startswith("sqlite"):
        _sqlite_pragmas(engine)
    return SqlStore(engine, url)
