"""Dates as a report's layout writes them, before any sentence is read.

Three questions that ingest, clean and resolve all ask of a raw text:

- is this line a date and nothing else? A day heading of a live blog or a
  timeline ("11 July", "Tuesday, 5 January 2022", "2022-01-05 10:45") is
  text, not page furniture, and it dates what follows it;
- where is the front matter? A YAML or markdown header, a byline with a
  date ("By Aigerim Sadykova | Updated 5 January 2022"), a date glued to a
  dateline ("Feb 27th 2020ALMATY"): they say when the page was written or
  edited, not when the events it tells happened;
- what is the publication date a text carries itself, when nobody gave one:
  its dateline's or front matter's date, else its first full date.

Only full dates (day, month and year) count as a publication date: a date
without a year cannot anchor anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = [
    "PublishedDate",
    "date_line",
    "dateline_matches",
    "front_matter_spans",
    "published_in_text",
]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_TIME = r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|UTC[+-]\d{1,2}))?"
# A calendar date in the forms reports write, with the parts named.
_DATE = (
    rf"(?:(?P<d1>{_DAY})(?:\s+of)?\s+(?P<m1>{_MONTH}),?(?:\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?:,?\s*(?P<y2>{_YEAR}))?"
    rf"|(?P<y3>{_YEAR})-(?P<m3>0?[1-9]|1[0-2])-(?P<d3>[0-3]?\d)"
    rf"|(?P<d4>[0-3]?\d)[./](?P<m4>0?[1-9]|1[0-2])[./](?P<y4>{_YEAR}))"
)
_LINE = re.compile(
    rf"^[ \t#*_>|-]*(?:(?:updated|posted|published|last\s+updated)\s*:?\s*)?"
    rf"(?:{_WEEKDAY},?\s+)?{_DATE}\b\.?"
    rf"(?:\s*(?:[|,\u2013\u2014-]|at)?\s*{_TIME})?[ \t*_|]*$",
    re.IGNORECASE,
)
_FULL = re.compile(rf"(?<![\w-]){_DATE}", re.IGNORECASE)
# YAML front matter: "---" first, "---" (or "...") closing within 40 lines.
_YAML = re.compile(r"\A[ \t]*---[ \t]*\n(?:.*\n){0,40}?[ \t]*(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
# A header line "date: 2022-01-05", "Published: 5 January 2022" or a markdown
# table/bold field of the same kind, at the head of the text.
_FIELD = re.compile(
    r"^[ \t*_#>-]*(?:date|published|publish[_ ]?date|updated|modified|created|posted|"
    r"last[_ ]updated|time)[*_]*[ \t]*[:=|][^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A byline: "By Aigerim Sadykova | Updated 14:30 GMT, 5 January 2022",
# "By AP staff, January 5, 2022". A line starting "By" with a date in it.
_BYLINE = re.compile(
    rf"^[ \t*_]*By\s+[A-Z][^\n]{{0,120}}?{_DATE}[^\n]{{0,40}}$",
    re.MULTILINE,
)
# A date glued to the capitals of a dateline or a header word, which text
# extraction leaves without a space: "Feb 27th 2020ALMATY", "5 Jan 2022Reuters".
_GLUED = re.compile(rf"(?<![\w-]){_DATE}(?<=\d)(?=(?-i:[A-Z]))", re.IGNORECASE)
_DATELINE_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATELINE_DATE = rf"(?:{_MONTH}\s+{_DATELINE_DAY}|{_DATELINE_DAY}\s+{_MONTH})(?:,?\s+\d{{4}})?"
# A place in capitals (optionally ", Country" or "(Agency)"), then the date,
# then a dash or colon: at the start of the text or of a paragraph.
_DATELINE = re.compile(
    rf"(?:^|(?<=\n))[ \t]*[A-Z][A-Z.'\u2019\- ]{{1,40}}(?:,\s*[A-Z][\w.'\- ]{{1,30}})?"
    rf"(?:\s*\([\w .]{{1,20}}\))?,?\s+(?P<date>{_DATELINE_DATE})"
    rf"\s*(?:\([\w .]{{1,20}}\)\s*)?[-\u2013\u2014:]"
)
# Front matter is at the head of a page: bylines and header fields count
# within the first this many characters (a title, a standfirst, a byline).
HEAD_CHARS = 600


def _parts(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    for index in "1234":
        day_s, month_s, year_s = groups[f"d{index}"], groups[f"m{index}"], groups[f"y{index}"]
        if day_s is None or month_s is None:
            continue
        if year_s is None:
            return None
        month_no = int(month_s) if month_s.isdigit() else _MONTHS[month_s[:3].lower()]
        try:
            return date(int(year_s), month_no, int(re.sub(r"\D", "", day_s)))
        except ValueError:
            return None
    return None


def date_line(line: str) -> bool:
    """Whether a line is a date and nothing else: a day heading or a timestamp.

    Example:
        >>> date_line("Tuesday, 5 January 2022"), date_line("5 January was calm.")
        (True, False)
    """
    if len(line) > 80:
        return False
    match = _LINE.match(line.strip())
    if match is None:
        return False
    # "May 2" alone is a date, but a lower-case "may" never is.
    month_word = next((m for m in (match.group("m1"), match.group("m2")) if m), None)
    return month_word is None or month_word[:1].isupper() or month_word.lower() != "may"


def front_matter_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the text's front matter: YAML header, header fields, bylines,
    dates glued to a dateline. Their dates say when the page was written."""
    spans: list[tuple[int, int]] = []
    yaml = _YAML.match(text)
    if yaml:
        spans.append(yaml.span())
    head = text[:HEAD_CHARS]
    for pattern in (_FIELD, _BYLINE):
        spans += [m.span() for m in pattern.finditer(head) if _FULL.search(m.group())]
    spans += [m.span() for m in _GLUED.finditer(head)]
    return sorted(set(spans))


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """A publication date found in a text, and where it was found."""

    day: date
    where: str
    text: str


def dateline_matches(text: str) -> list[re.Match[str]]:
    """Datelines: "BOGOTA, Sept 24 (Reuters) -" at the start of a paragraph.

    The match's ``date`` group is the dateline's date.
    """
    return list(_DATELINE.finditer(text))


def published_in_text(text: str) -> PublishedDate | None:
    """The publication date a text states: front matter, a dateline, else its
    first full date (day, month and year).

    Args:
        text: the text as read.

    Returns:
        The date and where it was found, or None when the text has no full date.

    Example:
        >>> published_in_text("ALMATY, 5 January 2022 - Protesters ...").day
        datetime.date(2022, 1, 5)
    """
    datelines = [m.span() for m in dateline_matches(text)]
    for where, spans in (("front matter", front_matter_spans(text)), ("dateline", datelines)):
        for start, end in spans:
            for match in _FULL.finditer(text, start, end):
                found = _parts(match)
                if found is not None:
                    return PublishedDate(found, where, " ".join(text[start:end].split())[:80])
    for match in _FULL.finditer(text):
        found = _parts(match)
        if found is not None:
            return PublishedDate(found, "first full date", match.group())
    return None
