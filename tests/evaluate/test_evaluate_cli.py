"""``upheaval evaluate``: table and JSON output, --docs extraction, errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner
from tests.evaluate.scorer_fixtures import DATA

from upheaval.cli.evaluate import evaluate_command
from upheaval.errors import InputError
from upheaval.model import Event

GOLD = str(DATA / "gold.jsonl")
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


def run(*args: str) -> Any:
    return CliRunner().invoke(evaluate_command, list(args), catch_exceptions=True)


@pytest.mark.parametrize("pred_file", ["empty.jsonl", "partly_wrong.jsonl", "other_keys.jsonl"])
def test_json_output_is_one_object_with_the_reference_scores(pred_file: str) -> None:
    result = run(GOLD, str(DATA / pred_file), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    for key in ("precision", "recall", "f1", "gold", "pred", "matched"):
        assert report[key] == EXPECTED[pred_file][key]
    assert set(report) >= {"field_accuracy", "per_type", "per_doc", "missed", "spurious"}


def test_table_output_shows_types_documents_misses_and_evidence() -> None:
    result = run(GOLD, str(DATA / "partly_wrong.jsonl"))
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    for expected in (
        "By event type",
        "By document",
        "Missed gold events (2)",
        "Spurious predictions (3)",
        "twelve students",
        "document unrelated-3 has no gold events",
        "P 0.625 R 0.714 F1 0.667",
    ):
        assert expected in text, expected


def test_limit_shortens_the_lists() -> None:
    result = run(GOLD, str(DATA / "partly_wrong.jsonl"), "--limit", "1")
    assert "2 more not shown" in " ".join(result.output.split())


@pytest.mark.parametrize("args", [[GOLD], [GOLD, GOLD, "--docs", "reports.jsonl"]])
def test_pred_or_docs_is_required_but_not_both(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert "either PRED or --docs" in result.output


def test_malformed_prediction_raises_an_input_error_for_the_cli(tmp_path: Path) -> None:
    bad = tmp_path / "pred.jsonl"
    bad.write_text('{"doc_ids": ["wire-1"]}\n{oops\n', encoding="utf-8")
    result = run(GOLD, str(bad))
    assert isinstance(result.exception, InputError)
    assert result.exception.describe().startswith(f"{bad}:2: malformed JSON")


def _event(doc_id: str, day: str, **fields: Any) -> Event:
    base: dict[str, Any] = {
        "event_id": f"{doc_id}-{day}",
        "doc_ids": [doc_id],
        "event_date": day,
        "date_end": None,
        "time_precision": 1,
        "event_type": "Protests",
        "sub_event_type": "Peaceful protest",
        "measures": [],
        "country": "Kenya",
        "iso": "KE",
        "admin1": "Nairobi Area",
        "location": "Nairobi",
        "latitude": -1.2864,
        "longitude": 36.8172,
        "geonameid": 184745,
        "geo_precision": 1,
    }
    return Event.from_record({**base, **fields})


def test_docs_extracts_then_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Sequence[str], date | None, str | None]] = []

    def extract_events(
        paths: Sequence[str], *, published: date | None = None, db: str | None = None
    ) -> list[Event]:
        calls.append((paths, published, db))
        return [_event("wire-1", "2024-05-02"), _event("wire-1", "2024-05-20")]

    fake = ModuleType("upheaval.pipeline")
    fake.extract_events = extract_events  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "upheaval.pipeline", fake)
    result = run(GOLD, "--docs", "reports.jsonl", "--published", "2024-05-03", "--format", "json")
    assert result.exit_code == 0, result.output
    assert calls == [(["reports.jsonl"], date(2024, 5, 3), ":memory:")]
    report = json.loads(result.output)
    assert (report["gold"], report["pred"], report["matched"]) == (7, 2, 1)


def test_doc_option_scores_only_the_chosen_documents() -> None:
    result = run(GOLD, str(DATA / "partly_wrong.jsonl"), "--doc", "blog-2", "--format", "json")
    report = json.loads(result.output)
    assert list(report["per_doc"]) == ["blog-2"]
    assert (report["gold"], report["pred"], report["matched"]) == (3, 3, 2)
