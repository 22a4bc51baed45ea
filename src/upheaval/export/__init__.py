"""Export events as JSON Lines (the contract), CSV, ACLED CSV or GeoJSON."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from upheaval.export.acled import ACLED_COLUMNS, Source, acled_row, outlet_of
from upheaval.model import EVENT_FIELDS, Event

__all__ = [
    "FORMATS",
    "ACLED_COLUMNS",
    "Source",
    "outlet_of",
    "render_events",
    "write_events",
    "to_geojson",
]


def _jsonl(events: Sequence[Event], out: TextIO) -> None:
    for event in events:
        out.write(json.dumps(event.to_record(), ensure_ascii=False) + "\n")


def _csv_value(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def _csv(events: Sequence[Event], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EVENT_FIELDS)
    for event in events:
        record = event.to_record()
        writer.writerow([_csv_value(record[name]) for name in EVENT_FIELDS])


def _acled(
    events: Sequence[Event], out: TextIO, sources: Mapping[str, Source] | None = None
) -> None:
    # Every event is written, also one with no day or place (empty fields).
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow(acled_row(event, sources))


def is_national(event: Event) -> bool:
    """A national-level event: placed only by its country."""
    return not event.admin1 and event.location == event.country


def to_geojson(events: Iterable[Event]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection; national events carry no geometry."""
    features = []
    for event in events:
        record = event.to_record()
        geometry = None
        if not is_national(event) and event.latitude is not None and event.longitude is not None:
            geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
        features.append(
            {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": record}
        )
    return {"type": "FeatureCollection", "features": features}


def _geojson(events: Sequence[Event], out: TextIO) -> None:
    json.dump(to_geojson(events), out, ensure_ascii=False)
    out.write("\n")


FORMATS: dict[str, Callable[[Sequence[Event], TextIO], None]] = {
    "jsonl": _jsonl,
    "csv": _csv,
    "acled": _acled,
    "geojson": _geojson,
}


def _write(
    events: Sequence[Event], out: TextIO, fmt: str, sources: Mapping[str, Source] | None
) -> None:
    if fmt == "acled":
        _acled(events, out, sources)
    else:
        FORMATS[fmt](events, out)


def render_events(
    events: Sequence[Event], fmt: str = "jsonl", sources: Mapping[str, Source] | None = None
) -> str:
    """The events in a format, as a string.

    ``sources`` (document id -> ``Source``, e.g. ``SqlStore.sources``) gives
    the ACLED export its ``source`` outlets and ``timestamp``.
    """
    buffer = io.StringIO()
    _write(events, buffer, fmt, sources)
    return buffer.getvalue()


def write_events(
    events: Sequence[Event],
    path: str | Path,
    fmt: str = "jsonl",
    sources: Mapping[str, Source] | None = None,
) -> None:
    """Write events to a file atomically: a crash never leaves half a file."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(
        dir=target.parent or Path("."), prefix=".upheaval-", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            _write(events, out, fmt, sources)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
