"""How many: crowd size, fatalities (ACLED's rules) and other figures."""

from __future__ import annotations

import re

from spacy.tokens import Token

from upheaval.extract.syntax import doc_text, lemma, sentence_of
from upheaval.model import Figure
from upheaval.numbers import SMALL_NUMBERS

__all__ = ["crowd_size", "fatalities", "figures", "size_bounds", "word_number"]

# Nouns whose count is a crowd size, not a "figure".
CROWD_NOUNS = frozenset(
    {
        "protester",
        "protestor",
        "demonstrator",
        "people",
        "person",
        "worker",
        "striker",
        "student",
        "resident",
        "supporter",
        "activist",
        "marcher",
        "participant",
        "farmer",
        "crowd",
        "employee",
        "miner",
        "teacher",
        "driver",
        "villager",
        "woman",
        "youth",
        "citizen",
        "rioter",
        "member",
        "man",
        "nurse",
        "doctor",
        "trader",
        "individual",
        "pensioner",
        "retiree",
        "veteran",
        "mother",
        "lawyer",
        "journalist",
        "fan",
        "fisherman",
        "shopkeeper",
        "vendor",
        "opponent",
        "follower",
        "believer",
        "mourner",
    }
)
# ACLED's conventions for vague fatality counts: "dozens" is coded 12,
# "hundreds" 100, "several"/"many"/"scores" 10 (the lowest plausible reading).
VAGUE_COUNTS = {
    **SMALL_NUMBERS,
    "dozen": 12,
    "dozens": 12,
    "several": 10,
    "many": 10,
    "scores": 20,
    "hundreds": 100,
    "hundred": 100,
    "thousands": 1000,
    "thousand": 1000,
    "tens": 10,
    "a few": 3,
    "few": 3,
    "couple": 2,
}
_DEATH_VERBS = frozenset(
    {"kill", "die", "dead", "death", "shoot", "murder", "slay", "perish", "lose"}
)
_SIZE_WORDS = frozenset({"thousands", "hundreds", "dozens", "tens", "scores", "millions"})
_HEDGE_WORDS = frozenset(
    {
        "some",
        "about",
        "around",
        "over",
        "nearly",
        "almost",
        "roughly",
        "up",
        "to",
        "more",
        "than",
        "at",
        "least",
        "estimated",
        "approximately",
        "an",
        "as",
        "many",
        "several",
        "just",
        "under",
        "fewer",
        "less",
        "tens",
        "of",
        "hundreds",
    }
)
# Verbs whose object counts victims or detainees, not a crowd.
_VICTIM_VERBS = {
    "kill": "killed",
    "injure": "injured",
    "wound": "injured",
    "arrest": "arrested",
    "detain": "detained",
    "hospitalize": "hospitalized",
    "hospitalise": "hospitalized",
    "die": "killed",
    "hurt": "injured",
    "shoot": "shot",
}
_NUMBER = re.compile(r"^\d[\d,.]*$")
_UNITS = frozenset(
    {
        "year",
        "day",
        "hour",
        "minute",
        "week",
        "month",
        "percent",
        "%",
        "km",
        "kilometre",
        "kilometer",
        "mile",
        "metre",
        "meter",
        "rupee",
        "dollar",
        "euro",
        "liter",
        "litre",
        "time",
        "age",
        "second",
        "decade",
        "century",
        "page",
        "point",
        "tonne",
        "ton",
    }
)


def word_number(text: str) -> int | None:
    """A count written as digits or a word ("5,000", "dozens" -> 12)."""
    cleaned = text.lower().strip()
    if _NUMBER.match(cleaned):
        try:
            return int(float(cleaned.replace(",", "")))
        except ValueError:
            return None
    return VAGUE_COUNTS.get(cleaned)


def _count_tokens(noun: Token) -> list[Token]:
    """Number words counting a noun: "5,000 people", "thousands of people"."""
    counts = [
        c
        for c in noun.children
        if c.dep_ in {"nummod", "quantmod"} or (c.dep_ == "amod" and c.lower_ in _SIZE_WORDS)
    ]
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and (word_number(head.head.text) or head.head.lower_ in _SIZE_WORDS)
    ):
        counts.append(head.head)
    return counts


