"""Weekdays and expressions relative to the publication or narrative date.

Deictic words ("yesterday", "last week") count from the publication date:
that is the writer's today. Anaphoric words ("the same day", "two days
later", "subsequently") count from the narrative date, the last day the text
stated, and fall back to the publication date with precision 2.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from upheaval.model import DateMention
from upheaval.resolve.dates._calendar import weekday_on_or_after, weekday_on_or_before
from upheaval.resolve.dates._context import Context, Resolver, Rule
from upheaval.resolve.dates._lexicon import (
    HAS_WEEKDAY,
    NUMBER_ALT,
    WEEKDAYS,
    parse_number,
    weekday,
)

__all__ = ["RELATIVE_RULES"]

_FLAGS = re.IGNORECASE
# A weekday named more than this many days before publication belongs to a
# story told from an earlier date: it then counts from the narrative date.
# Six days is the span in which "on Tuesday" unambiguously means this week's.
_WEEK = 6
_NAMED_DAY = re.compile(
    r"\b(?:Bloody|Black|Good|Super|Cyber|Easter|Palm|Holy|Ash|Shrove|Maundy|Clean|Great)\s*$"
)


def _weekday_accept(match: re.Match[str], text: str) -> bool:
    """Reject named days ("Bloody Sunday") and titles ("the Sunday Times")."""
    if match.group("prep"):
        return True
    if _NAMED_DAY.search(text[: match.start()]):
        return False
    return re.match(r"\s+[A-Z][a-z]", text[match.end() :]) is None


def _dated_act(match: re.Match[str], prep: str) -> bool:
    """The weekday dates an act: "on Monday", "early Tuesday", "Sunday night"."""
    said = match.group(0)
    if said.endswith(("'s", "’s")):
        return False
    if prep in {"on", "early", "late"}:
        return True
    return not prep and re.search(_PARTS + "$", said) is not None


def _weekday(match: re.Match[str], ctx: Context) -> DateMention | None:
    target = WEEKDAYS[match.group("wd").lower()]
    prep = (match.group("prep") or "").lower()
    anchor, story = ctx.anchor, ctx.story_day
    base = anchor or story
    if base is None:
        return ctx.mention(match.span(), None, precision=3, kind="weekday", used=None)
    precision = 1 if anchor else 2
    if prep.startswith(("next", "coming", "this coming")) or ctx.future(match.start()):
        found = weekday_on_or_after(target, base, strict=prep == "next")
    elif prep == "last":
        found = weekday_on_or_before(target, base, strict=True)
    elif story is not None and (anchor is None or (anchor - story).days > _WEEK):
        found, base, precision = weekday_on_or_after(target, story), story, 2
    elif anchor is not None and target == anchor.weekday() and _dated_act(match, prep):
        # A past act "on" the publication's own weekday: digests and event
        # notes name the day a week back ("on Monday" in Monday's round-up);
        # a same-day report mostly says "today". Either reading is possible,
        # so the day is approximate. Headings ("Tuesday:"), "Friday's march"
        # and "after Friday prayers" keep the publication day.
        found, precision = weekday_on_or_before(target, base, strict=True), 2
    else:
        found = weekday_on_or_before(target, base)
    return ctx.mention(match.span(), found, precision=precision, kind="weekday", used=base)


_DAY_WORDS = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
    "the day after tomorrow": 2,
    "last night": -1,
    "this": 0,
}


def _deictic(match: re.Match[str], ctx: Context) -> DateMention | None:
    if ctx.anchor is None:
        return ctx.mention(match.span(), None, precision=3, kind="relative", used=None)
    words = " ".join(match.group("w").lower().split())
    found = ctx.anchor + timedelta(days=_DAY_WORDS[words])
    return ctx.mention(match.span(), found, precision=1, kind="relative", used=ctx.anchor)


def _ago(match: re.Match[str], ctx: Context) -> DateMention | None:
    if ctx.anchor is None:
        return ctx.mention(match.span(), None, precision=3, kind="relative", used=None)
    count = parse_number(match.group("n"))
    weeks = match.group("unit").lower().startswith("week")
    found = ctx.anchor - timedelta(days=count * (7 if weeks else 1))
    return ctx.mention(
        match.span(), found, precision=2 if weeks else 1, kind="relative", used=ctx.anchor
    )


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _week_day(which: str, anchor: date, future: bool) -> date:
    """The day standing for a week: its middle, so the true day is within 3 days."""
    monday = _monday(anchor)
    if which == "last":
        return monday - timedelta(days=5)
    if which == "next":
        return monday + timedelta(days=9)
    if which == "past":
        return anchor - timedelta(days=3)
    if future:  # "later this week": between tomorrow and Sunday
        return min(anchor + timedelta(days=(7 - anchor.weekday()) // 2), monday + timedelta(6))
    return monday + (anchor - monday) // 2


def _week(match: re.Match[str], ctx: Context) -> DateMention | None:
    if ctx.anchor is None:
        return ctx.mention(match.span(), None, precision=3, kind="relative", used=None)
    which = match.group("which").lower()
    future = (match.group("pre") or "").lower() == "later" or ctx.future(match.start())
    found = _week_day(which, ctx.anchor, future)
    return ctx.mention(match.span(), found, precision=2, kind="relative", used=ctx.anchor)


def _weekend(match: re.Match[str], ctx: Context) -> DateMention | None:
    """A weekend is coded on its Saturday, precision 2.

    "Over the weekend" in a story told from a day more than a week before
    publication is the weekend after that day, as a weekday would be.
    """
    anchor, story = ctx.anchor, ctx.story_day
    which = (match.group("which") or "").lower()
    told_earlier = story is not None and (anchor is None or (anchor - story).days > _WEEK)
    if story is not None and told_earlier and which in ("", "this"):
        found = weekday_on_or_after(5, story)
        return ctx.mention(match.span(), found, precision=2, kind="relative", used=story)
    if anchor is None:
        return ctx.mention(match.span(), None, precision=3, kind="relative", used=None)
    if which == "last":
        found = weekday_on_or_before(5, _monday(anchor) - timedelta(days=1))
    elif which == "next" or (
        which == "this" and (anchor.weekday() in (3, 4) or ctx.future(match.start()))
    ):
        found = weekday_on_or_after(5, anchor, strict=which == "next")
    else:
        found = weekday_on_or_before(5, anchor)
    return ctx.mention(match.span(), found, precision=2, kind="relative", used=anchor)


def _base(ctx: Context) -> tuple[date | None, int]:
    """The narrative date and its precision, else the publication date at precision 2."""
    if ctx.narrative is not None and ctx.narrative.day is not None:
        return ctx.narrative.day, ctx.narrative.precision
    return ctx.anchor, 2


def _anaphor(precision: int) -> Resolver:
    def resolve(match: re.Match[str], ctx: Context) -> DateMention | None:
        base, inherited = _base(ctx)
        return ctx.mention(
            match.span(), base, precision=max(precision, inherited), kind="anaphoric", used=base
        )

    return resolve


_FOLLOWED_BY_EVENT = re.compile(r"\s+(?:the|a|an|his|her|their|its)\b")
_UNITS = {"day": 1, "morning": 1, "afternoon": 1, "evening": 1, "night": 1, "week": 7, "month": 30}
_SIGN = {
    "next": 1,
    "following": 1,
    "after": 1,
    "later": 1,
    "afterwards": 1,
    "on": 1,
    "previous": -1,
    "preceding": -1,
    "before": -1,
    "earlier": -1,
    "prior": -1,
}


def _shift(match: re.Match[str], ctx: Context) -> DateMention | None:
    """ "the next day", "two days later", "a week earlier", "the day before"."""
    base, inherited = _base(ctx)
    groups = match.groupdict()
    unit = groups["unit"].lower().rstrip("s")
    number = " ".join((groups.get("n") or "").lower().split())
    # "days later", "a few days later": about three days, inferred.
    vague = number in ("", "a few", "few", "several") and groups.get("the") is None
    count = 3 if vague else parse_number(number or "one")
    step = _SIGN[groups["dir"].lower()] * count * _UNITS[unit]
    # "the day after the election" counts from another event: inferred.
    relational = groups["dir"].lower() in ("after", "before")
    after_event = relational and _FOLLOWED_BY_EVENT.match(ctx.text, match.end()) is not None
    loose = vague or unit == "week" or after_event
    # A week away is known within a week (2); a month away only by month (3).
    precision = max(
        3 if unit == "month" or (vague and unit == "week") else 2 if loose else 1, inherited
    )
    found = base + timedelta(days=step) if base is not None else None
    return ctx.mention(match.span(), found, precision=precision, kind="relative", used=base)


def _deictic_accept(match: re.Match[str], text: str) -> bool:
    """Reject newspaper names ("USA Today", "Kazakhstan Today")."""
    before = text[: match.start()].rstrip()
    titled = match.group(0)[:1].isupper() and re.search(r"[A-Z][A-Za-z]*$", before) is not None
    return not titled


_PARTS = r"(?:morning|afternoon|evening|night)"
_LATER_THAT = (
    r"(?:later|earlier|late|early)\s+(?:that|the\s+same)\s+(?:day|night|evening|morning|afternoon)"
)

RELATIVE_RULES: tuple[Rule, ...] = (
    Rule(
        "weekday",
        re.compile(
            r"(?:\b(?P<prep>on|last|this\s+coming|coming|this|next|since|until|till|by|from|"
            rf"before|after|early|late)\s+)?(?:(?:early|late)\s+)?{weekday('wd')}(?:['’]s)?"
            rf"(?:\s+{_PARTS})?",
            _FLAGS,
        ),
        _weekday,
        _weekday_accept,
        HAS_WEEKDAY,
    ),
    Rule(
        "deictic",
        re.compile(
            r"\b(?:(?:earlier|later|early|late)\s+)?(?P<w>the\s+day\s+before\s+yesterday|"
            r"the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow|last\s+night|"
            rf"this(?=\s+(?:morning|afternoon|evening)))(?:\s+{_PARTS})?\b",
            _FLAGS,
        ),
        _deictic,
        _deictic_accept,
    ),
    Rule(
        "ago",
        re.compile(rf"\b(?P<n>{NUMBER_ALT}|\d{{1,2}})\s+(?P<unit>days?|weeks?)\s+ago\b", _FLAGS),
        _ago,
    ),
    Rule(
        "week",
        re.compile(
            r"\b(?:(?P<pre>earlier|later)\s+)?(?:(?:in|during|over)\s+)?(?:the\s+)?"
            r"(?P<which>last|this|next|past)\s+week\b(?!end)",
            _FLAGS,
        ),
        _week,
    ),
    Rule(
        "weekend",
        re.compile(
            r"\b(?:(?P<which>last|this|next|past)|over\s+the|at\s+the|on\s+the|during\s+the)"
            r"\s+weekend\b",
            _FLAGS,
        ),
        _weekend,
    ),
    Rule(
        "same_day",
        re.compile(
            r"\b(?:(?:on|by|at|during)\s+)?(?:the\s+same\s+(?:day|night|evening|morning|afternoon)|"
            rf"{_LATER_THAT}|that\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)|"
            r"from\s+that\s+(?:moment|day|point)(?:\s+on(?:wards?)?)?|at\s+that\s+moment|"
            r"(?:earlier|later)\s+in\s+the\s+(?:day|morning|afternoon|evening|night)|"
            r"(?:hours|minutes|moments)\s+later)\b",
            _FLAGS,
        ),
        _anaphor(1),
    ),
    Rule(
        "loose",
        re.compile(
            r"\b(?:subsequently|afterwards?|after\s+that|thereafter|"
            r"(?:shortly|soon)\s+after(?:wards?)?(?=\s*[,.])|meanwhile|in\s+the\s+meantime|"
            r"at\s+the\s+same\s+time|later\s+on)\b|^\s*Later\b(?=\s*,)",
            _FLAGS,
        ),
        _anaphor(2),
    ),
    Rule(
        "shift_the",
        re.compile(
            r"\b(?:on\s+)?(?P<the>the)\s+(?P<dir>next|following|previous|preceding)\s+"
            r"(?P<unit>day|morning|afternoon|evening|night|week)\b",
            _FLAGS,
        ),
        _shift,
    ),
    Rule(
        "shift_day_after",
        re.compile(
            r"\b(?P<the>the)\s+(?P<unit>day|night|morning|evening)\s+(?P<dir>after|before)\b",
            _FLAGS,
        ),
        _shift,
    ),
    Rule(
        "shift_count",
        re.compile(
            rf"\b(?:(?P<n>{NUMBER_ALT}|\d{{1,2}}|a\s+few|few|several)\s+)?"
            r"(?P<unit>days?|weeks?|nights?|months?)\s+(?P<dir>later|afterwards|after|earlier|before|on|prior)\b",
            _FLAGS,
        ),
        _shift,
    ),
)
