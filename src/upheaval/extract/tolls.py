"""Deaths told in the sentence after an event belong to that event.

Reports often tell the act first and its toll after: "Assailants attacked a
ward councillor in Mombasa. He died of his injuries in hospital." or "A
gunfight broke out between troops and militants near Kidal. Seven militants
were killed in the clash." ACLED codes one event with its fatalities, not an
attack with none plus a killing of no place. A toll sentence qualifies when
it reports deaths or injuries and, if it has mentions of its own, they tell no
new place or day (they retell the event: "killed in the clash", "ten were
injured in the incident"); it may reach back past no more than a sentence or
two with no events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from upheaval.model import RawMention

__all__ = ["TOLD_WHERE", "SentenceToll", "fold_tolls"]

# How many sentences back a toll may reach for the event it belongs to.
LOOK_BACK = 2
# Event types whose fatalities ACLED counts.
_VIOLENT = frozenset(
    {"Battles", "Violence against civilians", "Riots", "Explosions/Remote violence"}
)
# Words that open a phrase pointing back: "The attack", "This incident".
_POINTERS = frozenset({"the", "this", "that", "these", "those", "which", "it", "there"})
# Nouns that retell any violent event: "in the clash", "the violence".
_RETELLING = frozenset(
    {"clash", "clashes", "violence", "fighting", "incident", "fight", "attack", "gunfight"}
)
# "... was killed in a gunfight. The incident occurred in Kaburhat area of
# Kushtia.": a sentence that only says where the event just told happened
# (resolve gives that place to the event; here it is no event of its own).
TOLD_WHERE = re.compile(
    r"\s*(?:The|This|That)\s+(?:\w+\s+)?(?:incident|attack|attacks|assault|clash|clashes|"
    r"fighting|gunfight|shootout|violence|killing|murder|shooting|explosion|blast|raid|"
    r"protest|rally|demonstration|march|strike|event)\s+(?:\w+\s+)?"
    r"(?:took place|occurred|happened|broke out|erupted|ensued|was held|were held)\b"
    r"[^.!?\n]*"
)
# Verbs that tell what the event did to people: "were killed", "was injured".
_HARMED = frozenset(
    {"killed", "injured", "wounded", "hurt", "died", "shot", "killing", "injuring", "wounding"}
)
# A date that moves the story elsewhere in time: a year, "last year", "ago".
_OTHER_TIME = re.compile(r"\b((19|20)\d\d|ago|last\s+(year|month|week)|since)\b", re.IGNORECASE)


@dataclass(frozen=True)
class SentenceToll:
    """What the fold needs of a sentence: its deaths and its date phrases."""

    deaths: int | None
    dates: tuple[str, ...] = ()


def _violent(mention: RawMention) -> bool:
    if mention.event_type in _VIOLENT:
        return True
    return mention.event_type == "Protests" and mention.sub_event_type != "Peaceful protest"


def _names_place(text: str) -> bool:
    """Whether a place phrase names a place: a proper name in it, not only a
    pointer back to the event ("in the clash", "the incident", "which")."""
    words = text.split()
    return any(w[:1].isupper() for w in words[1:]) or (
        bool(words) and words[0][:1].isupper() and words[0].lower() not in _POINTERS
    )


def _retold(mention: RawMention) -> bool:
    """A violent mention with no place or date of its own, or told only to say
    where it happened: the event before, retold."""
    where = TOLD_WHERE.match(mention.sentence.text)
    if (
        where is not None
        and where.start() <= mention.trigger.start - mention.sentence.start < where.end()
    ):
        return _violent(mention) and not mention.date_args
    own_place = any(_names_place(p.text) for p in mention.place_args)
    return _violent(mention) and not own_place and not mention.date_args


def _same_event(mention: RawMention) -> bool:
    """Whether a retold mention can be the event before: told in the words
    any violence is told in (someone "killed" or "injured", "the clash",
    "the attack"). A new act ("air strikes had damaged the hospital there",
    "there were assaults on hospitals") is an event of its own."""
    word = mention.trigger.text.lower()
    if word in _RETELLING:
        return True
    return word in _HARMED


def _toll_sentence(mentions: list[RawMention], toll: SentenceToll) -> bool:
    """Deaths, or violence retold with no place or day of its own ("At least
    ten people were injured in the incident.")."""
    if not toll.deaths and not mentions:
        return False
    if any(_OTHER_TIME.search(text) for text in toll.dates):
        return False
    return all(_retold(m) for m in mentions)


def _target(out: list[list[RawMention]], i: int) -> int | None:
    for j in range(i - 1, max(i - 1 - LOOK_BACK, -1), -1):
        if not out[j]:
            continue
        return j if any(_violent(m) for m in out[j]) else None
    return None


def _with_deaths(mention: RawMention, deaths: int) -> RawMention:
    if not _violent(mention) or (mention.fatalities or 0) >= deaths:
        return mention
    sub_type = mention.sub_event_type
    if mention.event_type == "Protests":
        sub_type = "Excessive force against protesters"  # deaths at a protest (ACLED)
    return replace(mention, fatalities=deaths, sub_event_type=sub_type)


def fold_tolls(
    per_sentence: list[list[RawMention]], tolls: list[SentenceToll]
) -> list[list[RawMention]]:
    """Give the deaths of toll sentences to the violent event just before.

    Args:
        per_sentence: mentions of each sentence, in text order.
        tolls: the deaths and date phrases of the same sentences.

    Returns:
        The same lists; the event a toll sentence follows carries its deaths
        (the higher of the two counts: a toll retold is not added twice), and
        the toll sentence's retold mentions are dropped.
    """
    out = [list(mentions) for mentions in per_sentence]
    for i in range(1, len(out)):
        if not _toll_sentence(out[i], tolls[i]):
            continue
        target = _target(out, i)
        if target is None or not all(_same_event(m) for m in out[i]):
            continue
        deaths = tolls[i].deaths or 0
        out[target] = [_with_deaths(m, deaths) for m in out[target]]
        out[i] = []
    return out
