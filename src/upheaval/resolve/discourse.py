"""What the layout and quoting of a report say about its sentences.

- A headline, label or caption (a paragraph of one sentence with no final
  punctuation: "UNREST", "Police clash with students in Lahore") repeats or
  announces the body; its triggers are not events of their own. A snippet
  or note cut off mid-sentence is not a headline.
- Words inside quotation marks are someone's speech ("'The dismissal is a
  signal,' said an analyst"); the events a report codes are told in its own
  voice, so a trigger inside a quotation is not coded.
- "Nationwide", "across the country": a state measure for the whole country.
- A weekly digest ("Politics this week") tells one story a paragraph, each
  about its own country: an event's country is its paragraph's, never the
  digest's most-named one, and no story borrows another's place or day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from upheaval.model import PlaceMention
from upheaval.resolve.places.context import demonym_of_people

__all__ = [
    "headline_sentence",
    "quoted_spans",
    "inside",
    "nationwide",
    "story_countries",
    "is_digest",
    "country_of",
    "located",
    "actor_countries",
]

_FINAL = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s*$")
_QUOTES = re.compile(r"\u201c[^\u201c\u201d]{1,600}\u201d|(?<!\w)\"[^\"\n]{1,600}\"")
_NATIONWIDE = re.compile(
    r"\b(?:nation-?wide|country-?wide|across the (?:whole |entire )?country|"
    r"throughout the (?:whole |entire )?country|(?:whole|entire) country|all over the country|"
    r"(?:in|across) all (?:regions|provinces|states))\b",
    re.IGNORECASE,
)
# A quotation this short is a phrase in scare quotes ("outsiders"), a name or
# a slogan, not reported speech.
MIN_QUOTE_WORDS = 5


# A headline, label or caption runs to about a dozen words; a "paragraph"
# without final punctuation much longer than this is a sentence cut short
# (a snippet, a truncated note), not a headline.
MAX_HEADLINE_WORDS = 20
# Words a headline never ends on; a text that stops on one was cut off.
_CUT_OFF = re.compile(
    r"\b(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|but|as|that|which|who|"
    r"when|where|while|after|before|into|than|its|their|his|her|was|were|is|are|had|has)$"
)


def headline_sentence(text: str, start: int, end: int) -> bool:
    """A sentence that is a paragraph of its own and lacks final punctuation.

    Not a headline: the text's only paragraph (a snippet or a note, however
    it ends), a long one, or one that ends the text on a word no headline
    ends on ("... when the procession brought the"): text cut mid-sentence.
    """
    sentence = text[start:end].strip()
    if not sentence or _FINAL.search(sentence):
        return False
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    opens = not before or before.endswith("\n")
    closes = not after or after.startswith("\n")
    if not (opens and closes):
        return False
    if not before.strip() and not after.strip():
        return False  # the whole text: a snippet
    if len(sentence.split()) > MAX_HEADLINE_WORDS:
        return False
    return not (not after.strip() and _CUT_OFF.search(sentence) is not None)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of direct quotations of at least a few words."""
    return [
        match.span()
        for match in _QUOTES.finditer(text)
        if len(match.group().split()) >= MIN_QUOTE_WORDS
    ]


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether an offset falls inside one of the spans."""
    return any(start < offset < end for start, end in spans)


def nationwide(clause: str) -> bool:
    """Whether a clause says its act covers the whole country."""
    return _NATIONWIDE.search(clause) is not None


# What a place says about the country a stretch of text is about: a
# country's name counts most, a demonym less (an "Israeli" force acts in
# another country), a town or region least.
_NAME_VOTE = 3.0
_ACTOR_VOTE = 2.0
_DEMONYM_VOTE = 1.5
_PEOPLE_VOTE = 0.5
_TOWN_VOTE = 1.0
# A country after a locative word is where something happened ("bombed
# targets in Yemen", "fired missiles into eastern Iran"); before it, or as
# the subject, it is who acted ("America and Britain bombed").
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|into|inside|across|throughout|within|at|on|over)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)?$",
    re.IGNORECASE,
)
# A digest: at least this many paragraphs, each about one country, and at
# least this many different countries among them, none the subject of more
# than a third of them (an article about one country gives it most).
DIGEST_MIN_STORIES = 6
DIGEST_MIN_COUNTRIES = 4


def _demonym(place: PlaceMention) -> bool:
    return place.reason.startswith("demonym")


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def located(place: PlaceMention, text: str) -> bool:
    """Whether a locative word stands right before a place ("in Yemen")."""
    return _LOCATIVE_BEFORE.search(text[max(0, place.start - 40) : place.start]) is not None


def country_of(places: Sequence[PlaceMention], text: str = "") -> str | None:
    """The ISO2 code of the country a stretch of text is about.

    Args:
        places: the places named in it, in text order.
        text: the text their offsets point into; when given, a country's
            name counts fully only after a locative word ("in Peru"), less
            as a subject or owner ("Peru's president").

    Returns:
        The country with most votes (a name 3 or 2, a demonym 1.5, or 0.5
        when it names people or forces, a town or region 1, each distinct
        name once), the first named on a tie;
        None when it names no place.
    """
    votes: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    for place in places:
        iso = place.place.iso
        if not iso or (place.text, iso) in seen:
            continue
        seen.add((place.text, iso))
        first.setdefault(iso, place.start)
        if place.place.kind != "country":
            votes[iso] += _TOWN_VOTE
        elif _demonym(place):
            people = bool(text) and demonym_of_people(place, text)
            votes[iso] += _PEOPLE_VOTE if people else _DEMONYM_VOTE
        else:
            votes[iso] += _NAME_VOTE if not text or located(place, text) else _ACTOR_VOTE
    if not votes:
        return None
    return min(votes, key=lambda iso: (-votes[iso], first[iso]))


def story_countries(
    paragraphs: Sequence[int], places: Sequence[PlaceMention], text: str
) -> tuple[str | None, ...]:
    """For each paragraph (by its start offset), the country it is about."""
    ends = [*paragraphs[1:], len(text)]
    return tuple(
        country_of([p for p in places if start <= p.start < end], text)
        for start, end in zip(paragraphs, ends, strict=True)
    )


def actor_countries(clause: tuple[int, int], places: Sequence[PlaceMention], text: str) -> set[int]:
    """Start offsets of the countries of a clause that name who acted.

    When the clause places its act in a country ("bombed targets in
    Yemen"), the other countries it names without a locative word
    ("America and Britain bombed ...") are its actors.
    """
    countries = [
        p for p in places if clause[0] <= p.start < clause[1] and p.place.kind == "country"
    ]
    placed = [located(p, text) for p in countries]
    if not any(placed):
        return set()
    # "in Iraq and Syria", "in Iraq, Syria and Lebanon": the list shares its locative.
    for i in range(1, len(countries)):
        gap = text[countries[i - 1].end : countries[i].start]
        placed[i] = placed[i] or (placed[i - 1] and _LIST_GAP.fullmatch(gap) is not None)
    return {p.start for p, here in zip(countries, placed, strict=True) if not here}


def is_digest(countries: Sequence[str | None]) -> bool:
    """Whether paragraphs about these countries make a multi-country digest:
    many stories, many countries, no country the subject of most of them
    (a long article about one country names others in passing, and is
    about it in at least a third of its paragraphs)."""
    told = [c for c in countries if c]
    if len(told) < DIGEST_MIN_STORIES:
        return False
    counts: dict[str, int] = defaultdict(int)
    for iso in told:
        counts[iso] += 1
    return len(counts) >= DIGEST_MIN_COUNTRIES and max(counts.values()) * 3 <= len(told)
