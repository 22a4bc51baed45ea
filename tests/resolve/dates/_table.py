"""Compact notation for expected date mentions in the tables.

``"2022-01-03"`` day stated (precision 1); ``"2022-01-03/2"`` with precision;
``"2022-01-04..2022-01-19"`` a span; ``"-"`` no day (precision 3).
"""

from __future__ import annotations

from datetime import date

from upheaval.model import DateMention


def day(text: str | None) -> date | None:
    """ISO text to a date (None stays None)."""
    return date.fromisoformat(text) if text else None


def describe(mention: DateMention) -> str:
    """A mention in the table's notation."""
    if mention.day is None:
        return "-" if mention.precision == 3 else f"-/{mention.precision}"
    text = mention.day.isoformat()
    if mention.end_day is not None:
        text += f"..{mention.end_day.isoformat()}"
    if mention.precision != 1:
        text += f"/{mention.precision}"
    return text


def describe_all(mentions: list[DateMention]) -> list[str]:
    """Every mention in the table's notation, in text order."""
    return [describe(m) for m in mentions]
