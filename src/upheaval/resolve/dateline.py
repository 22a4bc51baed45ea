"""Datelines: "BOGOTA, Sept 24 (Reuters) -" opens a wire story.

The date of a dateline is the day the story was filed, not the day of the
events it reports ("... marched on Tuesday"). Left in the text, it would be
the nearest date before every trigger of the first sentence. Masking it
keeps offsets and lets the body's own dates (resolved against the
publication date) govern.
"""

from __future__ import annotations

import re

__all__ = ["dateline_dates", "dateline_spans", "mask_datelines"]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+\d{{4}})?"
# A place in capitals (optionally ", Country" or "(Agency)"), then the date,
# then a dash or colon: at the start of the text or of a paragraph.
_DATELINE = re.compile(
    rf"(?:^|(?<=\n))[ \t]*[A-Z][A-Z.'\u2019\- ]{{1,40}}(?:,\s*[A-Z][\w.'\- ]{{1,30}})?"
    rf"(?:\s*\([\w .]{{1,20}}\))?,?\s+(?P<date>{_DATE})"
    rf"\s*(?:\([\w .]{{1,20}}\)\s*)?[-\u2013\u2014:]"
)


def dateline_dates(text: str) -> list[tuple[int, int]]:
    """Spans of the dates of datelines in a text."""
    return [match.span("date") for match in _DATELINE.finditer(text)]


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of whole datelines (place, date and agency)."""
    return [match.span() for match in _DATELINE.finditer(text)]


def mask_datelines(text: str) -> str:
    """The text with dateline dates blanked out (same length, same offsets)."""
    spans = dateline_dates(text)
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts += [text[last:start], " " * (end - start)]
        last = end
    parts.append(text[last:])
    return "".join(parts)
