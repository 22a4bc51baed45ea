"""Small helpers over spaCy's dependency parse, shared by the extract modules."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from upheaval.extract.lexicon import Lexicon

__all__ = [
    "actor_role",
    "clause_head",
    "dependents",
    "doc_text",
    "entity_of",
    "sentence_of",
    "word_forms",
    "has_dependent",
    "is_stranded_subject",
    "lemma",
    "object_of",
    "subject_of",
]

_TEXT_KEY = "upheaval.extract.text"
# Dependencies that link a verb to the clause it heads; walking up past one
# of these leaves the clause.
CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "advcl", "relcl", "parataxis", "conj", "xcomp", "acl", "csubj"}
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
VERBAL = frozenset({"VERB", "AUX"})
# Quantity heads of "thousands of workers": the actor is the pobj of "of".
QUANTITY_HEADS = frozenset(
    {
        "thousand",
        "hundred",
        "dozen",
        "score",
        "ten",
        "million",
        "group",
        "crowd",
        "number",
        "some",
        "many",
        "most",
        "all",
        "several",
        "lot",
        "band",
        "handful",
        "majority",
        "part",
    }
)


_NUMBER_WORDS = frozenset({"thousand", "hundred", "dozen", "score", "ten", "million"})
# Nouns for the people of an organisation: their role is the organisation's.
MEMBER_HEADS = frozenset(
    {
        "member",
        "activist",
        "supporter",
        "leader",
        "cadre",
        "follower",
        "loyalist",
        "man",
        "men",
        "volunteer",
    }
)
# Roles an organisation can lend its members.
_OWNER_ROLES = frozenset(
    {"party", "group", "rebels", "armed", "mob", "military", "police", "security"}
)
# Roles a common noun can lend ("members of the security forces", "cadres of
# the faction"); a named organisation lends any of _OWNER_ROLES.
_COMMON_OWNER_ROLES = frozenset(
    {"party", "mob", "rebels", "armed", "military", "police", "security"}
)


def _owner_role(token: Token, lexicon: Lexicon) -> str | None:
    """The role of the organisation a member noun belongs to, if it names one."""
    owners = [c for c in token.children if c.dep_ == "compound"]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        owners += [c for c in prep.children if c.dep_ == "pobj"]
    for owner in owners:
        role = actor_role(owner, lexicon)
        named = owner.pos_ == "PROPN" or lemma(owner) == "party"
        if role in (_OWNER_ROLES if named else _COMMON_OWNER_ROLES):
            return role
    return None


def lemma(token: Token) -> str:
    """The token's lemma in lower case ("Police" -> "police")."""
    return token.lemma_.lower()


def word_forms(token: Token) -> list[str]:
    """The lemma, the lower-cased form, and the form without a past "-(e)d"
    suffix: the small model sometimes lemmatizes "staged" as "stag"."""
    lower = token.lower_
    forms = [lemma(token), lower]
    # The small model also tags some past forms VBP or VB ("decreed").
    if lower.endswith("ed") and (token.tag_ in {"VBD", "VBN"} or token.pos_ == "VERB"):
        forms += [lower[:-1], lower[:-2]]
    return forms


def dependents(token: Token, depth: int = 2) -> Iterator[Token]:
    """Dependents of a token down to ``depth`` levels, not crossing conjuncts
    or clauses (so a conjoined verb's object is not this verb's)."""
    frontier = [token]
    for _ in range(depth):
        nxt: list[Token] = []
        for tok in frontier:
            for child in tok.children:
                if child.dep_ in {"conj", "cc", "relcl", "advcl", "ccomp", "parataxis"}:
                    continue
                nxt.append(child)
                yield child
        frontier = nxt


def has_dependent(token: Token, lemmas: frozenset[str], depth: int = 2) -> bool:
    """Whether a dependent's lemma or lower-cased text is in ``lemmas``."""
    return any(
        (lemma(t) in lemmas or t.lower_ in lemmas) and t.ent_type_ not in {"DATE", "TIME"}
        for t in dependents(token, depth)
    )


def clause_head(token: Token) -> Token:
    """The verb heading the clause the token belongs to (the token itself for a verb)."""
    current = token
    for _ in range(12):  # parse trees of news sentences are rarely deeper
        if current.pos_ in VERBAL and (current.dep_ in CLAUSE_DEPS or current.head == current):
            return current
        if current.head == current:
            return current
        current = current.head
    return current


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, borrowed from the verb it is conjoined to or
    that governs it (xcomp, participles) when it has none."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in {"nsubj", "csubj"}:
                return child
        for child in current.children:
            if child.dep_ == "agent":
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
        if current.dep_ in {"conj", "xcomp", "advcl"} and current.head != current:
            current = current.head
            continue
        if current.dep_ in {"relcl", "acl"} and current.head.pos_ in {"NOUN", "PROPN"}:
            return current.head
        return _stranded_subject(current)
    return None


def is_stranded_subject(token: Token) -> bool:
    """Whether an apposition is in fact the subject of the verb after it
    (see :func:`subject_of`): not part of the place it hangs on."""
    after = token.right_edge.i + 1
    if token.dep_ != "appos" or after >= len(token.doc):
        return False
    verb = token.doc[after]
    return verb.pos_ in VERBAL and _stranded_subject(verb) == token


