"""What a date rule knows when it resolves one match."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from upheaval.model import DateMention

__all__ = [
    "Acceptor",
    "Context",
    "FUTURE_REACH",
    "FUTURE_WINDOW",
    "HISTORY_DAYS",
    "OPENING",
    "Resolver",
    "Rule",
]

# Words that put the date after them in the future: "will strike on
# Tuesday", "a rally planned for 12 March", "calls for a strike on Monday".
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|going\s+to|plans?\s+to|planned|planning|scheduled|"
    r"set\s+to|expected\s+to|intends?\s+to|to\s+be\s+held|upcoming|forthcoming|"
    r"call(?:ed|s|ing)?\s+for|ahead\s+of|announced\s+plans|(?:is|are)\s+to|"
    r"plans?\s+(?:further|more|new|fresh|another|a|an))\b|\bdue\b(?!\s+to\b)|'ll\b",
    re.IGNORECASE,
)
# Cues that make a date just before them future: "the 15 March rally will",
# "May 1 marches are expected to".
_FUTURE_AFTER = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:expected|set|due|planned|scheduled)|"
    r"(?:is|are)\s+to)\b|'ll\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;:!?]|,\s+(?!\d)|\.\s")
# After the date's own start the window is longer by the date itself
# ("15 March" + " marches are expected"): about 45 characters.
FUTURE_AFTER = 45
# A date read as future lies at most this many days after publication: a
# report previews next week's strike or next month's election, while a cue
# that would push "on 3 January" (published 6 January) a year ahead is far
# more often a misread clause ("who said they will not give up, marched on").
FUTURE_REACH = 120
# A day this long before publication is history ("the massacre of 16
# December 2011"): stated in passing, it does not set where the story stands.
# Three months covers the recent past of most reports.
HISTORY_DAYS = 90
# "Opening a sentence": the date starts within the first words ("Suddenly, on ...").
OPENING = 30
# How far before a date a future cue may stand and still govern it: about
# eight words, the length of "will hold a general strike across the country
# on". Farther cues usually belong to another clause.
FUTURE_WINDOW = 50


@dataclass(frozen=True, slots=True)
class Context:
    """The state a rule resolves against.

    Attributes:
        text: the sentence searched.
        anchor: publication date, None when unknown.
        narrative: the narrative date in effect at this point of the
            sentence (the last stated day before it), None when none.
        heading: the sentence is a line holding only a date (a day heading
            of a live blog or timeline).
    """

    text: str
    anchor: date | None
    narrative: DateMention | None
    heading: bool = False

    @property
    def narrative_day(self) -> date | None:
        """The narrative's day, if any."""
        return self.narrative.day if self.narrative else None

    @property
    def story_day(self) -> date | None:
        """The narrative's day when the story is told from it.

        A day set by a heading or at the opening of a sentence ("On 3 March
        2019, ..."), or one near publication, is where the story stands; a
        historical day stated in passing ("the attack on the Capitol on 6
        January 2021") dates its own clause and what refers back to it ("the
        next day"), but yearless days and weekdays after it still count from
        publication.
        """
        story = self.narrative
        if story is None or story.day is None:
            return None
        if self.anchor is None or story.start <= OPENING:
            return story.day
        return story.day if abs((self.anchor - story.day).days) <= HISTORY_DAYS else None

    def future(self, start: int) -> bool:
        """Whether a future cue stands shortly before or after offset ``start``."""
        before = self.text[max(0, start - FUTURE_WINDOW) : start]
        if _FUTURE.search(before) is not None:
            return True
        # Only within the date's own clause: "On Tuesday, the union said it
        # will strike" dates the saying, not the strike.
        after = _CLAUSE_END.split(self.text[start : start + FUTURE_AFTER], maxsplit=1)[0]
        return _FUTURE_AFTER.search(after) is not None

    def mention(
        self,
        span: tuple[int, int],
        day: date | None,
        *,
        precision: int,
        kind: str,
        used: date | None,
        end_day: date | None = None,
    ) -> DateMention:
        """Build a mention of ``text[span]``, day None forcing precision 3."""
        start, end = span
        if day is None:
            precision = 3
        return DateMention(
            start=start,
            end=end,
            text=self.text[start:end],
            day=day,
            end_day=end_day,
            precision=precision,
            kind=kind,
            anchor=used,
        )


Resolver = Callable[[re.Match[str], Context], DateMention | None]
Acceptor = Callable[[re.Match[str], str], bool]


def _always(match: re.Match[str], text: str) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of date expression.

    Attributes:
        name: for debugging and tests.
        pattern: compiled once at import.
        resolve: turns a match into a mention given the context (None drops it).
        accept: a cheap check of the match alone, before overlaps are settled,
            so a rejected long match leaves room for shorter ones.
        needs: a quick regex the sentence must contain for the rule to run
            at all (a month name, a digit); searched once per sentence and
            shared by the rules that name the same object.
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    accept: Acceptor = _always
    needs: re.Pattern[str] | None = None