def _phrase(count: Token) -> str:
    """The count with its hedges: "some 5,000", "at least 300", "tens of thousands"."""
    first = count
    if count.dep_ == "pobj" and count.head.lower_ == "of" and count.head.head.lower_ in _SIZE_WORDS:
        first = count.head.head  # "tens of thousands"
    start = sentence_of(first).start
    while first.i > start and first.nbor(-1).lower_ in _HEDGE_WORDS:
        if first.nbor(-1).lower_ == "of" and (
            first.i - 1 <= start or first.nbor(-2).lower_ not in _SIZE_WORDS
        ):
            break  # "tens of thousands", but not "a crowd of about 300"
        first = first.nbor(-1)
    last = count
    while (
        last.i + 1 < sentence_of(last).end
        and _NUMBER.match(last.nbor(1).text) is None
        and last.nbor(1).lower_ in {"thousand", "million", "hundred"}
    ):
        last = last.nbor(1)
    return doc_text(count.doc)[first.idx : last.idx + len(last.text)]


def crowd_size(tokens: list[Token]) -> str | None:
    """Crowd size as reported, from the clause's tokens ("thousands", "some 5,000")."""
    for tok in tokens:
        if _victim_verb(tok) is not None:
            continue
        if lemma(tok) in CROWD_NOUNS or tok.lower_ in CROWD_NOUNS:
            counts = _count_tokens(tok)
            if counts:
                return _phrase(counts[0])
    return None


