"""Where and when: the clause of a trigger, its place and date arguments."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from upheaval.extract.lexicon import Lexicon, load_lexicon
from upheaval.extract.placewords import (
    DESCRIPTIVE_DEPS,
    MOTION,
    NOT_PLACES,
    PLACE_PREPS,
    SPLIT_DEPS,
    STREET_WORDS,
    TARGET_PREPS,
    TOWN_WORDS,
)
from upheaval.extract.syntax import (
    VERBAL,
    actor_role,
    clause_head,
    dependents,
    doc_text,
    is_stranded_subject,
    lemma,
    sentence_of,
    subject_of,
)
from upheaval.model import Span

__all__ = ["clause_span", "clause_tokens", "place_args", "sentence_span"]


def _lexicon() -> Lexicon:
    return load_lexicon()


def tokens_span(doc_text: str, tokens: list[Token]) -> Span:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span(start, end, doc_text[start:end])


def _clause_tokens(head: Token) -> list[Token]:
    """The head's subtree without conjoined clauses (they are other events)."""
    out: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if tok == head and child.dep_ == "conj" and child.pos_ in VERBAL:
                continue
            if tok == head and child.dep_ == "cc":
                continue
            stack.append(child)
    return [t for t in out if not t.is_punct or t.i != sentence_of(head).end - 1]


def clause_tokens(anchor: Token) -> list[Token]:
    """Tokens of the clause of ``anchor`` (its conjoined clauses left out)."""
    return sorted(_clause_tokens(clause_head(anchor)), key=lambda t: t.i)


def clause_span(anchor: Token) -> Span:
    """The part of the sentence that belongs to the event of ``anchor``."""
    head = clause_head(anchor)
    return tokens_span(doc_text(anchor.doc), _clause_tokens(head))


def is_date(token: Token) -> bool:
    return token.ent_type_ in {"DATE", "TIME"}


