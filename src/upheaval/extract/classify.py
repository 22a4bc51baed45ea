"""Decide per sentence what an ACLED coder would code from its triggers.

Triggers of one sentence often describe one event: protesters gathered, the
police fired tear gas at them -> one Protest with intervention, not a protest
plus a police event; demonstrators who rallied and then stormed a building ->
one Riot. This module merges the candidates of a sentence accordingly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from upheaval.extract.generic import clash_sides
from upheaval.extract.lexicon import Rule, load_lexicon
from upheaval.extract.participants import Participants
from upheaval.extract.syntax import VERBAL, actor_role, clause_head, lemma, subject_of
from upheaval.model import ActorRef, Span

__all__ = ["Draft", "consolidate"]

# Severity order of the Protests sub-types: a sentence's protest takes the
# most severe police response reported with it.
_SEVERITY = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Excessive force against protesters": 2,
}
_FORCES = frozenset({"police", "military", "security"})


@dataclass
class Draft:
    """A mention being decided: the candidate's coding and its arguments."""

    rule: Rule
    trigger: Token
    trigger_span: Span
    anchor: Token
    event_type: str
    sub_type: str
    measures: tuple[str, ...]
    places: tuple[Span, ...]
    dates: tuple[Span, ...]
    clause: Span
    participants: Participants
    kind: str = "event"
    notes: list[str] = field(default_factory=list)

    def key(self) -> tuple[str, str, tuple[str, ...]]:
        return self.event_type, self.sub_type, self.measures


def _place_set(draft: Draft) -> frozenset[tuple[int, int]]:
    return frozenset((s.start, s.end) for s in draft.places)


def _covered(small: Draft, big: Draft) -> bool:
    """Whether small's places add nothing to big's (none, or a subset)."""
    return _place_set(small) <= _place_set(big)


def _with_opponent(draft: Draft, opponent: ActorRef | None, sub_type: str | None = None) -> Draft:
    parts = draft.participants
    if opponent is not None and (parts.actor2 is None or parts.actor2.role not in _FORCES):
        parts = Participants(parts.actor1, parts.assoc1, opponent)
    return replace(draft, participants=parts, sub_type=sub_type or draft.sub_type)


def _merge_interventions(drafts: list[Draft]) -> list[Draft]:
    """Fold police action on protesters into the sentence's protest or riot."""
    actions = [d for d in drafts if d.kind == "intervention"]
    if not actions:
        return drafts
    rest = [d for d in drafts if d.kind != "intervention"]
    worst = max(actions, key=lambda d: _SEVERITY[d.sub_type])
    opponent = worst.participants.actor2
    protests = [d for d in rest if d.event_type == "Protests"]
    riots = [d for d in rest if d.event_type == "Riots"]
    if riots:
        return [_with_opponent(d, opponent) if d.event_type == "Riots" else d for d in rest]
    if protests:
        out = []
        for d in rest:
            if d.event_type == "Protests" and _SEVERITY[worst.sub_type] > _SEVERITY[d.sub_type]:
                d = _with_opponent(d, opponent, worst.sub_type)
                if not d.places:
                    d = replace(d, places=worst.places)
            out.append(d)
        return out
    places = tuple({(s.start, s.end): s for a in actions for s in a.places}.values())
    return [*rest, replace(worst, places=tuple(sorted(places, key=lambda s: s.start)))]


def _fold_arrests(drafts: list[Draft]) -> list[Draft]:
    """Arrests reported with a protest happened at it: the protest had an
    intervention (ACLED codes one event, not a protest and an arrest)."""
    protests = [d for d in drafts if d.event_type == "Protests"]
    if not protests:
        return drafts
    out = [d for d in drafts if d.sub_type != "Arrests"]
    if len(out) < len(drafts):
        out = [
            _with_opponent(d, ActorRef("police"), "Protest with intervention")
            if d.event_type == "Protests" and d.sub_type == "Peaceful protest"
            else d
            for d in out
        ]
    return out


def _elaborates(inner: Draft, outer: Draft) -> bool:
    """Whether inner sits in a relative or adverbial clause under outer:
    "assaults on hospitals, where equipment was destroyed"."""
    current = inner.anchor
    crossed = False
    for _ in range(10):  # clause nesting in news sentences is shallow
        if current.head == current:
            return False
        crossed = crossed or current.dep_ in {"relcl", "acl", "advcl"}
        current = current.head
        if crossed and (current == outer.trigger or current == outer.anchor):
            return True
    return False


