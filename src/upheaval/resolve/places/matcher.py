"""Find candidate place names in text by dictionary matching.

Recognition does not depend on entity labels: every stretch of words that
spells a gazetteer name is a candidate (Aho-Corasick over token codes, plus
the user gazetteer's names), kept when it is written as a name (capitalised,
abbreviations in capitals), and the longest candidates win overlaps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from upheaval.resolve.places.gazetteer import Entry, Gazetteer
from upheaval.resolve.places.index import NAME_COMMON, NAME_ENGLISH, NAME_WORD
from upheaval.resolve.places.normalize import Token
from upheaval.resolve.places.sources import read_word_list
from upheaval.resolve.places.terms import (
    GENERIC_WORDS,
    PARTICLES,
    REGION_WORDS,
    STREET_WORDS,
    TOWN_SITE_WORDS,
    TOWN_WORDS,
)

# The user gazetteer's names are looked up as word n-grams up to this length.
_USER_MAX_WORDS = 6
# An all-capitals word of up to this many letters is an abbreviation
# ("US", "UAE", "DRC") and matches only names that are abbreviations; longer
# ones ("KYIV", "GAZA") are names in capitals, as in datelines.
_ABBREVIATION_LETTERS = 3
# A name in lower case is considered only from this many letters a word and
# for places of this population (GeoNames' cities15000 threshold) or more.
_LOWERCASE_MIN_LETTERS = 4
_LOWERCASE_POPULATION = 15000
# Spelling variants are looked up for runs of up to this many capitalised words.
_VARIANT_MAX_WORDS = 3
# Characters either side looked at to tell a headline in capitals.
_HEADLINE_WINDOW = 30


@dataclass(slots=True)
class Candidate:
    """A stretch of text that spells one or more gazetteer names.

    Attributes:
        first, last: token indices of the name (inclusive).
        entries: the places the name may refer to.
        common: the name is also an ordinary English word.
        word: the name is an English verb, adjective or function word.
        english: the name is a word of the English lexicon.
        lowercase: the name is written in lower case.
        variant: found by spelling variant, not by a name of the gazetteer.
    """

    first: int
    last: int
    entries: list[Entry] = field(default_factory=list)
    common: bool = False
    word: bool = False
    english: bool = False
    lowercase: bool = False
    variant: bool = False


@lru_cache(maxsize=1)
def stoplist() -> set[str]:
    """Folded words that are never place names on their own (our stoplist)."""
    return read_word_list("stoplist.txt")


def _encode(tokens: list[Token], gazetteer: Gazetteer) -> str:
    # Two characters per token keep positions aligned: token i is at 2i, 2i+1.
    return "".join(gazetteer.token_code(t.key) or "  " for t in tokens)


def _in_headline(text: str, token: Token) -> bool:
    window = text[max(token.start - _HEADLINE_WINDOW, 0) : token.end + _HEADLINE_WINDOW]
    letters = [c for c in window if c.isalpha()]
    return len(letters) > 2 * len(token.surface) and all(c.isupper() for c in letters)


def _dateline(text: str, words: list[Token]) -> bool:
    """ "OSH, Kyrgyzstan —": a name in capitals opening a line before a comma."""
    line_start = text.rfind("\n", 0, words[0].start) + 1
    after = text[words[-1].end : words[-1].end + 3].lstrip()
    return not text[line_start : words[0].start].strip() and after[:1] in (",", "(", "—", "-")


# A lower-case word after a capitalised one may end a name when it has this
# many letters ("Port harcourt"; not "Cox's" + "s").
_TAIL_LETTERS = 4
# ... and is no kind word: "Almaty region", "Bhola district" are read by context.
_KIND_WORDS = REGION_WORDS | TOWN_SITE_WORDS | STREET_WORDS | TOWN_WORDS | GENERIC_WORDS


def _capitalised(words: list[Token]) -> bool:
    for position, token in enumerate(words):
        if token.surface[0].isupper():
            continue
        if position > 0 and token.key in PARTICLES:
            continue
        return False
    return True


def _lowercase_name(words: list[Token], entries: list[Entry], english: bool) -> list[Entry]:
    """Entries a name written in lower case may still mean ("protests in shymkent").

    Only names that are no English word, of words of four letters or more,
    written as the gazetteer writes them (no spelling guess: "cars" is not
    Kars), and only major places: lower case is weak evidence of a name.
    """
    if english or any(len(t.key) < _LOWERCASE_MIN_LETTERS for t in words):
        return []
    return [
        e
        for e in entries
        if not e.abbreviation
        and not e.demonym
        and not e.spelling
        and e.place.population >= _LOWERCASE_POPULATION
    ]


def _written_as(
    words: list[Token], entries: list[Entry], text: str, english: bool = False
) -> list[Entry]:
    """Keep the entries whose kind of name fits how the words are written."""
    if not _capitalised(words):
        tail = [t for t in words[1:] if not t.surface[0].isupper()]
        named = all(len(t.key) >= _TAIL_LETTERS and t.key not in _KIND_WORDS for t in tail)
        if words[0].surface[0].isupper() and named:
            # "Cox's bazar", "Port harcourt": a name with a lower-case tail
            return [e for e in entries if not e.abbreviation and not e.demonym and not e.spelling]
        return _lowercase_name(words, entries, english)
    letters = "".join(t.surface for t in words)
    upper = letters.isupper()
    short_caps = upper and len(letters) <= _ABBREVIATION_LETTERS
    if short_caps and not _in_headline(text, words[0]) and not _dateline(text, words):
        return [e for e in entries if e.abbreviation or e.place.kind == "facility"]
    return [e for e in entries if not e.abbreviation or upper]


def _dictionary_matches(tokens: list[Token], gazetteer: Gazetteer) -> list[Candidate]:
    found = []
    for end, value in gazetteer.automaton.iter(_encode(tokens, gazetteer)):
        words, name_id = value & 7, value >> 3
        last = end // 2
        flags = gazetteer.name_flags(name_id)
        candidate = Candidate(
            last - words + 1,
            last,
            list(gazetteer.entries(name_id)),
            common=bool(flags & NAME_COMMON),
            word=bool(flags & NAME_WORD),
            english=bool(flags & NAME_ENGLISH),
        )
        found.append(candidate)
    return found


def _user_matches(tokens: list[Token], gazetteer: Gazetteer) -> list[Candidate]:
    found: list[Candidate] = []
    if not gazetteer.user_names:
        return found
    for first in range(len(tokens)):
        for last in range(first, min(first + _USER_MAX_WORDS, len(tokens))):
            keys = tuple(t.key for t in tokens[first : last + 1])
            for place in gazetteer.user_names.get(keys, []):
                found.append(Candidate(first, last, [Entry(place)]))
    return found


def _merge_same_span(candidates: list[Candidate]) -> list[Candidate]:
    merged: dict[tuple[int, int], Candidate] = {}
    for candidate in candidates:
        key = (candidate.first, candidate.last)
        if key in merged:
            merged[key].entries.extend(candidate.entries)
            merged[key].common = merged[key].common and candidate.common
            merged[key].word = merged[key].word and candidate.word
            merged[key].english = merged[key].english or candidate.english
        else:
            merged[key] = candidate
    return list(merged.values())


def find_candidates(
    text: str,
    tokens: list[Token],
    gazetteer: Gazetteer,
    focus: str | None = None,
    named: Sequence[Candidate] | None = None,
) -> list[Candidate]:
    """All non-overlapping candidate names in text order.

    Args:
        text: the text the tokens come from.
        tokens: its tokens (``normalize.tokenize``).
        gazetteer: the gazetteer.
        focus: ISO2 of the report's country, when known: a capitalised name
            no spelling rule reaches may then be a near spelling of one of
            its places ("Habigonj").
        named: :func:`named_candidates` of the same text, when the caller
            has them (they do not depend on the focus).

    Returns:
        Candidates written as names; of overlapping ones the longest wins
        (user places first among equals, since the user named them on purpose).
    """
    chosen = list(named) if named is not None else named_candidates(text, tokens, gazetteer)
    taken = {i for candidate in chosen for i in range(candidate.first, candidate.last + 1)}
    chosen += _variant_matches(text, tokens, gazetteer, taken, focus)
    return sorted(chosen, key=lambda c: c.first)


def named_candidates(text: str, tokens: list[Token], gazetteer: Gazetteer) -> list[Candidate]:
    """The names of the gazetteer (and the user's places) in a text, written
    as names, non-overlapping (the longest wins), longest first: the part of
    :func:`find_candidates` that does not depend on the focus country."""
    candidates = _merge_same_span(
        _user_matches(tokens, gazetteer) + _dictionary_matches(tokens, gazetteer)
    )
    kept = []
    for candidate in candidates:
        words = tokens[candidate.first : candidate.last + 1]
        if all(t.key in GENERIC_WORDS for t in words) and not any(
            e.place.kind == "region" for e in candidate.entries
        ):
            continue  # "Plaza", "Metro": kind words, not names ("Central Region" is)
        candidate.lowercase = not words[0].surface[0].isupper()
        candidate.entries = _written_as(words, candidate.entries, text, candidate.english)
        # A common word written as an abbreviation ("US") or naming a country
        # or region is not the common word any more.
        plain_town = all(e.place.kind == "city" and not e.abbreviation for e in candidate.entries)
        candidate.common = candidate.common and plain_town
        candidate.word = candidate.word and plain_town
        if candidate.entries:
            kept.append(candidate)
    kept.sort(key=lambda c: (c.first - c.last, c.first))
    taken: set[int] = set()
    chosen = []
    for candidate in kept:
        span = set(range(candidate.first, candidate.last + 1))
        if not span & taken:
            taken |= span
            chosen.append(candidate)
    return chosen


def _capitalised_runs(text: str, tokens: list[Token], taken: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words joined by spaces or hyphens only."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, token in enumerate(tokens):
        usable = i not in taken and token.surface[0].isupper()
        gap = text[tokens[i - 1].end : token.start] if i else "."
        if usable and start is not None and len(gap) <= 2 and not gap.strip(" -"):
            continue
        if start is not None:
            runs.append((start, i - 1))
        start = i if usable else None
    if start is not None:
        runs.append((start, len(tokens) - 1))
    return runs


# Words after a name that make it a village or a quarter: places named alike
# by the thousand ("Chandipur union" is no near spelling of Chandpur town).
_VILLAGE_WORDS = frozenset(
    {"area", "areas", "hamlet", "mohalla", "mouza", "para", "union", "village", "villages", "ward"}
)


def _village_named(tokens: list[Token], last: int) -> bool:
    return last + 1 < len(tokens) and tokens[last + 1].key in _VILLAGE_WORDS


def _variant_matches(
    text: str, tokens: list[Token], gazetteer: Gazetteer, taken: set[int], focus: str | None
) -> list[Candidate]:
    """Capitalised words the gazetteer lacks, looked up by spelling skeleton,
    else (in a report about one country) by a near spelling of its places."""
    found = []
    for first, last in _capitalised_runs(text, tokens, taken):
        # "Chapainawabganj District": the kind word is no part of the name.
        while last > first and tokens[last].key in GENERIC_WORDS:
            last -= 1
        if last - first + 1 > _VARIANT_MAX_WORDS:
            continue
        keys = tuple(t.key for t in tokens[first : last + 1])
        # A stop word, a kind word, or a name the index holds but the exact
        # match refused (lower case, an abbreviation) is not retried.
        if " ".join(keys) in stoplist() or all(k in GENERIC_WORDS for k in keys):
            continue
        if gazetteer.name_id(keys) is not None:
            continue
        entries = gazetteer.variants(keys)
        if not entries and focus is not None and not _village_named(tokens, last):
            entries = gazetteer.near_spellings(keys, focus)
        if entries:
            found.append(Candidate(first, last, entries, variant=True))
    return found
