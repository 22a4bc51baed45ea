"""The quality gate: floors file, missing corpora, failing below a floor, raising floors."""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.evaluate.scorer_fixtures import DATA

from upheaval.cli.evaluate import gate_command
from upheaval.errors import InputError
from upheaval.evaluate import ScoredEvent, load_predictions
from upheaval.evaluate import gate as gate_module
from upheaval.evaluate.gate import raise_floors, read_floors, run_gate

REPO_FLOORS = Path(__file__).resolve().parents[2] / "quality" / "floors.json"


def fake_extractor(paths: Sequence[str], db: str) -> list[ScoredEvent]:
    """Stands in for the pipeline: the 'documents' file holds the predictions."""
    assert db.startswith("sqlite:///")
    return [event for path in paths for event in load_predictions(path)]


def make_repo(root: Path, floors: dict[str, float], pred_file: str = "partly_wrong.jsonl") -> Path:
    (root / "quality").mkdir(parents=True)
    (root / "examples").mkdir()
    shutil.copy(DATA / "gold.jsonl", root / "examples" / "gold.jsonl")
    shutil.copy(DATA / pred_file, root / "examples" / "reports.jsonl")
    corpora = {
        "examples": {
            "docs": "examples/reports.jsonl",
            "gold": "examples/gold.jsonl",
            "required": True,
            "f1": floors.get("examples", 0.0),
        },
        "dev": {
            "docs": "../absent/docs.jsonl",
            "gold": "../absent/gold.jsonl",
            "required": False,
            "f1": floors.get("dev", 0.0),
        },
    }
    path = root / "quality" / "floors.json"
    path.write_text(json.dumps({"_comment": "test", "corpora": corpora}), encoding="utf-8")
    return path


def fake_documents(paths: Sequence[str]) -> list[str]:
    """The documents of the stand-in corpus: those its predictions cite."""
    return sorted({doc for event in fake_extractor(paths, "sqlite:///") for doc in event.doc_ids})


@pytest.fixture(autouse=True)
def no_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gate_module, "default_extractor", fake_extractor)
    monkeypatch.setattr(gate_module, "default_documents", fake_documents)


def test_the_repository_floors_file_is_valid() -> None:
    corpora = read_floors(REPO_FLOORS)
    assert {c.name for c in corpora} >= {"examples", "dev"}
    assert all(0.0 <= c.floor <= 1.0 for c in corpora)
    assert next(c for c in corpora if c.name == "examples").required


@pytest.mark.parametrize(
    ("floor", "exit_code", "message"),
    [
        (0.6, 0, "ok"),  # F1 0.625 is above (the spurious event of a gold-less document counts)
        (0.625, 0, "ok"),  # equal passes
        (0.7, 1, "0.075 below the floor"),  # the margin is shown
    ],
)
def test_gate_exit_code_follows_the_floor(
    tmp_path: Path, floor: float, exit_code: int, message: str
) -> None:
    floors = make_repo(tmp_path, {"examples": floor})
    result = CliRunner().invoke(gate_command, ["--floors", str(floors)])
    assert result.exit_code == exit_code, result.output
    text = " ".join(result.output.split())
    assert message in text
    assert "skipped: missing" in text  # the absent dev corpus does not fail the gate


def test_a_missing_required_corpus_fails(tmp_path: Path) -> None:
    floors = make_repo(tmp_path, {})
    (tmp_path / "examples" / "gold.jsonl").unlink()
    results = run_gate(read_floors(floors))
    assert [(r.corpus.name, r.passed) for r in results] == [("examples", False), ("dev", True)]
    assert "gold.jsonl" in results[0].problem


def test_dev_option_replaces_the_dev_corpus_and_is_required(tmp_path: Path) -> None:
    floors = make_repo(tmp_path, {})
    dev = tmp_path / "dev"
    dev.mkdir()
    shutil.copy(DATA / "gold.jsonl", dev / "gold.jsonl")
    shutil.copy(DATA / "perfect.jsonl", dev / "docs.jsonl")
    results = {r.corpus.name: r for r in run_gate(read_floors(floors, dev))}
    assert results["dev"].evaluation is not None and results["dev"].evaluation.f1 == 1.0
    missing = {r.corpus.name: r for r in run_gate(read_floors(floors, tmp_path / "nowhere"))}
    assert not missing["dev"].passed


def test_raise_floors_raises_and_never_lowers(tmp_path: Path) -> None:
    floors = make_repo(tmp_path, {"examples": 0.5})
    results = run_gate(read_floors(floors))
    assert raise_floors(floors, results) == {"examples": 0.62}  # 0.625 rounded down
    assert read_floors(floors)[0].floor == 0.62
    floors.write_text(floors.read_text().replace("0.62", "0.9"), encoding="utf-8")
    assert raise_floors(floors, run_gate(read_floors(floors))) == {}
    assert read_floors(floors)[0].floor == 0.9


def test_raise_floors_option_writes_the_file(tmp_path: Path) -> None:
    floors = make_repo(tmp_path, {}, pred_file="perfect.jsonl")
    result = CliRunner().invoke(gate_command, ["--floors", str(floors), "--raise-floors"])
    assert result.exit_code == 0, result.output
    assert "raised floor of examples to 1.00" in result.output
    assert json.loads(floors.read_text())["corpora"]["examples"]["f1"] == 1.0


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("{not json", "E006"),
        ('{"corpora": {"examples": {"docs": "a.jsonl"}}}', "E040"),
        ('{"corpora": {"examples": {"docs": "a", "gold": "b", "f1": "high"}}}', "E040"),
        ("[]", "E040"),
    ],
)
def test_a_broken_floors_file_is_an_input_error(tmp_path: Path, text: str, code: str) -> None:
    path = tmp_path / "floors.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_floors(path)
    assert caught.value.code == code
