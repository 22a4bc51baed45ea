"""Fix spacing: runs of spaces, spaces before punctuation, missing spaces.

A missing space is only inserted between letters ("Party,which",
"Kazakhstan.The"), never between digits ("5,000", "3.5"), and never inside
a URL, an e-mail address or an abbreviation ("U.S.", "e.g.").
"""

from __future__ import annotations

import re

from upheaval.clean._edit import Edit, rewrite

_RUN = re.compile(r" {2,}")
# A space before closing punctuation; not before ".5" (a decimal) or "..." .
_BEFORE_PUNCT = re.compile(r" +(?=[,;:!?)\]]|\.(?![\d.]))")
_AFTER_OPEN = re.compile(r"(?<=[(\[]) +")
_LINE_EDGE = re.compile(r" +(?=\n)|(?<=\n) +")
# Comma or semicolon glued between two letters (or a closing bracket or
# quote and a letter: "(AP),which").
_GLUED_COMMA = re.compile(r"(?<=[^\W\d_)\]\"”’])[,;](?=[^\W\d_])")
# Period glued between a word of two or more lower-case letters and a
# capitalised word: "Kazakhstan.The". Single letters ("U.S.", "e.g.") never
# match, nor lower-case right sides ("example.com").
_GLUED_PERIOD = re.compile(r"(?<=[^\W\d_]{2})\.(?=[^\W\d_]{2})")
_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+", re.IGNORECASE)


def fix_spaces(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Collapse runs of spaces and fix spaces around punctuation.

    Args:
        text: the current text.
        offsets: its map to the original text.

    Returns:
        The respaced text and its offset map.
    """
    text, offsets = rewrite(text, offsets, _removals(text))
    urls = [match.span() for match in _URL.finditer(text)]
    inserts: list[Edit] = []
    for match in _GLUED_COMMA.finditer(text):
        if not _inside(match.start(), urls):
            inserts.append((match.end(), match.end(), " "))
    for match in _GLUED_PERIOD.finditer(text):
        if _is_glued_sentence(text, match.start()) and not _inside(match.start(), urls):
            inserts.append((match.end(), match.end(), " "))
    return rewrite(text, offsets, sorted(inserts))


def _removals(text: str) -> list[Edit]:
    edits: list[Edit] = [(m.start(), m.end(), " ") for m in _RUN.finditer(text)]
    for pattern in (_BEFORE_PUNCT, _AFTER_OPEN, _LINE_EDGE):
        edits.extend((m.start(), m.end(), "") for m in pattern.finditer(text))
    return _merge(edits)


def _merge(edits: list[Edit]) -> list[Edit]:
    """Sort edits; where two overlap, let the one that deletes more win."""
    merged: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e[0], -e[1])):
        if merged and edit[0] < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], edit[1]), "" if not edit[2] else last[2])
            continue
        merged.append(edit)
    return merged


def _is_glued_sentence(text: str, dot: int) -> bool:
    left, right = text[dot - 1], text[dot + 1 : dot + 3]
    return left.islower() and right[0].isupper() and right[1].islower()


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)