def _drop_elaborations(drafts: list[Draft]) -> list[Draft]:
    """Property damage described inside a riot's clause is part of the riot."""
    riots = [d for d in drafts if d.event_type == "Riots"]
    return [
        d
        for d in drafts
        if d.sub_type != "Looting/property destruction" or not any(_elaborates(d, r) for r in riots)
    ]


def _drop_protests_in_riots(drafts: list[Draft]) -> list[Draft]:
    """A protest that turned violent is coded once, as a riot."""
    riots = [d for d in drafts if d.event_type == "Riots"]
    if not riots:
        return drafts
    return [
        d
        for d in drafts
        if d.event_type != "Protests" or not any(_covered(d, r) or _same_actor(d, r) for r in riots)
    ]


def _same_actor(a: Draft, b: Draft) -> bool:
    """Conjoined acts of one subject ("youths built barricades, threw stones
    and set fire to a bus") are one episode."""
    sa, sb = subject_of(clause_head(a.anchor)), subject_of(clause_head(b.anchor))
    return sa is not None and sa == sb


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _separate_clauses(a: Draft, b: Draft) -> bool:
    """Two clauses with subjects of their own ("workers struck, and drivers
    blocked the highway") report two events even without places."""
    ha, hb = clause_head(a.anchor), clause_head(b.anchor)
    return ha != hb and _own_subject(ha) and _own_subject(hb)


def _nested(inner: Draft, outer: Draft) -> bool:
    """Whether inner's clause is a relative or adverbial clause inside
    outer's ("the strike spread to Oruro, where drivers joined the stoppage")."""
    target = clause_head(outer.anchor)
    current = clause_head(inner.anchor)
    crossed = False
    for _ in range(10):  # clause nesting in news sentences is shallow
        if current.head == current:
            return False
        crossed = crossed or current.dep_ in {"relcl", "acl", "advcl"}
        current = current.head
        if crossed and current == target:
            return True
    return False


def _twins(a: Draft, b: Draft) -> bool:
    if a.key() != b.key():
        return False
    if _separate_clauses(a, b) and not (_nested(a, b) or _nested(b, a)):
        return False
    return _covered(a, b) or _covered(b, a)


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """Triggers with the same coding whose places nest are one event."""
    out: list[Draft] = []
    for draft in drafts:
        twin = next((o for o in out if _twins(draft, o)), None)
        if twin is None:
            out.append(draft)
            continue
        if len(draft.places) > len(twin.places):
            out[out.index(twin)] = replace(draft, dates=draft.dates or twin.dates)
        elif not twin.dates and draft.dates:
            out[out.index(twin)] = replace(twin, dates=draft.dates)
    return out


def _excessive_when_deadly(drafts: list[Draft], deaths: int | None) -> list[Draft]:
    """Deaths at a protest with a police response: excessive force (ACLED)."""
    if not deaths:
        return drafts
    return [
        replace(d, sub_type="Excessive force against protesters")
        if d.sub_type == "Protest with intervention"
        else d
        for d in drafts
    ]


def _drop_state_violence_at_protests(drafts: list[Draft]) -> list[Draft]:
    """Killings reported with police fire on a protest are that protest's
    excessive force, not a separate attack on civilians."""
    if not any(d.event_type == "Protests" and d.sub_type != "Peaceful protest" for d in drafts):
        return drafts
    return [
        d
        for d in drafts
        if not (
            d.event_type == "Violence against civilians"
            and d.participants.actor1 is not None
            and d.participants.actor1.role in _FORCES
        )
    ]


def _against_forces(draft: Draft) -> bool:
    """Whether the riot's clause aims at the police or army ("threw stones at
    police lines", "fought with soldiers"): a violent demonstration."""
    lexicon = load_lexicon()
    if any(actor_role(t, lexicon) in _FORCES for t in clash_sides(draft.trigger)):
        return True
    head = clause_head(draft.anchor)
    while head.dep_ == "conj" and head.head != head:
        head = head.head  # conjoined acts of one crowd share their target
    for tok in head.subtree:
        if tok.dep_ != "pobj" or tok.head.lower_ not in {"at", "against", "with", "on", "between"}:
            continue
        words = [tok, *(c for c in tok.children if c.dep_ in {"compound", "conj"})]
        if any(actor_role(w, lexicon) in _FORCES for w in words):
            return True
    return False


