from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.factories import KENYA, mention

from upheaval.export import ACLED_COLUMNS, render_events, to_geojson, write_events
from upheaval.merge import merge_mentions
from upheaval.model import EVENT_FIELDS, Figure


def _events():  # type: ignore[no-untyped-def]
    return merge_mentions(
        [
            mention(figures=(Figure("police cars", 16),), citations=("4",), fatalities=2),
            mention(
                place=KENYA,
                event_type="Strategic developments",
                sub_event_type="Other",
                measures=("curfew",),
                actor1="Government of Kenya",
            ),
        ]
    )


def test_jsonl_has_every_contract_field() -> None:
    lines = render_events(_events(), "jsonl").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 2
    for record in records:
        assert list(record) == list(EVENT_FIELDS)
        assert isinstance(record["doc_ids"], list) and isinstance(record["evidence"], list)


def test_csv_has_all_fields_and_json_lists() -> None:
    rows = list(csv.DictReader(io.StringIO(render_events(_events(), "csv"))))
    assert list(rows[0]) == list(EVENT_FIELDS)
    protest = next(r for r in rows if r["event_type"] == "Protests")
    assert json.loads(protest["figures"]) == [{"what": "police cars", "n": 16}]


def test_acled_columns_in_order() -> None:
    text = render_events(_events(), "acled")
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == ACLED_COLUMNS
    rows = list(reader)
    protest = next(r for r in rows if r["event_type"] == "Protests")
    assert protest["disorder_type"] == "Demonstrations"
    assert protest["iso"] == "404" and protest["year"] == "2024"
    assert protest["fatalities"] == "2"


def test_geojson_national_events_have_no_geometry() -> None:
    collection = to_geojson(_events())
    by_type = {f["properties"]["event_type"]: f for f in collection["features"]}
    assert by_type["Protests"]["geometry"]["coordinates"] == [36.81667, -1.28333]
    assert by_type["Strategic developments"]["geometry"] is None


def test_write_events_is_atomic_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    write_events(_events(), target)
    assert len(target.read_text().splitlines()) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
