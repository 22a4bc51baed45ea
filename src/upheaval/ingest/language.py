"""A cheap test of whether a text is English, for skipping foreign pages.

English prose is full of short function words: in news text "the", "of",
"and", "to", "in" ... make up 35-50% of the tokens. Other languages written
in the Latin script score under 10% (their articles and prepositions differ),
and texts in other scripts have few ASCII letters at all.
"""

from __future__ import annotations

import re

_FUNCTION_WORDS = frozenset(
    str.split(
        """the of and to in a is that for on was with as by at from were are said
        have has had be been it its this which who an not but or they their he she
        his her will would after over more than about into police"""
    )
)
_WORD = re.compile(r"[^\W\d_]+")
# Below this share of function words a text is not English (see above: the
# gap between English and other languages is wide, so the middle is safe).
MIN_FUNCTION_SHARE = 0.15
# Fewer words than this say too little: such a text is given the benefit.
MIN_WORDS = 20
# Share of letters that are ASCII below which the script is not Latin.
MIN_ASCII_SHARE = 0.5


def looks_english(text: str) -> bool:
    """Whether a text reads as English.

    Args:
        text: the text (its first few thousand characters suffice).

    Returns:
        True for English, and for texts too short to tell.
    """
    words = _WORD.findall(text[:5000])
    if len(words) < MIN_WORDS:
        return True
    letters = "".join(words)
    if sum(1 for c in letters if c.isascii()) / len(letters) < MIN_ASCII_SHARE:
        return False
    share = sum(1 for word in words if word.lower() in _FUNCTION_WORDS) / len(words)
    return share >= MIN_FUNCTION_SHARE
