"""Date resolution: date expressions in report sentences to calendar days.

Public API:

- ``find_dates(text, anchor, narrative=None)``: the resolved date mentions of
  one sentence or clause.
- ``resolve_dates(sentences, published)``: walk a document's sentences,
  keeping the narrative date, one ``SentenceTime`` per sentence.
- ``SentenceTime.date_at(offset)``: the date governing an event trigger.

Rules (see the modules for details):

- the anchor is the publication date, always passed in, never "now"; a
  date without a year is the latest such date on or before it, unless a
  future cue ("will", "planned for") stands just before the date;
- without an anchor only dates with a year (or a year known from the
  narrative) resolve; the rest get day None and precision 3;
- precision follows ACLED: 1 stated (or plainly implied, "the next day"),
  2 inferred or known within a week, 3 only the month;
- "03/01/2022" is read day-first unless only the month-first reading
  falls on or before publication, or one part exceeds 12;
- clock times, durations, counts and citation markers never become days.
"""

from __future__ import annotations

from datetime import date

from upheaval.model import DateMention
from upheaval.resolve.dates._discourse import SentenceTime, resolve_dates
from upheaval.resolve.dates._find import find_in_sentence

__all__ = ["SentenceTime", "find_dates", "resolve_dates"]


def find_dates(text: str, anchor: date | None, narrative: date | None = None) -> list[DateMention]:
    """All date expressions in one sentence or clause, resolved.

    Args:
        text: the sentence or clause.
        anchor: publication date of the document; None when unknown.
        narrative: the narrative date in effect; anaphoric expressions ("the
            same day", "two days later") resolve against it, else the anchor.

    Returns:
        Mentions in text order, offsets relative to ``text``; each records
        the date it was resolved against in ``anchor``.

    Example:
        >>> [m.day for m in find_dates("Police fired on 3 January.", date(2022, 1, 6))]
        [datetime.date(2022, 1, 3)]
    """
    story = DateMention(0, 0, "", narrative, precision=1) if narrative else None
    return find_in_sentence(text, anchor, story)
