"""Keep the narrative date across the sentences of one document."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from upheaval.ingest.datetext import date_line
from upheaval.model import DateMention
from upheaval.resolve.dates._absolute import STALE_REACH
from upheaval.resolve.dates._context import Context
from upheaval.resolve.dates._find import find_in_sentence, looks_back, moves_narrative

__all__ = ["SentenceTime", "resolve_dates"]

# A period's end ("until 19 January") never dates the event beside it.
_NOT_GOVERNING = frozenset({"until"})
# A year-only mention after the trigger dates it only when close: "the riot of
# 2021" (a few words) is background, but "prices, lower than last year" at the
# end of a long clause is a comparison. 40 characters is about six words.
_YEAR_REACH = 40


# Days between an undated event told as news and the report's publication.
PUBLISHED_LAG = 1
# A weekly digest (published on its last day) tells the events of the week
# before it: undated, they are coded mid-week, so the true day is within 3.
DIGEST_LAG = 3


# Day headings: at least two make a series. A lone date line within the
# first few sentences (a title, a standfirst, a byline) is a time stamp.
MIN_HEADINGS = 2
STAMP_SENTENCES = 4


def _past_stale(mention: DateMention, sentence: str, anchor: date) -> bool:
    """A stated day a little after publication, told as past: the date is
    stale (an article stamped with its first version, then updated)."""
    if mention.kind not in ("absolute", "span"):
        return False
    if mention.day is None or not 0 < (mention.day - anchor).days <= STALE_REACH:
        return False
    return not Context(sentence, anchor, None).future(mention.start)


# "Back then", "at the time": the time the sentence before spoke of, whatever
# its precision ("like those of three years ago. Back then farmers ...").
_BACK_THEN = re.compile(
    r"\b(?:back\s+then|at\s+the\s+time(?!\s+of)|at\s+that\s+time|in\s+those\s+days)\b",
    re.IGNORECASE,
)


def _refer_back(
    sentence: str, mentions: list[DateMention], previous: Sequence[DateMention]
) -> list[DateMention]:
    """A sentence's dates with "back then" read as the last date told before."""
    match = _BACK_THEN.search(sentence)
    if match is None or not previous or any(m.start <= match.start() < m.end for m in mentions):
        return mentions
    told = replace(previous[-1], start=match.start(), end=match.end(), text=match.group())
    return sorted([*mentions, told], key=lambda m: m.start)


def _governs_after(mention: DateMention, offset: int) -> bool:
    return mention.kind != "year" or mention.start - offset <= _YEAR_REACH


@dataclass(frozen=True)
class SentenceTime:
    """The dates of one sentence and the narrative date it starts with.

    Attributes:
        mentions: the sentence's own dates, offsets relative to the sentence.
        narrative: the narrative date in effect when the sentence starts.
        anchor: the writer's today for this sentence: the publication date,
            or the latest day heading after it (a live page that went on).
        heading: the sentence is a day heading ("11 July").
        narrative_heading: the narrative date is a day heading's, with no
            other day stated since: the sentence is an entry under it.
    """

    mentions: tuple[DateMention, ...]
    narrative: DateMention | None
    anchor: date | None = None
    heading: bool = False
    narrative_heading: bool = False
    lag: int = PUBLISHED_LAG

    def date_at(self, offset: int) -> DateMention | None:
        """The date of an event whose trigger sits at ``offset`` in the sentence.

        The sentence's own date governing that position (the nearest one
        starting before it, else the first after it; a year-only mention
        after it only when within a few words); else the narrative date with
        precision raised to at least 2; else None. A year-only mention (day
        None) is returned as it is: the event is background.

        Args:
            offset: character offset of the trigger in the sentence.

        Returns:
            The governing mention, or None when the document has no date yet.
        """
        own = [m for m in self.mentions if m.kind not in _NOT_GOVERNING]
        before = [m for m in own if m.start <= offset]
        after = [m for m in own if _governs_after(m, offset)]
        if before:
            # A vague link ("Meanwhile", precision 2) yields to a day the
            # clause states after the trigger ("went on strike on Thursday").
            vague = before[-1].kind == "anaphoric" and before[-1].precision >= 2
            stated = [m for m in after if m.kind != "anaphoric" and m.day is not None]
            if vague and stated:
                return stated[0]
            if vague and self.narrative is None and self.anchor is not None:
                return self._published()  # "Meanwhile" with no day told yet
            return before[-1]
        if after:
            return after[0]
        if self.narrative is None:
            return self._published()
        if self.narrative_heading:
            return self.narrative  # the entries under a day heading: stated
        return replace(self.narrative, precision=max(self.narrative.precision, 2))

    def _published(self) -> DateMention | None:
        """Before any stated day, a report tells of the days just before its
        publication: inferred (precision 2), on the day before it (news is
        told the day after; an event on publication day itself is still
        within 2), or mid-week for a weekly digest (``lag``)."""
        if self.anchor is None:
            return None
        day = self.anchor - timedelta(days=self.lag)
        return DateMention(0, 0, "", day, precision=2, kind="published", anchor=self.anchor)


