"""An ACLED export (CSV) as gold events.

ACLED rows carry no document id: an export lists events, not the reports
behind them. Two ways to compare are offered:

* ``doc_column``: a column the user added (or an existing one) holds the id of
  the document each row was coded from; rows are matched to the predictions of
  that document, exactly as JSONL gold is.
* no ``doc_column`` (pooled): every row is matched against every prediction,
  whatever document it came from. Predictions outside the export's scope (its
  countries and its first to last day) are set aside as unscored, since an
  export for one country and month says nothing about events elsewhere.

A national-level row (no admin1, the location is the country) is a national
gold event whose capital point is the row's own coordinates, where ACLED
places national acts.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from upheaval.errors import InputError
from upheaval.evaluate import rules
from upheaval.evaluate.records import ScoredEvent, gold_event
from upheaval.evaluate.score import POOLED

REQUIRED_COLUMNS = ("event_date", "event_type")

_MONTHS = {
    name[:3]: number
    for number, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
# "05 January 2022", "5 Jan 2022", "05-January-2022" (ACLED's spreadsheet exports).
_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})\s*$")


def parse_acled_date(text: str) -> date | None:
    """Read "YYYY-MM-DD" or "DD Month YYYY" (full or short month name).

    >>> parse_acled_date("05 January 2022")
    datetime.date(2022, 1, 5)
    """
    text = text.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    found = _DAY_MONTH_YEAR.match(text)
    month = _MONTHS.get(found.group(2)[:3].lower()) if found else None
    if not found or month is None:
        return None
    try:
        return date(int(found.group(3)), month, int(found.group(1)))
    except ValueError:
        return None


def load_acled_gold(path: str | Path, doc_column: str | None = None) -> list[ScoredEvent]:
    """Read an ACLED CSV export as gold events.

    Args:
        path: the CSV file (UTF-8, with or without a byte order mark).
        doc_column: the column naming each row's document; None pools all rows.

    Raises:
        InputError: E001 missing file, E040 missing column or empty document id,
            E008 an event_date that is no date.
    """
    name = str(path)
    events = []
    for line, row in _rows(name, doc_column):
        doc_id = row.get(doc_column, "").strip() if doc_column else POOLED
        if not doc_id:
            raise InputError("E040", name, line, f"empty {doc_column!r} (the document id)")
        events.append(gold_event(_record(row, doc_id, name, line), name, line))
    return events


def _rows(path: str, doc_column: str | None) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            _check_columns(path, reader.fieldnames or [], doc_column)
            for row in reader:
                yield reader.line_num, {k: (v or "") for k, v in row.items() if k}
    except FileNotFoundError as exc:
        raise InputError("E001", path) from exc
    except UnicodeDecodeError as exc:
        raise InputError("E004", path, detail=exc.start) from exc
    except csv.Error as exc:
        raise InputError("E040", path, detail=f"not a CSV file: {exc}") from exc


def _check_columns(path: str, columns: Sequence[str], doc_column: str | None) -> None:
    wanted = [*REQUIRED_COLUMNS, *([doc_column] if doc_column else [])]
    missing = [c for c in wanted if c not in columns]
    if missing:
        raise InputError(
            "E040", path, 1, f"no column {', '.join(missing)} (columns: {', '.join(columns)})"
        )


def _record(row: dict[str, str], doc_id: str, path: str, line: int) -> dict[str, Any]:
    day = parse_acled_date(row["event_date"])
    if day is None:
        raise InputError("E008", path, line, row["event_date"])
    record: dict[str, Any] = {k: v for k, v in row.items() if v != ""}
    record.update(doc=doc_id, event_date=day.isoformat(), evidence=row.get("notes", ""))
    record["actors"] = [row[k] for k in ("actor1", "actor2") if row.get(k)]
    if str(record.get("iso", "")).isdigit():
        # ACLED's iso column is the numeric ISO 3166 code ("50"), not the
        # alpha-2 code of our records: the country is then compared by name.
        del record["iso"]
    if not row.get("admin1") and rules.same_name(row.get("location"), row.get("country")):
        record["national"] = True
        latitude, longitude = row.get("latitude"), row.get("longitude")
        if latitude and longitude:
            record["capital"] = [latitude, longitude]
    return record


def in_scope(
    gold: Sequence[ScoredEvent], pred: Sequence[ScoredEvent]
) -> tuple[list[ScoredEvent], int]:
    """The predictions within the gold's countries and period, and how many were not.

    Used when ACLED gold is pooled: a prediction counts when its country is
    one of the gold's and its day lies between the first and last gold day
    (widened by the date tolerance).
    """
    countries = {rules.fold(g.country) for g in gold if g.country}
    windows = [rules.days_window(g) for g in gold if g.day]
    if not windows:
        return list(pred), 0
    # The span any gold event could match in: its days plus their tolerance.
    first, last = min(w[0] for w in windows), max(w[-1] for w in windows)
    kept = [
        p
        for p in pred
        if p.day
        and first <= p.day <= last
        and (not countries or rules.fold(p.country) in countries)
    ]
    return kept, len(pred) - len(kept)