# Words that make a riot a demonstration turned violent rather than mob
# violence (ACLED: a violent demonstration is a protest whose participants
# use violence).
_DEMONSTRATION = frozenset(
    {
        "protest",
        "protester",
        "protestor",
        "demonstration",
        "demonstrate",
        "demonstrator",
        "rally",
        "march",
        "marcher",
        "procession",
        "strike",
        "striker",
        "hartal",
        "bandh",
        "blockade",
        "picket",
        "sit-in",
        "agitation",
        "agitate",
        "riot",
        "rioter",
        "rioting",
        "unrest",
    }
)
# Actors whose riots are demonstrations: protesters, strikers, students.
_DEMONSTRATING_ROLES = frozenset({"protesters", "rioters", "labor", "students"})
# Actors who fight each other as crowds: party supporters, factions, villagers.
_CROWD_ROLES = frozenset({"mob", "party", "group", "civilians", "people"})


def _demonstration_context(draft: Draft) -> bool:
    sentence = draft.trigger.sent
    return any(
        (lemma(t) in _DEMONSTRATION or t.lower_ in _DEMONSTRATION)
        and t.ent_type_ not in {"DATE", "TIME"}  # "On 10 March" is no march
        for t in sentence
    )


def _between_crowds(draft: Draft) -> bool:
    """A clash whose named sides are crowds, none of them forces ("between
    supporters of two candidates", "two groups clashed with each other")."""
    lexicon = load_lexicon()
    sides = [actor_role(t, lexicon) for t in clash_sides(draft.trigger)]
    if any(r in _FORCES for r in sides):
        return False
    if any(r in _CROWD_ROLES for r in sides):
        return True
    head = clause_head(draft.anchor)
    words = {t.lower_ for t in head.subtree}
    return "each" in words and "other" in words or "rival" in words or "factions" in words


def _mob(draft: Draft) -> bool:
    """Whether a riot is mob violence: by a mob that does not fight the
    police, or by crowds fighting each other outside any demonstration."""
    if draft.event_type != "Riots" or draft.sub_type == "Mob violence":
        return False
    actor = draft.participants.actor1
    role = actor.role if actor is not None else None
    if role == "mob" and not _against_forces(draft):
        return True
    if _demonstration_context(draft) or _against_forces(draft):
        return False
    # The role of the subject as written: the rule's default ("rioters") says
    # nothing of who fought ("two groups of villagers clashed").
    subject = subject_of(clause_head(draft.anchor)) if draft.anchor.pos_ in VERBAL else None
    written = actor_role(subject, load_lexicon()) if subject is not None else None
    if written in _DEMONSTRATING_ROLES or written in _FORCES:
        return False
    return written in _CROWD_ROLES or _between_crowds(draft)


def _mob_riots(drafts: list[Draft]) -> list[Draft]:
    """Riots by a mob rather than demonstrators are Mob violence (ACLED),
    unless the mob fights the police: youths stoning police lines are coded
    as a violent demonstration. Crowds of supporters, factions or villagers
    fighting each other, with no demonstration in the sentence, are mob
    violence too."""
    return [replace(d, sub_type="Mob violence") if _mob(d) else d for d in drafts]


# Words that say firearms were used in a clash: "shot", "bullet wounds",
# "opened fire". Crowds fighting each other with guns fight a battle (ACLED:
# an armed clash between organised armed groups, militias included).
_FIREARMS = frozenset(
    {
        "shot",
        "shoot",
        "bullet",
        "bullets",
        "gun",
        "guns",
        "gunfire",
        "gunshot",
        "gunshots",
        "firearm",
        "firearms",
        "pistol",
        "pistols",
        "rifle",
        "rifles",
        "shotgun",
    }
)
_CLASH_WORDS = frozenset({"clash", "fight", "battle", "skirmish", "fighting", "clashes"})


# Words that say the sides of a clash carried weapons: "armed with sticks and
# machetes", "the villagers were armed", "with lethal weapons".
_WEAPONS = frozenset({"weapon", "weapons", "firearm", "firearms", "armed"})
# Words that say a clash was fought with weapons whoever its sides were: a
# death by blade or bullet ("a man was stabbed to death in the clash"),
# "armed" sides, "lethal weapons", "arms were used" (ACLED: an armed clash).
_ARMED_FIGHT = frozenset(
    {
        "armed",
        "arms",
        "lethal",
        "stabbed",
        "hacked",
        "gunned",
        "spear",
        "spears",
    }
)
# Rounds the police fire to end a clash ("fired rubber bullets"): no sign
# that the sides were armed.
_CROWD_CONTROL_ROUNDS = frozenset({"bullet", "bullets", "shot", "shots"})
# How far past its sentence a clash's report may say weapons were used: the
# sentence or two after ("Report says both groups were armed.").
_FOLLOWING = 2
_SENTENCE_END = re.compile(r"[.!?](\s+|$)|\n\s*\n")