def resolve_dates(
    sentences: Sequence[str],
    published: date | None,
    paragraphs: frozenset[int] = frozenset(),
    *,
    digest: bool = False,
) -> list[SentenceTime]:
    """Resolve the dates of a document's sentences in order.

    A stated day moves the narrative date; months, years, period ends and
    planned future dates do not. An undated sentence keeps it. A line that is
    a date and nothing else (a day heading of a live blog or timeline) always
    moves it; one after publication moves the writer's today with it. A
    sentence that opens a new story (a digest's paragraph) starts with no
    narrative date. A sentence opening on a year or a season ("Last summer
    he purged the ranks.") sets the time of what follows in its paragraph
    until a day is stated: "He jailed his deputy." is background too.

    Args:
        sentences: the document's sentences (or clauses) in order.
        published: publication date, the anchor; None when unknown.
        paragraphs: indices of the sentences that open a paragraph.
        digest: the report is a weekly digest: each paragraph is a story of
            its own, and undated events are dated mid-week (``DIGEST_LAG``
            days before publication).

    Returns:
        One SentenceTime per sentence.

    Example:
        >>> times = resolve_dates(["On 3 January, workers struck.",
        ...                        "The next day police arrived."], date(2022, 1, 6))
        >>> times[1].mentions[0].day
        datetime.date(2022, 1, 4)
    """
    narrative: DateMention | None = None
    anchor = published
    under_heading = False
    times: list[SentenceTime] = []
    lines = [date_line(sentence) for sentence in sentences]
    # Day headings come in series (a live blog, a timeline); a lone date line
    # at the head of a report is its time stamp, which dates no event.
    series = sum(lines) >= MIN_HEADINGS
    lag = DIGEST_LAG if digest else PUBLISHED_LAG
    previous: list[DateMention] = []
    frame: DateMention | None = None  # a year or season the paragraph is told in
    for index, sentence in enumerate(sentences):
        if index in paragraphs:
            frame = None
            if digest:
                narrative, under_heading, previous = None, False, []
        heading = series and lines[index]
        mentions = _refer_back(
            sentence, find_in_sentence(sentence, anchor, narrative, heading), previous
        )
        previous = mentions or previous
        told = frame or narrative
        times.append(SentenceTime(tuple(mentions), told, anchor, heading, under_heading, lag))
        if lines[index] and not series and index < STAMP_SENTENCES:
            continue
        if mentions and mentions[0].day is None and mentions[0].kind == "year":
            # Only a sentence's opening words set its time ("Last summer he
            # ..."), not a phrase in it ("In contrast to the protests in 2021").
            opens = not sentence[: mentions[0].start].strip(" \t\n\"'\u201c\u2018(")
            frame = mentions[0] if opens else frame
        own_day = False
        for mention in mentions:
            if anchor is not None and _past_stale(mention, sentence, anchor):
                anchor = mention.day  # the report was written on that day at least
            if own_day and looks_back(mention, sentence):
                continue
            if moves_narrative(mention, anchor, heading):
                narrative, under_heading, own_day, frame = mention, heading, True, None
                if heading and anchor is not None and mention.day and mention.day > anchor:
                    anchor = mention.day
    return times
