"""Words that point to a country without naming it.

A one-line event note rarely names its country: "Awami League activists
clashed at Pirpur village" is about Bangladesh, "a barangay captain was
shot" about the Philippines, "fined 5,000 naira" about Nigeria. Parties,
armed groups, security forces, currencies and administrative units only one
country uses are evidence for the report's focus country, weighed with the
towns and regions it names (find.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from upheaval.resolve.places.sources import data_dir

# One clue is worth this many votes, split between the countries it fits:
# less than a country's name (3), more than one town (1), so a party and a
# town of its country settle the focus of a one-line note.
CLUE_VOTE = 2.0
# Each distinct clue counts once, however often the text repeats it.


# A clue matches only where the text holds its first word as a whole word
# (the patterns are bounded by non-word characters), so a text is tried only
# against the clues whose first word it holds: a few of the table's patterns
# instead of every one over the whole text. Words are compared folded: lower
# case, and the four characters outside ASCII that ``re.IGNORECASE`` matches
# to ASCII letters mapped to them.
_WORD = re.compile(r"\w+")
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u212a": "k", "\u017f": "s"})


@dataclass(frozen=True, slots=True)
class _Clue:
    pattern: re.Pattern[str]
    isos: tuple[str, ...]
    # The folded first word a text must hold, or None: always tried.
    key: str | None


def _key(clue: str) -> str | None:
    first = _WORD.match(clue)
    if first is None or not first.group().isascii():
        return None
    return first.group().lower()


def _words(text: str) -> set[str]:
    """The folded words of a text."""
    return set(_WORD.findall(text.translate(_FOLD).lower()))


@lru_cache(maxsize=1)
def _patterns() -> tuple[_Clue, ...]:
    """The clue table, longest clues first."""
    clues: list[tuple[str, tuple[str, ...]]] = []
    path = data_dir() / "country_clues.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        codes, _, values = line.partition("\t")
        isos = tuple(c.strip().upper() for c in codes.split(",") if c.strip())
        clues += [(v.strip(), isos) for v in values.split("|") if v.strip()]
    clues.sort(key=lambda item: -len(item[0]))
    patterns = []
    for clue, isos in clues:
        body = r"[\s-]+".join(re.escape(word) for word in re.split(r"[\s-]+", clue))
        # A clue with a capital letter is a name or an acronym: as written.
        flags = 0 if any(c.isupper() for c in clue) else re.IGNORECASE
        pattern = re.compile(rf"(?<![\w-]){body}(?![\w-])", flags)
        patterns.append(_Clue(pattern, isos, _key(clue)))
    return tuple(patterns)


def clue_votes(text: str) -> dict[str, float]:
    """Votes for countries from the clues a text holds.

    Args:
        text: the report's text.

    Returns:
        Votes by ISO2 code; each distinct clue gives CLUE_VOTE, split
        evenly between the countries it fits. A clue inside a longer one
        ("Jamaat" inside "Jamaat-e-Islami") is not counted again.
    """
    votes: dict[str, float] = defaultdict(float)
    taken: list[tuple[int, int]] = []
    counted: set[str] = set()
    words = _words(text)
    for clue in _patterns():
        if clue.key is not None and clue.key not in words:
            continue
        for match in clue.pattern.finditer(text):
            start, end = match.span()
            if any(s <= start and end <= e for s, e in taken):
                continue
            taken.append((start, end))
            # "rupee" and "rupees", "Houthi" and "Houthis": one clue.
            stem = match.group().casefold().removesuffix("s")
            if stem not in counted:
                counted.add(stem)
                for iso in clue.isos:
                    votes[iso] += CLUE_VOTE / len(clue.isos)
            break  # once per clue
    return dict(votes)
