"""Who: actor 1 and 2 of a trigger, and named associated actors."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from upheaval.extract.lexicon import Lexicon
from upheaval.extract.syntax import (
    VERBAL,
    actor_role,
    clause_head,
    doc_text,
    entity_of,
    object_of,
    sentence_of,
    subject_of,
    word_forms,
)
from upheaval.model import ActorRef, Span

__all__ = ["Participants", "find_participants"]

# Words in an ORG name that mark a party, union or movement: associated actors.
_ORG_WORDS = {
    "party": "party",
    "union": "group",
    "movement": "group",
    "front": "group",
    "federation": "group",
    "congress": "group",
    "alliance": "group",
    "confederation": "group",
    "association": "group",
    "committee": "group",
    "council": "group",
    "coalition": "group",
    "league": "group",
    "syndicate": "group",
    "network": "group",
    "bloc": "group",
}
# Roles that are the opponent (actor 2) of an intervention or a riot.
_FORCES = frozenset({"police", "military", "security"})
_CROWDS = frozenset(
    {"protesters", "labor", "civilians", "students", "mob", "people", "group", "party"}
)
_VIOLENT_TYPES = frozenset({"Riots"})
# Verbs through which a noun trigger's clause subject is its actor:
# "workers staged a strike", "the party joined the rally".
_LIGHT_VERBS = frozenset(
    {
        "stage",
        "hold",
        "organize",
        "organise",
        "join",
        "launch",
        "begin",
        "start",
        "lead",
        "go",
        "continue",
        "mount",
        "call",
        "take",
        "participate",
        "attend",
        "resume",
        "end",
    }
)


@dataclass(frozen=True)
class Participants:
    """Actors of one mention, as the text names them."""

    actor1: ActorRef | None
    assoc1: ActorRef | None
    actor2: ActorRef | None


def _ref(token: Token, role: str) -> ActorRef:
    ent = entity_of(token)
    if role in {"party", "group", "person"} and ent is not None:
        return ActorRef(role, ent.text, Span(ent.start_char, ent.end_char, ent.text))
    text = doc_text(token.doc)
    return ActorRef(
        role,
        None,
        Span(token.idx, token.idx + len(token.text), text[token.idx : token.idx + len(token.text)]),
    )


def _noun_agent(trigger: Token, lexicon: Lexicon) -> Token | None:
    """The actor of a noun trigger: a modifier ("workers' strike"), a "by"
    phrase, or the subject of a light verb that takes it as object."""
    for child in trigger.children:
        if child.dep_ in {"poss", "compound", "amod"} and actor_role(child, lexicon):
            return child
        if child.dep_ == "prep" and child.lower_ in {"by", "of", "between", "among"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and actor_role(pobj, lexicon):
                    return pobj
    head = trigger.head
    while head.dep_ == "prep" and head.head != head:
        head = head.head
    if head.pos_ in VERBAL and any(form in _LIGHT_VERBS for form in word_forms(head)):
        return subject_of(head)
    return None


def _agent(trigger: Token, anchor: Token, lexicon: Lexicon) -> Token | None:
    if trigger.pos_ in {"NOUN", "PROPN"} and anchor == trigger:
        return _noun_agent(trigger, lexicon)
    verb = anchor if anchor.pos_ in VERBAL else clause_head(anchor)
    return subject_of(verb)


def _actor1_role(default: str, found: str | None, event_type: str, lexicon: Lexicon) -> str:
    """ACLED names the actor by what it does: protesters who riot are rioters."""
    if (
        found is None
        or found == "person"
        or (found in {"group", "party"} and event_type != "Riots")
    ):
        return default
    if event_type == "Protests" and found in lexicon.protest_subject_roles:
        return "labor" if found == "labor" else default
    if event_type == "Riots" and found in {"protesters", "labor", "students", "civilians"}:
        return default
    if event_type == "Strategic developments" and default in _FORCES and found == "government":
        return default  # "the government called in the army": the army deploys
    if event_type == "Strategic developments" and found == "business":
        return default  # "operators cut the internet" on the state's orders
    if event_type == "Strategic developments" and default == "rioters" and found in _CROWDS:
        return default  # looters are coded as rioters whoever they were
    if event_type == "Riots" and found in {"group", "party"}:
        return "mob"  # "clashes between rival groups": communal, not a demonstration
    return found


def _associated(trigger: Token, agent: Token | None, lexicon: Lexicon) -> ActorRef | None:
    """A named party, union or movement in the clause, or a named agent."""
    if agent is not None:
        role = actor_role(agent, lexicon)
        if role in {"party", "group", "person"} and entity_of(agent) is not None:
            return _ref(agent, role)
        if role == "students":
            return ActorRef("students", None, _ref(agent, role).span)
    clause = list(clause_head(trigger).subtree)
    for ent in sentence_of(trigger).ents:
        if ent.label_ != "ORG" or not any(t in clause for t in ent):
            continue
        words = ent.text.lower().split()
        for word, role in _ORG_WORDS.items():
            if word in words:
                return ActorRef(role, ent.text, Span(ent.start_char, ent.end_char, ent.text))
    return None


def find_participants(
    trigger: Token, anchor: Token, rule_actor: str, event_type: str, kind: str, lexicon: Lexicon
) -> Participants:
    """Actors of a mention.

    Args:
        trigger: the trigger token; anchor: its act verb (measures) or itself.
        rule_actor: the rule's default role for actor 1.
        event_type: the ACLED event type (decides how roles are named).
        kind: "intervention" when the trigger is a police action on protesters.
        lexicon: the loaded lexicon.

    Returns:
        Participants with actor 1, its associated actor and actor 2.
    """
    agent = _agent(trigger, anchor, lexicon)
    found = actor_role(agent, lexicon)
    if kind == "intervention":
        force = found if found in _FORCES else "police"
        target = object_of(anchor) if anchor.pos_ in VERBAL else None
        role1 = "labor" if actor_role(target, lexicon) == "labor" else "protesters"
        span2 = _ref(agent, force).span if agent is not None and found else None
        return Participants(ActorRef(role1), None, ActorRef(force, None, span2))
    if event_type == "Riots" and found in _FORCES:
        # "police clashed with protesters": the crowd riots, the police is actor 2
        span2 = _ref(agent, found).span if agent is not None else None
        return Participants(ActorRef("rioters"), None, ActorRef(found, None, span2))
    role1 = _actor1_role(rule_actor, found, event_type, lexicon)
    span1 = _ref(agent, role1).span if agent is not None and found else None
    actor1 = ActorRef(role1, None, span1)
    actor2 = _target(trigger, anchor, event_type, lexicon)
    return Participants(actor1, _associated(trigger, agent, lexicon), actor2)


def _target(trigger: Token, anchor: Token, event_type: str, lexicon: Lexicon) -> ActorRef | None:
    verb = anchor if anchor.pos_ in VERBAL else None
    target = object_of(verb) if verb is not None else None
    role = actor_role(target, lexicon)
    if role is None and verb is not None:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"with", "between"}:
                for pobj in child.children:
                    role = role or actor_role(pobj, lexicon)
    if role is None:
        return None
    if (
        role in {"party", "group", "person"}
        and target is not None
        and entity_of(target) is not None
    ):
        return _ref(target, role)
    if role in {"students", "labor", "people"}:
        role = "civilians" if event_type in {"Violence against civilians", "Riots"} else role
    return ActorRef(role)
