"""Calendar dates written out: "3 January 2022", "Jan. 3", "4-6 March", "2022-01-03".

A date without a year is the most recent such date on or before the
publication date, or the first on or after it when a future cue precedes it
("will strike on 12 March"). With no publication date the year is taken from
the narrative date when one is known (itself from a stated year), else the
date stays unresolved (day None, precision 3): never a guess dressed as
precise.
"""

from __future__ import annotations

import re
from datetime import date

from upheaval.model import DateMention
from upheaval.resolve.dates._calendar import (
    earliest_on_or_after,
    latest_on_or_before,
    make_date,
    nearest_year,
)
from upheaval.resolve.dates._context import FUTURE_REACH, Context, Rule
from upheaval.resolve.dates._lexicon import (
    HAS_DIGIT,
    HAS_MONTH,
    day,
    month,
    month_ok,
    parse_day,
    parse_month,
    year,
)

__all__ = ["ABSOLUTE_RULES", "resolve_month_day"]

_ON = r"(?:\b(?P<on>on|by|since|from)\s+)?"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_TO = r"\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)\s*"
_NOT_TIME = r"(?!\s*(?:[ap]\.?m\b|%|\.\d|hours?\b))"
_FLAGS = re.IGNORECASE
# "by March 15th": a deadline (the match may begin with its preposition).
_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_PEOPLE = re.compile(
    r"\s+(?:people|persons|protesters|demonstrators|workers|students|residents|supporters|"
    r"members|troops|soldiers|police|officers|men|women|participants|activists|others|"
    r"marchers|strikers|farmers|miners|teachers|doctors|nurses)\b"
)


# A story stands away from publication when its narrative day is this far
# from it: a report published in July telling a strike of March 2019. Within
# this distance the publication date decides the year (the usual case).
STORY_AWAY = 60
# A day heading just after publication is a later entry of a live page whose
# publication date is its first day; a heading a year back is not.
HEADING_AHEAD = 14
# A publication date shown stale by the story (a full date after it, a day
# heading) is believed at most a month behind.
STALE_REACH = 31


def _heading_ahead(ahead: date, ctx: Context) -> bool:
    """A day heading a few days after publication: the page went on."""
    return ctx.heading and ctx.anchor is not None and (ahead - ctx.anchor).days <= HEADING_AHEAD


def _story_ahead(ahead: date, past: date | None, story: date | None, anchor: date) -> bool:
    """Days after a stale publication date: "On 4 January 2022 ... On 5 January"
    in a report stamped 1 January is the 5th that follows the story, not the
    one a year before it."""
    if story is None or past is None or (ahead - anchor).days > STALE_REACH:
        return False
    return abs((ahead - story).days) < abs((past - story).days)


def resolve_month_day(
    month_no: int, day_no: int, year_no: int | None, ctx: Context, start: int
) -> tuple[date | None, date | None]:
    """The date meant by a day and month (and maybe year), and the anchor used."""
    if year_no is not None:
        return make_date(year_no, month_no, day_no), None
    reference = ctx.narrative_day
    story = ctx.story_day
    if ctx.anchor is not None:
        # The story's time stands away from publication ("On 3 March 2019
        # ... On 11 July ..."; a live blog whose headings passed a stale
        # publication date): a yearless day is the one nearest the story.
        if story is not None and abs((ctx.anchor - story).days) > STORY_AWAY:
            return nearest_year(month_no, day_no, story), story
        ahead = earliest_on_or_after(month_no, day_no, ctx.anchor)
        past = latest_on_or_before(month_no, day_no, ctx.anchor)
        reach = ahead is not None and (ahead - ctx.anchor).days <= FUTURE_REACH
        if ahead and reach and (ctx.future(start) or _heading_ahead(ahead, ctx)):
            return ahead, ctx.anchor
        if ahead and reach and past and _deadline(ctx.text, start):
            # "asked them to withdraw by March 15th": a deadline is the
            # nearer of the two readings, often still ahead.
            nearer = (ahead - ctx.anchor) < (ctx.anchor - past)
            return (ahead if nearer else past), ctx.anchor
        if ahead and _story_ahead(ahead, past, story, ctx.anchor):
            return ahead, ctx.anchor
        return past, ctx.anchor
    if reference is not None:
        return nearest_year(month_no, day_no, reference), reference
    return None, None


def _deadline(text: str, start: int) -> bool:
    """Whether the date at ``start`` follows "by" (a deadline)."""
    return text[start : start + 3].lower() == "by " or _BY.search(text[:start]) is not None


def _year_of(match: re.Match[str], group: str, ctx: Context) -> int | None:
    """The year group's value, unless it is a count ("On 5 May 2000 people ...").

    A year written without a comma, followed by a word for people and more
    than a year away from the publication date reads as a count.
    """
    token = match.group(group)
    if token is None:
        return None
    value = int(token)
    bare = not ctx.text[: match.start(group)].rstrip().endswith(",")
    far = ctx.anchor is not None and abs(value - ctx.anchor.year) > 1
    if bare and far and _PEOPLE.match(ctx.text, match.end(group)):
        return None
    return value


def _end_without_year(match: re.Match[str], group: str, value: int | None) -> int:
    """Where the mention ends when its year group was read as a count."""
    if value is None and match.group(group) is not None:
        return len(match.string[: match.start(group)].rstrip(", \n\t"))
    return match.end()


def _months_ok(match: re.Match[str], text: str) -> bool:
    groups = match.groupdict()
    return all(month_ok(groups[g]) for g in ("m", "m1", "m2") if groups.get(g))


