"""Find trigger candidates in a sentence: rule lemmas and phrases plus their
syntactic conditions (see the header of taxonomy.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.vocab import Vocab

from upheaval.extract.lexicon import Lexicon, Rule
from upheaval.extract.modality import is_factual
from upheaval.extract.syntax import (
    actor_role,
    dependents,
    has_dependent,
    lemma,
    object_of,
    sentence_of,
    subject_of,
    word_forms,
)

__all__ = ["Candidate", "find_candidates"]

# How far above a measure word its act may stand: "declared (1) a state (2)";
# "ordered the deployment (1) of (2) units (3)".
_GOVERNOR_HOPS = 3
# Prepositions a measure word's path to its act may not cross: in "fired tear
# gas at supporters of the former minister" the minister is not fired.
_BLOCKING_PREPS = frozenset(
    {
        "at",
        "against",
        "by",
        "from",
        "with",
        "near",
        "for",
        "after",
        "before",
        "during",
        "since",
        "like",
    }
)
_GOVERNOR_DEPS = frozenset(
    {
        "dobj",
        "pobj",
        "prep",
        "nsubjpass",
        "conj",
        "compound",
        "appos",
        "nsubj",
        "attr",
        "oprd",
        "npadvmod",
        "acl",
        "amod",
        "dative",
        "advmod",
    }
)


@dataclass(frozen=True)
class Candidate:
    """A trigger that passed its rule: the token, the phrase, its act anchor."""

    rule: Rule
    token: Token
    start: int
    end: int
    anchor: Token


class _Index:
    """Rules indexed by lemma, and a PhraseMatcher over their phrases."""

    def __init__(self, vocab: Vocab, lexicon: Lexicon) -> None:
        self.by_lemma: dict[str, list[Rule]] = {}
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.phrase_rules: dict[str, list[Rule]] = {}
        for rule in lexicon.rules:
            for word in rule.lemmas:
                self.by_lemma.setdefault(word, []).append(rule)
            for phrase in rule.phrases:
                key = f"p:{phrase}"
                self.phrase_rules.setdefault(key, []).append(rule)
                words = [t.text for t in _tokenizer()(phrase)]
                self.matcher.add(key, [Doc(vocab, words=words)])
        self.order = {rule.id: i for i, rule in enumerate(lexicon.rules)}

    def ordered(self, rules: list[Rule]) -> list[Rule]:
        """Rules in taxonomy order without repeats (a token can hit one via two keys)."""
        unique = {rule.id: rule for rule in rules}
        return sorted(unique.values(), key=lambda r: self.order[r.id])


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    """spaCy's English tokenizer, to split phrases as the model's text is split."""
    tokenizer: Tokenizer = spacy.blank("en").tokenizer
    return tokenizer


_INDEXES: dict[tuple[int, int], tuple[Vocab, Lexicon, _Index]] = {}


def _index(vocab: Vocab, lexicon: Lexicon) -> _Index:
    """The index for a vocab and lexicon, built once (matchers are costly)."""
    key = (id(vocab), id(lexicon))
    cached = _INDEXES.get(key)
    if cached is None or cached[0] is not vocab:
        cached = (vocab, lexicon, _Index(vocab, lexicon))
        _INDEXES[key] = cached
    return cached[2]


def _governor(token: Token, acts: frozenset[str], hops: int = _GOVERNOR_HOPS) -> Token | None:
    """The act governing a measure word, or None."""
    for child in token.children:
        if child.dep_ in {"acl", "amod", "relcl"} and _is_act(child, acts):
            return child
    current = token
    for _ in range(hops):
        if current.dep_ not in _GOVERNOR_DEPS or current.head == current:
            return None
        current = current.head
        if current.dep_ == "prep" and current.lower_ in _BLOCKING_PREPS:
            return None
        if _is_act(current, acts):
            return current
    return None


def _is_act(token: Token, acts: frozenset[str]) -> bool:
    if token.pos_ in {"ADJ", "ADV", "ADP"}:
        return False  # "close to the border" closes nothing
    word = lemma(token)
    if any(form in acts for form in word_forms(token)):
        return True
    return any(
        f"{word} {c.lower_}" in acts
        for c in token.children
        if c.dep_ in {"prt", "prep", "advmod", "dobj"}
    )


def _roles_ok(values: frozenset[str], role: str | None) -> bool:
    """Whether a role satisfies a rule's list ("none": no subject at all)."""
    return not values or (role or "none") in values


