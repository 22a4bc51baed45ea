"""Rejoin lines that text extraction broke inside a sentence.

PDF and e-mail extractions end a line wherever the page did, and page breaks
leave a blank line in the middle of a sentence ("it doubled its\\n\\nprice.").
Each line break is decided from the line before it (P) and the line after it
(N):

* join with a space when N starts in lower case, starts with punctuation or a
  citation marker that belongs to P's sentence, or P ends in a way that needs
  a continuation (a comma, a dash, "the", "of", "and" ...);
* join when the text is hard-wrapped, P fills the line (it was wrapped, not
  ended) and no blank line follows it (a blank line after a full line too,
  unless P ends a sentence: a page break inside a sentence);
* otherwise it is a paragraph break, written "\\n\\n". A short line without
  final punctuation before a capitalised line is a headline, byline or
  caption and stays its own paragraph.

Hyphens at line ends are settled by :mod:`upheaval.clean.hyphens`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from upheaval.clean._edit import Edit, rewrite
from upheaval.clean.hyphens import keep_hyphen, split_word

# A line break with the spaces around it, and any blank lines.
_GAP = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*")
# Final punctuation, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’»)\]]*)$|[.!?…][\"'”’»]*\s*\(\d{1,3}\)$")
# Words after which an English sentence cannot stop.
_CONTINUATION_WORDS = frozenset(
    """the a an of to in on at by for from with and or but nor as that which who
    whom whose where when than its their his her our your my this these those
    into onto over under between among about after before during since until
    against via per is are was were be been being has have had not would will
    could should can may must also such some many several both either neither
    each every no any if while because although though whether including
    near toward towards across along around within without upon""".split()
)
_CONTINUATION_END = re.compile(r"[,;(\[\u2013\u2014/&+]$|\s-$")
_CONTINUATION_START = re.compile(r"^(?:[,.;:!?)\]%]|[(\[]\d{1,3}(?:[,\u2013-]\s*\d{1,3})*[)\]])")
_BULLET = re.compile(r"^(?:[•▪◦‣●*]|[-\u2013\u2014]\s)")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_FIRST_LETTER = re.compile(r"[^\W\d_]")

# A text counts as hard-wrapped when its long lines (the 90th percentile of
# line lengths) are at most this long: PDF and e-mail lines run 60-130
# characters, while unwrapped paragraphs (web pages, wire copy) mostly run
# several hundred.
MAX_WRAP_WIDTH = 150
# Fewer lines than this give no reliable wrap width.
MIN_LINES_FOR_WIDTH = 4
# A wrapped line is "full" when it reaches this share of the wrap width: the
# ragged right edge leaves at most one long word (about a quarter of a line).
FULL_LINE_SHARE = 0.75


@dataclass(frozen=True, slots=True)
class _Break:
    start: int
    end: int
    blank_lines: int
    indented: bool


def join_lines(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Join lines broken inside sentences; make every paragraph break "\\n\\n".

    Args:
        text: the current text (newlines are "\\n").
        offsets: its map to the original text.

    Returns:
        The rejoined text and its offset map.
    """
    stripped = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    edits: list[Edit] = [(0, stripped, "")] if stripped else []
    breaks = [_to_break(m) for m in _GAP.finditer(text, stripped, end)]
    starts = [stripped] + [b.end for b in breaks]
    ends = [b.start for b in breaks] + [end]
    lines = [text[s:e] for s, e in zip(starts, ends, strict=True)]
    full = _full_length(lines)
    for index, gap in enumerate(breaks):
        edits.append(_decide(lines[index], lines[index + 1], gap, full, text))
    if end < len(text):
        edits.append((end, len(text), ""))
    return rewrite(text, offsets, edits)


def _to_break(match: re.Match[str]) -> _Break:
    gap = match.group()
    return _Break(match.start(), match.end(), gap.count("\n") - 1, not gap.endswith("\n"))


def _full_length(lines: list[str]) -> float | None:
    """Length from which a line counts as full, or None for unwrapped text."""
    if len(lines) < MIN_LINES_FOR_WIDTH:
        return None
    lengths = sorted(len(line) for line in lines)
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    if width > MAX_WRAP_WIDTH:
        return None
    return width * FULL_LINE_SHARE


def _decide(previous: str, following: str, gap: _Break, full: float | None, text: str) -> Edit:
    if previous.endswith("-"):
        hyphen = _hyphen_edit(previous, following, gap, text)
        if hyphen is not None:
            return hyphen
    if _joins(previous, following, gap, full):
        glued_dash = previous[-1] in "\u2013\u2014" and not previous[-2:-1].isspace()
        return (gap.start, gap.end, "" if glued_dash else " ")
    return (gap.start, gap.end, "\n\n")


def _hyphen_edit(previous: str, following: str, gap: _Break, text: str) -> Edit | None:
    parts = split_word(previous, following)
    if parts is None:
        if previous[-2:-1].isalnum() and following[:1].isalnum():
            return (gap.start, gap.end, "")  # "20-\nyear-old"
        return None
    if gap.blank_lines and not parts[1][0].islower():
        return None  # a blank line and a capital: not the same word
    if keep_hyphen(parts[0], parts[1], text):
        return (gap.start, gap.end, "")
    return (gap.start - 1, gap.end, "")


def _joins(previous: str, following: str, gap: _Break, full: float | None) -> bool:
    if _BULLET.match(following):
        return False
    ends_sentence = _SENTENCE_END.search(previous) is not None
    if _CONTINUATION_START.match(following):
        return True
    if _starts_lower(following):
        return not (ends_sentence and gap.blank_lines)
    if ends_sentence:
        # A wrapped full line that happens to end a sentence goes on in the
        # same paragraph, unless the next line is indented (a new paragraph).
        return full is not None and len(previous) >= full and not gap.blank_lines and (
            not gap.indented
        )
    if _needs_continuation(previous):
        return True
    return full is not None and len(previous) >= full


def _starts_lower(line: str) -> bool:
    letter = _FIRST_LETTER.search(line[:3])
    return letter is not None and letter.group().islower()


def _needs_continuation(line: str) -> bool:
    if _CONTINUATION_END.search(line):
        return True
    word = _LAST_WORD.search(line)
    return word is not None and line.endswith(word.group(1)) and (
        word.group(1).lower() in _CONTINUATION_WORDS
    )
