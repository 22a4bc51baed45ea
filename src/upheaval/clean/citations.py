"""Find citation markers such as "(12)", "[12]" or "(12, 13)" and remove them.

A marker is one to three digits (or a list or range of them) in round or
square brackets that stands right after a word or punctuation, as footnote
and source references do in reports. Not markers:

* years and amounts: four or more digits, "(1,000)", "(3.5)";
* times and quantities with words: "(13 p.m.)", "(12 people)";
* list items: at the start of a line, or after ":" "," ";" and followed by a
  word ("demands: (1) wages, (2) prices"), or numbered from (1) with a (2)
  in the same paragraph, each followed by a word ("demanded (1) a new
  constitution and (2) early elections");
* numbers in round brackets right after a number ("Article 5 (2)").

Superscript digits glued to a word of three or more letters ("protests²")
are markers too; shorter words are units ("km²").
"""

from __future__ import annotations

import re

from upheaval.clean._edit import Edit, rewrite
from upheaval.model import Citation

_NUMBERS = r"\d{1,3}(?:\s*(?:,|;|\u2013|-)\s*\d{1,3})*"
_BRACKETED = re.compile(rf"(?P<space> *)(?P<open>[(\[])\s*(?P<body>{_NUMBERS})\s*(?P<close>[)\]])")
_SUPERSCRIPT = re.compile(r"(?<=[^\W\d_]{3})[¹²³⁰⁴⁵⁶⁷⁸⁹]+")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_LIST_LEAD = ",;:"
_ALLOWED_BEFORE = ".,;:!?\"'”’»)]%"
# A range longer than this is not expanded into single markers.
MAX_RANGE = 20
_SUPERSCRIPT_DIGITS = str.maketrans("¹²³⁰⁴⁵⁶⁷⁸⁹", "1230456789")


def remove_citations(text: str, offsets: list[int]) -> tuple[str, list[int], list[Citation]]:
    """Remove citation markers and record where they stood.

    Args:
        text: the current text.
        offsets: its map to the original text.

    Returns:
        The text without markers, its offset map, and one Citation per cited
        number at the cleaned-text position where the marker stood.
    """
    bracketed = [m for m in _BRACKETED.finditer(text) if _is_marker(text, m)]
    listed = _enumerations(text, bracketed)
    found = [
        (m.start(), m.end(), _labels(m.group("body"))) for m in bracketed if m.start() not in listed
    ]
    for match in _SUPERSCRIPT.finditer(text):
        found.append((match.start(), match.end(), [match.group().translate(_SUPERSCRIPT_DIGITS)]))
    found.sort()
    edits: list[Edit] = []
    citations: list[Citation] = []
    removed = 0
    for start, end, labels in found:
        if edits and start < edits[-1][1]:
            continue
        edits.append((start, end, ""))
        citations.extend(Citation(label, start - removed) for label in labels)
        removed += end - start
    new_text, new_offsets = rewrite(text, offsets, edits)
    return new_text, new_offsets, citations


def _enumerations(text: str, markers: list[re.Match[str]]) -> set[int]:
    """Starts of markers that number a list: "(1) wages ... (2) pensions".

    A "(1)" followed by a word, with a "(2)" followed by a word later in the
    same paragraph, starts a list; "(3)", "(4)" ... continue it.
    """
    listed: set[int] = set()
    for index, first in enumerate(markers):
        if first.group("body") != "1" or not _before_word(text, first):
            continue
        chain, expected = [first.start()], 2
        for later in markers[index + 1 :]:
            if "\n\n" in text[first.end() : later.start()]:
                break
            if later.group("body") == str(expected) and _before_word(text, later):
                chain.append(later.start())
                expected += 1
        if len(chain) > 1:
            listed.update(chain)
    return listed


def _before_word(text: str, match: re.Match[str]) -> bool:
    after = text[match.end() : match.end() + 2]
    return after[:1] == " " and after[1:].isalpha()


def _is_marker(text: str, match: re.Match[str]) -> bool:
    if (match.group("open") == "(") != (match.group("close") == ")"):
        return False
    if _THOUSANDS.match(match.group("body")):
        return False
    start = match.start("open") - len(match.group("space"))
    before = text[start - 1] if start > 0 else "\n"
    after = text[match.end() : match.end() + 2]
    if after[:1].isalnum():
        return False  # "(1)a": part of a token
    if before.isalpha() or before in _ALLOWED_BEFORE:
        is_list_item = before in _LIST_LEAD and after[:1] == " " and after[1:2].isalpha()
        return not is_list_item
    return before.isdigit() and match.group("open") == "["


def _labels(body: str) -> list[str]:
    labels: list[str] = []
    for part in re.split(r"\s*[,;]\s*", body):
        bounds = re.split(r"\s*[\u2013-]\s*", part)
        if len(bounds) == 2 and 0 < int(bounds[1]) - int(bounds[0]) <= MAX_RANGE:
            labels.extend(str(n) for n in range(int(bounds[0]), int(bounds[1]) + 1))
        else:
            labels.append(part)
    return labels
