"""Calendar arithmetic on plain dates: no datetimes, no time zones, no "now"."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

__all__ = [
    "make_date",
    "latest_on_or_before",
    "earliest_on_or_after",
    "nearest_year",
    "weekday_on_or_before",
    "weekday_on_or_after",
    "shift_months",
]


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (30 February)."""
    if not 1 <= month <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def latest_on_or_before(month: int, day: int, anchor: date) -> date | None:
    """The most recent ``day`` of ``month`` on or before ``anchor``.

    29 February looks back up to eight years for a leap year.
    """
    for year in range(anchor.year, anchor.year - 9, -1):
        found = make_date(year, month, day)
        if found is not None and found <= anchor:
            return found
    return None


def earliest_on_or_after(month: int, day: int, anchor: date) -> date | None:
    """The first ``day`` of ``month`` on or after ``anchor``."""
    for year in range(anchor.year, anchor.year + 9):
        found = make_date(year, month, day)
        if found is not None and found >= anchor:
            return found
    return None


def nearest_year(month: int, day: int, reference: date) -> date | None:
    """The ``day`` of ``month`` closest to ``reference`` (the year before, of or after)."""
    candidates = [make_date(reference.year + k, month, day) for k in (-1, 0, 1)]
    real = [c for c in candidates if c is not None]
    if not real:
        return None
    return min(real, key=lambda c: abs((c - reference).days))


def weekday_on_or_before(weekday: int, reference: date, strict: bool = False) -> date:
    """The latest date with ``weekday`` (Monday 0) on or before ``reference``."""
    back = (reference.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return reference - timedelta(days=back)


def weekday_on_or_after(weekday: int, reference: date, strict: bool = False) -> date:
    """The first date with ``weekday`` (Monday 0) on or after ``reference``."""
    ahead = (weekday - reference.weekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return reference + timedelta(days=ahead)


def shift_months(reference: date, months: int) -> date:
    """The first day of the month ``months`` away from ``reference``'s month."""
    index = reference.year * 12 + reference.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
