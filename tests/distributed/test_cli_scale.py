"""``upheaval extract`` at scale: the ``--dask`` option and its errors before any
work is done, and output that stays readable when a crawl skips many records."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from upheaval.cli import cli
from upheaval.errors import ConfigError, MissingExtraError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "reports.jsonl"


def test_extract_help_names_the_dask_option() -> None:
    result = CliRunner().invoke(cli, ["extract", "--help"])
    assert result.exit_code == 0
    assert "--dask" in result.output
    assert "local:N|tcp://HOST:PORT" in result.output


def test_extract_dask_without_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    result = CliRunner().invoke(
        cli, ["extract", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "--dask", "local:2"]
    )
    assert isinstance(result.exception, MissingExtraError)
    assert "pip install 'upheaval[dask]'" in result.exception.describe()
    assert "distributed" in result.exception.describe()


@pytest.mark.parametrize("address", ["local:0", "scheduler:8786", "lokal:2"])
def test_extract_dask_bad_address_is_a_config_error(address: str, tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="needs the dask extra")
    result = CliRunner().invoke(
        cli, ["extract", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "--dask", address]
    )
    assert isinstance(result.exception, ConfigError)
    assert address in result.exception.describe()


@pytest.mark.slow
def test_extract_names_the_first_skips_and_counts_the_rest(tmp_path: Path) -> None:
    from upheaval.cli.extract import MAX_SKIP_LINES

    corpus = tmp_path / "noisy.jsonl"
    corpus.write_text("{not json\n" * (MAX_SKIP_LINES + 7), encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(corpus), "--db", str(tmp_path / "x.db")])
    lines = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert len(lines) == MAX_SKIP_LINES + 1
    assert lines[-1] == "skipped: ... and 7 more"
    assert result.exit_code != 0  # no document could be read
