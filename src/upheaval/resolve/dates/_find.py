"""Find and resolve the date expressions of one sentence.

1. every rule's regex proposes matches, each checked on its own words;
2. overlaps are settled longest first ("from 4 to 19 January" beats
   "19 January"), ties by rule order;
3. the survivors are resolved left to right, each stated day becoming the
   narrative date for the expressions after it ("On 3 January ... the next
   day ...").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from upheaval.model import DateMention
from upheaval.resolve.dates._absolute import ABSOLUTE_RULES
from upheaval.resolve.dates._calendar import make_date
from upheaval.resolve.dates._coarse import COARSE_RULES
from upheaval.resolve.dates._context import HISTORY_DAYS, OPENING, Context, Rule
from upheaval.resolve.dates._relative import RELATIVE_RULES

__all__ = ["find_in_sentence", "looks_back", "moves_narrative"]

RULES: tuple[Rule, ...] = ABSOLUTE_RULES + COARSE_RULES + RELATIVE_RULES

# Cheap gate: a sentence with none of these cannot hold a date expression,
# and many sentences of a report have none (about a third of the sentences of
# a translated news analysis were skipped when this was written).
_GATE = re.compile(
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|week|month|year|"
    r"today|tomorrow|morning|evening|afternoon|subsequent|after|later|meanwhile|"
    r"earlier|before|moment|meantime|same\s+time|thereafter|christmas|the\s+\d|"
    r"summer|winter|spring|autumn|fall|back\s+then|at\s+the\s+time",
    re.IGNORECASE,
)
# A date right after these words ends a period, it does not date an event:
# "a curfew until 19 January" is declared before the 19th.
_UNTIL = re.compile(r"\b(?:until|till|through|to|ending|expires?\s+on)\s*$", re.IGNORECASE)
_NO_END = frozenset({"span", "year", "month"})
# A clause told in the pluperfect or counted from a start ("who had led the
# march on 2 January", "cut since 5 January") looks back from the sentence's
# own day: once the sentence has stated its day, such a date does not become
# the day that "the next day" or "hours later" count from.
_LOOKS_BACK = re.compile(r"\b(?:had|since)\b[^,;:]*$", re.IGNORECASE)
_CLAUSE_REACH = 60

Candidate = tuple[int, int, int, re.Match[str]]


def _candidates(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    present: dict[int, bool] = {}
    for order, rule in enumerate(RULES):
        if rule.needs is not None:
            key = id(rule.needs)
            if key not in present:
                present[key] = rule.needs.search(text) is not None
            if not present[key]:
                continue
        for match in rule.pattern.finditer(text):
            if match.end() > match.start() and rule.accept(match, text):
                found.append((match.start(), match.end(), order, match))
    return found


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest non-overlapping matches, in text order."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        start, end = cand[0], cand[1]
        if all(end <= s or start >= e for s, e in taken):
            chosen.append(cand)
            taken.append((start, end))
    return sorted(chosen, key=lambda c: c[0])


def _as_until(mention: DateMention, text: str) -> DateMention:
    if mention.kind in _NO_END or mention.day is None:
        return mention
    if not _UNTIL.search(text[max(0, mention.start - 20) : mention.start]):
        return mention
    end = mention.day
    if mention.kind == "absolute" and mention.anchor is not None:
        # A yearless end date may lie ahead of publication ("the curfew runs
        # until 19 January" on 6 January): take the year that puts it nearest.
        later = make_date(end.year + 1, end.month, end.day)
        if later is not None and abs((later - mention.anchor).days) < abs(
            (end - mention.anchor).days
        ):
            end = later
    return replace(mention, day=None, end_day=end, precision=3, kind="until")


def looks_back(mention: DateMention, text: str) -> bool:
    """A date in a pluperfect or "since" clause ("who had led the march on 2
    January"): after the sentence's own day it does not move the story."""
    before = text[max(0, mention.start - _CLAUSE_REACH) : mention.start]
    opens = mention.text.lower().split(maxsplit=1)[:1] == ["since"]  # "since 2 January"
    return opens or _LOOKS_BACK.search(before) is not None


def moves_narrative(mention: DateMention, anchor: date | None, heading: bool = False) -> bool:
    """Whether a mention sets the narrative date for what follows.

    A stated day does, in any clause of the sentence, when it lies in the
    recent past of the report; a day heading always does. A month, a year,
    the end of a period and a date in the future (a planned strike) do not,
    nor does a historical day in the middle of a sentence ("the town
    recalls the shooting of 16 December 2011"): only a sentence that opens
    with it ("On 16 December 2011, ...") moves the story back.
    """
    if mention.day is None or mention.kind in ("month", "year", "until"):
        return False
    if heading or anchor is None:
        return True
    if mention.day > anchor:
        return False
    return (anchor - mention.day).days <= HISTORY_DAYS or mention.start <= OPENING


def find_in_sentence(
    text: str, anchor: date | None, narrative: DateMention | None, heading: bool = False
) -> list[DateMention]:
    """All date mentions of ``text``, resolved left to right.

    ``heading``: the text is a line holding only a date (a day heading).
    """
    if not _GATE.search(text):
        return []
    mentions: list[DateMention] = []
    own_day = False
    for _start, _end, order, match in _select(_candidates(text)):
        ctx = Context(text, anchor, narrative, heading)
        mention = RULES[order].resolve(match, ctx)
        if mention is None:
            continue
        mention = _as_until(mention, text)
        mentions.append(mention)
        if own_day and looks_back(mention, text):
            continue  # a look back from the sentence's own day
        if moves_narrative(mention, anchor, heading):
            narrative, own_day = mention, True
    return mentions
