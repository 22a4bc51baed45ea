"""Extract: event mentions an ACLED coder would record, from an annotated text.

Cascade, per sentence (see DESIGN.md, "Pipeline", step 4):

1. skip captions and headlines that repeat the body (``filters``), and
   labels with no predicate (``generic``);
2. find trigger candidates: rule lemmas and phrases from the YAML taxonomy with
   their syntactic conditions, dropping negated, modal, irrealis and background
   uses (``triggers``, ``modality``);
3. attach arguments: clause, places, dates, actors, magnitudes (``arguments``,
   ``participants``, ``magnitudes``); drop counts of events over a span of
   time and statements about a measure (``generic``);
4. decide what the sentence's triggers amount to (``classify``);
5. add attribution, hedging and confidence (``attribution``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from upheaval.annotate import unparsed_starts
from upheaval.extract.arguments import clause_span, clause_tokens, place_args, sentence_span
from upheaval.extract.attribution import attribution, confidence, hedged
from upheaval.extract.classify import Draft, consolidate
from upheaval.extract.crosswalk import crosswalk
from upheaval.extract.dating import date_args
from upheaval.extract.filters import skipped_sentences
from upheaval.extract.followups import fold_followups
from upheaval.extract.generic import (
    clash_sides,
    counted_series,
    crowd_clash,
    is_fragment,
    measure_as_topic,
    separate_incidents,
)
from upheaval.extract.lexicon import Lexicon, load_lexicon, load_taxonomy
from upheaval.extract.magnitudes import crowd_size, fatalities, figures, size_bounds
from upheaval.extract.participants import Participants, find_participants
from upheaval.extract.syntax import actor_role, clause_head, doc_text, lemma, sentence_of
from upheaval.extract.tolls import SentenceToll, fold_tolls
from upheaval.extract.triggers import Candidate, find_candidates
from upheaval.model import ActorRef, CleanDocument, RawMention, Span

__all__ = [
    "Lexicon",
    "crosswalk",
    "extract_mentions",
    "extract_sentence",
    "load_taxonomy",
    "size_bounds",
]

_AGGREGATE_DEPS = frozenset({"nummod", "quantmod"})
# A date phrase that names only a year: background, not a codable day.
_YEAR_ONLY = re.compile(
    r"^(in|of|during|since|by)?\s*((the\s+year\s+)?(1[89]|20)\d\d|(last|this|next|a)\s+(year|decade)"
    r"|(\w+\s+)?(years|decades)\s+ago)$",
    re.IGNORECASE,
)

# Words of a clash phrase that say weapons were used ("armed clash", "gun
# battle", "exchange of fire", "shootout", an "encounter" with the forces): a
# battle whoever the sides are.
_ARMED_WORDS = ("armed", "gun", "fire", "shoot", "encounter")


# A date phrase that is a span reaching to now: "since October", "for
# several years", "over the past month".
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# "since October", "since 2019": a span reaching to now; an ongoing act with a
# place of its own ("protesting at the crossing since November") is kept.
_SINCE_MONTH = re.compile(
    rf"^since\s+(early\s+|late\s+|mid-?)?({_MONTHS}|(19|20)\d\d|last\s+(year|month)\b)",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"^((for|over|throughout|in)\s+(the\s+)?(past|last|several|many|recent|\w+)?\s*"
    r"(years?|months?|weeks|decades?)\b)",
    re.IGNORECASE,
)
# Adverbs of a present-perfect summary: "have also clashed recently".
_HABITUAL_WORDS = frozenset(
    {"recently", "repeatedly", "often", "regularly", "frequently", "increasingly", "since"}
)


def _coding(cand: Candidate, lexicon: Lexicon) -> tuple[str, str, str]:
    """Event type, sub-type and actor role of a candidate: its rule's, but a
    battle noun whose sides are crowds and police is a riot, unless the
    phrase itself says weapons were used."""
    rule = cand.rule
    text = doc_text(cand.token.doc)[cand.start : cand.end].lower()
    armed = any(word in text for word in _ARMED_WORDS)
    if rule.event_type == "Battles" and cand.token.pos_ in {"NOUN", "PROPN"} and not armed:
        roles = [actor_role(t, lexicon) for t in clash_sides(cand.token)]
        if crowd_clash(cand.token, roles):
            return "Riots", "Violent demonstration", "rioters"
    return rule.event_type, rule.sub_type, rule.actor


def _draft(cand: Candidate, lexicon: Lexicon) -> Draft:
    rule = cand.rule
    text = doc_text(cand.token.doc)
    event_type, sub_type, actor = _coding(cand, lexicon)
    parts = find_participants(cand.token, cand.anchor, actor, event_type, rule.kind, lexicon)
    if rule.found_by:
        # "police recovered the body": who found the event did not do it
        parts = Participants(ActorRef(actor), None, None)
    return Draft(
        rule=rule,
        trigger=cand.token,
        trigger_span=Span(cand.start, cand.end, text[cand.start : cand.end]),
        anchor=cand.anchor,
        event_type=event_type,
        sub_type=sub_type,
        measures=rule.measures,
        places=place_args(
            cand.token,
            cand.anchor,
            object_place=rule.object_place,
            protest=event_type == "Protests",
        ),
        dates=date_args(cand.anchor),
        clause=clause_span(cand.anchor),
        participants=parts,
        kind=rule.kind,
    )


def _aggregate(draft: Draft) -> bool:
    """ "Dozens of protests this year": a count of events with no place;
    "killed in separate shootings": several events with none either."""
    tok = draft.trigger
    places = tuple(p.text for p in draft.places)
    if not draft.measures and separate_incidents(sentence_of(tok).text, places):
        return True
    if draft.measures or draft.places or tok.tag_ not in {"NNS", "NNPS"}:
        return False
    counted = any(c.dep_ in _AGGREGATE_DEPS for c in tok.children)
    return counted or (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.pos_ in {"NUM", "NOUN"}
        and tok.head.head.tag_ in {"CD", "NNS"}
    )


def _statement(draft: Draft) -> bool:
    """A count of events over a span of time, or a measure talked about."""
    if not draft.measures:
        return counted_series(draft.trigger, sentence_of(draft.trigger).text)
    return measure_as_topic(draft.anchor, dated=bool(draft.dates))


def _present(verb: Token) -> bool:
    """Present simple, active or passive ("bans", "are prohibited"), not perfect."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return (
        verb.tag_ == "VBN"
        and any(a.tag_ in {"VBZ", "VBP"} and lemma(a) == "be" for a in auxes)
        and not any(lemma(a) == "have" for a in auxes)
    )