def pobj_of(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ in {"pobj", "pcomp"}:
            return child
    return None


def _conjunct_spans(text: str, root: Token) -> list[Span]:
    """One span per conjunct of the first coordinated noun under ``root``."""
    for tok in [root, *root.subtree]:
        conjs = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"}]
        if not conjs:
            continue
        spans = [tokens_span(text, [t for t in _own_subtree(tok)])]
        for conj in conjs:
            spans += (
                _conjunct_spans(text, conj)
                if _has_conj(conj)
                else [tokens_span(text, _own_subtree(conj))]
            )
        return spans
    return [tokens_span(text, _named_part(root))]


def _named_part(root: Token) -> list[Token]:
    """The place phrase without relative clauses and parentheticals."""
    out = [root]
    for child in root.children:
        if child.dep_ in DESCRIPTIVE_DEPS or (child.dep_ == "appos" and _parenthesized(child)):
            continue
        if is_stranded_subject(child):
            continue  # "in Mopti, a mob of men burned ...": the mob is no place
        if child.pos_ in VERBAL:
            continue  # "Kisumu town demanding promotions": not part of the name
        if child.dep_ == "punct" and child.i > root.i:
            continue
        out += _named_part(child) if child.dep_ != "punct" else [child]
    return out


def _parenthesized(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.left_edge.i - 1].text == "("


def _has_conj(tok: Token) -> bool:
    return any(c.dep_ == "conj" for c in tok.children)


def _own_subtree(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ not in SPLIT_DEPS | DESCRIPTIVE_DEPS:
            out += _named_part(child)
    return out


# "across parts of Punjab", "in much of the north": a share of a place.
_PARTITIVES = frozenset({"part", "rest", "much", "most", "half", "swathe", "swath"})


def _whole(pobj: Token) -> Token:
    """The place a partitive stands for ("parts of Sindh and Balochistan")."""
    if lemma(pobj) not in _PARTITIVES:
        return pobj
    for child in pobj.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            inner = pobj_of(child)
            if inner is not None and inner.pos_ == "PROPN":
                return inner
    return pobj


def _place_prep(prep: Token) -> Token | None:
    if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
        return None
    pobj = pobj_of(prep)
    if pobj is not None:
        pobj = _whole(pobj)
    if pobj is None or is_date(pobj) or lemma(pobj) in NOT_PLACES or pobj.pos_ in VERBAL:
        return None
    if any(c.dep_ == "nummod" for c in pobj.children) or lemma(pobj) in _lexicon().roles:
        return None  # "to 16 police cars", "called in the army": things and people
    if prep.lower_ == "on" and pobj.pos_ != "PROPN" and lemma(pobj) not in STREET_WORDS:
        return None  # "on Monday", "on the government"
    return pobj


def _hosts(trigger: Token, anchor: Token, protest: bool = False) -> list[Token]:
    """Tokens whose prepositional phrases can place the event."""
    hosts = [trigger]
    hosts += [c for c in trigger.children if c.dep_ in {"relcl", "acl"}]
    if trigger.pos_ in {"NOUN", "PROPN"}:  # "the bombing of a hotel in Mogadishu"
        hosts += [
            g
            for c in trigger.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    head = clause_head(anchor)
    if anchor != trigger:
        hosts.append(anchor)
    if head not in hosts:
        hosts.append(head)
    # What the event acts on is where it happens: "looted shops in Durban",
    # "detonated against a vehicle near Menaka".
    for _ in range(2):  # the object, and the object's instrument or target
        for host in list(hosts):
            hosts += [t for t in _targets(host, protest) if t not in hosts]
    if head.dep_ in {"advcl", "xcomp"} and head.tag_ == "VBG" and not _own_places(head):
        hosts.append(head.head)  # "..., storming the building": the main clause's place
    # Actors placed by a phrase of their own: "police in Santiago", "students
    # at the university in Dhaka", "women in Saqqez cut their hair and chanted".
    lexicon = _lexicon()
    subject = subject_of(head) if head.pos_ in VERBAL else None
    if subject is not None and subject not in hosts:
        hosts.append(subject)
    grievance = {t.i for h in hosts for c in h.children if _grievance(h, c) for t in c.subtree}
    for host in list(hosts):
        for dep in dependents(host, 3):
            if dep.i in grievance and protest:
                continue  # "protesting the killing of Rohingya in Rakhine"
            if dep.pos_ in {"NOUN", "PROPN"} and actor_role(dep, lexicon) and dep not in hosts:
                hosts.append(dep)
    return hosts


# What a protest is "against", or what it protests or condemns, is its
# grievance, told with the grievance's own place ("a human chain in Barisal
# against the vandalism of a statue in Kushtia"): not where the crowd was.
_GRIEVANCE_VERBS = frozenset(
    {"protest", "demonstrate", "condemn", "denounce", "decry", "oppose", "demand"}
)


def _grievance(host: Token, child: Token) -> bool:
    """Whether a dependent of a protest's word is what it is against."""
    if child.dep_ == "prep" and child.lower_ == "against":
        return True
    return child.dep_ == "dobj" and lemma(host) in _GRIEVANCE_VERBS


def _targets(host: Token, protest: bool = False) -> list[Token]:
    """Objects and targets of a token: "dispersed a crowd", "at police"."""
    out: list[Token] = []
    for child in host.children:
        if protest and _grievance(host, child):
            continue
        if child.dep_ in {"dobj", "nsubjpass"}:
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            out += [g for g in child.children if g.dep_ == "pobj"]
    return out


def _own_places(verb: Token) -> bool:
    return any(_place_prep(c) is not None for c in verb.children)


def place_args(
    trigger: Token, anchor: Token, *, object_place: bool = False, protest: bool = False
) -> tuple[Span, ...]:
    """Location arguments of an event, in text order, one span per conjunct.

    "spread from X to Y" gives only Y ("from" is not a place preposition);
    "the Lagos city hall" as an object gives the object phrase; with
    ``object_place`` (territory taken or lost) the object is the place; for
    a ``protest`` what it is against is its grievance, not its place.
    """
    text = doc_text(trigger.doc)
    spans: list[Span] = []
    for host in _hosts(trigger, anchor, protest):
        for child in host.children:
            pobj = _place_prep(child)
            if pobj is not None:
                spans += _conjunct_spans(text, pobj)
            elif child.dep_ in {"dobj", "nsubjpass"} and (
                _names_place(child) or lemma(child) in TOWN_WORDS
            ):
                spans.append(tokens_span(text, _named_part(child)))
    if object_place:
        spans += [tokens_span(text, _named_part(c)) for c in trigger.children if c.dep_ == "dobj"]
    if not spans and trigger.pos_ == "VERB" and lemma(trigger) not in MOTION:
        spans = _from_places(trigger)
    if not spans:
        spans = _sibling_places(clause_head(anchor))
    return _outermost(spans)


def _outermost(spans: list[Span]) -> tuple[Span, ...]:
    """Spans in text order without repeats or spans nested in another."""
    unique = {(s.start, s.end): s for s in spans}
    kept = [
        s
        for s in unique.values()
        if not any(o.start <= s.start and s.end <= o.end and o != s for o in unique.values())
    ]
    return tuple(sorted(kept, key=lambda s: s.start))


def _sibling_places(head: Token) -> list[Span]:
    """Places of a conjoined verb sharing the subject: the last one, which
    often closes a series ("set fire to cars and looted shops in Durban"),
    else the first ("raided a home in Lusaka and arrested him")."""
    first = head
    while first.dep_ == "conj" and first.head != first and first.head.pos_ in VERBAL:
        first = first.head
    chain = [
        t
        for t in first.subtree
        if t.pos_ in VERBAL and (t == first or (t.dep_ == "conj" and t.head.pos_ in VERBAL))
    ]
    later = [t for t in chain if t.i > head.i]
    if later and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in later[-1].children):
        sibling = later[-1]
    elif first != head and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
        sibling = first
    else:
        return []  # a clause with its own subject has its own place
    hosts = [sibling, *_targets(sibling)]
    return [
        s
        for h in hosts
        for c in h.children
        if (p := _place_prep(c)) is not None
        for s in _conjunct_spans(doc_text(head.doc), p)
    ]


def _from_places(verb: Token) -> list[Span]:
    """ "seized weapons from a police station in X": where the act took place."""
    hosts = [verb, *[c for c in verb.children if c.dep_ == "dobj"]]
    preps = [c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
    out: list[Span] = []
    for prep in preps:
        pobj = pobj_of(prep)
        if pobj is not None and not is_date(pobj) and lemma(pobj) not in _lexicon().roles:
            out += _conjunct_spans(doc_text(verb.doc), pobj)
    return out


def _names_place(noun: Token) -> bool:
    """An object whose modifier names its town: "the Lagos city hall"."""
    return any(
        c.dep_ in {"compound", "poss"} and c.ent_type_ in {"GPE", "LOC", "FAC"}
        for c in noun.children
    )


def sentence_span(sent: SpacySpan) -> Span:
    """The sentence as a model Span."""
    return Span(sent.start_char, sent.end_char, sent.text)