def _report_words(draft: Draft) -> set[str]:
    """Lower-case words of the trigger's sentence and the next sentence or
    two of its paragraph."""
    sent = draft.trigger.sent
    text = sent.doc.text
    end = sent.end_char
    for _ in range(_FOLLOWING):
        found = _SENTENCE_END.search(text, end + 1)
        if found is None or "\n\n" in text[end : found.start() + 1]:
            break
        end = found.end()
    return {w.lower() for w in re.findall(r"[\w-]+", text[sent.start_char : end])}


def _gunfight(draft: Draft) -> bool:
    if draft.event_type != "Riots" or lemma(draft.trigger) not in _CLASH_WORDS:
        return False
    words = {t.lower_ for t in draft.trigger.sent}
    fired = bool(words & (_FIREARMS | _ARMED_FIGHT)) or ("opened" in words and "fire" in words)
    if not fired:
        told = _FIREARMS | _ARMED_FIGHT | (_WEAPONS if _between_crowds(draft) else frozenset())
        report = _report_words(draft)
        if "rubber" in report:
            told = told - _CROWD_CONTROL_ROUNDS  # "police fired rubber bullets" to end it
        fired = bool(report & told)
    return fired and not _demonstration_context(draft) and not _against_forces(draft)


_ARMED_SIDES = frozenset({"armed", "rebels"})


def _forces_fight(draft: Draft) -> bool:
    """A clash between two state forces ("between the border guards and the
    railway police") or between the forces and an armed group: a battle."""
    if draft.event_type != "Riots" or lemma(draft.trigger) not in _CLASH_WORDS:
        return False
    lexicon = load_lexicon()
    sides = [actor_role(t, lexicon) for t in clash_sides(draft.trigger)]
    subject = _written_subject(draft)
    if subject is not None:
        sides.append(actor_role(subject, lexicon))
    known = [r for r in sides if r is not None]
    forces = [r for r in known if r in _FORCES]
    if not forces or len(known) < 2:
        return False
    return all(r in _FORCES | _ARMED_SIDES for r in known)


def _armed_clashes(drafts: list[Draft]) -> list[Draft]:
    """Crowds that clash with firearms or blades ("a man was stabbed to death
    in the clash"), outside any demonstration and not with the police, fight
    an armed clash; so do crowds that the report says were armed, in the
    sentence or the next two ("Both groups were armed.") (ACLED: an armed
    clash is between armed, organised groups)."""
    return [
        replace(d, event_type="Battles", sub_type="Armed clash")
        if _gunfight(d) or _forces_fight(d)
        else d
        for d in drafts
    ]


# Words that say attackers came armed or picked their victim: "armed with
# sharp weapons", "with knives", "in a targeted attack". Organised, armed
# one-sided violence is an attack on civilians (ACLED), not mob violence.
_ARMED_ATTACK = frozenset(
    {
        "armed",
        "weapon",
        "weapons",
        "firearm",
        "firearms",
        "gun",
        "guns",
        "pistol",
        "pistols",
        "rifle",
        "rifles",
        "knife",
        "knives",
        "machete",
        "machetes",
        "hammer",
        "hammers",
        "sharp",
        "targeted",
    }
)
_ATTACK_WORDS = frozenset({"attack", "assault", "beat"})
_IMPROVISED = frozenset({"local", "native", "homemade", "home-made", "crude", "traditional"})
# Crowds as such: their violence is mob violence however they are armed.
_CROWD_WORDS = frozenset({"mob", "crowd", "vigilante", "villager", "resident", "local"})


def _written_subject(draft: Draft) -> Token | None:
    head = clause_head(draft.anchor)
    return subject_of(head) if head.pos_ in VERBAL else None