def _stranded_subject(verb: Token) -> Token | None:
    """A subject the parser hung on a fronted place as an apposition.

    In "in the north of Lagos, a crowd of traders blocked ..." the small model
    often reads "a crowd" as an apposition of "Lagos" and leaves the verb
    without a subject. An apposition inside a prepositional phrase of the verb
    that ends right before the verb is its subject.
    """
    for child in verb.children:
        if child.dep_ != "prep" or child.i > verb.i:
            continue
        for tok in child.subtree:
            adjacent = tok.right_edge.i == verb.i - 1
            if tok.dep_ == "appos" and tok.pos_ in {"NOUN", "PROPN"} and adjacent:
                return tok
    return None


def object_of(verb: Token) -> Token | None:
    """The direct object, passive subject, or object of at/on/against/with."""
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return child
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"at", "on", "against", "with", "upon"}:
            for pobj in child.children:
                # "On 10 May ... attacked": a day, not what was attacked
                if pobj.dep_ == "pobj" and pobj.ent_type_ not in {"DATE", "TIME"}:
                    return pobj
    return _shared_object(verb)


def _shared_object(verb: Token) -> Token | None:
    """The object of a conjoined verb that shares it: in "stabbed and
    injured a police officer" the officer was stabbed too."""
    if verb.pos_ != "VERB":
        return None
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB":
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
            return None  # a clause of its own: "police arrived and gunmen fled"
        for child in conj.children:
            if child.dep_ == "dobj":
                return child
    return None


def _phrase_role(token: Token, lexicon: Lexicon) -> str | None:
    for child in token.children:
        if child.dep_ in {"compound", "amod"}:
            role = lexicon.roles.get(f"{lemma(child)} {lemma(token)}")
            if role:
                return role
    return lexicon.roles.get(lemma(token)) or lexicon.roles.get(token.lower_)


# Words in an organisation's name that make it an armed group: "Arakan
# Rohingya Salvation Army", "Hasan Bahini" (Bengali: force), "Oromo
# Liberation Army". A two-word "<Country> Army" is the state's.
_ARMED_NAME_WORDS = frozenset({"bahini", "militia", "liberation", "mujahideen", "brigades"})


def _armed_name(words: list[str]) -> bool:
    if set(words) & _ARMED_NAME_WORDS:
        return True
    return len(words) >= 3 and words[-1] == "army"


def actor_role(token: Token | None, lexicon: Lexicon) -> str | None:
    """The actor role a noun phrase names ("thousands of workers" -> labor).

    Returns None when the phrase names no known kind of actor; "person" for a
    PERSON entity, "group" for an ORG entity, "party" for a party name.
    """
    if token is None:
        return None
    if lemma(token) in QUANTITY_HEADS or token.pos_ == "NUM":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj:
                    return actor_role(pobj[0], lexicon)
        if token.pos_ == "NUM" or lemma(token) in _NUMBER_WORDS:
            return "civilians"  # "thousands protested": people
        if lemma(token) == "group":
            # "clashes between rival groups"; "rebel groups" are rebels
            return _phrase_role(token, lexicon) or "group"
    if lemma(token) in MEMBER_HEADS or token.lower_ in MEMBER_HEADS:
        # "activists of the BNP", "members of Jamaat", "Chhatra League men": the
        # organisation they belong to says what kind of actor they are.
        owner = _owner_role(token, lexicon)
        if owner is not None:
            return owner
    if token.ent_type_ == "ORG":
        entity = entity_of(token)
        if entity is not None and _armed_name(entity.text.lower().split()):
            return "rebels"  # "Kachin Independence Army": not the state's army
    role = _phrase_role(token, lexicon)
    if role is None and token.lower_.endswith("s"):
        role = lexicon.roles.get(token.lower_[:-1])  # "Rebels" left unlemmatized
    if role:
        return role
    if token.ent_type_ == "PERSON":
        return "person"
    if token.ent_type_ in {"ORG", "NORP"}:
        entity = entity_of(token)
        named = entity.text.lower() if entity is not None else token.lower_
        return "party" if "party" in named.split() else "group"
    if lemma(token) in {"who", "which", "that"} and token.head.dep_ == "relcl":
        return actor_role(token.head.head, lexicon)
    return None


def doc_text(doc: Doc) -> str:
    """The text of a Doc, computed once: ``Doc.text`` joins every token on
    each call, which made extraction quadratic in document length."""
    cached = doc.user_data.get(_TEXT_KEY)
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data[_TEXT_KEY] = cached
    return cached


def sentence_of(token: Token) -> SpacySpan:
    """The sentence of a token, found by scanning its boundaries.

    ``Token.sent`` walks the whole document on every call, which makes
    extraction quadratic in document length; this is linear in the sentence.
    """
    doc = token.doc
    start = token.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = token.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


def entity_of(token: Token) -> SpacySpan | None:
    """The named entity the token is part of, if any (linear in its length)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc.char_span(
        doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), label=token.ent_type_
    )


def span_text(sent: SpacySpan, start: int, end: int) -> str:
    """Text of the document between two character offsets."""
    return doc_text(sent.doc)[start:end]