def _perfect(verb: Token) -> bool:
    """Present perfect, simple or progressive ("have clashed", "has been
    fighting", "have been looted"), not the past perfect."""
    head = verb
    while head.dep_ in {"xcomp", "conj"} and head.head != head and head.pos_ in {"VERB", "AUX"}:
        if any(c.dep_ in {"aux", "auxpass"} for c in head.children):
            break
        head = head.head  # "have also clashed and burned": the conjunct shares the aux
    auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    return any(lemma(a) == "have" and a.tag_ in {"VBZ", "VBP"} for a in auxes)


def _progressive(verb: Token) -> bool:
    """Present progressive: "is increasing", "are protesting"."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and lemma(c) == "be" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )


def _habitual(draft: Draft) -> bool:
    """A summary of a state of affairs rather than a report of an act: the
    present perfect with no day of its own, said of a span ("since the coup",
    "for several years", "recently", "repeatedly") or with no place either
    ("strikes have subsided", "police have used force since October")."""
    anchor = clause_head(draft.anchor) if draft.anchor.pos_ not in {"VERB", "AUX"} else draft.anchor
    if anchor.pos_ not in {"VERB", "AUX"}:
        return False
    if not _perfect(anchor):
        # "Russia is increasing its bombardments": a trend, when nothing in
        # the sentence says when or where
        trend = draft.trigger.pos_ in {"NOUN", "PROPN"} and draft.trigger.dep_ == "dobj"
        return trend and _progressive(anchor) and not draft.dates and not draft.places
    spans = [
        d
        for d in draft.dates
        if _DURATION.match(d.text.strip())
        or (not draft.places and _SINCE_MONTH.match(d.text.strip()))
    ]
    if draft.dates and len(spans) < len(draft.dates):
        return False  # a day of its own: "have been arrested on Monday"
    words = {t.lower_ for t in sentence_of(draft.trigger)}
    # A state act in the present perfect is news ("a curfew has been imposed").
    unplaced = not draft.places and not draft.measures
    return bool(spans) or unplaced or bool(words & _HABITUAL_WORDS)


# Predicates that say what an event did to a state of affairs, not that it
# happened: "the blockade had hurt its economy", "the protests have put
# pressure on the government", "the protests pose no threat".
_EFFECT_VERBS = frozenset(
    {
        "put",
        "pose",
        "hurt",
        "reflect",
        "show",
        "highlight",
        "underline",
        "underscore",
        "raise",
        "deepen",
        "expose",
        "mark",
        "signal",
        "test",
        "cost",
        "worry",
        "alarm",
        "embarrass",
        "weaken",
        "strengthen",
        "represent",
        "illustrate",
        "reveal",
        "suggest",
        "mean",
        "become",
        "remain",
        "seem",
        "appear",
        "prompt",
        "harm",
        "damage",
        "threaten",
    }
)
_DEFINITE = frozenset({"the", "this", "these", "those", "that", "such"})


def _referred_to(draft: Draft) -> bool:
    """An event noun that points back to an event told before ("the
    blockade", "these protests") as the subject of what it did to a state of
    affairs, with no day of its own: no new event."""
    tok = draft.trigger
    if draft.dates or tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    definite = any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in tok.children
    )
    return definite and lemma(tok.head) in _EFFECT_VERBS


def _background(draft: Draft) -> bool:
    """Not a codable event: dated by a year only, a state rule stated in
    the present with no date ("the law bans strikes"), or a habitual summary."""
    if draft.dates and all(_YEAR_ONLY.match(d.text.strip()) for d in draft.dates):
        return True
    if _habitual(draft):
        return True
    return bool(draft.measures) and not draft.dates and _present(draft.anchor)


# Verbs that tell what an attack did to its victims: "was killed in an attack by rivals".
_CASUALTY_VERBS = frozenset(
    {"kill", "injure", "wound", "hurt", "stab", "shoot", "hack", "beat", "die", "murder"}
)
# ... and what the victims went through: "suffered bullet wounds in a rival attack".
_SUFFER_VERBS = frozenset({"suffer", "sustain", "receive"})
_IN_EVENT_PREPS = frozenset({"in", "during"})
# Nouns of the act the victims fell in.
_ACT_NOUNS = frozenset(
    {
        "attack",
        "assault",
        "clash",
        "fighting",
        "gunfight",
        "firefight",
        "shootout",
        "violence",
        "firing",
        "shooting",
        "raid",
        "ambush",
        "explosion",
        "blast",
        "bombing",
        "skirmish",
        "encounter",
    }
)


def _setting(draft: Draft) -> bool:
    """Whether a draft is the act its sentence's victims fell in: an event
    noun set to a casualty verb ("injured in an attack", "killed during a
    clash"), or a casualty verb with such a noun ("were injured in an
    attack by gunmen")."""
    tok = draft.trigger
    if tok.pos_ in {"NOUN", "PROPN"}:
        prep = tok.head
        return (
            tok.dep_ == "pobj"
            and prep.lower_ in _IN_EVENT_PREPS
            and lemma(prep.head) in _CASUALTY_VERBS | _SUFFER_VERBS
        )
    if tok.pos_ != "VERB" or lemma(tok) not in _CASUALTY_VERBS:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in _IN_EVENT_PREPS and lemma(g) in _ACT_NOUNS
        for c in tok.children
        for g in c.children
        if g.dep_ == "pobj"
    )


def _agentless_casualty(draft: Draft) -> bool:
    """A passive casualty verb with no attacker of its own ("a man was
    stabbed to death", "his father injured")."""
    tok = draft.trigger
    if tok.pos_ != "VERB" or lemma(tok) not in _CASUALTY_VERBS:
        return False
    passive = tok.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in tok.children)
    return passive and not any(c.dep_ == "agent" for c in tok.children)