def _armed_attack(draft: Draft) -> bool:
    """A crowd attack by a party's men or a group who came armed, or a
    targeted attack: violence against civilians."""
    if draft.event_type != "Riots" or draft.sub_type != "Mob violence":
        return False
    if lemma(draft.trigger) not in _ATTACK_WORDS:
        return False
    subject = _written_subject(draft)
    if subject is None or lemma(subject) in _CROWD_WORDS:
        return False
    words = {
        t.lower_
        for t in draft.trigger.sent
        # "local weapons", "homemade weapons": what a crowd picks up
        if not any(c.lower_ in _IMPROVISED for c in t.children)
    }
    if "targeted" in words:
        return True  # the attackers picked their victim, whoever they were
    if actor_role(subject, load_lexicon()) in {"civilians", "people"}:
        return False  # "a group of local residents", "four people" with weapons
    return bool(words & _ARMED_ATTACK)


def _armed_attacks(drafts: list[Draft]) -> list[Draft]:
    """Crowd attacks that were armed or targeted are attacks on civilians,
    unless the sentence reports a clash they are part of."""
    if any(lemma(d.trigger) in _CLASH_WORDS for d in drafts):
        return drafts
    out = []
    for d in drafts:
        if _armed_attack(d):
            parts = d.participants
            if parts.actor1 is not None and parts.actor1.role == "mob":
                actor1 = ActorRef("armed", parts.actor1.name, parts.actor1.span)
                parts = Participants(actor1, parts.assoc1, parts.actor2)
            d = replace(
                d, event_type="Violence against civilians", sub_type="Attack", participants=parts
            )
        out.append(d)
    return out


def _mob_killing(draft: Draft) -> bool:
    """An attack on people by a mob or a crowd ("a suspected thief was
    beaten to death by a mob"): mob violence (ACLED), not an armed group's."""
    if draft.event_type != "Violence against civilians" or draft.sub_type != "Attack":
        return False
    subject = _written_subject(draft)
    return subject is not None and lemma(subject) in {"mob", "crowd", "vigilante"}


def _as_mob_violence(drafts: list[Draft], test: Callable[[Draft], bool]) -> list[Draft]:
    """Recode the drafts a test picks as Riots / Mob violence by a mob."""
    out = []
    for d in drafts:
        if test(d):
            parts = Participants(ActorRef("mob"), d.participants.assoc1, d.participants.actor2)
            d = replace(d, event_type="Riots", sub_type="Mob violence", participants=parts)
        out.append(d)
    return out


# Acts of a crowd on a person that need no weapon: beating, assault.
_BEATING_WORDS = frozenset({"attack", "assault", "beat", "injure", "wound", "beat up"})
# Followers that make a crowd of the man who leads them: "a councillor and
# his accomplices", "the chairman along with his men".
_FOLLOWERS = frozenset(
    {"accomplice", "men", "man", "associate", "follower", "supporter", "staff", "cohort", "goon"}
)
_CROWD_ATTACKERS = frozenset({"mob", "group", "party"})
_UNKNOWN = frozenset({"unknown", "unidentified", "masked", "armed"})
# Weapons and wounds that make an attack an armed one: "stabbed", "shot".
_WOUNDS = frozenset({"stabbed", "hacked", "chopped", "shot", "gunned", "bomb", "bombs"})


def _attackers(draft: Draft) -> list[Token]:
    """Who attacked: the clause's subject, and the "by" phrase of an attack
    noun in the sentence ("injured in an attack by party men")."""
    found = []
    subject = _written_subject(draft) if draft.trigger.pos_ in VERBAL else None
    if subject is not None:
        found.append(subject)  # in "the house came under attack" the subject is hit
    for tok in draft.trigger.sent:
        if lemma(tok) != "attack" or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


def _crowd(attacker: Token) -> bool:
    lexicon = load_lexicon()
    if lemma(attacker) == "rival" or any(c.lower_ in _UNKNOWN for c in attacker.children):
        return False  # "rivals", "unknown miscreants": who they were is not told
    if actor_role(attacker, lexicon) in _CROWD_ATTACKERS:
        return True
    followers = [c for c in attacker.children if c.dep_ == "conj"]
    for prep in (c for c in attacker.children if c.dep_ == "prep" and c.lower_ == "with"):
        followers += [c for c in prep.children if c.dep_ == "pobj"]
    return any(lemma(f) in _FOLLOWERS or f.lower_ in _FOLLOWERS for f in followers)


