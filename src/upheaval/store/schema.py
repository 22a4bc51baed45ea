"""The database schema, shared by SQLite and PostgreSQL (SQLAlchemy Core)."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# Columns that listings sort by compare bytes on both engines: SQLite does,
# and a PostgreSQL database created with a language collation (en_US ...)
# would otherwise order "aktau", "Aktobe" and "Zhanaozen" differently.
SORTED_TEXT = Text().with_variant(Text(collation="C"), "postgresql")

# Document ids are TEXT, not VARCHAR(n): PostgreSQL enforces lengths (SQLite
# does not), and an id given by the input (a long URL) must work on both.
documents = Table(
    "documents",
    metadata,
    Column("doc_id", SORTED_TEXT, primary_key=True),
    Column("source", Text, nullable=False),
    Column("line", Integer),
    Column("url", Text),
    Column("title", Text),
    Column("published", Date),
    Column("language", String(16)),
    Column("text", Text, nullable=False),
    Column("citations", Text, nullable=False, default="[]"),
    Column("n_events", Integer, nullable=False, default=0),
    Column("added_at", String(32), nullable=False),
    # The pipeline version that processed it (``upheaval.pipeline_version``);
    # NULL for documents stored before versions were recorded.
    Column("pipeline", String(64)),
    # The outlet that published it (JSONL ``source``, a page's site name).
    Column("outlet", Text),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(40), primary_key=True),
    Column("event_date", String(10), index=True),  # null: the report gives no day
    Column("date_end", String(10)),
    Column("time_precision", Integer),
    Column("event_type", String(64), nullable=False, index=True),
    Column("sub_event_type", String(64), nullable=False),
    Column("measures", Text, nullable=False, default="[]"),
    Column("actor1", Text),
    Column("assoc_actor_1", Text),
    Column("actor2", Text),
    Column("assoc_actor_2", Text),
    Column("inter1", Integer),
    Column("inter2", Integer),
    Column("country", Text, nullable=False),
    Column("iso", String(2), nullable=False, index=True),
    Column("admin1", Text),
    Column("location", SORTED_TEXT, nullable=False),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geonameid", Integer),
    Column("geo_precision", Integer, nullable=False),
    Column("fatalities", Integer),
    Column("size", Text),
    Column("figures", Text, nullable=False, default="[]"),
    Column("citations", Text, nullable=False, default="[]"),
    Column("attribution", Text),
    Column("hedged", Boolean, nullable=False, default=False),
    Column("confidence", Float, nullable=False),
    Column("notes", Text, nullable=False, default=""),
)

evidence = Table(
    "evidence",
    metadata,
    Column(
        "event_id", String(40), ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True
    ),
    Column(
        "doc_id", SORTED_TEXT, ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True
    ),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, primary_key=True),
    Column("text", Text, nullable=False),
)

Index("evidence_doc", evidence.c.doc_id)

# What each document reported, before merging across documents: one row per
# event of the document (or per mention, with --no-merge). The rows of
# ``events`` are derived from these, slot by slot, so merging depends only on
# which documents are stored, and a document can be taken out and re-done.
atoms = Table(
    "atoms",
    metadata,
    Column("atom_id", String(40), primary_key=True),
    Column(
        "doc_id",
        SORTED_TEXT,
        ForeignKey("documents.doc_id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("slot", String(40), nullable=False, index=True),
    Column("event_date", String(10)),  # null: the report gives no day
    Column("event_id", String(40), nullable=False, index=True),
    Column("record", Text, nullable=False),
)

# Columns of ``events`` that hold JSON lists (stored as text so SQLite and
# PostgreSQL share one schema).
JSON_COLUMNS = ("measures", "figures", "citations")
