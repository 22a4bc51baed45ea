"""What the layout and quoting of a report say about its sentences.

- A headline, label or caption (a paragraph of one sentence with no final
  punctuation: "UNREST", "Police clash with students in Lahore") repeats or
  announces the body; its triggers are not events of their own. A snippet
  or note cut off mid-sentence is not a headline.
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


# A headline, label or caption runs to about a dozen words; a "paragraph"
# without final punctuation much longer than this is a sentence cut short
# (a snippet, a truncated note), not a headline.
MAX_HEADLINE_WORDS = 20
# Words a headline never ends on; a text that stops on one was cut off.
_CUT_OFF = re.compile(
    r"\b(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|but|as|that|which|who|"
    r"when|where|while|after|before|into|than|its|their|his|her|was|were|is|are|had|has)$"
)


def headline_sentence(text: str, start: int, end: int) -> bool:
    """A sentence that is a paragraph of its own and lacks final punctuation.

    Not a headline: the text's only paragraph (a snippet or a note, however
    it ends), a long one, or one that ends the text on a word no headline
    ends on ("... when the procession brought the"): text cut mid-sentence.
    """
    sentence = text[start:end].strip()
    if not sentence or _FINAL.search(sentence):
        return False
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    opens = not before or before.endswith("\n")
    closes = not after or after.startswith("\n")
    if not (opens and closes):
        return False
    if not before.strip() and not after.strip():
        return False  # the whole text: a snippet
    if len(sentence.split()) > MAX_HEADLINE_WORDS:
        return False
    return not (not after.strip() and _CUT_OFF.search(sentence) is not None)


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
