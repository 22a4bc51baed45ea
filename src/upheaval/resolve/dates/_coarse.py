"""Months, years, named days and bare ordinals.

"in June", "in early March", "last month" give precision 3 with the first
day of the (part of the) month: the month is known, the day is not, and the
publication day is never put in its place. "in 2021", "last year" give day
None: background, not an event date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from upheaval.model import DateMention
from upheaval.resolve.dates._absolute import resolve_month_day
from upheaval.resolve.dates._calendar import make_date, nearest_year, shift_months
from upheaval.resolve.dates._context import FUTURE_REACH, Context, Rule
from upheaval.resolve.dates._lexicon import (
    FULL_MONTHS,
    HAS_DIGIT,
    HAS_MONTH,
    NUMBER_ALT,
    month,
    month_ok,
    parse_month,
    parse_number,
    year,
)

__all__ = ["COARSE_RULES"]

_FLAGS = re.IGNORECASE
_PREP = (
    r"in|during|since|until|till|by|through|throughout|from|before|after|of|last|this|"
    r"next|around|between|and|or|to"
)
_SEASON = r"(?:summer|winter|spring|autumn|fall)"
_MOD = r"early|mid|late|(?:the\s+)?(?:beginning|start|middle|end|first\s+half|second\s+half)\s+of"
# The day standing for a part of a month: the start of each third, so the
# day stays in the month and a later merge by month is not misled.
_PART_DAY = {
    "early": 1,
    "beginning": 1,
    "start": 1,
    "first": 1,
    "mid": 11,
    "middle": 11,
    "late": 21,
    "end": 21,
    "second": 16,
}


def _part_day(modifier: str | None) -> int:
    if not modifier:
        return 1
    words = modifier.lower().split()
    key = words[1] if words[0] == "the" else words[0]
    return _PART_DAY.get(key, 1)


def _month_accept(match: re.Match[str], text: str) -> bool:
    token = match.group("m")
    full = token.rstrip(".").lower() in FULL_MONTHS
    if not month_ok(token) or not (full or match.group("y")):
        return False
    if token.islower() and token.lower() in {"may", "march"}:
        return False
    return bool(match.group("prep") or match.group("mod") or match.group("y"))


def _month_start(
    month_no: int, prep: str, ctx: Context, start: int
) -> tuple[date | None, date | None]:
    """The first of the month meant, and the anchor used."""
    anchor = ctx.anchor
    if anchor is None:
        reference = ctx.narrative_day
        return (nearest_year(month_no, 1, reference), reference) if reference else (None, None)
    this_month = date(anchor.year, anchor.month, 1)
    if prep == "last":
        back = (anchor.month - month_no) % 12 or 12
        return shift_months(anchor, -back), anchor
    ahead = (month_no - anchor.month) % 12
    if prep == "next":
        return shift_months(anchor, ahead or 12), anchor
    if ctx.future(start) and ahead * 30 <= FUTURE_REACH:
        return shift_months(anchor, ahead), anchor
    if prep == "this":
        return date(anchor.year, month_no, 1), anchor
    return shift_months(this_month, -((anchor.month - month_no) % 12)), anchor


def _month_only(match: re.Match[str], ctx: Context) -> DateMention | None:
    month_no = parse_month(match.group("m"))
    prep = (match.group("prep") or "").lower()
    if match.group("y"):
        first: date | None = date(int(match.group("y")), month_no, 1)
        used = None
    else:
        first, used = _month_start(month_no, prep, ctx, match.start())
    if first is not None:
        first = first.replace(day=_part_day(match.group("mod")))
    return ctx.mention(match.span(), first, precision=3, kind="month", used=used)


def _year_only(match: re.Match[str], ctx: Context) -> DateMention | None:
    return ctx.mention(match.span(), None, precision=3, kind="year", used=ctx.anchor)


_RELATIVE_MONTH = {"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1}


def _relative_month(match: re.Match[str], ctx: Context) -> DateMention | None:
    """ "last month", "earlier this month": precision 3 against the publication date."""
    which = match.group("which").lower()
    # "the following month" counts from the story's date, "next month" from today.
    base = ctx.anchor or ctx.narrative_day
    if base is None:
        return ctx.mention(match.span(), None, precision=3, kind="month", used=None)
    if which in ("previous", "following") and ctx.narrative_day is not None:
        base = ctx.narrative_day
    first = shift_months(base, _RELATIVE_MONTH[which])
    return ctx.mention(match.span(), first, precision=3, kind="month", used=base)


_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "boxing day": (12, 26),
    "may day": (5, 1),
}


def _holiday(match: re.Match[str], ctx: Context) -> DateMention | None:
    month_no, day_no = _HOLIDAYS[" ".join(match.group("h").lower().replace("’", "'").split())]
    year_no = int(match.group("y")) if match.group("y") else None
    found, used = resolve_month_day(month_no, day_no, year_no, ctx, match.start())
    return ctx.mention(match.span(), found, precision=1, kind="absolute", used=used)


def _day_only(match: re.Match[str], ctx: Context) -> DateMention | None:
    """ "on the 5th": the narrative's month, else the latest such day up to publication."""
    day_no = int(match.group("d"))
    reference = ctx.narrative_day
    if reference is not None:
        found = make_date(reference.year, reference.month, day_no)
        return ctx.mention(match.span(), found, precision=1, kind="absolute", used=reference)
    if ctx.anchor is None:
        return None
    found = None
    for back in range(0, 3):  # three months always hold the day (29-31 skip February)
        first = shift_months(ctx.anchor, -back)
        found = make_date(first.year, first.month, day_no)
        if found is not None and found <= ctx.anchor:
            break
    return ctx.mention(match.span(), found, precision=1, kind="absolute", used=ctx.anchor)


