"""Table-driven tests: each row is a sentence and the events an ACLED coder
would record from it (type, sub-type, measures, role of actor 1)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.extract.conftest import expand, observed
from tests.extract.table_more import ROWS as MORE
from tests.extract.table_not_events import ROWS as NOT_EVENTS
from tests.extract.table_precision import ROWS as PRECISION
from tests.extract.table_protests import ROWS as PROTESTS
from tests.extract.table_riots import ROWS as RIOTS
from tests.extract.table_state import ROWS as STATE
from tests.extract.table_styles import ROWS as STYLES
from tests.extract.table_violence import ROWS as VIOLENCE
from tests.extract.table_words import ROWS as WORDS
from upheaval.model import RawMention

ALL_ROWS = PROTESTS + RIOTS + STATE + VIOLENCE + NOT_EVENTS + STYLES + MORE + PRECISION + WORDS


def test_table_is_large_and_varied() -> None:
    assert len(ALL_ROWS) >= 300
    assert sum(1 for _, expected in ALL_ROWS if not expected) >= 60
    assert len({sentence for sentence, _ in ALL_ROWS}) == len(ALL_ROWS)


@pytest.mark.parametrize(("sentence", "expected"), ALL_ROWS, ids=[s[:60] for s, _ in ALL_ROWS])
def test_extract_codes_sentence(
    extract: Callable[[str], list[RawMention]], sentence: str, expected: list[str]
) -> None:
    got = [observed(m) for m in extract(sentence)]
    assert got == [expand(code) for code in expected]
