"""Actors: ACLED-style names and inter codes for the actors extract found.

``ActorRef("protesters")`` in Kenya is "Protesters (Kenya)" with inter code 6;
``ActorRef("police")`` is "Police Forces of Kenya" (1). Named organisations
and people keep their names, canonicalised through the alias table of
``upheaval/data/actors.yaml`` with transliteration-robust matching, so that
"Hizbollah" and "Hezbollah", or "Zelenskyy" and "Zelensky", meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from upheaval.extract.lexicon import load_lexicon
from upheaval.model import ActorRef

__all__ = ["actor_key", "canonical_name", "name_actor", "same_actor"]

# Two keys at or above this rapidfuzz ratio name the same actor. Set so that
# transliteration variants that survive actor_key ("Lukashenko"/"Lukashenka": 90,
# "Hezbolah"/"Hizbolah": 87.5) match while different names ("Hamas"/"Amal":
# 67, "Democratic Party"/"Republican Party": 62) do not.
MATCH_RATIO = 85
# Keys shorter than this are abbreviations ("UN", "AU"): exact match only.
MIN_FUZZY_LENGTH = 5

# Spelling variants of transliteration, applied in order to a lower-cased,
# accent-free name. Russian/Arabic/Persian names reach English in several
# systems: kh/h, y/i, j/zh/dj, ou/u, ph/f, doubled letters.
_FOLDS = (
    ("kh", "h"),
    ("zh", "j"),
    ("dj", "j"),
    ("dzh", "j"),
    ("ph", "f"),
    ("ou", "u"),
    ("yy", "i"),
    ("iy", "i"),
    ("ey", "ei"),
    ("ay", "ai"),
    ("y", "i"),
    ("w", "v"),
    ("q", "k"),
    ("ck", "k"),
    ("ee", "i"),
    ("oo", "u"),
    ("'", ""),
    ("`", ""),
    ("-", " "),
)
_DOUBLE = re.compile(r"(.)\1+")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_ARTICLES = re.compile(r"^(the|al|el|an|a)\s+")


def actor_key(name: str) -> str:
    """A spelling-robust key for an actor name ("Zelenskyy" -> "zelenski")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = _NON_WORD.sub("", text)
    text = _ARTICLES.sub("", text)
    text = _DOUBLE.sub(r"\1", text)
    return " ".join(text.split())


def same_actor(a: str, b: str) -> bool:
    """Whether two names are spellings of the same actor."""
    ka, kb = actor_key(a), actor_key(b)
    if ka == kb or canonical_name(a) == canonical_name(b):
        return True
    if min(len(ka), len(kb)) < MIN_FUZZY_LENGTH:
        return False
    return fuzz.ratio(ka, kb) >= MATCH_RATIO


@lru_cache(maxsize=1)
def _alias_keys() -> tuple[tuple[str, str], ...]:
    """(key, canonical name) for every canonical name and alias."""
    pairs: list[tuple[str, str]] = []
    for canonical, spellings in load_lexicon().aliases.items():
        for spelling in (canonical, *spellings):
            pairs.append((actor_key(spelling), canonical))
    return tuple(pairs)


def canonical_name(name: str) -> str:
    """The canonical spelling of a named actor, or the name tidied up.

    Example:
        >>> canonical_name("Hizbollah")
        'Hezbollah'
    """
    key = actor_key(name)
    for alias, canonical in _alias_keys():
        if alias == key:
            return canonical
    if len(key) >= MIN_FUZZY_LENGTH:
        for alias, canonical in _alias_keys():
            if len(alias) >= MIN_FUZZY_LENGTH and fuzz.ratio(alias, key) >= MATCH_RATIO:
                return canonical
    tidy = " ".join(name.split())
    return re.sub(r"^(the|The)\s+", "", tidy)


# Country names that take "the" after "of": "Military Forces of the United
# States", "Government of the Philippines" (ACLED's style).
_THE = re.compile(
    r"^(?:United |Democratic |Central African |Dominican |Republic |Czech Republic)"
    r"|(?:Islands|Republic|Emirates)$"
    r"|^(?:Philippines|Gambia|Bahamas|Comoros|Maldives|Seychelles|Netherlands)$"
)


def _of_country(country: str) -> str:
    """The country as it follows "of" in an actor's name."""
    if country.startswith("The "):
        return "the " + country[4:]
    return "the " + country if _THE.search(country) else country


def _template(template: str, country: str | None, name: str | None) -> str:
    text = template.replace("{name}", name or "")
    if country:
        return text.replace(" of {country}", " of " + _of_country(country)).replace(
            "{country}", country
        )
    for pattern in (" ({country})", " of {country}", "{country}"):
        text = text.replace(pattern, "")
    return text.strip()


def name_actor(ref: ActorRef, country: str | None) -> tuple[str | None, int | None]:
    """ACLED-style name and inter code of an actor.

    Args:
        ref: the actor as extract found it (role, maybe a name).
        country: the event's country name, or None for names without it.

    Returns:
        (name, inter); (None, None) for a role the lexicon does not know.
        Named parties, groups and people keep their (canonical) name; their
        inter code is None as ACLED gives none to associated actors.

    Example:
        >>> name_actor(ActorRef("protesters"), "Kenya")
        ('Protesters (Kenya)', 6)
        >>> name_actor(ActorRef("police"), "Kenya")
        ('Police Forces of Kenya', 1)
    """
    names = load_lexicon().names
    if ref.name:
        canonical = canonical_name(ref.name)
        if ref.role in {"party", "group", "person"} or ref.role not in names:
            return canonical, None
        return canonical, names[ref.role][1]
    if ref.role not in names or "{name}" in names[ref.role][0]:
        return None, None
    template, inter = names[ref.role]
    return _template(template, country, None), inter
