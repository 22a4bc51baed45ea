"""Rewrite a text while keeping a map from each character to the original.

Every cleaning pass is a list of edits ``(start, end, replacement)`` on the
current text. ``rewrite`` applies them and carries the offset map along, so
that after all passes each cleaned character still points at a character of
the document as read.
"""

from __future__ import annotations

from collections.abc import Iterable

Edit = tuple[int, int, str]
"""Replace ``text[start:end]`` by ``replacement``."""


def rewrite(text: str, offsets: list[int], edits: Iterable[Edit]) -> tuple[str, list[int]]:
    """Apply non-overlapping edits, in text order, to a text and its offset map.

    A replacement character ``j`` maps to the original of replaced character
    ``j`` (so a replaced "\\n " keeps two distinct origins); characters beyond
    the replaced span, and insertions, map to the last replaced character or,
    for an insertion, to the character that follows it. The map therefore
    stays non-decreasing.

    Args:
        text: the current text.
        offsets: ``offsets[i]`` is the original index of ``text[i]``.
        edits: ``(start, end, replacement)`` tuples, sorted and non-overlapping.

    Returns:
        The new text and its offset map.
    """
    pieces: list[str] = []
    new_offsets: list[int] = []
    cursor = 0
    for start, end, replacement in edits:
        if start < cursor:
            continue  # overlapping edit: the earlier one wins
        pieces.append(text[cursor:start])
        new_offsets.extend(offsets[cursor:start])
        pieces.append(replacement)
        new_offsets.extend(_origins(offsets, start, end, len(replacement)))
        cursor = end
    if cursor == 0 and not pieces:
        return text, offsets
    pieces.append(text[cursor:])
    new_offsets.extend(offsets[cursor:])
    return "".join(pieces), new_offsets


def _origins(offsets: list[int], start: int, end: int, count: int) -> list[int]:
    if not offsets:
        return [0] * count
    last = min(max(start, end - 1), len(offsets) - 1)
    return [offsets[min(start + j, last)] for j in range(count)]
