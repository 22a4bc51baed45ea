from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
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


# --- ACLED's export as ACLED writes it ---

from dataclasses import replace  # noqa: E402

from upheaval.export import Source, outlet_of  # noqa: E402
from upheaval.export.acled import acled_row, event_id_cnty, interaction, region_of  # noqa: E402


def test_interaction_codes_as_acled_writes_them() -> None:
    assert interaction(6, None) == 60  # protesters alone
    assert interaction(5, 0) == 50  # rioters alone
    assert interaction(1, None) == 10
    assert interaction(6, 1) == 16 and interaction(1, 6) == 16  # state forces v protesters
    assert interaction(5, 5) == 55
    assert interaction(None, None) == ""


def test_acled_row_single_actor_has_inter2_zero_and_two_digit_interaction() -> None:
    (event,) = merge_mentions([mention()])
    row = acled_row(event)
    assert (row["inter1"], row["inter2"], row["interaction"]) == (6, 0, 60)
    forced = replace(event, actor2="Police Forces of Kenya", inter2=1)
    row = acled_row(forced)
    assert (row["inter2"], row["interaction"]) == (1, 16)


def test_event_id_cnty_is_iso3_and_a_stable_number() -> None:
    (event,) = merge_mentions([mention()])
    first, again = event_id_cnty(event), event_id_cnty(replace(event))
    assert first == again and first.startswith("KEN") and first[3:].isdigit()
    other = replace(event, event_id="ev-0123456789abcdef")
    assert event_id_cnty(other) != first


@pytest.mark.parametrize(
    ("iso", "region"),
    [
        ("KE", "Eastern Africa"),
        ("NG", "Western Africa"),
        ("BD", "South Asia"),
        ("KZ", "Caucasus and Central Asia"),
        ("CL", "South America"),
        ("FR", "Europe"),
        ("LB", "Middle East"),
        ("MM", "Southeast Asia"),
        ("", ""),
    ],
)
def test_region_from_country(iso: str, region: str) -> None:
    assert region_of(iso) == region


def test_source_is_the_outlet_and_timestamp_the_stored_time() -> None:
    (event,) = merge_mentions([mention(doc_id="a"), mention(doc_id="b", start=9)])
    sources = {
        "a": Source("Daily Nation", "2024-06-26T10:00:00+00:00"),
        "b": Source(outlet_of("https://www.the-star.example/story"), "2024-06-27T08:30:00+00:00"),
    }
    row = acled_row(event, sources)
    assert row["source"] == "Daily Nation; the-star.example"
    assert row["timestamp"] == 1719477000  # the later of the two, as Unix time
    assert acled_row(event)["timestamp"] == ""


def test_outlet_of() -> None:
    assert outlet_of("https://www.bbc.co.uk/news/x") == "bbc.co.uk"
    assert outlet_of("https://x.example/a", "Named Outlet") == "Named Outlet"
    assert outlet_of(None) is None


def test_events_with_no_day_or_place_are_written_with_empty_fields() -> None:
    undated = replace(mention(doc_id="u"), date=None)
    unplaced = replace(mention(doc_id="p", start=50), place=None, country=None)
    events = merge_mentions([undated, unplaced, mention(doc_id="ok", start=90)])
    assert len(events) == 3
    rows = list(csv.DictReader(io.StringIO(render_events(events, "acled"))))
    assert len(rows) == 3
    no_day = next(r for r in rows if not r["event_date"])
    assert no_day["year"] == "" and no_day["location"] == "Nairobi"
    no_place = next(r for r in rows if not r["location"])
    assert no_place["latitude"] == "" and no_place["geo_precision"] == ""
    assert no_place["event_date"] == "2024-06-25"
    # and they are never merged with each other or anything else
    again = merge_mentions([undated, replace(undated, doc_id="u2")])
    assert len(again) == 2 and len({e.event_id for e in again}) == 2