def _single(match: re.Match[str], ctx: Context) -> DateMention | None:
    year_no = _year_of(match, "y", ctx)
    found, used = resolve_month_day(
        parse_month(match.group("m")), parse_day(match.group("d")), year_no, ctx, match.start()
    )
    if found is None and (year_no is not None or ctx.anchor is not None):
        return None  # 30 February: not a date at all
    span = (match.start(), _end_without_year(match, "y", year_no))
    return ctx.mention(span, found, precision=1, kind="absolute", used=used)


def _span_days(match: re.Match[str], ctx: Context) -> tuple[date, date, date | None] | None:
    named = [g for g in ("m1", "m2") if match.group(g)]
    m1 = parse_month(match.group(named[0]))  # "4 to 19 January": the one month named
    m2 = parse_month(match.group(named[-1]))
    d1, d2 = parse_day(match.group("d1")), parse_day(match.group("d2"))
    y1 = _year_of(match, "y1", ctx) if "y1" in match.groupdict() else None
    y2 = _year_of(match, "y2", ctx)
    start_year = y1 if y1 is not None else y2
    if start_year is not None and y1 is None and (m1, d1) > (m2, d2):
        start_year -= 1  # "28 December to 3 January 2022"
    first, used = resolve_month_day(m1, d1, start_year, ctx, match.start())
    if first is None:
        return None
    last_year = y2 if y2 is not None else first.year + ((m1, d1) > (m2, d2))
    last = make_date(last_year, m2, d2)
    if last is None or last < first:
        return None
    return first, last, used


def _span(match: re.Match[str], ctx: Context) -> DateMention | None:
    days = _span_days(match, ctx)
    if days is None:
        return None
    first, last, used = days
    span = (match.start(), match.end())
    return ctx.mention(span, first, end_day=last, precision=1, kind="span", used=used)


def _joined_by_and(match: re.Match[str]) -> bool:
    return re.search(r"\band\b", match.group(0), re.IGNORECASE) is not None


def _span_accept(match: re.Match[str], text: str) -> bool:
    """Reject "3 January and 5 January": two dates, not a span."""
    between = match.group(0)[:7].lower() == "between"
    if _joined_by_and(match) and match.group("m1") and not between:
        return False
    return _months_ok(match, text)


def _span_md_accept(match: re.Match[str], text: str) -> bool:
    """Reject "January 3 and January 5" and "January 3 to 4 people"."""
    between = match.group(0)[:7].lower() == "between"
    if _joined_by_and(match) and match.group("m2") and not between:
        return False
    counted = _PEOPLE.match(text, match.end()) is not None
    if counted and not match.group("m2") and not match.group("y2"):
        return False
    return _months_ok(match, text)


def _iso(match: re.Match[str], ctx: Context) -> DateMention | None:
    found = make_date(int(match.group("y")), int(match.group("mo")), int(match.group("d")))
    if found is None:
        return None
    return ctx.mention(match.span(), found, precision=1, kind="absolute", used=None)


def _numeric(match: re.Match[str], ctx: Context) -> DateMention | None:
    """ "03/01/2022": unambiguous when one part exceeds 12, else day-first.

    Day-first is the rule because most reports outside the United States
    write it; when both readings exist and only the month-first one is on or
    before the publication date, that one is taken.
    """
    a, b = int(match.group("a")), int(match.group("b"))
    year_no = int(match.group("y"))
    year_no += 2000 if year_no < 100 else 0
    day_first = make_date(year_no, b, a)
    month_first = make_date(year_no, a, b)
    found = day_first or month_first
    anchor = ctx.anchor
    if day_first and month_first and anchor is not None and day_first > anchor >= month_first:
        found = month_first
    if found is None:
        return None
    return ctx.mention(match.span(), found, precision=1, kind="absolute", used=None)


ABSOLUTE_RULES: tuple[Rule, ...] = (
    Rule(
        "span_day_month",
        re.compile(
            rf"(?:\b(?:from|between)\s+)?(?:the\s+)?{day('d1')}(?:\s+(?:of\s+)?{month('m1')})?"
            rf"{_TO}(?:the\s+)?{day('d2')}(?:\s+of)?\s+{month('m2')}(?:,?\s+{year('y2')})?",
            _FLAGS,
        ),
        _span,
        _span_accept,
        HAS_MONTH,
    ),
    Rule(
        "span_month_day",
        re.compile(
            rf"(?:\b(?:from|between)\s+)?{month('m1')}\s+(?:the\s+)?{day('d1')}"
            rf"(?:,?\s+{year('y1')})?{_TO}(?:{month('m2')}\s+)?(?:the\s+)?{day('d2')}"
            rf"{_NOT_TIME}(?:,?\s+{year('y2')})?",
            _FLAGS,
        ),
        _span,
        _span_md_accept,
        HAS_MONTH,
    ),
    Rule(
        "day_month",
        re.compile(
            rf"{_ON}{_WEEKDAY}(?:the\s+)?{day('d')}(?:\s+of)?\s+{month('m')}(?:,?\s+{year('y')})?",
            _FLAGS,
        ),
        _single,
        _months_ok,
        HAS_MONTH,
    ),
    Rule(
        "month_day",
        re.compile(
            rf"{_ON}{_WEEKDAY}{month('m')}\s+(?:the\s+)?{day('d')}{_NOT_TIME}"
            rf"(?:,?\s+{year('y')})?",
            _FLAGS,
        ),
        _single,
        _months_ok,
        HAS_MONTH,
    ),
    Rule(
        "iso",
        re.compile(
            r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<mo>0?[1-9]|1[0-2])-(?P<d>[0-3]?\d)(?![\d-])"
        ),
        _iso,
        needs=HAS_DIGIT,
    ),
    Rule(
        "numeric",
        re.compile(
            r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)"
            r"(?P<y>(?:19|20)\d\d|(?<=/)\d\d)(?!\d|[./]\d)"
        ),
        _numeric,
        needs=HAS_DIGIT,
    ),
)
