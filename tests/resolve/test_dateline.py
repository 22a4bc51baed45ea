from __future__ import annotations

import pytest

from upheaval.resolve.dateline import dateline_dates, mask_datelines


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("BOGOTA, Sept 24 - Tens of thousands marched on Tuesday.", "Sept 24"),
        ("BOMBAY, Nov 25: Workers struck work on Friday.", "Nov 25"),
        ("KATHMANDU, March 9 (Reuters) - Police fired tear gas.", "March 9"),
        ("LAGOS, Nigeria, 12 March 2025 (AFP) \u2013 Students marched.", "12 March 2025"),
        ("Title line\n\nNAIROBI, June 25 \u2014 Crowds gathered.", "June 25"),
        ("PORT-AU-PRINCE, Jan. 3rd - Gangs attacked a station.", "Jan. 3rd"),
    ],
)
def test_dateline_date_found(text: str, date: str) -> None:
    ((start, end),) = dateline_dates(text)
    assert text[start:end] == date
    masked = mask_datelines(text)
    assert len(masked) == len(text) and date not in masked


@pytest.mark.parametrize(
    "text",
    [
        "On 24 September, protesters marched in Bogota.",
        "Protests broke out in Lima, March 9 - a day after the vote.",
        "The UN said, Sept 24 - no.",
        "NAIROBI (Reuters) - Police fired tear gas.",
    ],
)
def test_not_a_dateline(text: str) -> None:
    assert dateline_dates(text) == []
    assert mask_datelines(text) == text
