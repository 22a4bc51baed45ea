"""``upheaval spread`` on a real store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.api.sample import fill_store
from upheaval.cli import cli
from upheaval.errors import InputError
from upheaval.store import open_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("spread") / "s.db")
    store = open_store(path)
    fill_store(store)
    store.close()
    return path


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, ["spread", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_spread_cli_table(db: str) -> None:
    out = _run("--db", db)
    assert "6 places" in out and "Nairobi" in out and "Eldoret" in out
    assert out.index("Nairobi") < out.index("Kisumu") < out.index("Eldoret")


@pytest.mark.parametrize(
    ("args", "places"),
    [
        ((), ["Nairobi", "Kisumu", "Mombasa", "Nakuru", "Kampala", "Eldoret"]),
        (("--country", "UG"), ["Kampala"]),
        (("--type", "Riots"), ["Mombasa"]),
        (("--since", "2024-06-28", "--until", "2024-07-02"), ["Nakuru", "Kampala"]),
        (("--place", "nairobi"), ["Nairobi"]),
    ],
)
def test_spread_cli_csv_filters(db: str, args: tuple[str, ...], places: list[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(_run("--db", db, "--format", "csv", *args))))
    assert [r["location"] for r in rows] == places
    assert [int(r["order"]) for r in rows] == list(range(1, len(places) + 1))


def test_spread_cli_json(db: str) -> None:
    body = json.loads(_run("--db", db, "--format", "json", "--country", "KE"))
    assert body["summary"]["places"] == 5 and body["summary"]["origin"] == "Nairobi"
    assert body["days"][0]["date"] == "2024-06-25"


def test_spread_cli_writes_csv_and_png(db: str, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="charts need matplotlib")
    _run("--db", db, "--csv", str(tmp_path / "s.csv"), "--png", str(tmp_path / "s.png"))
    assert (tmp_path / "s.csv").read_text().startswith("order,place_key,location")
    assert (tmp_path / "s.png").read_bytes()[:4] == b"\x89PNG"


def test_spread_cli_rejects_bad_date(db: str) -> None:
    result = CliRunner().invoke(cli, ["spread", "--db", db, "--since", "June"])
    assert result.exit_code == 2 and "not a date" in result.output


def test_spread_cli_missing_output_folder(db: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["spread", "--db", db, "--png",
                                      str(tmp_path / "no" / "s.png")])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError) and "output folder" in str(result.exception)
