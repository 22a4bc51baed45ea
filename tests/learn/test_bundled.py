"""The shipped head on sentences it was not trained on (written for this test)."""

from __future__ import annotations

import pytest

from upheaval.learn import NONE, SUB_TYPES, bundled_examples, bundled_head_path, load_head
from upheaval.learn.combine import opinion_of
from upheaval.learn.encoder import Encoder
from upheaval.learn.train import BUNDLED_THRESHOLDS

pytestmark = pytest.mark.slow

FRESH = [
    (
        "Hundreds of pensioners rallied outside the town hall in Oruro against pension cuts.",
        "Peaceful protest",
    ),
    (
        "Unknown gunmen kidnapped a parish priest and two catechists in Enugu state.",
        "Abduction/forced disappearance",
    ),
    (
        "A roadside bomb ripped through an army truck near Kidal, killing three soldiers.",
        "Remote explosive/landmine/IED",
    ),
    ("Soldiers and rebels traded heavy gunfire for hours outside Bunia.", "Armed clash"),
]
NOT_EVENTS = [
    "The opposition has called for a general strike on Monday.",
    "A court in Minsk jailed four activists for their part in the 2020 protests.",
]


def test_bundled_head_matches_its_examples_and_thresholds() -> None:
    head = load_head(bundled_head_path())
    assert head.labels == (NONE, *SUB_TYPES)
    assert head.thresholds == BUNDLED_THRESHOLDS
    assert head.meta["examples"] == len(bundled_examples())
    assert head.meta["cross_validation"]["event_accuracy"] > 0.8


def test_bundled_head_reads_fresh_sentences(encoder: Encoder) -> None:
    head = load_head(bundled_head_path())
    rows = head.proba(encoder.encode([t for t, _ in FRESH] + NOT_EVENTS))
    for (text, sub_type), row in zip(FRESH, rows, strict=False):
        assert head.labels[int(row.argmax())] == sub_type, text
    for text, row in zip(NOT_EVENTS, rows[len(FRESH) :], strict=True):
        assert opinion_of(head, row).p_none > 0.5, text
