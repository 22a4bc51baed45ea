"""Rejoin lines that text extraction broke inside a sentence.

PDF and e-mail extractions end a line wherever the page did, and page breaks
leave a blank line in the middle of a sentence ("it doubled its\\n\\nprice.").
Each line break is decided from the line before it (P) and the line after it
(N):

* join with a space when N starts in lower case, starts with punctuation or a
  citation marker that belongs to P's sentence, or P ends in a way that needs
  a continuation (a comma, a dash, "the", "of", "and" ...);
* join when the text is hard-wrapped (paragraphs broken by single newlines
  at a right margin) and P fills the line without ending a sentence; across
  a blank line too, which is then a page break inside the sentence. A full
  line that ends a sentence goes on in its paragraph only across a single
  newline to a line that is not indented;
* otherwise it is a paragraph break, written "\\n\\n". A short line without
  final punctuation before a capitalised line is a headline, byline or
  caption and stays its own paragraph.

Page furniture next to page breaks is dropped first: page numbers ("12",
"Page 3 of 10") and short running headers or footers that recur on pages.
A line that is a date ("11 July", "Tuesday, 5 January") is never furniture:
it is the day heading of a live blog or timeline.
Hyphens at line ends are settled by :mod:`upheaval.clean.hyphens`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from upheaval.clean._edit import Edit, rewrite
from upheaval.clean.hyphens import keep_hyphen, split_word
from upheaval.ingest.datetext import date_line

# A line break with the spaces around it, and any blank lines.
_GAP = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*")
# Final punctuation, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’»)\]]*)$|[.!?…][\"'”’»]*\s*\(\d{1,3}\)$")
# Words after which an English sentence cannot stop.
_CONTINUATION_WORDS = frozenset(
    str.split(
        """the a an of to in on at by for from with and or but nor as that which who
        whom whose where when than its their his her our your my this these those
        into onto over under between among about after before during since until
        against via per is are was were be been being has have had not would will
        could should can may must also such some many several both either neither
        each every no any if while because although though whether including
        near toward towards across along around within without upon"""
    )
)
_CONTINUATION_END = re.compile(r"[,;(\[\u2013\u2014/&+]$|\s-$")
_CONTINUATION_START = re.compile(r"^(?:[,.;:!?)\]%]|[(\[]\d{1,3}(?:[,\u2013-]\s*\d{1,3})*[)\]])")
_BULLET = re.compile(r"^(?:[•▪◦‣●*]|[-\u2013\u2014]\s)")
_PAGE_NUMBER = re.compile(
    r"(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$|[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_FIRST_LETTER = re.compile(r"[^\W\d_]")

# A text counts as hard-wrapped when its long lines (the 90th percentile of
# line lengths) are at most this long: PDF and e-mail lines run 60-130
# characters, while unwrapped paragraphs (web pages, wire copy) mostly run
# several hundred.
MAX_WRAP_WIDTH = 150
# Fewer wrapped lines than this give no reliable wrap width (three lines of a
# paragraph already show its right margin).
MIN_LINES_FOR_WIDTH = 3
# In hard-wrapped text many lines stop mid-sentence with the next line going
# on in lower case (most English words are lower case: a 5-line paragraph
# shows 2-4 such breaks). Text with a paragraph a line (web pages, wire copy)
# shows almost none. Below this share of such breaks a text is not wrapped.
MIN_BROKEN_SHARE = 0.25
# A short line (a running header or footer, at most this long) that recurs
# this often, next to page breaks, is page furniture and is dropped. Three
# repeats: two could be a refrain in the text, three pages share a header.
MAX_HEADER_LENGTH = 80
MIN_HEADER_REPEATS = 3
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

    Page-number lines ("12", "Page 3 of 10", "- 4 -") next to a blank line are
    dropped, so the sentence around a page break can be rejoined.

    Args:
        text: the current text (newlines are "\\n").
        offsets: its map to the original text.

    Returns:
        The rejoined text and its offset map.
    """
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip())
    edits: list[Edit] = [(0, first, "")] if first else []
    spans = _line_spans(text, first, last)
    lines = [text[a:b] for a, b in spans]
    breaks = []
    for index in range(len(spans) - 1):
        end, start = spans[index][1], spans[index + 1][0]
        gap = text[end:start]
        breaks.append(_Break(end, start, gap.count("\n") - 1, gap[-1:] in " \t"))
    full = _full_length(lines, breaks)
    for index, brk in enumerate(breaks):
        edits.append(_decide(lines[index], lines[index + 1], brk, full, text))
    text_end = spans[-1][1] if spans else last  # a dropped page number may end it
    if text_end < len(text):
        edits.append((text_end, len(text), ""))
    return rewrite(text, offsets, edits)


