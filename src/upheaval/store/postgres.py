"""PostgreSQL specifics: engine options, clear connection errors, PostGIS.

The schema and every query are shared with SQLite (``schema.py``,
``sql.py``); this module only adds what a server database needs:

* a connection check that names the server and never prints the password;
* when the PostGIS extension is installed on the server, a ``geom`` column
  (``geometry(Point, 4326)``) that PostgreSQL derives from latitude and
  longitude itself, with a GiST index, so spatial SQL works on stored events
  without any change to how events are written or read.
"""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from upheaval.errors import StoreError
from upheaval.store.sql import SqlStore

__all__ = ["GEOMETRY_COLUMN", "add_geometry", "has_geometry", "open_postgres"]

GEOMETRY_COLUMN = "geom"

# Seconds to wait for the server before giving up: long enough for a server
# on another host under load, short enough that a typo in the URL fails fast.
CONNECT_TIMEOUT = 10

# National-level events (placed only by their country) get no geometry, the
# same rule as the GeoJSON export: a country's centroid is not where they
# happened. Only IMMUTABLE functions may appear in a generated column;
# ST_MakePoint and ST_SetSRID are.
_GEOMETRY_DDL = f"""
ALTER TABLE events ADD COLUMN IF NOT EXISTS {GEOMETRY_COLUMN} geometry(Point, 4326)
GENERATED ALWAYS AS (
  CASE WHEN latitude IS NULL OR longitude IS NULL
            OR (admin1 IS NULL AND location = country) THEN NULL
       ELSE ST_SetSRID(ST_MakePoint(longitude, latitude), 4326) END
) STORED
"""
_GEOMETRY_INDEX = f"CREATE INDEX IF NOT EXISTS events_geom ON events USING GIST ({GEOMETRY_COLUMN})"


def open_postgres(url: str) -> SqlStore:
    """Open (and create the tables of) a store in a PostgreSQL database.

    Args:
        url: an SQLAlchemy URL with the psycopg driver
            (``postgresql+psycopg://user@host:5432/name``).

    Returns:
        The store; its ``url`` hides the password.

    Raises:
        StoreError: when the server cannot be reached or refuses the login.
    """
    engine = create_engine(
        url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT}
    )
    shown = engine.url.render_as_string(hide_password=True)
    _check_connection(engine, shown)
    store = SqlStore(engine, shown)
    add_geometry(engine)
    return store


def _check_connection(engine: Engine, shown: str) -> None:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        engine.dispose()
        # psycopg's first line says what failed ("connection refused",
        # "password authentication failed ..."); the rest is libpq detail.
        reason = str(getattr(error, "orig", error)).strip().splitlines()
        raise StoreError(
            "E031", f"{shown}: {reason[0] if reason else type(error).__name__}"
        ) from error


def add_geometry(engine: Engine) -> bool:
    """Add the PostGIS ``geom`` column to ``events`` when PostGIS can be had.

    Creates the extension when the server has it but the database does not
    (this needs a role allowed to create extensions); otherwise does nothing.

    Returns:
        True when ``events.geom`` exists afterwards.
    """
    with engine.begin() as conn:
        if not _postgis_ready(conn):
            return False
        conn.execute(text(_GEOMETRY_DDL))
        conn.execute(text(_GEOMETRY_INDEX))
    return True


def _postgis_ready(conn: Connection) -> bool:
    installed = conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'postgis'"))
    if installed.first():
        return True
    available = conn.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'"))
    if not available.first():
        return False
    savepoint = conn.begin_nested()
    try:
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS postgis"))
    except SQLAlchemyError:
        # Not allowed for this role: the store works without geometry.
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


def has_geometry(engine: Engine) -> bool:
    """Whether ``events`` has the PostGIS ``geom`` column."""
    query = text(
        "SELECT 1 FROM information_schema.columns "
        "WHERE table_name = 'events' AND column_name = :name"
    )
    with engine.connect() as conn:
        return conn.execute(query, {"name": GEOMETRY_COLUMN}).first() is not None
