"""The classifier head: multinomial logistic regression over sentence vectors.

26 classes: ``none`` (not an event: commentary, plans, calls, anniversaries,
"riot police", business "strikes" ...) and the 25 ACLED sub-event types
(sub-type names are unique across the six types, so the sub-type names the
type too). Fitted with plain numpy (full-batch gradient descent with momentum,
L2 penalty, balanced class weights): deterministic, a few seconds on a laptop,
no scikit-learn. The weights are small data: a 384 x K matrix and a bias,
saved with the labels and the decision thresholds in one ``.npz`` file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from upheaval.errors import ConfigError
from upheaval.model import EVENT_TYPES

__all__ = [
    "NONE",
    "SUB_TYPES",
    "TYPE_OF",
    "Head",
    "cross_validate",
    "fit_head",
    "load_head",
]

NONE = "none"
TYPE_OF: dict[str, str] = {sub: kind for kind, subs in EVENT_TYPES.items() for sub in subs}
SUB_TYPES: tuple[str, ...] = tuple(TYPE_OF)
FORMAT = 1

Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When the classifier may overrule the rules (see :mod:`upheaval.learn.combine`).

    Attributes:
        veto: P(not an event) at or above which a rule event is dropped.
        veto_type: ... and only when P(the rule's event type) is below this.
        relabel: P(sub-type | the rule's type) another sub-type needs to replace the rule's.
        margin: by how much it must beat the rule's own sub-type within the type.
        relabel_type: ... and only when P(the rule's type) is at least this: the
            classifier must agree with the type before it picks within it.
    """

    veto: float = 0.9
    veto_type: float = 0.05
    relabel: float = 0.6
    margin: float = 0.25
    relabel_type: float = 0.5

    def to_dict(self) -> dict[str, float]:
        return {
            "veto": self.veto,
            "veto_type": self.veto_type,
            "relabel": self.relabel,
            "margin": self.margin,
            "relabel_type": self.relabel_type,
        }


@dataclass(frozen=True, slots=True)
class Head:
    """A fitted head: ``softmax(x @ weights + bias)`` over ``labels``."""

    labels: tuple[str, ...]
    weights: Matrix
    bias: Matrix
    thresholds: Thresholds = field(default_factory=Thresholds)
    meta: dict[str, Any] = field(default_factory=dict)

    def proba(self, vectors: Matrix) -> Matrix:
        """Class probabilities, one row per vector, columns in ``labels`` order."""
        return _softmax(vectors @ self.weights + self.bias)

    def save(self, path: str | Path) -> None:
        """Write the head as one ``.npz`` (numpy arrays and a JSON header)."""
        header = {
            "format": FORMAT,
            "thresholds": self.thresholds.to_dict(),
            "meta": self.meta,
        }
        with Path(path).open("wb") as handle:
            np.savez_compressed(
                handle,
                labels=np.array(self.labels),
                weights=self.weights.astype(np.float32),
                bias=self.bias.astype(np.float32),
                header=np.array(json.dumps(header, sort_keys=True)),
            )


def load_head(path: str | Path) -> Head:
    """Read a head written by :meth:`Head.save`.

    Raises:
        ConfigError: E020 when the file is no head of this format.
    """
    try:
        with np.load(Path(path), allow_pickle=False) as data:
            labels = tuple(str(x) for x in data["labels"])
            weights = np.asarray(data["weights"], dtype=np.float32)
            bias = np.asarray(data["bias"], dtype=np.float32)
            header = json.loads(str(data["header"]))
    except (OSError, KeyError, ValueError) as error:
        raise ConfigError(
            "E020", message=f"{path}: not an upheaval model file ({error})"
        ) from error
    if header.get("format") != FORMAT or weights.shape != (weights.shape[0], len(labels)):
        raise ConfigError("E020", message=f"{path}: unsupported model file format")
    unknown = [x for x in labels if x != NONE and x not in TYPE_OF]
    if unknown:
        raise ConfigError("E020", message=f"{path}: unknown sub-event types {unknown}")
    return Head(labels, weights, bias, Thresholds(**header.get("thresholds", {})), header["meta"])


def _softmax(logits: Matrix) -> Matrix:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    out: Matrix = (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)
    return out


