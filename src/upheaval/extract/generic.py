"""Statements about events that are not reports of an event.

A coder records what happened on a day at a place. Three kinds of sentence
carry trigger words without reporting one:

- labels and kickers with no predicate ("UNREST", "LIVE UPDATES");
- counts and comparisons over a span of time ("the third wave of protest
  in six years", "a series of strikes over the past decade");
- statements about a measure named as a noun ("the dismissal of the cabinet
  is a signal that ...": the act is reported elsewhere, if at all).
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from upheaval.extract.syntax import VERBAL, lemma

__all__ = [
    "clash_sides",
    "counted_series",
    "crowd_clash",
    "is_fragment",
    "measure_as_topic",
    "separate_incidents",
]

# A verbless line of at most this many words is a label or kicker ("UNREST",
# "Riots in Paris"); digest entries without a verb are longer ("Protest by
# garment workers in Gazipur over unpaid wages").
FRAGMENT_MAX_WORDS = 3
# Nouns that make a set of events out of the event noun they govern.
_COLLECTIVES = frozenset(
    {"wave", "series", "round", "spate", "string", "cycle", "succession", "streak", "number"}
)
_ORDINALS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "umpteenth",
        "nth",
    }
)
# A span of time that a count or comparison runs over: "in six years",
# "over the past decade", "within two months", "in a generation".
_SPAN = re.compile(
    r"\b(in|over|within|during|for)\s+(the\s+)?((past|last|previous)\s+)?"
    r"([\w-]+\s+)?(years|decades?|generations?|months)\b",
    re.IGNORECASE,
)


# "in separate shootings", "in two separate attacks": several incidents told
# as one, each with its own (untold) place and day.
_SEPARATE = re.compile(
    r"\b(?:in|during)\s+(?:\w+\s+)?separate\s+(?:[\w-]+\s+)?(?:attacks|shootings|incidents|"
    r"clashes|raids|strikes|bombings|explosions|assaults|ambushes|protests|episodes)\b",
    re.IGNORECASE,
)


def separate_incidents(sent_text: str, places: tuple[str, ...]) -> bool:
    """Whether a sentence tells several incidents as one ("Two police were
    killed and a soldier was wounded in separate shootings") and the event
    has no location argument beyond that: a summary with no place of its own."""
    if _SEPARATE.search(sent_text) is None:
        return False
    return all(_SEPARATE.search(" in " + p) for p in places)


def is_fragment(sent: SpacySpan) -> bool:
    """A label with no predicate: no verb, and a few words or all capitals."""
    if any(t.pos_ in VERBAL for t in sent):
        return False
    words = [t for t in sent if t.is_alpha]
    return len(words) <= FRAGMENT_MAX_WORDS or all(t.is_upper for t in words)


def _ordinal(token: Token) -> bool:
    return any(
        c.dep_ in {"amod", "nummod"} and (c.ent_type_ == "ORDINAL" or c.lower_ in _ORDINALS)
        for c in token.children
    )


def counted_series(token: Token, sent_text: str) -> bool:
    """An event noun counted as one of a series over a span of time.

    "the third major wave of protest in six years", "a series of strikes over
    the past decade", "the fourth general strike in two years". A series with
    neither an ordinal nor a span ("a wave of protests swept the country on
    Monday") is a report and is kept.
    """
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    counted = token
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "of" and lemma(of.head) in _COLLECTIVES:
        counted = of.head
    span = _SPAN.search(sent_text) is not None
    if counted is not token:
        return span or _ordinal(counted)
    return span and _ordinal(token)


def measure_as_topic(anchor: Token, dated: bool) -> bool:
    """A measure named as a noun and described by a copula: "the cabinet
    dismissal is a signal", "the curfew's imposition was a mistake". With a
    date of its own ("the dismissal on Monday was a surprise") it is kept."""
    if dated or anchor.pos_ not in {"NOUN", "PROPN"} or anchor.dep_ != "nsubj":
        return False
    head = anchor.head
    return lemma(head) == "be" and any(c.dep_ in {"attr", "acomp"} for c in head.children)


# Roles of organised armed actors: a battle needs them (ACLED "Battles" are
# fights between armed, organised groups); crowds fighting police riot.
_ARMED_ROLES = frozenset({"armed", "rebels", "military"})


def clash_sides(trigger: Token) -> list[Token]:
    """The parties named with a clash noun: "between X and Y", "with X"."""
    sides: list[Token] = []
    holders = [trigger]
    if trigger.dep_ in {"nsubj", "dobj"} and trigger.head.pos_ in VERBAL:
        holders.append(trigger.head)  # "battles went on between ...", "fought battles with"
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in {"between", "with", "among", "against"}:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                sides += [pobj, *(c for c in pobj.children if c.dep_ == "conj")]
    # "between youths and police" misparsed with "police" a conjunct of the noun
    if sides:
        sides += [c for c in trigger.children if c.dep_ == "conj"]
    return sides


def crowd_clash(trigger: Token, roles: list[str | None]) -> bool:
    """A clash noun whose named sides include no organised armed group
    ("running battles between young men and riot police") is a riot."""
    known = [r for r in roles if r is not None]
    return bool(known) and not set(known) & _ARMED_ROLES
