"""ACLED CSV exports as gold: dates, document column, pooling and bad files."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from upheaval.errors import InputError
from upheaval.evaluate import (
    POOLED,
    evaluate,
    load_acled_gold,
    parse_acled_date,
    predicted_event,
    read_gold,
)

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]

ROWS = [
    {
        "event_id_cnty": "PER1",
        "event_date": "14 March 2024",
        "time_precision": "1",
        "event_type": "Protests",
        "sub_event_type": "Peaceful protest",
        "actor1": "Protesters (Peru)",
        "iso": "604",
        "country": "Peru",
        "admin1": "Cusco",
        "location": "Cusco",
        "latitude": "-13.5319",
        "longitude": "-71.9675",
        "geo_precision": "1",
        "notes": "On 14 March 2024, farmers blocked a bridge outside Cusco.",
        "fatalities": "0",
    },
    {
        "event_id_cnty": "PER2",
        "event_date": "2024-03-16",
        "time_precision": "2",
        "event_type": "Riots",
        "sub_event_type": "Violent demonstration",
        "iso": "604",
        "country": "Peru",
        "admin1": "Puno",
        "location": "Juliaca",
        "latitude": "-15.5",
        "longitude": "-70.1333",
        "geo_precision": "1",
        "notes": "Rioters burned a toll booth.",
    },
    {
        "event_id_cnty": "PER3",
        "event_date": "15-Mar-2024",
        "time_precision": "1",
        "event_type": "Strategic developments",
        "sub_event_type": "Other",
        "iso": "604",
        "country": "Peru",
        "admin1": "",
        "location": "Peru",
        "latitude": "-12.0432",
        "longitude": "-77.0282",
        "geo_precision": "3",
        "notes": "A state of emergency was declared.",
    },
]


def write_csv(path: Path, rows: list[dict[str, str]], columns: list[str] = COLUMNS) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})
    return path


def pred(doc: str, **fields: Any) -> Any:
    record = {"doc_ids": [doc], "country": "Peru", "iso": "PE", **fields}
    return predicted_event(record)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024-03-14", "2024-03-14"),
        ("14 March 2024", "2024-03-14"),
        ("04 January 2022", "2022-01-04"),
        ("4 Jan 2022", "2022-01-04"),
        ("15-Mar-2024", "2024-03-15"),
        ("30 February 2024", None),
        ("March 2024", None),
        ("yesterday", None),
    ],
)
def test_parse_acled_date_reads_both_export_styles(text: str, iso: str | None) -> None:
    day = parse_acled_date(text)
    assert (day.isoformat() if day else None) == iso


def test_rows_become_gold_events(tmp_path: Path) -> None:
    gold = load_acled_gold(write_csv(tmp_path / "acled.csv", ROWS))
    assert [g.date_text for g in gold] == ["2024-03-14", "2024-03-16", "2024-03-15"]
    assert [g.time_precision for g in gold] == [1, 2, 1]
    assert gold[0].coords == (-13.5319, -71.9675)
    assert gold[0].evidence.startswith("On 14 March 2024")
    assert all(g.doc_ids == (POOLED,) for g in gold)
    assert [g.national for g in gold] == [False, False, True]
    assert gold[2].capital == (-12.0432, -77.0282)  # a national act sits at the capital


def test_pooled_acled_gold_matches_predictions_of_any_document(tmp_path: Path) -> None:
    gold = read_gold(write_csv(tmp_path / "export.csv", ROWS))  # .csv: ACLED by default
    preds = [
        pred(
            "report-a",
            event_type="Protests",
            event_date="2024-03-14",
            location="Cusco",
            latitude=-13.52,
            longitude=-71.97,
        ),
        pred(
            "report-b",
            event_type="Riots",
            event_date="2024-03-18",
            location="Juliaca",
            latitude=-15.49,
            longitude=-70.13,
        ),
        pred(
            "report-b",
            event_type="Strategic developments",
            event_date="2024-03-15",
            location="Peru",
            country="Peru",
        ),
        pred(
            "report-c",
            event_type="Protests",
            event_date="2024-03-15",
            location="Arequipa",
            latitude=-16.39,
            longitude=-71.53,
        ),  # spurious
        pred("report-c", event_type="Protests", event_date="2024-05-01"),  # after the export
        pred("report-c", event_type="Protests", event_date="2024-03-15", country="Bolivia"),
    ]
    result = evaluate(gold, preds)
    assert (result.total.gold, result.total.pred, result.total.matched) == (3, 4, 3)
    assert result.unscored == {"(outside the gold's countries and dates)": 2}


def test_doc_column_scores_per_document(tmp_path: Path) -> None:
    rows = [dict(row, source="report-a" if i < 2 else "report-b") for i, row in enumerate(ROWS)]
    gold = read_gold(write_csv(tmp_path / "export.csv", rows), "acled", doc_column="source")
    assert [g.doc_ids for g in gold] == [("report-a",), ("report-a",), ("report-b",)]
    preds = [
        pred(
            "report-b",
            event_type="Protests",
            event_date="2024-03-14",
            latitude=-13.5319,
            longitude=-71.9675,
        )
    ]  # right event, wrong document
    result = evaluate(gold, preds)
    assert result.total.matched == 0
    assert set(result.per_doc) == {"report-a", "report-b"}


@pytest.mark.parametrize(
    ("rows", "columns", "doc_column", "code", "line"),
    [
        (ROWS, [c for c in COLUMNS if c != "event_type"], None, "E040", 1),
        (ROWS, COLUMNS, "report_id", "E040", 1),
        ([dict(ROWS[0]), dict(ROWS[1], event_date="mid-March")], COLUMNS, None, "E008", 3),
        ([dict(ROWS[0], source="")], COLUMNS, "source", "E040", 2),
    ],
)
def test_bad_exports_fail_with_file_and_line(
    tmp_path: Path,
    rows: list[dict[str, str]],
    columns: list[str],
    doc_column: str | None,
    code: str,
    line: int,
) -> None:
    path = write_csv(tmp_path / "bad.csv", rows, columns)
    with pytest.raises(InputError) as caught:
        load_acled_gold(path, doc_column)
    assert (caught.value.code, caught.value.path, caught.value.line) == (code, str(path), line)


def test_a_byte_order_mark_is_not_part_of_the_first_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bom.csv", ROWS[:1], ["event_date", "event_type", "country"])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_acled_gold(path)[0].event_type == "Protests"
