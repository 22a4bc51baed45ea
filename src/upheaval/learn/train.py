"""Fit a head: the bundled one (``scripts/train_head.py``) or a user's (``upheaval train``).

A user's coded data teach the sub-types their coders use; the bundled
negatives (``none``: commentary, plans, court reports, "riot police" ...)
are added so the head still knows what is no event, unless the user's data
bring their own (``--docs``) or ``with_negatives`` is off. Cross-validation
holds out the user's examples only: the figure is what the head does on the
user's kind of text.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from upheaval.learn.encoder import MODEL_SHA256, Encoder
from upheaval.learn.examples import Example, bundled_examples
from upheaval.learn.head import NONE, Head, Thresholds, _stratified, cross_validate, fit_head

__all__ = ["BUNDLED_THRESHOLDS", "USER_THRESHOLDS", "Training", "train_head"]

#: The bundled head was trained on a few hundred written sentences: it may veto
#: only when nearly certain, and relabels only on a clear margin (docs/learn.md
#: has the measurements behind these numbers).
BUNDLED_THRESHOLDS = Thresholds(veto=0.8, veto_type=0.1, relabel=0.7, margin=0.35, relabel_type=0.2)
#: A head fitted to a user's coded data follows their coders more readily.
USER_THRESHOLDS = Thresholds(veto=0.85, veto_type=0.1, relabel=0.5, margin=0.15, relabel_type=0.2)


@dataclass(frozen=True, slots=True)
class Training:
    """A fitted head and what cross-validation measured."""

    head: Head
    scores: dict[str, float]
    counts: dict[str, int]


def _digest(examples: Sequence[Example]) -> str:
    digest = hashlib.sha256()
    for e in examples:
        digest.update(f"{e.label}\t{e.text}\n".encode())
    return digest.hexdigest()[:16]


def train_head(
    examples: Sequence[Example],
    *,
    encoder: Encoder | None = None,
    with_bundled: bool = True,
    thresholds: Thresholds | None = None,
    folds: int = 5,
    source: str = "user",
    on_step: Callable[[str], None] | None = None,
) -> Training:
    """Encode, cross-validate and fit a head.

    Args:
        examples: the examples to learn (a user's, or the bundled ones).
        with_bundled: add the bundled ``none`` examples (always trained on,
            never held out) when ``examples`` hold none of their own.
        thresholds: decision thresholds stored with the head.
        folds: cross-validation folds over ``examples``.
    """
    say = on_step or (lambda _message: None)
    encoder = encoder or Encoder()
    own = list(examples)
    extra: list[Example] = []
    if with_bundled and not any(e.label == NONE for e in own):
        extra = [e for e in bundled_examples() if e.label == NONE]
    everything = own + extra
    say(f"encoding {len(everything)} sentences")
    vectors = encoder.encode([e.text for e in everything])
    labels = [e.label for e in everything]
    groups = np.concatenate(
        [_stratified([e.label for e in own], folds, 12), np.full(len(extra), -1, dtype=np.int64)]
    )
    say(f"cross-validating ({folds} folds)")
    scores = cross_validate(vectors, labels, folds=folds, groups=groups.tolist())
    meta: dict[str, Any] = {
        "source": source,
        "examples": len(everything),
        "examples_sha256": _digest(everything),
        "encoder_sha256": MODEL_SHA256,
        "cross_validation": {k: round(v, 4) for k, v in scores.items()},
    }
    head = fit_head(vectors, labels, thresholds=thresholds or USER_THRESHOLDS, meta=meta)
    return Training(head, scores, dict(Counter(labels)))
