"""``upheaval train`` fits a head to a user's coding; ``extract --model`` follows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import upheaval.learn as learn
from upheaval.cli import cli
from upheaval.errors import MissingExtraError
from upheaval.learn import NONE, load_classifier, load_head

pytestmark = pytest.mark.slow

# A coder who codes every march as a protest with intervention (police are
# always present in their country), and shootings between groups as clashes.
MARCHES = [
    "Hundreds of nurses marched to the health ministry in Accra over unpaid allowances.",
    "Students marched through Kumasi demanding the reopening of their university.",
    "Traders marched in Tamale against the new market tolls.",
    "Farmers marched to the regional office in Ho over the price of fertiliser.",
    "Teachers marched in Cape Coast against the transfer of colleagues.",
    "Residents marched along the coastal road in Takoradi demanding street lights.",
    "Taxi drivers marched in Sunyani against police checkpoints.",
    "Women marched in Bolgatanga to demand water for the town.",
    "Retirees marched in Koforidua over delayed pension payments.",
    "Fishermen marched in Elmina against illegal trawling.",
]
CLASHES = [
    "Two armed groups exchanged gunfire near Bawku, killing three.",
    "Soldiers and gunmen fought for hours outside Bimbilla.",
    "Rival militias traded fire in the market of Yendi.",
    "Security forces exchanged fire with armed robbers near Techiman.",
    "Fighters of two clans clashed with rifles in the hills near Chereponi.",
    "Police and an armed gang engaged in a shootout in Nkawkaw.",
    "Gunmen ambushed a patrol near Walewale and the soldiers returned fire.",
    "Armed herders and a vigilante group exchanged fire near Agogo.",
    "Troops battled insurgents at a checkpoint near the border post of Paga.",
    "Rival chieftaincy factions exchanged gunfire in Dagbon, wounding six.",
]


def _gold(tmp_path: Path) -> Path:
    rows = [
        {
            "doc": f"m{i}",
            "event_type": "Protests",
            "sub_event_type": "Protest with intervention",
            "evidence": text,
        }
        for i, text in enumerate(MARCHES)
    ] + [
        {"doc": f"c{i}", "event_type": "Battles", "sub_event_type": "Armed clash", "evidence": text}
        for i, text in enumerate(CLASHES)
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.fixture(scope="module")
def user_model(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    if not learn.learn_available():
        pytest.skip("the 'learn' extra is not installed")
    folder = tmp_path_factory.mktemp("train")
    out = folder / "user.npz"
    result = CliRunner().invoke(cli, ["train", str(_gold(folder)), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_train_writes_a_model_and_reports_cross_validated_accuracy(
    user_model: tuple[Path, str],
) -> None:
    out, output = user_model
    assert "cross-validated (5 folds, 20 held-out examples)" in output
    head = load_head(out)
    assert set(head.labels) == {NONE, "Protest with intervention", "Armed clash"}
    assert head.meta["source"] == "gold.jsonl"
    assert head.meta["cross_validation"]["sub_type_accuracy"] > 0.8


def test_extract_with_the_model_follows_the_users_coding(
    user_model: tuple[Path, str], tmp_path: Path
) -> None:
    out, _ = user_model
    report = tmp_path / "report.txt"
    report.write_text("Hundreds of teachers marched in Accra, Ghana, on 3 May 2024 demanding pay.")
    sub_types = {}
    for model in (str(out), "off"):
        events = tmp_path / f"events-{Path(model).stem}.jsonl"
        result = CliRunner().invoke(
            cli,
            [
                "extract",
                str(report),
                "--db",
                str(tmp_path / f"{Path(model).stem}.db"),
                "--out",
                str(events),
                "--model",
                model,
                "--quiet",
            ],
        )
        assert result.exit_code == 0, result.output
        (record,) = [json.loads(line) for line in events.read_text().splitlines()]
        sub_types[model] = record["sub_event_type"]
    assert sub_types == {"off": "Peaceful protest", str(out): "Protest with intervention"}


def test_a_missing_model_file_is_a_one_line_error(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Protesters marched in Accra on 3 May 2024.")
    result = CliRunner().invoke(
        cli,
        [
            "extract",
            str(report),
            "--db",
            str(tmp_path / "x.db"),
            "--model",
            str(tmp_path / "absent.npz"),
        ],
    )
    assert result.exit_code != 0
    assert "absent.npz" in str(result.exception) or "absent.npz" in result.output


def test_without_the_extra_the_rules_run_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learn, "learn_available", lambda: False)
    monkeypatch.delenv(learn.MODEL_ENV, raising=False)
    assert load_classifier() is None
    assert "skipped" in learn.learn_note() and "upheaval[learn]" in learn.learn_note()
    with pytest.raises(MissingExtraError):
        load_classifier("user.npz")
    monkeypatch.setenv(learn.MODEL_ENV, "off")
    assert "off" in learn.learn_note()
