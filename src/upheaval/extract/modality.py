"""Is a trigger an event that happened? Negation, modality, irrealis, background.

ACLED codes what happened on a day at a place. A trigger word is not an event
when the text negates it ("no protests were reported"), puts it in the future
or a condition ("they will arrest us", "if workers strike"), makes it the
content of a plan, threat, demand or ban ("threatened to strike", "called for
protests tomorrow", "banned rallies"), uses it as a modifier ("riot police"),
or refers to a past episode by year only ("the riot of 2021", "since the 2011
protests").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from upheaval.extract.lexicon import Lexicon, Rule
from upheaval.extract.syntax import lemma, sentence_of, word_forms

__all__ = ["is_factual"]

# Dependencies through which an event noun or verb inherits the modality of
# its governor: objects, prepositional objects, infinitival complements.
_INHERIT = frozenset(
    {
        "dobj",
        "pobj",
        "prep",
        "xcomp",
        "nsubj",
        "nsubjpass",
        "attr",
        "compound",
        "conj",
        "appos",
        "amod",
        "acomp",
        "oprd",
        "advmod",
        "npadvmod",
        "dative",
        "pcomp",
        "agent",
        "acl",
    }
)
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_NEGATORS = frozenset({"no", "never", "not", "n't", "without", "none", "nor"})


# Verbs of expectation whose clausal complement has not happened (yet).
_EXPECT = frozenset(
    {
        "let",
        "expect",
        "hope",
        "fear",
        "predict",
        "anticipate",
        "want",
        "wish",
        "demand",
        "urge",
        "insist",
        "warn",
        "threaten",
    }
)
# Subordinators of conditions. Concessions are facts ("although police
# fired tear gas, the march went on"): "though" and "although" are not here.
# "Since" opens a clause of background, the start of a state of affairs
# ("two years since the junta seized power").
_UNREAL_MARKS = frozenset({"if", "unless", "whether", "lest", "until", "till", "since"})
# Subjects of a copula whose complement is an intention: "the purpose of the
# meeting was to seal a deal".
_INTENT_SUBJECTS = frozenset(
    {"purpose", "aim", "goal", "objective", "intention", "plan", "idea", "point", "task"}
)
_NOBODY = frozenset({"nobody", "none", "nothing", "noone"})
# Verbs that deny the clause they govern: "he denied that soldiers fired".
_DENIALS = frozenset({"deny", "refute", "dismiss", "doubt", "reject", "disprove", "dispute"})


def _negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return True
        if child.dep_ in {"nsubj", "nsubjpass"} and (
            child.lower_ in _NOBODY
            or (child.lower_ == "one" and any(c.lower_ == "no" for c in child.children))
        ):
            return True
    return False


def _generic(token: Token) -> bool:
    """An event noun as subject of a copula: "protests are common here",
    "another round of protests is inevitable"."""
    top = token
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ in {"NOUN", "PRON"}:
        top = top.head.head
    head = top.head
    return (
        top.dep_ == "nsubj"
        and lemma(head) == "be"
        and any(c.dep_ in {"acomp", "attr"} for c in head.children)
    )


def _modal(verb: Token, lexicon: Lexicon) -> bool:
    """Future or modal auxiliaries, "going to", conditional "if"."""
    for child in verb.children:
        if child.dep_ == "aux" and (
            child.lower_ in lexicon.modals or lemma(child) in lexicon.modals
        ):
            return True
        if child.dep_ == "mark" and child.lower_ in _UNREAL_MARKS:
            return True
    return verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children)


def _year_only_reference(token: Token) -> bool:
    """An event noun dated by a year alone: "the riot of 2021", "2011 protests"."""
    for child in token.children:
        if child.dep_ in {"nummod", "compound", "amod"} and _YEAR.match(child.text):
            return True
        if child.dep_ == "prep" and child.lower_ in {"of", "in"}:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if _YEAR.match(pobj.text) or (child.lower_ == "of" and pobj.ent_type_ == "DATE"):
                    return True  # "the riot of 2021", "the unrest of January 2022"
    return False


def _verb_keys(verb: Token) -> set[str]:
    """A verb's lemma forms and its particle phrases ("play down")."""
    keys = set(word_forms(verb))
    keys |= {f"{lemma(verb)} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    return keys


def _dated_in_phrase(token: Token) -> bool:
    """The event noun's own phrase gives it a day or month ("Russia's bombing
    of a hospital in Mariupol last March"): a particular event, even when
    it is talked about."""
    after = token.right_edge.i + 1
    # the parser often hangs the date on the verb: "describing X ... last March"
    following = [token.doc[after]] if after < len(token.doc) else []
    return any(
        t.ent_type_ == "DATE" and not _YEAR.match(t.text)
        for t in [*(t for t in token.subtree if t.i > token.i), *following]
    )


def _topic(token: Token, lexicon: Lexicon) -> bool:
    """An event noun that is the topic of talk, images or judgement ("stop
    broadcasting the protests", "coverage of the demonstrations") or the
    reason of an arrest ("arrested for arson"), unless its own phrase dates
    it."""
    if _dated_in_phrase(token):
        return False
    current = token
    for _ in range(4):  # "images of a day of protests": a few "of" steps at most
        while current.dep_ in {"conj", "appos"} and current.head != current:
            current = current.head
        head = current.head
        if current.dep_ == "dobj":
            # "a journalist covering the protest" was there: a witness, not a topic
            witness = head.dep_ == "acl" and head.tag_ == "VBG"
            return not witness and bool(_verb_keys(head) & lexicon.topic_verbs)
        if current.dep_ == "poss":
            return lemma(head) in lexicon.topic_nouns
        if current.dep_ != "pobj":
            return False
        prep, governor = head.lower_, head.head
        if prep in {"on", "about", "of", "over"} and lemma(governor) in lexicon.topic_nouns:
            return True
        if f"{lemma(governor)} {prep}" in lexicon.topic_verbs:
            return True
        if prep in {"for", "over", "of"} and lemma(governor) in lexicon.charge_words:
            return True
        if prep != "of" or governor.pos_ not in {"NOUN", "PROPN"}:
            return False
        current = governor  # "a day of blockades": the topic test applies to "day"
    return False


def _shown(token: Token, lexicon: Lexicon) -> bool:
    """An event noun in the "of" complement of a topic noun ("coverage of the
    protests", "footage of the curfew")."""
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ in {"of", "on", "about"}
        and lemma(head.head) in lexicon.topic_nouns
    )


