"""A report with no date at all: its events come out undated, and the user is told."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from upheaval.cli import cli


def _extract(tmp_path: Path, *files: Path) -> tuple[list[dict[str, object]], str]:
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(
        cli, ["extract", *map(str, files), "--db", str(tmp_path / "u.db"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text().splitlines()], result.output


@pytest.mark.slow
def test_undated_report_keeps_its_events_with_a_null_date(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "Hundreds of garment workers blocked the highway in Gazipur demanding unpaid wages. "
        "Police fired tear gas to disperse them.\n"
    )
    events, output = _extract(tmp_path, note)
    assert events, "the note holds events"
    assert all(e["event_date"] is None and e["time_precision"] is None for e in events)
    assert all(e["location"] == "Gazipur" for e in events)
    # Warned once for the file, and counted in the summary.
    assert output.count("note.txt: no publication date") == 1
    assert f"{len(events)} with no date" in output


@pytest.mark.slow
def test_txt_takes_its_dateline_date_and_says_so(tmp_path: Path) -> None:
    wire = tmp_path / "wire.txt"
    wire.write_text(
        "QUITO, June 14, 2022 (Reuters) - Indigenous protesters blocked roads around Quito "
        "on Monday, and police detained their leader.\n"
    )
    events, output = _extract(tmp_path, wire)
    assert events and all(e["event_date"] == "2022-06-13" for e in events)
    assert "wire.txt: publication date 2022-06-14 taken from its dateline" in output
    assert "with no date" not in output


@pytest.mark.slow
def test_undated_events_export_in_every_format(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Students stormed the rector's office at the university in Kumasi.\n")
    _extract(tmp_path, note)
    for fmt in ("jsonl", "csv", "acled", "geojson"):
        result = CliRunner().invoke(
            cli, ["events", "--db", str(tmp_path / "u.db"), "--format", fmt]
        )
        assert result.exit_code == 0, (fmt, result.output)
        assert "Kumasi" in result.output
