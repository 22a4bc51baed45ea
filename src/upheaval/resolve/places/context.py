"""Read the words around a candidate name: what kind of place it names.

"Atyrau province" names a region, "Lagos State University" a site in a town,
"Almaty Times" a newspaper, "President Jordan" a person. Entity hints from
spaCy are weighed here too: evidence, never a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from upheaval.model import PlaceMention
from upheaval.resolve.places.matcher import Candidate
from upheaval.resolve.places.normalize import Token
from upheaval.resolve.places.terms import (
    LOCATIVES,
    NAME_LABELS,
    OPEN_BEFORE,
    ORG_WORDS,
    PARTICLES,
    PLACE_LABELS,
    REGION_WORDS,
    SITE_MODIFIERS,
    STREET_PREFIXES,
    STREET_WORDS,
    TITLE_WORDS,
    TOWN_SITE_WORDS,
    TOWN_SITES,
    TOWN_WORDS,
)

# A dot and a lower-case domain or path right after a name: "Orda.kz".
_URL_PART = re.compile(r"\.[a-z]{2,}\b|/[a-z]")
# "a Jessore-based daily", "a Dhaka-bound train", "Russian-made rifles", "an
# Iran-backed militia": the name qualifies a thing or a group; it is not where
# anything happens.
_COMPOUND_MODIFIER = re.compile(
    r"[-\u2010\u2011]\s?(?:based|bound|born|made|built|backed|funded|owned|run|"
    r"registered|flagged|headquartered|listed)\b",
    re.IGNORECASE,
)
# "Plaza de la Independencia", "Praça dos Três Poderes": particles between a
# street word and the name.
_MAX_PARTICLES = 3
# Locative words that join names rather than place them: "A and B", "siege of X".
_LINKS = frozenset({"and", "of"})
# What separates the names of a list or of a town and its quarter.
_LIST_MARKS = (",", " - ", " \u2013 ")
# Characters that end a sentence or a heading before a word.
_BREAKS = '.!?\n:;"“”«»()[]'


@dataclass(slots=True)
class Reading:
    """What the surroundings say about a candidate.

    Attributes:
        start, end: character span of the mention, including a kind word
            ("Mangistau region") or a site ("University of Lagos").
        term: "region", "site", "town", "org" (the name is part of an
            organisation's name), "water" (a sea, gulf or strait: "the Red
            Sea", "the Sea of Azov") or None.
        locative: a locative word stands before it ("in", "near").
        preposition: a locative preposition stands before it ("in", "near",
            not "and" or "of"), or it follows one in a list ("in A, B and C").
        title: a person's title stands before it ("President").
        sentence_start: it opens a sentence or heading.
        place_hint: a GPE/LOC/FAC entity overlaps it.
        name_hint: a PERSON/ORG/NORP entity covers it and reaches beyond it.
        exact_person: a PERSON entity covers exactly this name.
        next_capitalised: a capitalised word follows directly.
        next_lowercase: a lower-case word follows directly.
        first_name: the name is a common given name.
        prefixed: an unknown capitalised word stands right before it.
        bracketed: it opens a bracket ("Rampal area (Bagerhat sadar)"),
            where notes name the places that hold the one before.
    """

    start: int
    end: int
    term: str | None = None
    locative: bool = False
    preposition: bool = False
    title: bool = False
    sentence_start: bool = False
    place_hint: bool = False
    name_hint: bool = False
    exact_person: bool = False
    next_capitalised: bool = False
    next_lowercase: bool = False
    first_name: bool = False
    prefixed: bool = False
    bracketed: bool = False


def _joined(text: str, left: Token, right: Token) -> bool:
    """Whether two tokens are separated only by spaces or a hyphen."""
    gap = text[left.end : right.start]
    return len(gap) <= 2 and all(c in " -" for c in gap)


def _site_kind(key: str) -> str | None:
    if key in STREET_WORDS:
        return "street"
    return "site" if key in TOWN_SITE_WORDS else None


def _dash(gap: str) -> bool:
    """A hyphen or a spaced dash: "Dhaka-Aricha", "Dhaka - Chittagong"."""
    return gap.strip() in ("-", "\u2013") and len(gap) <= 3


def _linked_street(text: str, tokens: list[Token], position: int) -> int | None:
    """ "Dhaka-Aricha highway": capitalised names joined by dashes, then a
    street word; the index of that street word, else None."""
    while position < len(tokens) and _dash(text[tokens[position - 1].end : tokens[position].start]):
        if not tokens[position].surface[0].isupper():
            return None
        position += 1
    if position < len(tokens) and _joined(text, tokens[position - 1], tokens[position]):
        return position if tokens[position].key in STREET_WORDS else None
    return None


def _town_or_site(text: str, tokens: list[Token], position: int) -> tuple[str, int]:
    """ "Almaty city" is the town; "Nairobi City Hall" a site in it."""
    following = position + 1
    if (
        following < len(tokens)
        and tokens[following].key in TOWN_SITES
        and _joined(text, tokens[position], tokens[following])
    ):
        return "site", following
    return "town", position


def _term_after(text: str, tokens: list[Token], last: int) -> tuple[str | None, int]:
    """The kind word after the name and the index of the last token it covers."""
    position = last + 1
    if position < len(tokens) and _dash(text[tokens[last].end : tokens[position].start]):
        street = _linked_street(text, tokens, position)
        if street is not None:  # "the Dhaka - Chittagong highway"
            return "street", street
    found: str | None = None
    found_last = last
    # "Lagos State University": a region word may be followed by a site word;
    # "Rumaila oil field": a modifier only counts before a site word.
    while position < len(tokens) and _joined(text, tokens[position - 1], tokens[position]):
        key = tokens[position].key
        site = _site_kind(key)
        if site:
            return site, position
        if key in SITE_MODIFIERS:
            position += 1
            continue
        if found is not None or position > found_last + 1:
            break
        if key in REGION_WORDS:
            found, found_last = "region", position
        elif key in TOWN_WORDS:
            return _town_or_site(text, tokens, position)
        elif key in ORG_WORDS:
            return "org", position
        else:
            street = _linked_street(text, tokens, position) if position == last + 1 else None
            return ("street", street) if street is not None else (None, last)
        position += 1
    return found, found_last


def _site_before(text: str, tokens: list[Token], first: int) -> tuple[str | None, int]:
    """ "University of Lagos" is a site in Lagos; "Plaza de Mayo", "Rue de
    Rivoli" and "Avenida Paulista" are streets and squares.

    Returns:
        The kind ("site", "street" or None) and the index of its first token.
    """
    position = first - 1
    while (
        position >= 0 and first - position <= _MAX_PARTICLES and tokens[position].key in PARTICLES
    ):
        position -= 1
    if position < 0 or not tokens[position].surface[0].isupper():
        return None, first
    if any(c in _BREAKS for c in text[tokens[position].end : tokens[first].start]):
        return None, first
    key = tokens[position].key
    skipped = first - 1 - position
    if key in STREET_PREFIXES or (key == "place" and skipped):
        return "street", position
    if skipped == 1 and tokens[first - 1].key == "of":
        return _site_kind(key), position
    return None, first


# "(Rajarhat, Kurigram)": a name in a bracket, after at most a few names.
_BRACKET_GAP = re.compile(r"[\w\s,'\-]{0,40}")


def _in_bracket(text: str, start: int) -> bool:
    """Whether a name stands in a bracket of names ("(Sadar upazila, Sherpur)")."""
    opening = text.rfind("(", max(start - 42, 0), start)
    return opening != -1 and _BRACKET_GAP.fullmatch(text, opening + 1, start) is not None


# Words naming a body of water: "the Red Sea" is no region of Sudan, "the
# Sea of Azov" no town, "the Gulf" no province of Papua New Guinea.
_WATER = frozenset({"sea", "ocean", "gulf", "bay", "strait", "straits", "channel", "lagoon"})


def _water(text: str, tokens: list[Token], candidate: Candidate, term: str | None) -> bool:
    """Whether a name is (part of) the name of a sea, gulf or strait."""
    first, last = candidate.first, candidate.last
    town = any(e.place.kind == "city" for e in candidate.entries)
    if tokens[last].key in _WATER and term is None and not town:
        return True  # "the Red Sea", "the Gulf"; not "Red Sea state", "Montego Bay"
    after = last + 1
    if (
        after < len(tokens)
        and tokens[after].key in _WATER
        and _joined(text, tokens[last], tokens[after])
    ):
        return True  # "the Caspian Sea"
    return (
        first >= 2
        and tokens[first - 1].key == "of"
        and tokens[first - 2].key in _WATER
        and tokens[first - 2].surface[0].isupper()
    )  # "the Sea of Azov", "the Gulf of Aden"


def _sentence_start(text: str, tokens: list[Token], first: int) -> bool:
    if first == 0:
        return True
    gap = text[tokens[first - 1].end : tokens[first].start]
    return any(c in _BREAKS for c in gap)


def _beyond_by_comma(text: str, hint_start: int, hint_end: int, start: int, end: int) -> bool:
    """ "Cox's Bazar," or "Comilla, Chittagong" labelled ORG: what the span
    holds beside the name is punctuation or starts at a comma, as in a list
    of places; names of organisations do not run across a comma."""
    before, after = text[hint_start:start], text[end:hint_end]
    if not (before + after).strip(" ,.;:'\"()"):
        return True
    # "Dhaka - Lalbagh", "Nairobi – Kibera": a spaced dash joins a town to its
    # quarter as a comma would; names of organisations are not spelled so.
    return any(mark in before or after.lstrip()[:1] == mark.strip() for mark in _LIST_MARKS)


def _hints(
    reading: Reading, hints: Sequence[tuple[int, int, str]], start: int, end: int, text: str
) -> None:
    for hint_start, hint_end, label in hints:
        if hint_end <= start or hint_start >= end:
            continue
        if label in PLACE_LABELS:
            reading.place_hint = True
        elif label in NAME_LABELS:
            if _beyond_by_comma(text, hint_start, hint_end, start, end):
                continue
            if hint_start < start or hint_end > end:
                reading.name_hint = True
            elif label == "PERSON":
                reading.exact_person = True


def _read_before(
    reading: Reading, text: str, tokens: list[Token], first: int, covered: frozenset[int]
) -> None:
    before = tokens[first - 1]
    reading.locative = before.key in LOCATIVES
    reading.preposition = before.key in LOCATIVES and before.key not in _LINKS
    reading.title = before.key in TITLE_WORDS and before.surface[0].isupper()
    joined = _joined(text, before, tokens[first])
    # "the broadcaster Sokol", "the Party Nur Otan": an organisation's name.
    if before.key in ORG_WORDS and joined:
        reading.term = reading.term or "org"
    # "the Ak Orda", "Arman Lagos": the tail of a longer proper noun.
    reading.prefixed = (
        joined
        and before.surface[0].isupper()
        and first - 1 not in covered
        and before.key not in OPEN_BEFORE
        and not reading.title
    )


def read_context(
    text: str,
    tokens: list[Token],
    candidate: Candidate,
    hints: Sequence[tuple[int, int, str]],
    first_names: set[str],
    covered: frozenset[int] = frozenset(),
) -> Reading:
    """Read what surrounds a candidate name.

    Args:
        text: the text searched.
        tokens: its tokens.
        candidate: the candidate name.
        hints: entity spans (start, end, label) from spaCy.
        first_names: folded common given names.
        covered: indices of tokens inside country names and demonyms.

    Returns:
        The reading of the candidate's surroundings.
    """
    first, last = candidate.first, candidate.last
    term, term_last = _term_after(text, tokens, last)
    # "the Nigerian city of Kano", "Kenyan roads": after a country, a kind
    # word is no part of the name; "Kenya Road", "Pan-American Highway" are
    # streets named after it.
    named_street = term == "street" and tokens[term_last].surface[0].isupper()
    if (
        term != "org"
        and not named_street
        and any(e.place.kind == "country" for e in candidate.entries)
    ):
        term, term_last = None, last
    start, end = tokens[first].start, tokens[max(last, term_last)].end
    reading = Reading(start, end, term=term)
    if _water(text, tokens, candidate, term):
        reading.term = "water"
        return reading
    before, before_first = _site_before(text, tokens, first) if term is None else (None, first)
    if before is not None:
        reading.term = before
        reading.start = tokens[before_first].start
    reading.sentence_start = _sentence_start(text, tokens, first)
    reading.bracketed = _in_bracket(text, tokens[first].start)
    if first > 0 and not reading.sentence_start:
        _read_before(reading, text, tokens, first, covered)
    if _URL_PART.match(text, tokens[last].end):
        reading.term = "org"  # "Orda.kz", "Almaty.tv": a web site
    if _COMPOUND_MODIFIER.match(text, tokens[last].end):
        reading.term = "org"
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    reading.next_capitalised = bool(
        after and term is None and after.surface[0].isupper() and _joined(text, tokens[last], after)
    )
    reading.next_lowercase = bool(
        after and term is None and after.surface[0].islower() and _joined(text, tokens[last], after)
    )
    reading.first_name = " ".join(t.key for t in tokens[first : last + 1]) in first_names
    _hints(reading, hints, tokens[first].start, tokens[last].end, text)
    return reading


def with_hints(
    reading: Reading,
    text: str,
    tokens: list[Token],
    candidate: Candidate,
    hints: Sequence[tuple[int, int, str]],
) -> Reading:
    """A copy of a reading made without entity hints, with these hints
    weighed: the same as :func:`read_context` with them."""
    copy = replace(reading)
    if hints:
        _hints(copy, hints, tokens[candidate.first].start, tokens[candidate.last].end, text)
    return copy


# "the Iranian city of Isfahan", "Pakistani territory", "the Indian state of
# Maharashtra": a demonym before a word for land names the country's ground.
_LAND_AFTER = re.compile(
    r"[\s-]+(?:city|cities|town|towns|village|villages|state|province|region|capital|"
    r"border|frontier|territory|soil|side|coast|waters|airspace|port|countryside|"
    r"mainland|part|north|south|east|west|enclave|island|islands)\b",
    re.IGNORECASE,
)


def demonym_of_people(place: PlaceMention, text: str) -> bool:
    """Whether a place mention is a demonym naming people, forces or things
    of a country ("Israeli forces stormed", "a Palestinian gunman", "more
    American strikes"), which says who acted, not where.

    Args:
        place: a resolved place mention.
        text: the text its offsets point into.

    Returns:
        True for a demonym that no word for land follows.
    """
    if place.place.kind != "country" or not place.reason.startswith("demonym"):
        return False
    return _LAND_AFTER.match(text, place.end) is None
