"""Keep the narrative date across the sentences of one document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from upheaval.ingest.datetext import date_line
from upheaval.model import DateMention
from upheaval.resolve.dates._find import find_in_sentence, moves_narrative

__all__ = ["SentenceTime", "resolve_dates"]

# A period's end ("until 19 January") never dates the event beside it.
_NOT_GOVERNING = frozenset({"until"})
# A year-only mention after the trigger dates it only when close: "the riot of
# 2021" (a few words) is background, but "prices, lower than last year" at the
# end of a long clause is a comparison. 40 characters is about six words.
_YEAR_REACH = 40


# Days between an undated event told as news and the report's publication.
PUBLISHED_LAG = 1


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
            return stated[0] if vague and stated else before[-1]
        if after:
            return after[0]
        if self.narrative is None:
            if self.anchor is None:
                return None
            # Before any stated day, a report tells of the days just before
            # its publication: inferred (precision 2), on the day before it
            # (news is told the day after; a weekly digest's week is around
            # it; an event on publication day itself is still within 2).
            anchor = self.anchor
            day = anchor - timedelta(days=PUBLISHED_LAG)
            return DateMention(0, 0, "", day, precision=2, kind="published", anchor=anchor)
        if self.narrative_heading:
            return self.narrative  # the entries under a day heading: stated
        return replace(self.narrative, precision=max(self.narrative.precision, 2))


def resolve_dates(sentences: Sequence[str], published: date | None) -> list[SentenceTime]:
    """Resolve the dates of a document's sentences in order.

    A stated day moves the narrative date; months, years, period ends and
    planned future dates do not. An undated sentence keeps it. A line that is
    a date and nothing else (a day heading of a live blog or timeline) always
    moves it; one after publication moves the writer's today with it.

    Args:
        sentences: the document's sentences (or clauses) in order.
        published: publication date, the anchor; None when unknown.

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
    for sentence in sentences:
        heading = date_line(sentence)
        mentions = find_in_sentence(sentence, anchor, narrative, heading)
        times.append(SentenceTime(tuple(mentions), narrative, anchor, heading, under_heading))
        for mention in mentions:
            if moves_narrative(mention, anchor, heading):
                narrative, under_heading = mention, heading
                if heading and anchor is not None and mention.day and mention.day > anchor:
                    anchor = mention.day
    return times
