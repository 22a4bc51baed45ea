"""Datelines and front matter: "BOGOTA, Sept 24 (Reuters) -" opens a wire story.

The date of a dateline is the day the story was filed, not the day of the
events it reports ("... marched on Tuesday"). Left in the text, it would be
the nearest date before every trigger of the first sentence. The same holds
for front matter: a YAML header, a byline ("By X | Updated 5 January
2022"), a date glued to a dateline ("Feb 27th 2020ALMATY"). Masking them
keeps offsets and lets the body's own dates (resolved against the
publication date) govern.
"""

from __future__ import annotations

from upheaval.ingest.datetext import dateline_matches, front_matter_spans

__all__ = ["dateline_dates", "dateline_spans", "mask_datelines"]


def dateline_dates(text: str) -> list[tuple[int, int]]:
    """Spans of the dates of datelines in a text."""
    return [match.span("date") for match in dateline_matches(text)]


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of whole datelines (place, date and agency)."""
    return [match.span() for match in dateline_matches(text)]


def mask_datelines(text: str) -> str:
    """The text with dateline dates and front matter blanked out.

    Same length, same offsets; line breaks are kept so the layout (paragraphs,
    day headings) is unchanged.
    """
    spans = sorted(dateline_dates(text) + front_matter_spans(text))
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)
