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
from functools import lru_cache

from upheaval.resolve.places.sources import data_dir

# One clue is worth this many votes, split between the countries it fits:
# less than a country's name (3), more than one town (1), so a party and a
# town of its country settle the focus of a one-line note.
CLUE_VOTE = 2.0
# Each distinct clue counts once, however often the text repeats it.


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """The clue table as (pattern, countries) pairs, longest clues first."""
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
        patterns.append((re.compile(rf"(?<![\w-]){body}(?![\w-])", flags), isos))
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
    for pattern, isos in _patterns():
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s <= start and end <= e for s, e in taken):
                continue
            taken.append((start, end))
            # "rupee" and "rupees", "Houthi" and "Houthis": one clue.
            stem = match.group().casefold().removesuffix("s")
            if stem not in counted:
                counted.add(stem)
                for iso in isos:
                    votes[iso] += CLUE_VOTE / len(isos)
            break  # once per clue
    return dict(votes)