def _subject_role(token: Token, lexicon: Lexicon) -> str | None:
    """Role of the subject: None when there is none, "unknown" when it names
    no kind of actor ("rockets struck")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    subject = subject_of(token)
    if subject is None:
        return None
    if subject.pos_ == "PRON" and token.dep_ == "ccomp" and token.head.pos_ in {"VERB", "AUX"}:
        # "the rebels said they had captured ...": the speaker is the actor
        speaker = subject_of(token.head)
        subject = speaker if speaker is not None else subject
    role = actor_role(subject, lexicon)
    if role is None and (subject.ent_type_ == "GPE" or subject.pos_ == "PROPN"):
        # "Iran closed its airspace", "Saied dissolved the cabinet": a country or
        # a name the small model did not label (often a head of state)
        return "named"
    return role or "unknown"


# Nouns for a person that name no kind of actor: the victim of an attack.
_PERSON_NOUNS = frozenset(
    {
        "leader",
        "member",
        "activist",
        "supporter",
        "chairman",
        "councillor",
        "councilor",
        "candidate",
        "person",
        "boy",
        "girl",
        "teenager",
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "father",
        "relative",
        "victim",
        "youth",
        "cadre",
        "worker",
        "imam",
        "priest",
        "monk",
        "businessman",
        "trader",
        "official",
        "teacher",
        "student",
        "guard",
        "owner",
        "national",
        "smuggler",
        "suspect",
        "detainee",
        "prisoner",
        "inmate",
        "driver",
        "passenger",
        "elder",
        "headman",
        "landlord",
        "thief",
        "robber",
        "criminal",
        "pirate",
        "accused",
        # trades, offices and kin a report names its victims by
        "schoolboy",
        "schoolgirl",
        "fisher",
        "fisherman",
        "farmer",
        "herder",
        "shepherd",
        "labourer",
        "laborer",
        "vendor",
        "hawker",
        "shopkeeper",
        "cleaner",
        "volunteer",
        "magistrate",
        "judge",
        "lawyer",
        "secretary",
        "president",
        "councilman",
        "photographer",
        "cameraman",
        "cameraperson",
        "mother",
        "uncle",
        "cousin",
        "nephew",
        "sibling",
        "child",
        "infant",
        "baby",
        "couple",
        "family",
        "pilgrim",
        "worshipper",
        "tourist",
        "patient",
        "engineer",
        "contractor",
        "peasant",
        "chief",
        # "one was killed and two others injured"
        "other",
        "another",
        "one",
    }
)
# Parts of the body: "chopped off the fingers of a young man", "slit his
# throat" is done to a person.
_BODY_PARTS = frozenset(
    {
        "finger",
        "hand",
        "arm",
        "leg",
        "foot",
        "eye",
        "ear",
        "nose",
        "throat",
        "neck",
        "head",
        "wrist",
        "tendon",
        "limb",
        "tongue",
    }
)
_NOT_PEOPLE_PRONOUNS = frozenset({"it", "this", "that", "which", "what", "these", "those"})


def _people(target: Token | None, lexicon: Lexicon) -> bool:
    """Whether the target of an act is people: an actor, a person noun, a
    personal pronoun or a bare number ("two were killed")."""
    if target is None:
        return False
    if target.pos_ == "PRON":
        return target.lower_ not in _NOT_PEOPLE_PRONOUNS
    if target.pos_ == "NUM" or target.ent_type_ == "PERSON":
        return True
    if lemma(target) in _PERSON_NOUNS or target.lower_ in _PERSON_NOUNS:
        return True
    if lemma(target) in _BODY_PARTS:
        owners = [c for c in target.children if c.dep_ == "poss"] + [
            p for c in target.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ]
        return any(_people(owner, lexicon) for owner in owners)
    return actor_role(target, lexicon) not in {None, "business"}


def _target(verb: Token) -> Token | None:
    """What an act was done to: its object, or the noun a passive
    participle describes ("three traders injured in the firing")."""
    found = object_of(verb)
    if found is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head != verb:
        return verb.head
    return found


_NOT_SERVING = re.compile(r"\b(retired|former|ex)\b")


def _target_role(target: Token | None, lexicon: Lexicon) -> str | None:
    """The actor role of an act's target; an officer or soldier off duty,
    retired or former is a civilian (ACLED): "killed an off-duty police
    constable", "a retired army man was stabbed"."""
    if target is None:
        return None
    before = target.doc[target.left_edge.i : target.i].text.lower()
    squeezed = before.replace(" ", "")
    if "off-duty" in squeezed or "offduty" in squeezed or _NOT_SERVING.search(before):
        return "civilians"
    return actor_role(target, lexicon)


