"""End to end with the real pipeline (slow: loads spaCy and the gazetteer)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from upheaval.evaluate import evaluate_files

REPORT = {
    "id": "made-up-1",
    "published": "2024-06-04",
    "text": "Thousands of teachers marched through Nairobi on 3 June 2024 to demand "
    "higher pay, the union said.",
}
GOLD = {
    "doc": "made-up-1",
    "event_date": "2024-06-03",
    "time_precision": 1,
    "event_type": "Protests",
    "sub_event_type": "Peaceful protest",
    "country": "Kenya",
    "location": "Nairobi",
    "admin1": "Nairobi Area",
    "latitude": -1.28333,
    "longitude": 36.81667,
    "geonameid": 184745,
    "measures": [],
}


@pytest.mark.slow
def test_docs_are_extracted_and_scored_in_one_go(tmp_path: Path) -> None:
    docs = tmp_path / "reports.jsonl"
    docs.write_text(json.dumps(REPORT) + "\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    result = evaluate_files(gold, docs_paths=[str(docs)], db=":memory:")
    assert result.total.pred >= 1
    assert result.total.matched == 1, result.to_dict()["spurious"]
