"""A SQL store of documents, events and evidence (SQLite or PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from upheaval.errors import StoreError
from upheaval.merge import merge_events
from upheaval.model import CleanDocument, Event
from upheaval.store.schema import JSON_COLUMNS, documents, events, evidence, metadata

__all__ = ["CROSS_REPORT_DAYS", "EventFilter", "SqlStore"]

# Reports of one event often date it a day apart (a dispatch filed after
# midnight, "yesterday" read against another day): across reports, events
# that agree on everything else and are at most this many days apart merge.
CROSS_REPORT_DAYS = 1


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of ``upheaval events`` and ``GET /api/events``."""

    country: str | None = None
    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    place: str | None = None
    doc_ids: tuple[str, ...] = ()
    limit: int | None = None
    offset: int = 0


def _event_row(event: Event) -> dict[str, Any]:
    record = event.to_record()
    row = {k: v for k, v in record.items() if k not in ("doc_ids", "evidence")}
    for column in JSON_COLUMNS:
        row[column] = json.dumps(row[column], ensure_ascii=False)
    return row


def _row_event(row: Any, proofs: list[dict[str, Any]]) -> Event:
    record = dict(row._mapping)
    for column in JSON_COLUMNS:
        record[column] = json.loads(record[column] or "[]")
    record["hedged"] = bool(record["hedged"])
    record["evidence"] = proofs
    record["doc_ids"] = sorted({p["doc_id"] for p in proofs})
    return Event.from_record(record)


