"""Police action told in the sentence after a protest belongs to that protest.

"Workers staged a demonstration in Gazipur. Police intervened and detained
12." is one ACLED event, a Protest with intervention, not a protest plus an
arrest. A follow-up sentence qualifies when it names no place of its own and
reports only arrests or police action against a crowd.
"""

from __future__ import annotations

from dataclasses import replace

from upheaval.model import ActorRef, RawMention

__all__ = ["fold_followups"]

_SEVERITY = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Excessive force against protesters": 2,
}


def _police_only(mentions: list[RawMention]) -> str | None:
    """The Protests sub-type a follow-up sentence amounts to, or None."""
    if not mentions or any(m.place_args for m in mentions):
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


def _upgrade(mention: RawMention, sub_type: str, force: ActorRef | None) -> RawMention:
    if mention.event_type != "Protests" or _SEVERITY[sub_type] <= _SEVERITY[mention.sub_event_type]:
        return mention
    return replace(mention, sub_event_type=sub_type, actor2=mention.actor2 or force)


def fold_followups(per_sentence: list[list[RawMention]]) -> list[list[RawMention]]:
    """Fold place-less police action into the protests of the sentence before.

    Args:
        per_sentence: mentions of each sentence, in text order.

    Returns:
        The same lists, with folded follow-ups emptied and the protests they
        belong to upgraded (with intervention / excessive force).
    """
    out = [list(mentions) for mentions in per_sentence]
    for i in range(1, len(out)):
        previous = out[i - 1]
        sub_type = _police_only(out[i])
        if sub_type is None or not any(m.event_type == "Protests" for m in previous):
            continue
        force = next((m.actor2 for m in out[i] if m.actor2 is not None), ActorRef("police"))
        out[i - 1] = [_upgrade(m, sub_type, force) for m in previous]
        out[i] = []
    return out