def fit_head(
    vectors: Matrix,
    labels: Sequence[str],
    *,
    l2: float = 1e-4,
    steps: int = 400,
    sample_weight: Sequence[float] | None = None,
    thresholds: Thresholds | None = None,
    meta: dict[str, Any] | None = None,
) -> Head:
    """Fit a softmax regression to labelled vectors.

    Args:
        vectors: (n, d) sentence vectors.
        labels: n class names (``none`` or a sub-event type).
        l2: penalty on the weights (the data are small: keep it).
        steps: gradient steps (full batch, momentum 0.9).
        sample_weight: per-example weights (default 1); multiplied by balanced
            class weights so a rare sub-type is not drowned by protests.
    """
    classes = tuple(sorted(set(labels), key=_label_order))
    index = {c: i for i, c in enumerate(classes)}
    y = np.array([index[x] for x in labels])
    n, d = vectors.shape
    k = len(classes)
    counts = np.bincount(y, minlength=k).astype(np.float64)
    weight = (n / (k * counts))[y]
    if sample_weight is not None:
        weight = weight * np.asarray(sample_weight, dtype=np.float64)
    weight = weight / weight.sum()
    onehot = np.zeros((n, k), dtype=np.float32)
    onehot[np.arange(n), y] = 1.0
    weight = weight.astype(np.float32)
    x = vectors.astype(np.float32)
    w = np.zeros((d, k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    vw = np.zeros_like(w)
    vb = np.zeros_like(b)
    rate = 2.0  # unit-length inputs: a large step is stable
    for _ in range(steps):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - onehot) * weight[:, None]
        gw = x.T @ grad + l2 * w
        gb = grad.sum(axis=0)
        vw = 0.9 * vw - rate * gw
        vb = 0.9 * vb - rate * gb
        w += vw
        b += vb
    return Head(
        classes,
        w.astype(np.float32),
        b.astype(np.float32),
        thresholds or Thresholds(),
        dict(meta or {}),
    )


def _label_order(label: str) -> tuple[int, str]:
    return (-1, "") if label == NONE else (SUB_TYPES.index(label), label)


def cross_validate(
    vectors: Matrix,
    labels: Sequence[str],
    *,
    folds: int = 5,
    groups: Sequence[int] | None = None,
    seed: int = 12,
    **fit_options: Any,
) -> dict[str, float]:
    """k-fold accuracy of :func:`fit_head` on the data (stratified by label).

    Args:
        groups: optional fold assignment per example (e.g. only user examples
            are held out: give the others -1, they are always trained on).

    Returns:
        ``accuracy`` (all 26 classes), ``event_accuracy`` (event vs none) and
        ``sub_type_accuracy`` (on held-out events), over held-out examples.
    """
    labels = list(labels)
    fold = np.array(groups) if groups is not None else _stratified(labels, folds, seed)
    right = event_right = sub_right = sub_n = held = 0
    for f in range(folds):
        test = np.flatnonzero(fold == f)
        train = np.flatnonzero(fold != f)
        if not len(test) or len({labels[i] for i in train}) < 2:
            continue
        head = fit_head(vectors[train], [labels[i] for i in train], **fit_options)
        guess = [head.labels[j] for j in head.proba(vectors[test]).argmax(axis=1)]
        for i, g in zip(test, guess, strict=True):
            truth = labels[i]
            held += 1
            right += g == truth
            event_right += (g == NONE) == (truth == NONE)
            if truth != NONE:
                sub_n += 1
                sub_right += g == truth
    return {
        "examples": float(held),
        "accuracy": right / held if held else 0.0,
        "event_accuracy": event_right / held if held else 0.0,
        "sub_type_accuracy": sub_right / sub_n if sub_n else 0.0,
    }


def _stratified(labels: list[str], folds: int, seed: int) -> npt.NDArray[np.int64]:
    rng = np.random.default_rng(seed)
    fold = np.zeros(len(labels), dtype=np.int64)
    for label in sorted(set(labels)):
        members = np.flatnonzero(np.array(labels) == label)
        rng.shuffle(members)
        fold[members] = np.arange(len(members)) % folds
    return fold
