"""Reading gold and prediction files: which keys name documents, and clear errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from upheaval.errors import ConfigError, InputError
from upheaval.evaluate import load_gold, load_predictions, predicted_event, read_gold


@pytest.mark.parametrize(
    ("record", "doc_ids"),
    [
        ({"doc_ids": ["a", "b"]}, ("a", "b")),
        ({"documents": ["c"]}, ("c",)),
        ({"doc_ids": [], "doc_id": "d"}, ("d",)),  # an empty list falls through
        ({"doc": "e"}, ("e",)),
        ({"document_id": 7}, ("7",)),
        ({"evidence": [{"doc_id": "g", "start": 0}, {"doc_id": "f"}, {"text": "x"}]}, ("f", "g")),
        ({"doc_ids": ["a"], "doc_id": "z"}, ("a",)),  # doc_ids comes first
        ({}, ()),
    ],
)
def test_prediction_documents_come_from_the_first_key_set(
    record: dict[str, Any], doc_ids: tuple[str, ...]
) -> None:
    assert predicted_event(record).doc_ids == doc_ids


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


GOOD = '{"doc": "a", "event_type": "Protests", "event_date": "2024-01-01"}\n'


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        (GOOD + '{"doc": "a", "event_type": \n', "E006", 2),
        (GOOD + "\n" + "[1, 2]\n", "E013", 3),
        (GOOD + '{"event_type": "Protests"}\n', "E040", 2),
        ('{"doc": "a", "event_date": "2024-01-01"}\n', "E040", 1),
        ('{"doc": "a", "event_type": "Riots", "time_precision": "weekly"}\n', "E040", 1),
        ('{"doc": "a", "event_type": "Riots", "measures": "curfew"}\n', "E040", 1),
        ('{"doc": "a", "event_type": "Riots", "national": true, "capital": "Lima"}\n', "E040", 1),
    ],
)
def test_malformed_gold_names_file_line_and_code(
    tmp_path: Path, text: str, code: str, line: int
) -> None:
    path = write(tmp_path / "gold.jsonl", text)
    with pytest.raises(InputError) as caught:
        load_gold(path)
    assert (caught.value.code, caught.value.path, caught.value.line) == (code, str(path), line)
    assert caught.value.describe().startswith(f"{path}:{line}: ")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('{"doc_ids": "a", "event_type": "Riots"}\n', "E040"),
        ('{"doc_ids": ["a"], "event_type": "Riots"}\nnot json\n', "E006"),
    ],
)
def test_malformed_predictions_fail(tmp_path: Path, text: str, code: str) -> None:
    with pytest.raises(InputError) as caught:
        load_predictions(write(tmp_path / "pred.jsonl", text))
    assert caught.value.code == code


def test_missing_and_non_utf8_files_fail_clearly(tmp_path: Path) -> None:
    with pytest.raises(InputError) as missing:
        load_gold(tmp_path / "nope.jsonl")
    assert missing.value.code == "E001"
    (tmp_path / "latin1.jsonl").write_bytes('{"doc": "Bogotá"}\n'.encode("latin-1"))
    with pytest.raises(InputError) as encoding:
        load_predictions(tmp_path / "latin1.jsonl")
    assert encoding.value.code == "E004"


def test_blank_lines_are_skipped_and_line_numbers_kept(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path / "gold.jsonl", "\n" + GOOD + "\n\n" + GOOD))
    assert [g.line for g in gold] == [2, 5]


def test_gold_format_choices(tmp_path: Path) -> None:
    path = write(tmp_path / "gold.jsonl", GOOD)
    assert len(read_gold(path, "auto")) == 1
    with pytest.raises(ConfigError):
        read_gold(path, "jsonl", doc_column="source")
    with pytest.raises(ConfigError):
        read_gold(path, "xml")