def _places_within(draft: Draft, keeper: Draft) -> bool:
    """The draft names no place, or only places inside the keeper's."""
    return all(
        any(k.start <= p.start and p.end <= k.end for k in keeper.places) for p in draft.places
    )


def _one_act(drafts: list[Draft]) -> list[Draft]:
    """Victims told with the attack they fell in are one event: in "a man
    was killed and two others injured in an attack by rivals" the killing
    and the injuries are the attack's, coded once with its attacker."""
    # the event noun first: it names the attacker ("an attack by rivals")
    settings = sorted((d for d in drafts if _setting(d)), key=lambda d: d.trigger.pos_ == "VERB")
    if not settings:
        return drafts
    dropped: set[int] = set()
    gone: set[int] = set()
    dates: dict[int, tuple[Span, ...]] = {}
    for i, draft in enumerate(drafts):
        if draft.measures or not _agentless_casualty(draft):
            continue
        keeper = next(
            (
                n
                for n in settings
                if n.event_type == draft.event_type
                and n is not draft
                and id(n) not in gone
                and _places_within(draft, n)
            ),
            None,
        )
        if keeper is None:
            continue
        dropped.add(i)
        gone.add(id(draft))
        if draft.dates and not keeper.dates:
            dates.setdefault(id(keeper), draft.dates)
    return [
        replace(d, dates=dates[id(d)]) if id(d) in dates else d
        for i, d in enumerate(drafts)
        if i not in dropped
    ]