# "have marched for over a month": an ongoing action told in the present
# perfect, up to publication. Only then does the duration date it.
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:been\s+|not\s+)?[a-z]+(?:ed|en|t|ne|wn)\b|\b\w+'ve\b")
_UNIT_DAYS = {"week": 7, "month": 30}


def _ongoing_accept(match: re.Match[str], text: str) -> bool:
    return _PERFECT.search(text) is not None


def _ongoing(match: re.Match[str], ctx: Context) -> DateMention | None:
    """ "For over a month, protesters have marched": the action began about
    that long before publication. Dated by the month it began in (precision
    3): its days are many and none is stated."""
    if ctx.anchor is None or ctx.future(match.start()):
        return None
    count = parse_number(match.group("n")) if match.group("n") else 3  # "for weeks"
    began = ctx.anchor - timedelta(days=count * _UNIT_DAYS[match.group("unit").lower().rstrip("s")])
    first = date(began.year, began.month, 1)
    return ctx.mention(match.span(), first, precision=3, kind="month", used=ctx.anchor)


COARSE_RULES: tuple[Rule, ...] = (
    Rule(
        "month",
        re.compile(
            rf"(?:\b(?P<prep>{_PREP})\s+)?(?:\b(?P<mod>{_MOD})[\s-]+)?{month('m')}"
            rf"(?:,?\s+{year('y')})?",
            _FLAGS,
        ),
        _month_only,
        _month_accept,
        HAS_MONTH,
    ),
    Rule(
        "year",
        re.compile(
            rf"\b(?:in|since|during|by|of|until|till|before|after|from|throughout)\s+"
            rf"(?:(?:early|late|mid)[\s-]+)?{year('y')}(?!\s*[-–]\s*\d)"
            r"|\b(?:(?:earlier|later)\s+)?(?:last|this|next)\s+year\b"
            r"|\bthe\s+(?:previous|following|next)\s+year\b|\bthe\s+year\s+before\b"
            r"|\b(?:a|one|two|three|four|five|\d{1,2})\s+years?\s+ago\b"
            # A season is no month: "last summer", "the winter of 2022".
            rf"|\b(?:last|this|next|the\s+previous|the\s+following)\s+{_SEASON}\b"
            rf"|\b(?:in\s+|during\s+|since\s+)?the\s+{_SEASON}\s+of\s+{year('y2')}",
            _FLAGS,
        ),
        _year_only,
    ),
    Rule(
        "relative_month",
        re.compile(
            r"\b(?:(?:earlier|later)\s+)?(?P<which>last|this|next|previous|following)\s+month\b",
            _FLAGS,
        ),
        _relative_month,
    ),
    Rule(
        "holiday",
        re.compile(
            r"(?:\b(?i:on)\s+)?\b(?P<h>Christmas\s+(?:Day|Eve)|New\s+Year['’]s\s+(?:Day|Eve)|"
            rf"Boxing\s+Day|May\s+Day)\b(?:,?\s+{year('y')})?"
        ),
        _holiday,
    ),
    Rule(
        "day_only",
        re.compile(r"\bon\s+the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s*[A-Za-z(])"),
        _day_only,
        needs=HAS_DIGIT,
    ),
    Rule(
        "ongoing",
        re.compile(
            r"\b(?:for|over)\s+(?:(?:over|more\s+than|nearly|almost|about|around|some)\s+)?"
            rf"(?:the\s+(?:past|last)\s+)?(?:(?P<n>{NUMBER_ALT}|\d{{1,2}})\s+)?(?P<unit>weeks?|months?)\b",
            _FLAGS,
        ),
        _ongoing,
        _ongoing_accept,
    ),
)
