"""The command line for daily use: finding the database, filters as people
write them, stats, an 80-column table, standard input, re-processing."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.factories import KISUMU, clean, mention
from upheaval.cli import cli
from upheaval.merge import merge_mentions
from upheaval.model import CleanDocument
from upheaval.store import open_store


def _fill(path: Path) -> None:
    store = open_store(str(path))
    wire = clean("wire-1", "Protesters marched in Nairobi on Monday.")
    wire = CleanDocument(
        replace(wire.document, url="https://www.nation.example.co.ke/news/1"), wire.text,
        wire.offsets,
    )
    store.save_document(wire, merge_mentions([mention(doc_id="wire-1")]))
    blog = clean("blog-2", "Rioters burned tyres in Kisumu.")
    blog = CleanDocument(replace(blog.document, outlet="Lakeside Voice"), blog.text, blog.offsets)
    riot = mention(
        doc_id="blog-2",
        place=KISUMU,
        day=date(2024, 7, 2),
        event_type="Riots",
        sub_event_type="Violent demonstration",
        actor1="Rioters (Kenya)",
        text="Rioters from the Manyatta Estate of Kisumu burned tyres and looted shops.",
    )
    riot = replace(riot, inter1=5)
    store.save_document(blog, merge_mentions([riot]))
    store.close()


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("UPHEAVAL_DB", raising=False)
    (tmp_path / "out").mkdir()
    _fill(tmp_path / "out" / "upheaval.db")
    return tmp_path


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_events_finds_the_database_make_run_wrote(here: Path) -> None:
    code, out, err = _invoke("events")
    assert code == 0, err
    assert "out/upheaval.db: 2 events" in err
    assert "Nairobi" in out and "Kisumu" in out


def test_events_with_no_or_several_databases_says_so(here: Path) -> None:
    (here / "out" / "upheaval.db").rename(here / "out" / "a.db")
    (here / "b.db").write_bytes((here / "out" / "a.db").read_bytes())
    code, _, err = _invoke("events")
    assert code == 2 and "several databases" in err and "b.db" in err and "out/a.db" in err
    (here / "b.db").unlink()
    (here / "out" / "a.db").unlink()
    code, _, err = _invoke("events")
    assert code == 2 and "no database here" in err
    assert not list(here.glob("*.db"))  # nothing created by asking


@pytest.mark.parametrize("country", ["KE", "ke", "KEN", "Kenya", "kenya"])
def test_country_as_iso2_iso3_or_name(here: Path, country: str) -> None:
    code, out, _ = _invoke("events", "--country", country, "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 2


def test_unknown_country_is_a_usage_error(here: Path) -> None:
    code, _, err = _invoke("events", "--country", "Narnia")
    assert code == 2 and "unknown country" in err


@pytest.mark.parametrize("value", ["riots", "RIOTS", "violent DEMONSTRATION"])
def test_type_in_any_case(here: Path, value: str) -> None:
    code, out, _ = _invoke("events", "--type", value, "--format", "jsonl")
    assert code == 0
    assert [json.loads(line)["location"] for line in out.splitlines()] == ["Kisumu"]


def test_unknown_type_lists_the_valid_ones(here: Path) -> None:
    code, _, err = _invoke("events", "--type", "marches")
    assert code == 2
    assert "unknown event type" in err
    for name in ("Protests", "Riots", "Strategic developments", "Peaceful protest"):
        assert name in " ".join(err.split())


@pytest.mark.parametrize("since", ["2024-06-26", "26 June 2024", "June 26, 2024", "26 Jun 2024"])
def test_since_as_people_write_it(here: Path, since: str) -> None:
    code, out, _ = _invoke("events", "--since", since, "--format", "jsonl")
    assert code == 0
    assert [json.loads(line)["event_date"] for line in out.splitlines()] == ["2024-07-02"]


def test_not_a_date_names_the_option(here: Path) -> None:
    code, _, err = _invoke("events", "--since", "last summer")
    assert code == 2 and "--since" in err and "not a date" in err


def test_table_fits_80_columns(here: Path) -> None:
    code, out, _ = _invoke("events")
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= 80


def test_stats_counts_by_country_type_and_month(here: Path) -> None:
    code, out, err = _invoke("stats")
    assert code == 0, err
    assert "2 events" in out
    rows = {tuple(re.split(r"\s{2,}|│", line.strip(" │"))) for line in out.splitlines()}
    flat = {tuple(c.strip() for c in r if c.strip()) for r in rows}
    assert ("Kenya", "2") in flat
    assert ("Protests", "1") in flat and ("Riots", "1") in flat
    assert ("2024-06", "1") in flat and ("2024-07", "1") in flat
    assert max(len(line) for line in out.splitlines()) <= 80


def test_stats_takes_the_filters(here: Path) -> None:
    code, out, _ = _invoke("stats", "--type", "protests")
    assert code == 0 and "1 events" in out and "Riots" not in out


def test_acled_export_of_stored_events(here: Path) -> None:
    code, out, _ = _invoke("events", "--format", "acled")
    assert code == 0
    rows = {r["location"]: r for r in csv.DictReader(io.StringIO(out))}
    nairobi, kisumu = rows["Nairobi"], rows["Kisumu"]
    assert nairobi["source"] == "nation.example.co.ke"  # the URL's host
    assert kisumu["source"] == "Lakeside Voice"  # the outlet the input named
    assert re.fullmatch(r"KEN\d+", nairobi["event_id_cnty"])
    assert nairobi["event_id_cnty"] != kisumu["event_id_cnty"]
    assert (nairobi["inter1"], nairobi["inter2"], nairobi["interaction"]) == ("6", "0", "60")
    assert (kisumu["inter1"], kisumu["inter2"], kisumu["interaction"]) == ("5", "0", "50")
    assert nairobi["region"] == "Eastern Africa"
    with sqlite3.connect(here / "out" / "upheaval.db") as conn:
        (added,) = conn.execute("select added_at from documents where doc_id='wire-1'").fetchone()
    from datetime import datetime

    assert int(nairobi["timestamp"]) == int(datetime.fromisoformat(added).timestamp())


# --- With the models: standard input, re-processing, --no-merge ---

KENYA_REPORT = (
    "Hundreds of nurses marched through Nairobi on Monday demanding unpaid wages. "
    "Police fired tear gas at the marchers outside the health ministry."
)


@pytest.mark.slow
def test_extract_reads_standard_input(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(
        cli,
        ["extract", "-", "--published", "2025-06-25", "--db", db, "--out", "-"],
        input=KENYA_REPORT,
    )
    assert result.exit_code == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["location"] == "Nairobi" and record["event_date"] == "2025-06-23"


@pytest.mark.slow
def test_stale_documents_are_reported_and_reprocessed(tmp_path: Path) -> None:
    report = tmp_path / "nurses.txt"
    report.write_text(KENYA_REPORT, encoding="utf-8")
    db = tmp_path / "r.db"
    runner = CliRunner()

    def extract(*extra: str) -> str:
        args = ["extract", str(report), "--db", str(db), "-q", *extra]
        result = runner.invoke(cli, [*args, "--published", "2025-06-25"] if not extra else args)
        assert result.exit_code == 0, result.stderr
        return " ".join(result.stderr.split())

    assert "1 new" in extract()
    assert "1 already stored" in extract("--published", "2025-06-25")
    with sqlite3.connect(db) as conn:  # as if an older upheaval had stored it
        conn.execute("update documents set pipeline = '0.0.1+old'")
    summary = extract("--published", "2025-06-25")
    assert "1 stale" in summary and "--reprocess" in summary
    assert "1 re-done" in extract("--published", "2025-06-25", "--reprocess")
    with sqlite3.connect(db) as conn:
        (day,) = conn.execute("select event_date from events").fetchone()
    assert day == "2025-06-23"
    # another --published: the report is read against another day
    assert "1 stale" in extract("--published", "2025-07-02")
    extract("--published", "2025-07-02", "--reprocess")
    with sqlite3.connect(db) as conn:
        days = [r[0] for r in conn.execute("select event_date from events")]
    assert days == ["2025-06-30"]


@pytest.mark.slow
def test_no_merge_keeps_one_event_per_mention(tmp_path: Path) -> None:
    text = (
        "Students protested in Nairobi on Monday. Shops were looted in Kisumu on Sunday. "
        "On Monday students also held a sit-in in Nairobi."
    )
    merged = CliRunner().invoke(
        cli,
        ["extract", "-", "--published", "2025-06-25", "--db", str(tmp_path / "m.db"),
         "--out", "-"],
        input=text,
    )
    single = CliRunner().invoke(
        cli,
        ["extract", "-", "--published", "2025-06-25", "--db", str(tmp_path / "n.db"),
         "--out", "-", "--no-merge"],
        input=text,
    )
    assert merged.exit_code == single.exit_code == 0
    many = [json.loads(line) for line in single.stdout.splitlines()]
    few = [json.loads(line) for line in merged.stdout.splitlines()]
    assert len(many) > len(few) >= 1
    assert all(len(e["evidence"]) == 1 for e in many)