def _named_actors(drafts: list[Draft]) -> list[Draft]:
    """A trigger whose actor the sentence does not name takes the actor a
    trigger of the same coding names ("the union staged a rally and formed a
    human chain"): one actor, so one event where day and place agree."""
    named: dict[tuple[str, str, tuple[str, ...]], ActorRef] = {}
    for draft in drafts:
        actor = draft.participants.actor1
        if actor is not None and actor.span is not None:
            named.setdefault(draft.key(), actor)
    out: list[Draft] = []
    for draft in drafts:
        actor = draft.participants.actor1
        other = named.get(draft.key())
        if other is not None and (actor is None or actor.span is None):
            draft = replace(draft, participants=replace(draft.participants, actor1=other))
        out.append(draft)
    return out


def _mention(draft: Draft, sent: SpacySpan, doc_id: str, deaths: int | None) -> RawMention:
    tokens = clause_tokens(draft.anchor)
    source = attribution(sent)
    is_hedged = hedged(sent)
    present = draft.anchor.tag_ in {"VBZ", "VBP"} and not draft.dates
    parts = draft.participants
    violent = (
        draft.event_type not in {"Strategic developments", "Protests"}
        or draft.sub_type == "Excessive force against protesters"
    )
    return RawMention(
        doc_id=doc_id,
        trigger=draft.trigger_span,
        sentence=sentence_span(sent),
        clause=draft.clause,
        event_type=draft.event_type,
        sub_event_type=draft.sub_type,
        measures=draft.measures,
        place_args=draft.places,
        date_args=draft.dates,
        national=bool(draft.measures) and not draft.places,
        actor1=parts.actor1,
        assoc_actor_1=None
        if draft.measures and parts.assoc1 and parts.assoc1.role == "person"
        else parts.assoc1,
        actor2=None if draft.measures else parts.actor2,
        fatalities=deaths if violent else None,
        size=crowd_size(tokens) if draft.event_type in {"Protests", "Riots"} else None,
        figures=figures(tokens),
        attribution=source,
        hedged=is_hedged,
        confidence=confidence(
            draft.rule.confidence, is_hedged=is_hedged, source=source, present_undated=present
        ),
    )


def extract_sentence(
    sent: SpacySpan, doc_id: str, lexicon: Lexicon | None = None
) -> list[RawMention]:
    """Event mentions of one sentence (see :func:`extract_mentions`)."""
    return _sentence(sent, doc_id, lexicon or load_lexicon())[0]


def _parsed(sent: SpacySpan) -> bool:
    return any(t.dep_ for t in sent)


def _toll(sent: SpacySpan) -> SentenceToll:
    """The deaths a parsed sentence reports, and its date phrases."""
    if not _parsed(sent):
        return SentenceToll(None)
    dates = tuple(e.text for e in sent.ents if e.label_ in {"DATE", "TIME"})
    return SentenceToll(fatalities(list(sent)), dates)


def _sentence(
    sent: SpacySpan, doc_id: str, lexicon: Lexicon
) -> tuple[list[RawMention], SentenceToll]:
    """A sentence's mentions, and what it says of deaths (for ``tolls``)."""
    if is_fragment(sent):
        return [], SentenceToll(None)
    toll = _toll(sent)
    candidates = [c for c in find_candidates(sent, lexicon) if c.rule.kind != "toll"]
    drafts = [_draft(c, lexicon) for c in candidates]
    drafts = [
        d
        for d in drafts
        if not (_aggregate(d) or _background(d) or _statement(d) or _referred_to(d))
    ]
    if not drafts:
        return [], toll
    deaths = toll.deaths
    kept = _named_actors(_one_act(consolidate(drafts, deaths)))
    return [_mention(d, sent, doc_id, deaths) for d in kept], toll


def extract_mentions(
    doc: Doc, clean: CleanDocument, lexicon: Lexicon | None = None
) -> list[RawMention]:
    """Event mentions of a cleaned, annotated document.

    Args:
        doc: spaCy Doc over ``clean.text`` (from ``upheaval.annotate``).
        clean: the cleaned document; all offsets point into its text.
        lexicon: the rules to use (default: the built-in taxonomy; see
            ``load_taxonomy`` for user rule files).

    Returns:
        Raw mentions in text order, one per event an ACLED coder would record
        (several per sentence when it reports several).

    Example:
        >>> doc = annotate(clean.text)  # doctest: +SKIP
        >>> [m.event_type for m in extract_mentions(doc, clean)]  # doctest: +SKIP
        ['Protests']
    """
    lexicon = lexicon or load_lexicon()
    # Sentences the pre-filter left unparsed hold no trigger a rule can fire on.
    unparsed = unparsed_starts(doc)
    skipped = skipped_sentences(doc, clean.document.title, unparsed)
    told = [
        _sentence(sent, clean.doc_id, lexicon)
        for sent in doc.sents
        if sent.start_char not in skipped and sent.start not in unparsed
    ]
    per_sentence = fold_tolls([mentions for mentions, _ in told], [toll for _, toll in told])
    return [m for mentions in fold_followups(per_sentence) for m in mentions]
