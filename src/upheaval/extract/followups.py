"""Police action told in the sentences after a protest belongs to that protest.

"Workers staged a demonstration in Gazipur. Police intervened and detained
12." is one ACLED event, a Protest with intervention, not a protest plus an
arrest. A follow-up sentence qualifies when it reports only arrests or police
action against a crowd, and names no place of its own: none, a reference to
the same place ("in the capital", "in the city"), or the very place of the
protest or riot it follows ("... in Tripoli. The army arrested four people
in Tripoli for arson."). Police action after a riot is part of the riot.
"""

from __future__ import annotations

import re
from dataclasses import replace

from upheaval.model import ActorRef, RawMention

__all__ = ["fold_followups"]

_SEVERITY = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Excessive force against protesters": 2,
}
# Place phrases that point back to a place already named, not to a new one.
_SAME_PLACE = re.compile(
    r"^(in|at|on|across|around|near)?\s*(the\s+)?(same\s+|whole\s+|entire\s+)?"
    r"(capital|city|town|village|area|scene|streets?|square|site|neighbou?rhood|"
    r"district|city cent(re|er)|there)$",
    re.IGNORECASE,
)
# How many sentences back a follow-up may reach for the event it belongs to:
# a report rarely puts more than a sentence or two between a protest and the
# arrests made at it.
LOOK_BACK = 3


def _norm(text: str) -> str:
    return re.sub(r"^(in|at|on|near)\s+", "", text.strip().lower())


def _named_in(place: str, mentions: list[RawMention]) -> bool:
    """Whether the sentence of these mentions names the place, as an
    argument or anywhere in its text ("two bank branches in Tripoli")."""
    pattern = re.compile(rf"\b{re.escape(place)}\b", re.IGNORECASE)
    return any(pattern.search(m.sentence.text) for m in mentions)


def _police_only(mentions: list[RawMention]) -> str | None:
    """The Protests sub-type a follow-up sentence amounts to, or None."""
    if not mentions:
        return None
    subs = set()
    for m in mentions:
        if m.sub_event_type == "Arrests":
            subs.add("Protest with intervention")
        elif m.event_type == "Protests" and m.sub_event_type != "Peaceful protest":
            subs.add(m.sub_event_type)
        else:
            return None
    return max(subs, key=_SEVERITY.__getitem__)


def _crowd_events(mentions: list[RawMention]) -> bool:
    return any(m.event_type in {"Protests", "Riots"} for m in mentions)


# A date phrase that names a day of its own ("on Monday", "on 5 May"), not a
# link to the day just told ("later that day", "then").
_OWN_DAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(st|nd|rd|th)?|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|yesterday|today|next day|following day)\b",
    re.IGNORECASE,
)


def _own_day(mentions: list[RawMention]) -> bool:
    return any(_OWN_DAY.search(d.text) for m in mentions for d in m.date_args)


def _target(out: list[list[RawMention]], i: int) -> int | None:
    """The sentence whose protest or riot the follow-up at ``i`` belongs to;
    none when the follow-up gives a day of its own ("287 were arrested on
    Monday" is an event of that Monday)."""
    if _own_day(out[i]):
        return None
    own = {_norm(p.text) for m in out[i] for p in m.place_args}
    named = {p for p in own if not _SAME_PLACE.match(p)}
    for j in range(i - 1, max(i - 1 - LOOK_BACK, -1), -1):
        if not out[j]:
            continue  # an eventless or folded sentence in between
        if not _crowd_events(out[j]):
            return None
        if all(_named_in(place, out[j]) for place in named):
            return j
    return None


def _upgrade(mention: RawMention, sub_type: str, force: ActorRef | None) -> RawMention:
    if mention.event_type == "Riots":
        return replace(mention, actor2=mention.actor2 or force)
    if mention.event_type != "Protests" or _SEVERITY[sub_type] <= _SEVERITY[mention.sub_event_type]:
        return mention
    return replace(mention, sub_event_type=sub_type, actor2=mention.actor2 or force)


def fold_followups(per_sentence: list[list[RawMention]]) -> list[list[RawMention]]:
    """Fold police action with no new place into the protest or riot before it.

    Args:
        per_sentence: mentions of each sentence, in text order.

    Returns:
        The same lists, with folded follow-ups emptied and the protests they
        belong to upgraded (with intervention / excessive force), the riots
        given the police as actor 2.
    """
    out = [list(mentions) for mentions in per_sentence]
    for i in range(1, len(out)):
        sub_type = _police_only(out[i])
        target = _target(out, i) if sub_type is not None else None
        if sub_type is None or target is None:
            continue
        force = next((m.actor2 for m in out[i] if m.actor2 is not None), ActorRef("police"))
        out[target] = [_upgrade(m, sub_type, force) for m in out[target]]
        out[i] = []
    return out
