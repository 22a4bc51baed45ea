"""The softmax head: fitting, probabilities, cross-validation, the model file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from upheaval.errors import ConfigError
from upheaval.learn.head import NONE, SUB_TYPES, Thresholds, cross_validate, fit_head, load_head


def _clusters(labels: list[str], per: int = 20, seed: int = 0) -> tuple[np.ndarray, list[str]]:
    """Unit vectors around one random centre per label (separable, like embeddings)."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(len(labels), 16))
    rows, names = [], []
    for centre, label in zip(centres, labels, strict=True):
        for _ in range(per):
            v = centre + 0.3 * rng.normal(size=16)
            rows.append(v / np.linalg.norm(v))
            names.append(label)
    return np.array(rows, dtype=np.float32), names


LABELS = [NONE, "Peaceful protest", "Violent demonstration", "Arrests"]


def test_sub_types_are_the_25_acled_ones() -> None:
    assert len(SUB_TYPES) == 25 and len(set(SUB_TYPES)) == 25
    assert "Protest with intervention" in SUB_TYPES and NONE not in SUB_TYPES


def test_fit_learns_separable_classes() -> None:
    x, y = _clusters(LABELS)
    head = fit_head(x, y)
    assert head.labels[0] == NONE  # none first, then ACLED order
    assert set(head.labels) == set(LABELS)
    p = head.proba(x)
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-5)
    guessed = [head.labels[i] for i in p.argmax(axis=1)]
    assert sum(g == t for g, t in zip(guessed, y, strict=True)) / len(y) > 0.95


def test_balanced_weights_keep_a_rare_class() -> None:
    x, y = _clusters(LABELS, per=40)
    keep = [i for i, label in enumerate(y) if label != "Arrests" or i % 40 < 4]
    head = fit_head(x[keep], [y[i] for i in keep])
    arrests = [i for i, label in enumerate(y) if label == "Arrests" and i % 40 >= 4]
    guessed = head.proba(x[arrests]).argmax(axis=1)
    assert np.mean([head.labels[g] == "Arrests" for g in guessed]) > 0.8


def test_cross_validation_on_separable_and_on_shuffled_labels() -> None:
    x, y = _clusters(LABELS)
    good = cross_validate(x, y, folds=4)
    assert good["examples"] == len(y)
    assert good["accuracy"] > 0.9 and good["sub_type_accuracy"] > 0.9
    rng = np.random.default_rng(3)
    shuffled = list(rng.permutation(y))
    assert cross_validate(x, shuffled, folds=4)["accuracy"] < 0.6


def test_cross_validation_holds_out_only_grouped_examples() -> None:
    x, y = _clusters(LABELS)
    groups = [-1 if label == NONE else i % 3 for i, label in enumerate(y)]
    scores = cross_validate(x, y, folds=3, groups=groups)
    assert scores["examples"] == sum(1 for label in y if label != NONE)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    x, y = _clusters(LABELS)
    head = fit_head(x, y, thresholds=Thresholds(veto=0.7), meta={"source": "test"})
    path = tmp_path / "model.npz"
    head.save(path)
    again = load_head(path)
    assert again.labels == head.labels
    assert again.thresholds.veto == 0.7 and again.meta["source"] == "test"
    assert np.allclose(again.proba(x), head.proba(x), atol=1e-6)


def test_load_refuses_a_file_that_is_no_model(tmp_path: Path) -> None:
    bad = tmp_path / "model.npz"
    bad.write_text("not numpy")
    with pytest.raises(ConfigError, match="not an upheaval model file"):
        load_head(bad)
    other = tmp_path / "other.npz"
    np.savez(
        other,
        labels=np.array(["none", "Picnic"]),
        weights=np.zeros((4, 2)),
        bias=np.zeros(2),
        header=np.array('{"format": 1, "meta": {}}'),
    )
    with pytest.raises(ConfigError, match="unknown sub-event types"):
        load_head(other)