# Background prepositions that, after a harm verb, name the event that did
# the harm ("killed amid clashes", "injured during the protest" is no
# background at all).
_CAUSAL_PREPS = frozenset({"amid", "amidst"})
_HARM_VERBS = frozenset({"die", "kill", "injure", "wound", "hurt", "shoot"})

# Nouns of an occasion that an event noun before them names: "a protest
# meeting", "strike action", "a human chain programme" are the event itself.
_OCCASIONS = frozenset(
    {"program", "programme", "meeting", "marching", "event", "action", "gathering", "session"}
)


def _modifier(token: Token) -> bool:
    """An event noun that modifies another noun ("riot police", "protest
    movement", "strike committee"), not one naming an occasion."""
    if token.dep_ == "compound":
        return lemma(token.head) not in _OCCASIONS and token.head.lower_ not in _OCCASIONS
    return token.dep_ == "amod" and token.head.pos_ == "NOUN"


def _noun_unreal(token: Token, lexicon: Lexicon) -> bool:
    if _modifier(token):
        return True  # "riot police", "protest movement", "strike committee"
    before = [t.lower_ for t in token.doc[max(token.i - 2, 0) : token.i]]
    if "anti" in before:
        return True  # "anti-riot"
    if any(
        lemma(c) in lexicon.unreal_modifiers or c.lower_ in lexicon.unreal_modifiers
        for c in token.children
    ):
        return True
    if _year_only_reference(token) or _topic(token, lexicon):
        return True
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in lexicon.background_preps:
        return False
    # "one person died amid communal clashes": the clashes took the life
    return not (head.lower_ in _CAUSAL_PREPS and lemma(head.head) in _HARM_VERBS)


