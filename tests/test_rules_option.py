"""User rule files (--rules) extend the taxonomy end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from upheaval.cli import cli

RULE = """
rules:
  - id: flashmob
    lemmas: [flashmob]
    pos: [NOUN]
    type: Protests
    sub_type: Peaceful protest
    actor: protesters
"""
REPORT = {"id": "ke-flash", "published": "2024-06-26",
          "text": "Hundreds of young people held a flashmob in Nairobi on Tuesday."}


@pytest.mark.slow
def test_rules_option_adds_a_trigger(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULE)
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps(REPORT) + "\n")
    runner = CliRunner()

    def events(*extra: str) -> list[dict[str, object]]:
        db = tmp_path / f"u{len(extra)}.db"
        result = runner.invoke(cli, ["extract", str(docs), "--db", str(db), "--out", "-",
                                     "--quiet", *extra])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]

    assert events() == []
    (found,) = events("--rules", str(rules))
    assert (found["event_type"], found["location"], found["event_date"]) == (
        "Protests", "Nairobi", "2024-06-25")
