"""The command line end to end: real models, real files, a real SQLite db."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from upheaval.cli import cli
from upheaval.model import EVENT_FIELDS

REPORTS = [
    {
        "id": "ke-1",
        "published": "2024-06-26",
        "title": "Kenya finance bill protests",
        "text": "Thousands of protesters marched through Nairobi on Tuesday against the "
        "finance bill. Police fired tear gas to disperse the crowd near parliament.\n\n"
        "In Kisumu, demonstrators blocked roads and burned tyres the same day.",
    },
    {
        "id": "lk-1",
        "published": "2022-07-10",
        "text": "On 9 July, the government of Sri Lanka declared a curfew in Colombo. "
        "Protesters stormed the presidential residence in Colombo later that day.",
    },
]


def _write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "upheaval", *args], capture_output=True, text=True, timeout=300
    )


def _counts(db: Path) -> tuple[int, ...]:
    with sqlite3.connect(db) as conn:
        return tuple(
            conn.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("documents", "events", "evidence")
        )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write_jsonl(tmp_path_factory.mktemp("corpus") / "reports.jsonl", REPORTS)


@pytest.mark.slow
def test_extract_writes_contract_records_and_is_idempotent(corpus: Path, tmp_path: Path) -> None:
    db, out = tmp_path / "u.db", tmp_path / "events.jsonl"
    first = _run("extract", str(corpus), "--db", str(db), "--out", str(out))
    assert first.returncode == 0, first.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records, "the example reports hold events"
    for record in records:
        assert list(record) == list(EVENT_FIELDS)
        assert record["doc_ids"] and record["evidence"]
        for proof in record["evidence"]:
            assert proof["text"] and proof["end"] > proof["start"]
    assert {r["iso"] for r in records} <= {"KE", "LK"}
    before = _counts(db)
    second = _run("extract", str(corpus), "--db", str(db), "--out", str(out))
    assert second.returncode == 0, second.stderr
    assert _counts(db) == before
    assert [json.loads(line) for line in out.read_text().splitlines()] == records


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "acled", "geojson"])
def test_extract_other_formats(corpus: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    result = _run(
        "extract",
        str(corpus),
        "--db",
        str(tmp_path / "u.db"),
        "--out",
        str(out),
        "--format",
        fmt,
        "--quiet",
    )
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    if fmt == "geojson":
        assert json.loads(text)["type"] == "FeatureCollection"
    else:
        assert text.splitlines()[0].startswith("event_id")


@pytest.mark.slow
def test_events_query_filters(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "u.db"
    assert _run("extract", str(corpus), "--db", str(db), "--quiet").returncode == 0
    everything = _run("events", "--db", str(db), "--format", "jsonl")
    kenya = _run("events", "--db", str(db), "--country", "KE", "--format", "jsonl")
    assert everything.returncode == kenya.returncode == 0
    all_rows = [json.loads(x) for x in everything.stdout.splitlines()]
    ke_rows = [json.loads(x) for x in kenya.stdout.splitlines()]
    assert ke_rows and len(ke_rows) < len(all_rows)
    assert all(r["iso"] == "KE" for r in ke_rows)
    table = _run("events", "--db", str(db), "--since", "2024-01-01")
    assert table.returncode == 0 and "Nairobi" in table.stdout


def _bad_files(folder: Path) -> dict[str, Path]:
    binary = folder / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin = folder / "latin.txt"
    latin.write_bytes("Manifestación en Bogotá el martes".encode("latin-1"))
    empty = folder / "empty.txt"
    empty.write_text("")
    return {
        "binary": binary,
        "latin": latin,
        "empty": empty,
        "missing": folder / "no-such-file.txt",
    }


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["binary", "latin", "empty", "missing"])
def test_bad_file_alone_gives_one_line_and_nonzero_exit(tmp_path: Path, kind: str) -> None:
    path = _bad_files(tmp_path)[kind]
    db = tmp_path / "u.db"
    result = _run("extract", str(path), "--db", str(db), "--out", str(tmp_path / "o.jsonl"))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if str(path) in line]
    assert len(lines) >= 1 and str(path) in lines[0]
    assert not (tmp_path / "o.jsonl").exists()
    if db.exists():
        assert _counts(db) == (0, 0, 0)


@pytest.mark.slow
def test_malformed_jsonl_line_is_skipped_and_named(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps(REPORTS[0])
    path.write_text(good + '\n{"id": "x", "text": \n' + json.dumps(REPORTS[1]) + "\n")
    result = _run("extract", str(path), "--db", str(tmp_path / "u.db"), "--quiet")
    assert result.returncode == 0, result.stderr
    assert f"{path}:2" in result.stderr
    assert _counts(tmp_path / "u.db")[0] == 2


def test_bad_published_date_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", "x.txt", "--published", "yesterday-ish"])
    assert result.exit_code == 2
    assert "not a date" in result.output and "yesterday-ish" in result.output


@pytest.mark.parametrize("command", [[], ["extract"], ["events"], ["gazetteer", "build"]])
def test_help_everywhere(command: list[str]) -> None:
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