def _purpose(verb: Token) -> bool:
    """A purpose infinitive ("called a strike to protest against ..."): it is
    as real as the act it is the purpose of."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _governors(token: Token) -> list[Token]:
    """The token and the heads it inherits modality from, up to its clause."""
    chain = [token]
    current = token
    for _ in range(8):  # deep enough for "called on workers to join a strike"
        if current.dep_ == "ccomp" and lemma(current.head) in _DENIALS | _EXPECT:
            chain.append(current.head)
            break
        if (current.dep_ not in _INHERIT and not _purpose(current)) or current.head == current:
            break
        if current.dep_ == "conj" and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in current.children
        ):
            break  # a conjoined clause with its own subject has its own modality
        current = current.head
        chain.append(current)
    return chain


def _unreal_use(trigger: Token, rule: Rule, lexicon: Lexicon) -> bool:
    """Uses of the trigger word itself that report no event."""
    if sentence_of(trigger).text.rstrip().endswith("?"):
        return True
    if trigger.pos_ in {"NOUN", "PROPN"} and not rule.measures:
        return _noun_unreal(trigger, lexicon) or _generic(trigger)
    if trigger.pos_ in {"NOUN", "PROPN"} and _shown(trigger, lexicon):
        return True  # "banned coverage of the rallies" bans no rally
    if _intended(trigger):
        return True
    # "detained activists", "striking miners": a modifier, not a clause
    return trigger.pos_ == "VERB" and trigger.dep_ == "amod" and not rule.modifier_ok


def _intended(trigger: Token) -> bool:
    """An infinitive of what a group set out to do, under a verb that is
    not a finite report of an act: "a movement having sprung up to fight the
    army". The purpose of an act told in the past ("boycotted the courts to
    protest") happened with it."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in {"advcl", "acl", "relcl"}:
        return False
    if trigger.head.tag_ == "VBD":
        return False  # "lawyers boycotted the courts to protest": they did
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in trigger.children)


def _due_to_cause(due: Token) -> bool:
    """ "due to police torture" (a cause) rather than "due to strike" (a plan)."""
    doc = due.doc
    if due.i + 2 >= len(doc) or doc[due.i + 1].lower_ != "to":
        return False
    return doc[due.i + 2].pos_ not in {"VERB", "AUX"}


def _unreal_governor(
    chain: list[Token], i: int, trigger: Token, rule: Rule, lexicon: Lexicon
) -> bool:
    """Whether chain[i], a governor of the trigger, makes it unreal."""
    tok, below = chain[i], chain[i - 1]
    word = lemma(tok)
    if word in _DENIALS | _EXPECT and below.dep_ == "ccomp":
        return True
    if word == "be" and any(
        c.dep_ == "nsubj" and lemma(c) in _INTENT_SUBJECTS for c in tok.children
    ):
        return True  # "the purpose was to seal a deal"
    if tok.dep_ == "prep" and tok.lower_ in {"without", "instead"}:
        return True
    # The rule's own acts are real; "set fire and looted" has no "set to";
    # a weak trigger may be the subject of a demand ("protesters demanded").
    allowed_subject = word in rule.allow and below == trigger and trigger.dep_ == "nsubj"
    # "died due to police torture": a cause, not "due to strike" (a plan)
    cause = word == "due" and _due_to_cause(tok)
    exempt = word in rule.governed_by or allowed_subject or below.dep_ == "conj" or cause
    if word in lexicon.irrealis and not exempt:
        return True
    return any(c.dep_ == "acomp" and lemma(c) in lexicon.irrealis for c in tok.children)


def is_factual(anchor: Token, trigger: Token, rule: Rule, lexicon: Lexicon) -> bool:
    """Whether a trigger reports an event that happened.

    Args:
        anchor: the token whose clause carries the event (the act verb for a
            measure, else the trigger).
        trigger: the trigger token.
        rule: the rule that matched (its acts are exempt from irrealis).
        lexicon: the loaded lexicon.

    Returns:
        False for negated, modal, irrealis, modifier or background uses.
    """
    if _unreal_use(trigger, rule, lexicon):
        return False
    chain = _governors(anchor)
    for i, tok in enumerate(chain):
        # Negation reaches core arguments, not adjuncts: in "nobody was
        # arrested during the march" the march still took place.
        below = chain[i - 1] if i else None
        adjunct = (
            below is not None and below.dep_ == "prep" and below.lower_ not in {"for", "to", "of"}
        )
        if _negated(tok) and not adjunct:
            return False
        if tok.pos_ in {"VERB", "AUX"} and _modal(tok, lexicon):
            return False
        if i and _unreal_governor(chain, i, trigger, rule, lexicon):
            return False
    return not _clause_negated(chain[-1], lexicon)


def _clause_negated(verb: Token, lexicon: Lexicon) -> bool:
    """Adjectival predicates that deny their complement: "it was impossible to"."""
    return any(
        c.dep_ in {"acomp", "attr"} and lemma(c) in lexicon.irrealis for c in verb.children
    ) and any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children)