def _victim_verb(noun: Token) -> str | None:
    """ "killed 12 people" -> "killed": the noun counts victims or detainees."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        head = head.head.head
    return (
        _VICTIM_VERBS.get(lemma(head))
        if noun.dep_ in {"dobj", "nsubjpass", "nsubj", "pobj"}
        else None
    )


def size_bounds(size: str) -> tuple[int | None, int | None]:
    """Numeric bounds of a reported crowd size.

    "thousands" -> (2000, None); "some 5,000" -> (5000, 5000); "hundreds"
    -> (200, 999); "dozens" -> (24, 99). Plural vague words mean at least two
    of the unit, and less than the next unit up.
    """
    words = size.lower().replace(",", "").split()
    if "tens" in words and "thousands" in words:
        return 20_000, 99_999
    for word, lower, upper in (
        ("millions", 2_000_000, None),
        ("thousands", 2000, None),
        ("hundreds", 200, 999),
        ("dozens", 24, 99),
        ("scores", 40, 199),
    ):
        if word in words:
            return lower, upper
    numbers = [int(w) for w in words if w.isdigit()]
    if not numbers:
        return None, None
    if any(w in words for w in ("over", "than", "least")):
        return numbers[0], None
    return min(numbers), max(numbers)


def fatalities(tokens: list[Token]) -> int | None:
    """Reported deaths, the lowest figure when several are given (ACLED)."""
    found: list[int] = []
    for tok in tokens:
        if lemma(tok) == "body" and _found_body(tok):
            n = _count_of(tok)
            found += [n] if n is not None else []
            continue
        named = lemma(tok) in _DEATH_VERBS or tok.lower_ in _DEATH_VERBS
        if not named and not (tok.pos_ == "VERB" and _to_death(tok)):
            continue
        if lemma(tok) == "shoot" and not (
            _to_death(tok) or any(c.lower_ == "dead" for c in tok.children)
        ):
            continue
        found += _death_counts(tok)
    return min(found) if found else None


# Transitive death verbs count their objects ("killed three civilians"); the
# others their subjects ("two people died", "12 dead").
_KILLING = frozenset({"kill", "shoot", "murder", "slay"})
# Verbs that find a body: "the body of a trader was found in a canal".
_FINDING = frozenset({"find", "recover", "discover", "retrieve", "spot", "fish"})
# Personal pronouns that stand for one person ("he died of his injuries").
_ONE_PERSON = frozenset({"he", "she", "him", "her"})


def _to_death(verb: Token) -> bool:
    """ "stabbed to death", "beaten to death", "gunned down": a way of killing."""
    if lemma(verb) == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return True
    return any(
        c.dep_ in {"prep", "dative"}
        and c.lower_ == "to"
        and any(g.dep_ == "pobj" and g.lower_ == "death" for g in c.children)
        for c in verb.children
    )


def _found_body(noun: Token) -> bool:
    """A body found or recovered is a death: "bodies of two men were found"."""
    head = noun.head
    return noun.dep_ in {"nsubjpass", "dobj", "nsubj"} and lemma(head) in _FINDING


def _arguments(verb: Token, deps: set[str]) -> list[Token]:
    """The verb's arguments of these kinds, or its head's when it is a
    conjunct without its own ("was attacked and killed", "were shot and died")."""
    own = [c for c in verb.children if c.dep_ in deps]
    while not own and verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
        own = [c for c in verb.children if c.dep_ in deps | {"nsubjpass"}]
    return own


def _left_of_passive(verb: Token) -> list[Token]:
    """The noun just before a passive's auxiliary, when the parse gave the
    verb no subject ("... of Narsingdi district two persons were killed")."""
    aux = [c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]
    if not aux or aux[0].i == sentence_of(verb).start:
        return []
    before = aux[0].nbor(-1)
    return [before] if before.pos_ in {"NOUN", "PROPN", "NUM", "PRON"} else []


def _death_counts(tok: Token) -> list[int]:
    counts: list[int] = []
    killing = lemma(tok) in _KILLING or _to_death(tok)
    deps = {"dobj", "nsubjpass"} if killing else {"nsubj", "attr", "nsubjpass"}
    if killing and tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
        deps = deps | {"nsubj"}  # a headline's passive: "one killed in clash"
    related = _arguments(tok, deps) if tok.pos_ in {"VERB", "AUX"} else []
    if not related:
        related = [c for c in tok.children if c.dep_ in deps]
    if not related and tok.pos_ == "VERB":
        related = _left_of_passive(tok)
    if tok.dep_ in {"amod", "acomp", "oprd", "acl", "xcomp"}:
        if tok.head.pos_ in {"VERB", "AUX"}:  # "was found dead", "lay dead"
            related += [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        else:
            related.append(tok.head)
    if tok.lower_ == "dead":
        related.append(tok)  # "leaving three dead", "left at least 2 dead"
        if tok.dep_ == "oprd":  # "left two people dead"
            related += [c for c in tok.head.children if c.dep_ == "dobj"]
    # Two subjects of one verb are two victims ("a constable and a militant
    # were killed", parsed as two subjects): their counts add up.
    by_slot: dict[tuple[int, str], int] = {}
    for other in dict.fromkeys(related):
        n = _victims(other)
        if n is not None:
            slot = (other.head.i, other.dep_)
            by_slot[slot] = by_slot.get(slot, 0) + n
    return counts + list(by_slot.values())


def _victims(noun: Token) -> int | None:
    """The count of a victim phrase with its conjuncts: "a man and his son"
    are two, "a police constable and a militant" two."""
    total = _count_of(noun)
    if total is None:
        return None
    for conj in noun.children:
        if conj.dep_ == "conj" and conj.pos_ in {"NOUN", "PROPN", "NUM"}:
            more = _victims(conj)
            total += more or 0
    return total


def _count_of(noun: Token) -> int | None:
    n = word_number(noun.text)
    if n is not None and (noun.pos_ == "NUM" or noun.lower_ in VAGUE_COUNTS):
        return n  # "killing 12", "killing dozens"
    if noun.pos_ == "PRON" and noun.lower_ in _ONE_PERSON:
        return 1
    for c in noun.children:
        if c.dep_ in {"nummod", "det"} or c.lower_ in VAGUE_COUNTS:
            value = word_number(c.text)
            if value is not None:
                return value
    if lemma(noun) == "body" and noun.tag_ == "NNS":
        # "the bodies of two men": the count is on the dead, not the bodies
        for prep in noun.children:
            for dead in prep.children if prep.lower_ == "of" else ():
                if dead.dep_ == "pobj":
                    return _count_of(dead)
        return None
    if (
        noun.pos_ in {"NOUN", "PROPN"}
        and noun.tag_ in {"NN", "NNP"}
        and lemma(noun) not in {"people", "toll"}
    ):
        return 1  # "killed a protester", "a man died"
    return None


def figures(tokens: list[Token]) -> tuple[Figure, ...]:
    """Other counts in the clause: "16 police cars", "120 shops"."""
    out: list[Figure] = []
    for tok in tokens:
        if tok.dep_ != "nummod" or tok.ent_type_ in {
            "DATE",
            "TIME",
            "MONEY",
            "PERCENT",
            "QUANTITY",
            "ORDINAL",
        }:
            continue
        noun = tok.head
        n = word_number(tok.text)
        if lemma(noun) in _UNITS or noun.pos_ not in {"NOUN", "PROPN"} or n is None:
            continue
        victims = _victim_verb(noun)
        if lemma(noun) in CROWD_NOUNS:
            if victims is not None:
                out.append(Figure(f"people {victims}", n))
            continue
        words = [c.text for c in noun.children if c.dep_ == "compound"] + [noun.text]
        out.append(Figure(" ".join(words).lower(), n))
    return tuple(out)
