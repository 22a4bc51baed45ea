"""Word tables and regex fragments shared by the date patterns.

Our own tables rather than dateparser's: the recogniser needs the words as
regex alternations compiled once, and English is the only language the
pipeline reads after translation.
"""

from __future__ import annotations

import re

from upheaval.numbers import SMALL_NUMBERS

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

FULL_MONTHS: frozenset[str] = frozenset(name for name in MONTHS if len(name) > 3 or name == "may")

# Month words that are also ordinary English words or names ("may", "march",
# "jan"): they count as months only when capitalised.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset(
    {
        "may",
        "march",
        "mar",
        "jan",
        "jun",
        "jul",
        "dec",
        "oct",
        "aug",
        "sep",
        "sept",
        "nov",
        "feb",
        "apr",
    }
)

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

NUMBER_WORDS: dict[str, int] = {
    **SMALL_NUMBERS,
    "a couple of": 2,
    "couple of": 2,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty-second": 22,
    "twenty-third": 23,
    "twenty-fourth": 24,
    "twenty-fifth": 25,
    "twenty-sixth": 26,
    "twenty-seventh": 27,
    "twenty-eighth": 28,
    "twenty-ninth": 29,
    "thirtieth": 30,
    "thirty-first": 31,
}


def _alternation(words: list[str]) -> str:
    # Longest first so "September" wins over "Sep" and "twenty-first" over "first".
    return "|".join(sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True))


# Full names never take a dot ("19 January." ends a sentence); abbreviations may.
MONTH_ALT = _alternation(
    [name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july")]
)
ABBREVIATION_ALT = _alternation(
    [name for name in MONTHS if len(name) <= 4 and name not in ("may", "june", "july")]
)
WEEKDAY_ALT = _alternation(list(WEEKDAYS))
NUMBER_ALT = _alternation(list(NUMBER_WORDS))
ORDINAL_ALT = _alternation(list(ORDINAL_WORDS))

# Prefilters: a rule built on a month (or weekday) name runs only when the
# sentence holds one; most sentences of a report hold neither.
HAS_MONTH = re.compile(rf"\b(?:{MONTH_ALT}|{ABBREVIATION_ALT})\b", re.IGNORECASE)
HAS_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_ALT})", re.IGNORECASE)
HAS_DIGIT = re.compile(r"\d")


def month(group: str) -> str:
    """A month name or abbreviation (optional dot) captured as ``group``."""
    return rf"(?P<{group}>(?:{MONTH_ALT})\b|(?:{ABBREVIATION_ALT})\b\.?)"


def day(group: str) -> str:
    """A day of the month, digits with optional ordinal suffix or an ordinal word.

    Digits must not touch another digit, a comma or a decimal point, so
    "1,200 March" or "3.5 May" never yield a day.
    """
    digits = r"(?<![\d,.])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
    return rf"(?P<{group}>{digits}|(?:{ORDINAL_ALT})\b)"


def year(group: str) -> str:
    """A four-digit year 1900-2099 captured as ``group``."""
    return rf"(?P<{group}>(?:19|20)\d\d)(?!\d|,\d)"


def weekday(group: str) -> str:
    """A weekday name captured as ``group``."""
    return rf"(?P<{group}>\b(?:{WEEKDAY_ALT})\b)"


def parse_day(token: str) -> int:
    """The number of a day token ("3rd" -> 3, "third" -> 3)."""
    word = token.lower()
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    return int(re.sub(r"\D", "", word))


def parse_month(token: str) -> int:
    """The number of a month token ("Jan." -> 1)."""
    return MONTHS[token.rstrip(".").lower()]


def month_ok(token: str) -> bool:
    """Whether a month token may be read as a month given its case.

    "may" and "march" in lower case are a verb and a noun; abbreviations in
    lower case are too often other words. Full, unambiguous names are
    accepted in any case (blogs write "3 january").
    """
    word = token.rstrip(".")
    if word.lower() not in AMBIGUOUS_MONTHS:
        return True
    return word[:1].isupper()


def parse_number(token: str) -> int:
    """The value of a count word or digits ("two" -> 2, "a couple of" -> 2)."""
    word = " ".join(token.lower().split())
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS[word]
