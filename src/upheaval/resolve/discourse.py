"""What the layout and quoting of a report say about its sentences.

- A headline, label or caption (a paragraph of one sentence with no final
  punctuation: "UNREST", "Police clash with students in Lahore") repeats or
  announces the body; its triggers are not events of their own.
- Words inside quotation marks are someone's speech ("'The dismissal is a
  signal,' said an analyst"); the events a report codes are told in its own
  voice, so a trigger inside a quotation is not coded.
- "Nationwide", "across the country": a state measure for the whole country.
"""

from __future__ import annotations

import re

__all__ = ["headline_sentence", "quoted_spans", "inside", "nationwide"]

_FINAL = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s*$")
_QUOTES = re.compile(r"\u201c[^\u201c\u201d]{1,600}\u201d|(?<!\w)\"[^\"\n]{1,600}\"")
_NATIONWIDE = re.compile(
    r"\b(?:nation-?wide|country-?wide|across the (?:whole |entire )?country|"
    r"throughout the (?:whole |entire )?country|(?:whole|entire) country|all over the country|"
    r"(?:in|across) all (?:regions|provinces|states))\b",
    re.IGNORECASE,
)
# A quotation this short is a phrase in scare quotes ("outsiders"), a name or
# a slogan, not reported speech.
MIN_QUOTE_WORDS = 5


def headline_sentence(text: str, start: int, end: int) -> bool:
    """A sentence that is a paragraph of its own and lacks final punctuation."""
    sentence = text[start:end].strip()
    if not sentence or _FINAL.search(sentence):
        return False
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    opens = not before or before.endswith("\n")
    closes = not after or after.startswith("\n")
    return opens and closes


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of direct quotations of at least a few words."""
    return [
        match.span()
        for match in _QUOTES.finditer(text)
        if len(match.group().split()) >= MIN_QUOTE_WORDS
    ]


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether an offset falls inside one of the spans."""
    return any(start < offset < end for start, end in spans)


def nationwide(clause: str) -> bool:
    """Whether a clause says its act covers the whole country."""
    return _NATIONWIDE.search(clause) is not None