def _line_spans(text: str, first: int, last: int) -> list[tuple[int, int]]:
    """Spans of the non-empty lines, page furniture left out."""
    gaps = list(_GAP.finditer(text, first, last))
    starts = [first] + [gap.end() for gap in gaps]
    ends = [gap.start() for gap in gaps] + [last]
    spans = list(zip(starts, ends, strict=True))
    blank_after = [gap.group().count("\n") > 1 for gap in gaps]
    repeated = _running_headers([text[a:b] for a, b in spans])
    return [
        span
        for index, span in enumerate(spans)
        if not (index > 0 and _is_furniture(text, span, index, blank_after, repeated))
    ]


def _is_furniture(
    text: str, span: tuple[int, int], index: int, blank_after: list[bool], repeated: set[str]
) -> bool:
    """A page number or running header: next to a page break (a blank line).

    The last line of the text may be a page number: it ends the last page.
    """
    last = index == len(blank_after)
    if last:
        return _PAGE_NUMBER.match(text, *span) is not None
    near_break = blank_after[index - 1] or blank_after[index]
    return near_break and (
        _PAGE_NUMBER.match(text, *span) is not None
        or _furniture_key(text[span[0] : span[1]]) in repeated
    )


def _running_headers(lines: list[str]) -> set[str]:
    """Short lines that recur on several pages: running headers and footers."""
    # Day headings of a live blog or a timeline ("11 July", "12 July") share
    # a key but are text: each dates the entries under it.
    counts = Counter(
        _furniture_key(line)
        for line in lines
        if len(line) <= MAX_HEADER_LENGTH and not date_line(line)
    )
    return {
        key
        for key, count in counts.items()
        if count >= MIN_HEADER_REPEATS and not _SENTENCE_END.search(key)
    }


def _furniture_key(line: str) -> str:
    # Page numbers inside a header ("Annual report 2023 | 14") differ per page.
    return _DIGITS.sub("#", line)


def _full_length(lines: list[str], breaks: list[_Break]) -> float | None:
    """Length from which a line counts as full, or None for unwrapped text.

    Only lines followed by a single newline are measured: hard wrapping shows
    as single newlines inside paragraphs, so a text whose paragraphs are all
    separated by blank lines (as clean writes it) is never taken as wrapped.
    """
    pairs = [
        (line, following)
        for line, following, brk in zip(lines, lines[1:], breaks, strict=False)
        if not brk.blank_lines
    ]
    if len(pairs) < MIN_LINES_FOR_WIDTH:
        return None
    lengths = sorted(len(line) for line, _ in pairs)
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    broken = sum(
        1 for line, following in pairs if _starts_lower(following) and not _ends_sentence(line)
    )
    if width > MAX_WRAP_WIDTH or broken < MIN_BROKEN_SHARE * len(pairs):
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
    start = _CONTINUATION_START.match(following)
    if start:
        # "(2) Police ..." after a finished sentence is a list item, not a
        # citation marker of the sentence before.
        rest = following[start.end() : start.end() + 2]
        return not (
            ends_sentence and following[0] in "([" and rest[:1] == " " and rest[1:].isalpha()
        )
    if _starts_lower(following):
        return not (ends_sentence and gap.blank_lines)
    if ends_sentence:
        # A wrapped full line that happens to end a sentence goes on in the
        # same paragraph, unless the next line is indented (a new paragraph).
        return (
            full is not None
            and len(previous) >= full
            and not gap.blank_lines
            and (not gap.indented)
        )
    if _needs_continuation(previous):
        return True
    return full is not None and len(previous) >= full


def _ends_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line) is not None


def _starts_lower(line: str) -> bool:
    letter = _FIRST_LETTER.search(line[:3])
    return letter is not None and letter.group().islower()


def _needs_continuation(line: str) -> bool:
    if _CONTINUATION_END.search(line):
        return True
    word = _LAST_WORD.search(line)
    return (
        word is not None
        and line.endswith(word.group(1))
        and (word.group(1).lower() in _CONTINUATION_WORDS)
    )