class SqlStore:
    """Documents, events and evidence in one SQL database.

    Each document is written in one transaction together with its events, so
    a run killed part-way leaves whole documents only. Saving a document that
    is already stored changes nothing.
    """

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        try:
            metadata.create_all(engine)
        except SQLAlchemyError as error:
            raise StoreError("E031", f"{url}: {error.__class__.__name__}") from error

    def close(self) -> None:
        self.engine.dispose()

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc_id))
            return found.first() is not None

    def stored_ids(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of these document ids are stored already."""
        wanted = list(dict.fromkeys(doc_ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                rows = conn.execute(select(documents.c.doc_id).where(documents.c.doc_id.in_(chunk)))
                found.update(r[0] for r in rows)
        return found

    def save_document(self, clean: CleanDocument, found: Sequence[Event]) -> bool:
        """Store a document and merge its events into the store, atomically.

        Returns:
            False when the document was stored already (nothing changes).
        """
        document = clean.document
        try:
            with self.engine.begin() as conn:
                exists = conn.execute(
                    select(documents.c.doc_id).where(documents.c.doc_id == document.doc_id)
                ).first()
                if exists:
                    return False
                conn.execute(
                    insert(documents).values(
                        doc_id=document.doc_id,
                        source=document.source,
                        line=document.line,
                        url=document.url,
                        title=document.title,
                        published=document.published,
                        language=document.language,
                        text=clean.text,
                        citations=json.dumps([[c.marker, c.position] for c in clean.citations]),
                        n_events=len(found),
                        added_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    )
                )
                for event in found:
                    self._upsert(conn, event)
        except SQLAlchemyError as error:
            raise StoreError(
                "E030",
                f"{document.doc_id}: {error.__class__.__name__}: {str(error).splitlines()[0]}",
            ) from error
        return True

    def _upsert(self, conn: Connection, event: Event) -> None:
        existing = self._load(conn, [event.event_id])
        if not existing:
            near = self._near(conn, event)
            existing = self._load(conn, [near]) if near else []
        if not existing:
            conn.execute(insert(events).values(**_event_row(event)))
            conn.execute(
                insert(evidence), [{"event_id": event.event_id, **p} for p in event.evidence]
            )
            return
        old = existing[0]
        merged = merge_events([old, event])  # keeps the earlier day's key and id
        row = _event_row(merged)
        if merged.event_id == old.event_id:
            conn.execute(update(events).where(events.c.event_id == old.event_id).values(**row))
        else:  # the new report dates it a day earlier: the event moves to that key
            conn.execute(insert(events).values(**row))
            conn.execute(
                update(evidence)
                .where(evidence.c.event_id == old.event_id)
                .values(event_id=merged.event_id)
            )
            conn.execute(delete(events).where(events.c.event_id == old.event_id))
        known = {(p["doc_id"], p["start"], p["end"]) for p in old.evidence}
        fresh = [p for p in event.evidence if (p["doc_id"], p["start"], p["end"]) not in known]
        if fresh:
            conn.execute(insert(evidence), [{"event_id": merged.event_id, **p} for p in fresh])

    def _near(self, conn: Connection, event: Event) -> str | None:
        """A stored event that another report dates within a day of this one.

        Same type, sub-type, main actor, measures and place; never one of the
        same report (a report's events on two days are two events).
        """
        if event.event_date is None:
            return None  # an undated event is never taken for another report's
        day = date.fromisoformat(event.event_date)
        low = (day - timedelta(days=CROSS_REPORT_DAYS)).isoformat()
        high = (day + timedelta(days=CROSS_REPORT_DAYS)).isoformat()
        same_place = (
            events.c.geonameid == event.geonameid
            if event.geonameid
            else and_(events.c.iso == event.iso, events.c.location == event.location)
        )
        same_report = select(evidence.c.event_id).where(evidence.c.doc_id.in_(event.doc_ids))
        query = (
            select(events.c.event_id, events.c.event_date)
            .where(
                events.c.event_type == event.event_type,
                events.c.sub_event_type == event.sub_event_type,
                events.c.actor1.is_(None)
                if event.actor1 is None
                else events.c.actor1 == event.actor1,
                events.c.measures == json.dumps(event.measures, ensure_ascii=False),
                same_place,
                events.c.event_date.between(low, high),
                events.c.event_id.not_in(same_report),
            )
            .order_by(events.c.event_date, events.c.event_id)
        )
        rows = list(conn.execute(query))
        if not rows:
            return None
        closest = min(rows, key=lambda r: (abs((date.fromisoformat(r[1]) - day).days), r[1], r[0]))
        return str(closest[0])

    def _load(
        self, conn: Connection, event_ids: Sequence[str], with_evidence: bool = True
    ) -> list[Event]:
        if not event_ids:
            return []
        proofs: dict[str, list[dict[str, Any]]] = {}
        query = (
            select(evidence)
            .where(evidence.c.event_id.in_(event_ids))
            .order_by(evidence.c.doc_id, evidence.c.start)
        )
        for row in conn.execute(query) if with_evidence else ():
            record = dict(row._mapping)
            proofs.setdefault(record.pop("event_id"), []).append(record)
        rows = conn.execute(select(events).where(events.c.event_id.in_(event_ids)))
        by_id = {row.event_id: _row_event(row, proofs.get(row.event_id, [])) for row in rows}
        return [by_id[i] for i in event_ids if i in by_id]

    def events(self, where: EventFilter | None = None, with_evidence: bool = True) -> list[Event]:
        """Events matching the filter, by date then place.

        ``with_evidence=False`` leaves ``evidence`` and ``doc_ids`` empty: quicker
        for analyses that need only the coding (dates, places, types).
        """
        where = where or EventFilter()
        query = (
            select(events.c.event_id)
            .where(*self._conditions(where))
            .order_by(
                events.c.event_date, events.c.location, events.c.event_type, events.c.event_id
            )
        )
        if where.limit is not None:
            query = query.limit(where.limit).offset(where.offset)
        with self.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(query)]
            loaded: list[Event] = []
            for i in range(0, len(ids), 500):
                loaded.extend(self._load(conn, ids[i : i + 500], with_evidence))
        return loaded

    def event_rows(
        self, where: EventFilter | None = None, columns: Sequence[str] = ("event_id",)
    ) -> list[tuple[Any, ...]]:
        """Some columns of the matching events, by date then place, without evidence.

        ``n_docs`` (the number of documents reporting the event) may be asked
        for beside the ``events`` table's own columns. Quick enough for a map
        of tens of thousands of events, which ``events`` (evidence and all)
        is not.
        """
        where = where or EventFilter()
        chosen = [events.c[name] for name in columns if name != "n_docs"]
        keys = (events.c.event_date, events.c.location, events.c.event_type, events.c.event_id)
        query = select(*keys, *chosen).where(*self._conditions(where))
        # Without a page, rows are sorted here: the database would sort whole
        # rows (half the time of the query for 50,000), Python sorts keys.
        # The keys compare alike both ways (ISO dates, byte-ordered names,
        # hex ids).
        paged = where.limit is not None
        if paged:
            query = query.order_by(*keys).limit(where.limit).offset(where.offset)
        with self.engine.connect() as conn:
            rows = list(conn.execute(query).all())
            if not paged:
                # Undated events (a null day) come first in SQLite, last in
                # PostgreSQL, as the database would order them.
                last = self.engine.dialect.name == "postgresql"
                rows.sort(key=lambda r: ((r[0] is None) == last, r[0] or "", r[1], r[2], r[3]))
            n_docs: dict[str, int] = {}
            if "n_docs" in columns and rows:
                # One grouped count: a count per row (a correlated subquery)
                # takes several times longer on tens of thousands of events.
                ids = select(events.c.event_id).where(*self._conditions(where))
                if paged:
                    ids = ids.order_by(*keys).limit(where.limit).offset(where.offset)
                counted = (
                    select(evidence.c.event_id, func.count(func.distinct(evidence.c.doc_id)))
                    .where(evidence.c.event_id.in_(ids))
                    .group_by(evidence.c.event_id)
                )
                n_docs = {str(r[0]): int(r[1]) for r in conn.execute(counted)}
        width = len(keys)
        if "n_docs" not in columns:
            return [tuple(row[width:]) for row in rows]
        # Slices, not a lookup per cell: this runs for every one of the rows.
        cut = width + columns.index("n_docs")
        return [(*row[width:cut], n_docs.get(row[3], 0), *row[cut:]) for row in rows]

    def distinct_values(self, column: str) -> set[str]:
        """The distinct values of one column of ``events`` (countries, types ...)."""
        with self.engine.connect() as conn:
            return {str(r[0]) for r in conn.execute(select(events.c[column]).distinct())}

    def count_events(self, where: EventFilter | None = None) -> int:
        where = where or EventFilter()
        query = select(func.count()).select_from(events).where(*self._conditions(where))
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def event(self, event_id: str) -> Event | None:
        with self.engine.connect() as conn:
            found = self._load(conn, [event_id])
        return found[0] if found else None

    def _conditions(self, where: EventFilter) -> list[Any]:
        conditions: list[Any] = []
        if where.country:
            value = where.country.strip()
            conditions.append(
                or_(
                    func.upper(events.c.iso) == value.upper(),
                    func.lower(events.c.country) == value.lower(),
                )
            )
        if where.since:
            conditions.append(events.c.event_date >= where.since.isoformat())
        if where.until:
            conditions.append(events.c.event_date <= where.until.isoformat())
        if where.event_type:
            value = where.event_type.lower()
            conditions.append(
                or_(
                    func.lower(events.c.event_type) == value,
                    func.lower(events.c.sub_event_type) == value,
                )
            )
        if where.place:
            pattern = f"%{where.place.lower()}%"
            conditions.append(
                or_(
                    func.lower(events.c.location).like(pattern),
                    func.lower(events.c.admin1).like(pattern),
                )
            )
        if where.doc_ids:
            linked = select(evidence.c.event_id).where(evidence.c.doc_id.in_(where.doc_ids))
            conditions.append(events.c.event_id.in_(linked))
        return [and_(*conditions)] if conditions else []

    def documents(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stored documents without their text, newest first."""
        columns = [c for c in documents.c if c.name not in ("text", "citations")]
        query = select(*columns).order_by(documents.c.added_at.desc(), documents.c.doc_id)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [_plain_row(r) for r in conn.execute(query)]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One stored document with its cleaned text."""
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.doc_id == doc_id)).first()
        if row is None:
            return None
        record = _plain_row(row)
        record["citations"] = json.loads(record["citations"] or "[]")
        return record

    def version(self) -> tuple[Any, ...]:
        """Changes whenever a document is saved: counts and the newest ``added_at``."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(
                    select(func.count()).select_from(events).scalar_subquery(),
                    select(func.count()).select_from(evidence).scalar_subquery(),
                    select(func.count()).select_from(documents).scalar_subquery(),
                    select(func.max(documents.c.added_at)).scalar_subquery(),
                )
            ).one()
        return tuple(row)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for name, table in (
                    ("documents", documents),
                    ("events", events),
                    ("evidence", evidence),
                )
            }


def _plain_row(row: Any) -> dict[str, Any]:
    record = dict(row._mapping)
    if isinstance(record.get("published"), date):
        record["published"] = record["published"].isoformat()
    return record
