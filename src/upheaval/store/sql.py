"""A SQL store of documents, events and evidence (SQLite or PostgreSQL)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Engine,
    and_,
    bindparam,
    delete,
    func,
    insert,
    inspect,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from upheaval.errors import StoreError
from upheaval.merge import CROSS_REPORT_DAYS, clusters, day_runs, slot_id
from upheaval.model import CleanDocument, Document, Event
from upheaval.store.schema import JSON_COLUMNS, atoms, documents, events, evidence, metadata
from upheaval.version import pipeline_version

__all__ = ["CROSS_REPORT_DAYS", "EventFilter", "SqlStore"]


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


# Point atoms at the event they now belong to (executemany).
_MOVE_ATOM = (
    update(atoms).where(atoms.c.atom_id == bindparam("atom")).values(event_id=bindparam("event"))
)


def _atom_id(event: Event) -> str:
    doc = event.doc_ids[0] if event.doc_ids else ""
    return "at-" + hashlib.sha256(f"{doc}|{event.event_id}".encode()).hexdigest()[:24]


def _atom_record(event: Event) -> str:
    record = event.to_record()
    record["place_detail"] = event.place_detail
    record["date_kind"] = event.date_kind
    return json.dumps(record, ensure_ascii=False)


def _record_atom(raw: str) -> Event:
    record = json.loads(raw)
    event = Event.from_record(record)
    event.place_detail = record.get("place_detail")
    event.date_kind = record.get("date_kind")
    return event


def _day_of(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value or "")
    except ValueError:
        return None


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
            self._migrate()
        except SQLAlchemyError as error:
            raise StoreError("E031", f"{url}: {error.__class__.__name__}") from error

    def _migrate(self) -> None:
        """Bring a database written by an older upheaval up to this schema.

        Adds ``documents.pipeline`` (NULL: stale), and gives events stored
        before ``atoms`` existed one atom per document they cite, so they
        merge and re-process like the others.
        """
        columns = {c["name"] for c in inspect(self.engine).get_columns("documents")}
        with self.engine.begin() as conn:
            if "pipeline" not in columns:
                conn.execute(text("ALTER TABLE documents ADD COLUMN pipeline VARCHAR(64)"))
            if "outlet" not in columns:
                conn.execute(text("ALTER TABLE documents ADD COLUMN outlet TEXT"))
            orphans = select(events.c.event_id).where(
                events.c.event_id.not_in(select(atoms.c.event_id))
            )
            legacy = [r[0] for r in conn.execute(orphans)]
            for i in range(0, len(legacy), 500):
                for event in self._load(conn, legacy[i : i + 500]):
                    for doc_id in event.doc_ids:
                        part = Event.from_record(event.to_record())
                        part.doc_ids = [doc_id]
                        part.evidence = [p for p in event.evidence if p["doc_id"] == doc_id]
                        conn.execute(insert(atoms).values(**self._atom_row(part, event.event_id)))

    def close(self) -> None:
        self.engine.dispose()

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc_id))
            return found.first() is not None

    def document_state(self, document: Document, version: str | None = None) -> str:
        """"new" (not stored), "current", or "stale": stored by another
        pipeline version, or with another publication date (``--published``)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(documents.c.pipeline, documents.c.published).where(
                    documents.c.doc_id == document.doc_id
                )
            ).first()
        if row is None:
            return "new"
        stored_day = row[1].isoformat() if isinstance(row[1], date) else row[1]
        given_day = document.published.isoformat() if document.published else None
        if row[0] != (version or pipeline_version()) or stored_day != given_day:
            return "stale"
        return "current"

    def stale_count(self, version: str | None = None) -> int:
        """How many stored documents another pipeline version processed."""
        current = version or pipeline_version()
        query = (
            select(func.count())
            .select_from(documents)
            .where(or_(documents.c.pipeline.is_(None), documents.c.pipeline != current))
        )
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def sources(self, doc_ids: Iterable[str]) -> dict[str, tuple[str | None, str | None, str]]:
        """Per document: the outlet its input named, its URL and when it was
        stored (ACLED's ``source`` and ``timestamp``)."""
        wanted = list(dict.fromkeys(doc_ids))
        found: dict[str, tuple[str | None, str | None, str]] = {}
        columns = (documents.c.doc_id, documents.c.outlet, documents.c.url, documents.c.added_at)
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                query = select(*columns).where(documents.c.doc_id.in_(wanted[i : i + 500]))
                for doc_id, outlet, url, added in conn.execute(query):
                    found[doc_id] = (outlet, url, added)
        return found

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

    def save_document(
        self,
        clean: CleanDocument,
        found: Sequence[Event],
        *,
        version: str | None = None,
        replace: bool = False,
    ) -> bool:
        """Store a document and merge its events into the store, atomically.

        Args:
            clean: the cleaned document.
            found: its events (one per mention when not merging).
            version: the pipeline version that found them (default: this one).
            replace: re-do a stored document: its old events are taken out
                of the store first.

        Returns:
            False when the document was stored already and ``replace`` is
            not set (nothing changes).
        """
        document = clean.document
        try:
            with self.engine.begin() as conn:
                exists = conn.execute(
                    select(documents.c.doc_id).where(documents.c.doc_id == document.doc_id)
                ).first()
                if exists and not replace:
                    return False
                touched: dict[str, set[date | None]] = {}
                dropped: set[str] = set()
                if exists:
                    self._take_out(conn, document.doc_id, touched, dropped)
                conn.execute(
                    insert(documents),
                    dict(
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
                        pipeline=version or pipeline_version(),
                        outlet=document.outlet,
                    )
                )
                rows = {}
                fresh: dict[str, Event] = {}
                for event in found:
                    row = self._atom_row(event, event.event_id)
                    rows[row["atom_id"]] = row
                    fresh[row["atom_id"]] = event
                    touched.setdefault(row["slot"], set()).add(_day_of(event.event_date))
                if rows:
                    conn.execute(insert(atoms), list(rows.values()))
                for slot in sorted(touched):
                    self._rebuild(conn, slot, touched[slot], dropped, fresh)
        except SQLAlchemyError as error:
            raise StoreError(
                "E030",
                f"{document.doc_id}: {error.__class__.__name__}: {str(error).splitlines()[0]}",
            ) from error
        return True

    @staticmethod
    def _atom_row(event: Event, belongs_to: str) -> dict[str, Any]:
        return {
            "atom_id": _atom_id(event),
            "doc_id": event.doc_ids[0] if event.doc_ids else "",
            "slot": slot_id(event),
            "event_date": event.event_date,
            "event_id": belongs_to,
            "record": _atom_record(event),
        }

    def _take_out(
        self,
        conn: Connection,
        doc_id: str,
        touched: dict[str, set[date | None]],
        dropped: set[str],
    ) -> None:
        """Remove a document and what it reported; note the slots to rebuild."""
        query = select(atoms.c.slot, atoms.c.event_date, atoms.c.event_id).where(
            atoms.c.doc_id == doc_id
        )
        for slot, day, belongs_to in conn.execute(query):
            touched.setdefault(slot, set()).add(_day_of(day))
            dropped.add(belongs_to)
        conn.execute(delete(atoms).where(atoms.c.doc_id == doc_id))
        conn.execute(delete(evidence).where(evidence.c.doc_id == doc_id))
        conn.execute(delete(documents).where(documents.c.doc_id == doc_id))

    def _rebuild(
        self,
        conn: Connection,
        slot: str,
        days: set[date | None],
        dropped: set[str],
        fresh: dict[str, Event],
    ) -> None:
        """Derive again the events of one slot around some days.

        Only the run of days a change falls in can cluster differently
        (``day_runs``): its atoms are clustered afresh and their events
        replaced.
        """
        rows = list(
            conn.execute(
                select(atoms.c.atom_id, atoms.c.event_date, atoms.c.event_id).where(
                    atoms.c.slot == slot
                )
            )
        )
        if None in days:
            chosen = rows
        else:
            near = {d for d in days if d is not None}
            runs = day_runs(d for d in (_day_of(r[1]) for r in rows) if d is not None)
            keep = {
                day
                for run in runs
                if any(abs((day - d).days) <= CROSS_REPORT_DAYS for day in run for d in near)
                for day in run
            }
            chosen = [r for r in rows if _day_of(r[1]) in keep or _day_of(r[1]) is None]
        ids = [r[0] for r in chosen]
        belongs = {r[0]: r[2] for r in chosen}
        if all(i in fresh for i in ids) and not dropped:
            # Only this document's events in the run (the common case): no
            # stored event to replace, nothing to read back.
            members = [fresh[i] for i in ids]
            old: set[str] = set()
        else:
            old = {r[2] for r in chosen if r[0] not in fresh} | dropped
            members = []
            for i in range(0, len(ids), 500):
                query = select(atoms.c.record).where(atoms.c.atom_id.in_(ids[i : i + 500]))
                members.extend(_record_atom(r[0]) for r in conn.execute(query))
        stale = [e for e in old if e]
        for i in range(0, len(stale), 500):
            chunk = stale[i : i + 500]
            # Events of this slot only: a dropped id of another slot is
            # rebuilt (or deleted) by that slot's own pass.
            mine = select(events.c.event_id).where(events.c.event_id.in_(chunk))
            gone = [r[0] for r in conn.execute(mine)]
            if gone:
                conn.execute(delete(evidence).where(evidence.c.event_id.in_(gone)))
                conn.execute(delete(events).where(events.c.event_id.in_(gone)))
        for merged, cluster in clusters(members):
            # Parameters, not .values(): the compiled statement is reused.
            conn.execute(insert(events), [_event_row(merged)])
            if merged.evidence:
                conn.execute(
                    insert(evidence),
                    [{"event_id": merged.event_id, **p} for p in merged.evidence],
                )
            moved = [
                {"atom": a, "event": merged.event_id}
                for a in (_atom_id(e) for e in cluster)
                if belongs.get(a) != merged.event_id
            ]
            if moved:
                conn.execute(_MOVE_ATOM, moved)

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

    def tally(self, by: str, where: EventFilter | None = None) -> list[tuple[str, int]]:
        """Event counts grouped ``by`` "country", "type" or "month", largest first
        (months in order)."""
        column = {
            "country": events.c.country,
            "type": events.c.event_type,
            "month": func.substr(events.c.event_date, 1, 7),
        }[by]
        query = (
            select(column.label("key"), func.count().label("n"))
            .where(*self._conditions(where or EventFilter()))
            .group_by(column)
        )
        with self.engine.connect() as conn:
            rows = [(str(k or ""), int(n)) for k, n in conn.execute(query)]
        if by == "month":
            return sorted(rows)
        return sorted(rows, key=lambda r: (-r[1], r[0]))

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
