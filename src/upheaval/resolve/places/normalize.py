"""Normalisation of place names and of the text searched for them.

Names and text go through the same folding so that spelling variants meet:
case, diacritics ("Aqtöbe" = "Aqtobe"), hyphens vs spaces ("Alma-Ata" =
"Alma Ata"), apostrophes inside words ("N'Djamena" = "Ndjamena"), and common
abbreviations ("St." = "Saint"). Tokens keep their character offsets so a
match can be mapped back to the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters that NFKD does not decompose into ASCII plus a combining mark.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "ŋ": "n",
        "ƒ": "f",
    }
)

# Apostrophe-like marks: dropped inside a word, so "Kyrgyz'stan" and
# transliterations with ayin/hamza marks ("Sana'a", "Ma’an") meet the plain form.
_APOSTROPHES = "'’‘ʼʻ`´ʹ′"

# Token abbreviations written either way in reports and in GeoNames.
_TOKEN_ALIASES = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}

_TOKEN = re.compile(r"[^\W_]+(?:[" + _APOSTROPHES + r"][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text with its folded form.

    Attributes:
        start, end: character offsets in the original text.
        surface: the word as written.
        key: the folded form used for matching.
    """

    start: int
    end: int
    surface: str
    key: str


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Fold one word: lower case, no diacritics, no apostrophes.

    Args:
        word: a word as written ("Aqtöbe", "N'Djamena").

    Returns:
        The folded form ("aqtobe", "ndjamena").
    """
    if word.isascii():  # fast path: most names and most text
        key = word.replace("'", "").replace("`", "").lower()
        return _TOKEN_ALIASES.get(key, key)
    word = word.translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = "".join(c for c in plain if c not in _APOSTROPHES)
    key = plain.casefold()
    return _TOKEN_ALIASES.get(key, key)


def tokenize(text: str) -> list[Token]:
    """Split text into word tokens with offsets and folded keys.

    Args:
        text: any text.

    Returns:
        The tokens in text order; punctuation and spaces are separators.
    """
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        # A possessive ("Kazakhstan's") is the name plus a clitic.
        if len(word) > 3 and word[-2] in _APOSTROPHES and word[-1] in "sS":
            word = word[:-2]
        tokens.append(Token(match.start(), match.start() + len(word), word, fold(word)))
    return tokens


_ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:['`][a-z0-9]+)*")


def name_keys(name: str) -> tuple[str, ...]:
    """The folded token keys of a place name ("Alma-Ata" -> ("alma", "ata"))."""
    if name.isascii():  # fast path for the ~1.5M names the index build reads
        words = (w.replace("'", "").replace("`", "") for w in _ASCII_TOKEN.findall(name.lower()))
        return tuple(_TOKEN_ALIASES.get(w, w) for w in words)
    return tuple(fold(m.group()) for m in _TOKEN.finditer(name))


_POSSESSIVE = re.compile(r"(\w)[" + _APOSTROPHES + r"]s\b")


def possessive_keys(name: str) -> tuple[str, ...] | None:
    """The keys of a name with its possessives cut as ``tokenize`` cuts them.

    Text reads "Cox's Bazar" as "Cox" + "Bazar"; the name folds to "coxs
    bazar". Returns None when the name has no possessive.
    """
    if "'" not in name and "\u2019" not in name:  # fast path: ~all of 1.5M names
        return None
    cut = _POSSESSIVE.sub(r"\1", name)
    return name_keys(cut) if cut != name else None


def is_latin(name: str) -> bool:
    """Whether a name folds to plain ASCII letters, digits and separators."""
    return all(key.isascii() for key in name_keys(name)) and bool(name_keys(name))


# Spelling rules of transliteration that vary between sources (Russian,
# Kazakh, Arabic, Persian into English or French): each pair folds the
# variants to one form. Applied in order, on a name written without spaces.
_SKELETON_RULES = (
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("q", "k"),
    ("ck", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("y", "i"),
    ("x", "ks"),
    ("ie", "i"),
)


@lru_cache(maxsize=65536)
def skeleton(keys: tuple[str, ...]) -> str:
    """A spelling-insensitive form of a folded name, for variant lookup.

    "Qyzylorda", "Kyzyl-Orda" and "Kzyl Orda" do not all meet, but "Aqtobe"
    and "Aktobe", "Jezkazgan" and "Dzhezkazgan", "Alma Ata" and "Almaata" do.

    Args:
        keys: the folded words of a name (``name_keys``).

    Returns:
        The name without spaces, transliteration variants folded and doubled
        letters collapsed.
    """
    word = "".join(keys)
    for old, new in _SKELETON_RULES:
        word = word.replace(old, new)
    collapsed = [c for i, c in enumerate(word) if i == 0 or c != word[i - 1]]
    return "".join(collapsed)
