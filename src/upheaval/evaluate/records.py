"""Event records as the scorer sees them: gold and predicted events, parsed once.

Both files are JSON Lines. A gold record names its document in ``doc``; a
predicted record follows the event contract (``doc_ids``), and older or foreign
outputs may use ``documents``, ``doc_id``, ``doc``, ``document_id`` or only
``evidence[].doc_id`` (DESIGN.md, "Scoring"; the reference scorer accepts the
same keys in the same order). Values are read the way the reference scorer
reads them, so that both count the same matches: for example a missing
``time_precision`` means 1 and a ``geonameid`` of 0 means none.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from upheaval.errors import InputError

# Keys that may hold a prediction's documents, in the order they are tried.
_DOC_LIST_KEYS = ("doc_ids", "documents")
_DOC_KEYS = ("doc_id", "doc", "document_id")


@dataclass(frozen=True, slots=True)
class ScoredEvent:
    """One gold or predicted event, with the fields matching needs.

    Attributes:
        doc_ids: documents the event belongs to (one for gold events).
        event_type: ACLED event type as written.
        sub_event_type: ACLED sub-event type as written ("" when absent).
        date_text: ``event_date`` as written (compared verbatim for "exact date").
        day: ``event_date`` as a calendar day, None when it is no date.
        time_precision: gold tolerance: 1 a day, 2 three days, 3 the month
            (predictions keep 1: matching reads the gold's only).
        location, admin1, country: place names as written ("" when absent).
        iso: ISO 3166-1 code as written ("" when absent).
        coords: (latitude, longitude), None when absent or (0, 0).
        geonameid: GeoNames id as text, None when absent.
        national: a gold event at national level (a state act for the country).
        capital: coordinates of the capital, where a national act may be placed.
        measures: state measures (curfew, internet_shutdown ...).
        evidence: evidence text, for reports.
        record: the record as read, for reports.
        line: line of the input file (1-based), 0 for records built in memory.
    """

    doc_ids: tuple[str, ...]
    event_type: str
    sub_event_type: str
    date_text: str
    day: date | None
    time_precision: int
    location: str
    admin1: str
    country: str
    coords: tuple[float, float] | None
    geonameid: str | None
    national: bool = False
    capital: tuple[float, float] | None = None
    measures: frozenset[str] = frozenset()
    iso: str = ""
    evidence: str = ""
    record: dict[str, Any] = field(default_factory=dict, compare=False)
    line: int = 0


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line of a JSON Lines file.

    Raises:
        InputError: E001 when the file is missing, E004 when it is not UTF-8,
            E006 for a line that is not JSON, E013 for one that is not an object.
    """
    name = str(path)
    try:
        with open(path, encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                if text.strip():
                    yield number, _parse_line(text, name, number)
    except FileNotFoundError as exc:
        raise InputError("E001", name) from exc
    except UnicodeDecodeError as exc:
        raise InputError("E004", name, detail=exc.start) from exc
    except IsADirectoryError as exc:
        raise InputError("E002", name, detail="it is a directory") from exc


def _parse_line(text: str, path: str, number: int) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError("E006", path, number, exc.msg) from exc
    if not isinstance(value, dict):
        raise InputError("E013", path, number)
    return value


def load_gold(path: str | Path) -> list[ScoredEvent]:
    """Read gold events from a JSON Lines file (one event a line, ``doc`` required).

    Raises:
        InputError: see :func:`read_jsonl`; E040 for a record without ``doc``
            or ``event_type`` or with a field of the wrong kind.
    """
    return [gold_event(record, str(path), number) for number, record in read_jsonl(path)]


def load_predictions(path: str | Path) -> list[ScoredEvent]:
    """Read predicted events (the event record contract) from a JSON Lines file.

    Raises:
        InputError: see :func:`read_jsonl`; E040 for a field of the wrong kind.
    """
    return [predicted_event(record, str(path), number) for number, record in read_jsonl(path)]


def gold_event(record: dict[str, Any], path: str = "<gold>", line: int = 0) -> ScoredEvent:
    """Parse one gold record (``doc`` and ``event_type`` are required).

    Raises:
        InputError: E040 when a required field is missing or a field is malformed.
    """
    for key in ("doc", "event_type"):
        if record.get(key) in (None, ""):
            raise InputError("E040", path, line or None, f"gold event has no {key!r}")
    event = _event(record, (str(record["doc"]),), path, line)
    where = (path, line or None)
    return replace(
        event,
        time_precision=_precision(record.get("time_precision"), *where),
        national=bool(record.get("national")),
        capital=_capital(record.get("capital"), *where),
    )


def predicted_event(record: dict[str, Any], path: str = "<pred>", line: int = 0) -> ScoredEvent:
    """Parse one predicted record.

    Raises:
        InputError: E040 when a field is malformed.
    """
    return _event(record, prediction_doc_ids(record, path, line), path, line)


def prediction_doc_ids(
    record: dict[str, Any], path: str = "<pred>", line: int = 0
) -> tuple[str, ...]:
    """The documents a prediction cites: the first of its document keys that is set.

    Raises:
        InputError: E040 when ``doc_ids``/``documents`` is not a list.
    """
    for key in _DOC_LIST_KEYS:
        value = record.get(key)
        if value:
            if not isinstance(value, list):
                raise InputError("E040", path, line or None, f"{key!r} must be a list")
            return tuple(str(item) for item in value)
    for key in _DOC_KEYS:
        if record.get(key):
            return (str(record[key]),)
    evidence = record.get("evidence") or []
    found = {
        str(item["doc_id"])
        for item in _as_list(evidence)
        if isinstance(item, dict) and item.get("doc_id")
    }
    return tuple(sorted(found))


def _event(record: dict[str, Any], doc_ids: tuple[str, ...], path: str, line: int) -> ScoredEvent:
    where = (path, line or None)
    return ScoredEvent(
        doc_ids=doc_ids,
        event_type=_text(record.get("event_type")),
        sub_event_type=_text(record.get("sub_event_type")),
        date_text=str(record.get("event_date")),
        day=parse_day(record.get("event_date")),
        time_precision=1,
        location=_text(record.get("location")),
        admin1=_text(record.get("admin1")),
        country=_text(record.get("country")),
        coords=_coords(record.get("latitude"), record.get("longitude")),
        geonameid=str(record["geonameid"]) if record.get("geonameid") else None,
        measures=_measures(record.get("measures"), *where),
        iso=_text(record.get("iso")),
        evidence=_evidence_text(record.get("evidence")),
        record=record,
        line=line,
    )


def parse_day(value: object) -> date | None:
    """An ISO date (the first ten characters of ``value``), None if it is none."""
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _text(value: object) -> str:
    # Falsy values (None, 0, "") all read as "no value", as in the reference.
    return str(value) if value else ""


def _precision(value: object, path: str, line: int | None) -> int:
    if not value:
        return 1
    try:
        precision = int(value) if isinstance(value, int | float) else int(str(value))
    except ValueError as exc:
        raise InputError("E040", path, line, f"time_precision {value!r} is not 1, 2 or 3") from exc
    if precision < 1:
        raise InputError("E040", path, line, f"time_precision {value!r} is not 1, 2 or 3")
    return precision


def _coords(latitude: object, longitude: object) -> tuple[float, float] | None:
    lat, lon = _number(latitude), _number(longitude)
    if lat is None or lon is None or (lat == 0 and lon == 0):
        return None  # (0, 0) is what broken geocoders write for "unknown"
    return lat, lon


def _number(value: object) -> float | None:
    if not isinstance(value, str | int | float):
        return None  # None, lists, objects: no coordinate
    try:
        return float(value)
    except ValueError:
        return None


def _capital(value: object, path: str, line: int | None) -> tuple[float, float] | None:
    if not value:
        return None
    if isinstance(value, list | tuple) and len(value) == 2:
        pair = _coords(value[0], value[1])
        if pair:
            return pair
    raise InputError("E040", path, line, f"capital must be [latitude, longitude], not {value!r}")


def _measures(value: object, path: str, line: int | None) -> frozenset[str]:
    if not value:
        return frozenset()
    if not isinstance(value, list):
        raise InputError("E040", path, line, f"measures must be a list, not {value!r}")
    return frozenset(str(item) for item in value)


def _as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _evidence_text(value: object) -> str:
    """Gold evidence is a string; predicted evidence a list of {doc_id, text ...}."""
    if isinstance(value, str):
        return value
    texts = [str(item.get("text") or "") for item in _as_list(value) if isinstance(item, dict)]
    return " | ".join(text for text in texts if text)
