"""Invariants of clean on many random texts built from damaging fragments."""

from __future__ import annotations

import random

import pytest

from tests.clean.test_clean_table import assert_offsets
from upheaval.clean import clean_text

FRAGMENTS = [
    "Police",
    "fired",
    "tear gas",
    "in",
    "the",
    "Almaty",
    "Ust-",
    "demon-",
    "strators",
    "(12)",
    "[3]",
    "(2021)",
    "(a)",
    "5,000",
    "3.5",
    ",",
    ".",
    ";",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\u00a0",
    "\u00ad",
    "\u200b",
    "\ufb01",
    "e\u0301",
    "\r\n",
    "\f",
    "—",
    "-",
    "(",
    ")",
    "²",
    "km²",
    "https://example.org/a,b",
    "U.S.",
    "Party,which",
    "end.Start",
    "12",
    "Page 2 of 9",
]


def random_text(rng: random.Random) -> str:
    return "".join(rng.choice(FRAGMENTS) + rng.choice(["", " ", "\n"]) for _ in range(60))


@pytest.mark.parametrize("seed", range(200))
def test_clean_keeps_offset_invariants(seed: int) -> None:
    raw = random_text(random.Random(seed))
    text, offsets, citations = clean_text(raw)
    assert_offsets(raw, text, offsets)
    assert all(0 <= c.position <= len(text) for c in citations)
    assert [c.position for c in citations] == sorted(c.position for c in citations)
    assert "  " not in text and "\n\n\n" not in text and text == text.strip()