def _crowd_beating(draft: Draft) -> bool:
    """A beating or an assault by a crowd of a party's or a leader's men,
    with no weapon or wound named: mob violence (ACLED), like the same act
    told in the active voice (riot_mob_attack)."""
    if draft.event_type != "Violence against civilians" or draft.sub_type != "Attack":
        return False
    if lemma(draft.trigger) not in _BEATING_WORDS and draft.trigger.lower_ not in _BEATING_WORDS:
        return False
    words = {t.lower_ for t in draft.trigger.sent}
    if words & (_ARMED_ATTACK | _WOUNDS | _FIREARMS):
        return False
    return any(_crowd(a) for a in _attackers(draft))


# Words that put a police action in a demonstration: the action is the
# demonstration's intervention. Without them (in the paragraph so far), the
# forces fired on or beat people: violence against civilians (ACLED).
_GATHERING = re.compile(
    r"\b(protest|demonstrat|rall(y|ies)|march|procession|strik(e|ing)|hartal|bandh|blockade|"
    r"picket|sit-in|agitat|riot|unrest|crowd|gathering|mob|chant|slogan|disperse)",
    re.IGNORECASE,
)


_CROWD_CONTROL = frozenset({"tear", "teargas", "tear-gas", "cannon", "cannons", "gas"})
_HARMED = frozenset(
    {
        "killed",
        "shot",
        "wounded",
        "injured",
        "dead",
        "death",
        "tortured",
        "beaten",
        "hurt",
        "injuring",
        "killing",
        "wounding",
    }
)


def _paragraph_so_far(draft: Draft) -> str:
    sent = draft.trigger.sent
    text = sent.doc.text
    start = text.rfind("\n\n", 0, sent.start_char)
    return text[max(start, 0) : sent.end_char]


def _forces_on_people(drafts: list[Draft]) -> list[Draft]:
    """A police or border force's fire or beating with no demonstration in
    the sentence or before it in the paragraph ("border guards shot two
    cattle traders") is an attack on civilians, not a protest's intervention."""
    if not any(d.kind == "intervention" for d in drafts):
        return drafts
    if any(d.kind != "intervention" and not _state_violence(d) for d in drafts):
        return drafts
    if _GATHERING.search(_paragraph_so_far(drafts[0])):
        return drafts
    words = {t.lower_ for t in drafts[0].trigger.sent}
    if words & _CROWD_CONTROL or not words & _HARMED:
        return drafts  # tear gas is fired at a crowd; nobody hurt, no attack told
    out = []
    for d in drafts:
        if d.kind != "intervention":
            out.append(d)
            continue
        force = d.participants.actor2 or ActorRef("police")
        parts = Participants(force, None, ActorRef("civilians"))
        out.append(
            replace(
                d,
                event_type="Violence against civilians",
                sub_type="Attack",
                participants=parts,
                kind="event",
            )
        )
    return out


def _state_violence(draft: Draft) -> bool:
    actor = draft.participants.actor1
    return (
        draft.event_type == "Violence against civilians"
        and actor is not None
        and actor.role in _FORCES
    )


def _drop_arrests_in_custody(drafts: list[Draft]) -> list[Draft]:
    """An arrest told with the forces' violence on the arrested ("arrested
    and tortured a journalist") is one event: the attack."""
    if not any(_state_violence(d) for d in drafts):
        return drafts
    return [d for d in drafts if d.sub_type != "Arrests"]


def consolidate(drafts: list[Draft], deaths: int | None = None) -> list[Draft]:
    """The events an ACLED coder would record from one sentence's drafts.

    Args:
        drafts: the sentence's drafts in text order.
        deaths: fatalities reported in the sentence, if any.

    Returns:
        The drafts to emit, in text order.
    """
    if any(d.kind != "weak" for d in drafts):
        drafts = [d for d in drafts if d.kind != "weak"]
    drafts = _armed_clashes(drafts)
    drafts = _mob_riots(drafts)
    drafts = _armed_attacks(drafts)
    drafts = _as_mob_violence(drafts, _mob_killing)
    drafts = _as_mob_violence(drafts, _crowd_beating)
    drafts = _forces_on_people(drafts) if drafts else drafts
    drafts = _drop_arrests_in_custody(drafts)
    drafts = _merge_interventions(drafts)
    drafts = _fold_arrests(drafts)
    drafts = _drop_state_violence_at_protests(drafts)
    drafts = _drop_protests_in_riots(drafts)
    drafts = _drop_elaborations(drafts)
    drafts = _excessive_when_deadly(drafts, deaths)
    drafts = _dedupe(drafts)
    return sorted(drafts, key=lambda d: d.trigger_span.start)
