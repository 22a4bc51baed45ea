"""Normalise characters that extraction tools leave behind.

PDF and HTML extractions carry no-break and other typographic spaces, soft
hyphens, zero-width characters, ligatures (``ﬁ``) and decomposed accents.
Letters and their diacritics are kept; only their encoding is normalised.
"""

from __future__ import annotations

import re
import unicodedata

from upheaval.clean._edit import Edit, rewrite

# Typographic spaces (NBSP, en/em/thin/hair spaces, narrow NBSP, ideographic
# space ...) and the tab all become a plain space.
_SPACES = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
# Zero-width space, word joiner, BOM and the Mongolian vowel separator carry no
# text. ZWJ/ZWNJ (U+200C/D) are kept: they change how Indic, Persian and emoji
# text renders and are meaningful there.
_INVISIBLE = "\u200b\u2060\ufeff\u180e"
_LIGATURES = "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
# Unicode hyphens U+2010/U+2011 become "-" so hyphenation rules see them.
_HYPHENS = "\u2010\u2011"
# C0 controls other than \t \n \v \f \r, and DEL.
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f"

_PATTERN = re.compile(
    "\u00ad[ \t]*(?:\r\n|[\r\n])[ \t]*"  # soft hyphen at a line end: one word
    "|\r\n|[\r\u2028]"
    f"|[\f\v\u2029]|[{_SPACES}]|[{_INVISIBLE}\u00ad{_CONTROLS}]"
    f"|[{_LIGATURES}]|[{_HYPHENS}]"
    r"|\w[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)


def normalize_characters(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Replace odd spaces, invisible characters, ligatures and decomposed accents.

    Args:
        text: the current text.
        offsets: its map to the original text.

    Returns:
        The normalised text and its offset map.
    """
    edits: list[Edit] = []
    for match in _PATTERN.finditer(text):
        edits.append((match.start(), match.end(), _replacement(match.group())))
    return rewrite(text, offsets, edits)


def _replacement(found: str) -> str:
    first = found[0]
    if first in _SPACES:
        return " "
    if found in ("\r\n", "\r", "\u2028"):
        return "\n"
    if first in "\f\v\u2029":
        return "\n\n"  # a page or paragraph break counts as a blank line
    if first in _HYPHENS:
        return "-"
    if first in _LIGATURES:
        return unicodedata.normalize("NFKC", found)
    if first.isalnum() or first == "_":
        return unicodedata.normalize("NFC", found)
    return ""  # soft hyphen (also at a line end), invisible or control character