def _has_word(token: Token, words: frozenset[str], subject: bool) -> bool:
    """Whether a dependent (three levels deep) is one of ``words``; without
    ``subject``, the active subject's phrase is left out."""
    if subject:
        return has_dependent(token, words, 3)
    skipped = {t.i for c in token.children if c.dep_ in {"nsubj", "csubj"} for t in c.subtree}
    return any(
        (lemma(t) in words or t.lower_ in words)
        and t.i not in skipped
        and t.ent_type_ not in {"DATE", "TIME"}
        for t in dependents(token, 3)
    )


def _conditions(rule: Rule, token: Token, anchor: Token, lexicon: Lexicon) -> bool:
    if rule.pos and token.pos_ not in rule.pos:
        return False
    if rule.deps and token.dep_.lower() not in rule.deps:
        return False
    if rule.with_any and not _has_word(token, rule.with_any, subject=not rule.with_object):
        return False
    if rule.with_any_deep and not has_dependent(token, rule.with_any_deep, 4):
        return False
    if rule.without and has_dependent(token, rule.without, 2):
        return False
    if rule.without_deep and has_dependent(token, rule.without_deep, 4):
        return False
    subject = _subject_role(anchor, lexicon)
    if not _roles_ok(rule.subject_roles, subject):
        return False
    if rule.not_subject_roles and subject in rule.not_subject_roles:
        return False
    verbal = token.pos_ in {"VERB", "AUX"}
    target = _target(token) if verbal else None
    if verbal and not _roles_ok(rule.object_roles, _target_role(target, lexicon)):
        return False
    if rule.target_people and not (verbal and _people(target, lexicon)):
        return False
    if rule.not_roles_in_sentence:
        roles = {actor_role(t, lexicon) for t in sentence_of(token) if t.pos_ in {"NOUN", "PROPN"}}
        if roles & rule.not_roles_in_sentence:
            return False
    return True


def _try(rule: Rule, token: Token, start: int, end: int, lexicon: Lexicon) -> Candidate | None:
    anchor = token
    if rule.governed_by:
        governor = _governor(token, rule.governed_by, rule.hops)
        if governor is None:
            return None
        anchor = governor
    if not _conditions(rule, token, anchor, lexicon):
        return None
    if not is_factual(anchor, token, rule, lexicon):
        return None
    return Candidate(rule, token, start, end, anchor)


def _first(
    rules: list[Rule], token: Token, start: int, end: int, lexicon: Lexicon
) -> Candidate | None:
    for rule in rules:
        found = _try(rule, token, start, end, lexicon)
        if found is not None:
            return found
    return None


def _lemma_keys(token: Token) -> list[str]:
    keys = word_forms(token)
    if token.tag_ in {"NNS", "NNPS"} and token.lower_.endswith("s"):
        keys.append(token.lower_[:-1])  # capitalised plurals the lemmatizer leaves alone
    for child in token.children:
        if child.dep_ in {"prt", "prep", "advmod", "dobj"}:
            keys.append(f"{lemma(token)} {child.lower_}")
    return keys


def find_candidates(sent: SpacySpan, lexicon: Lexicon) -> list[Candidate]:
    """Trigger candidates of one sentence, in text order, one per token.

    Phrase rules are tried first and claim their tokens; then each remaining
    token is tried against the rules of its lemma, in taxonomy order.
    """
    index = _index(sent.doc.vocab, lexicon)
    found: list[Candidate] = []
    claimed: set[int] = set()
    for match_id, start, end in index.matcher(sent):
        span = sent.doc[start:end]  # a Span's matches carry Doc token indices
        key = sent.doc.vocab.strings[match_id]
        if any(i in claimed for i in range(span.start, span.end)):
            continue
        cand = _first(
            index.phrase_rules.get(key, []), span.root, span.start_char, span.end_char, lexicon
        )
        if cand is not None:
            found.append(cand)
            claimed.update(range(span.start, span.end))
    for token in sent:
        if token.i in claimed or token.ent_type_ in {"DATE", "TIME"}:
            continue
        rules = [r for key in _lemma_keys(token) for r in index.by_lemma.get(key, [])]
        cand = _first(index.ordered(rules), token, token.idx, token.idx + len(token.text), lexicon)
        if cand is not None:
            found.append(cand)
    return sorted(found, key=lambda c: c.start)
