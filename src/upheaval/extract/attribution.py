"""Sources: who reports an event, whether the text distances itself, confidence."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from upheaval.extract.syntax import doc_text, lemma

__all__ = ["attribution", "confidence", "hedged"]

REPORT_VERBS = frozenset(
    {
        "report",
        "say",
        "tell",
        "state",
        "confirm",
        "write",
        "announce",
        "claim",
        "allege",
        "cite",
        "quote",
        "add",
        "note",
        "post",
        "tweet",
        "publish",
        "show",
        "describe",
    }
)
# Words by which a text distances itself from what it reports.
HEDGES = frozenset(
    {
        "allegedly",
        "reportedly",
        "purportedly",
        "supposedly",
        "apparently",
        "unconfirmed",
        "unverified",
        "rumour",
        "rumor",
        "rumoured",
        "rumored",
        "alleged",
        "claim",
        "allege",
        "purport",
        "ostensibly",
    }
)
HEDGE_PHRASES = (
    "so far as to",
    "it is said",
    "said to have",
    "believed to have",
    "may have",
    "might have",
    "could have",
    "unconfirmed reports",
    "according to unconfirmed",
)


def attribution(sent: SpacySpan) -> str | None:
    """The reported source of a sentence: "according to X", "X reported"."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to":
            pobj = [c for c in tok.nbor(1).children if c.dep_ == "pobj"]
            if pobj:
                return _phrase(pobj[0])
    for tok in sent:
        if lemma(tok) in REPORT_VERBS and tok.pos_ == "VERB":
            subj = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
            if subj:
                return _phrase(subj[0])
    return None


def _phrase(noun: Token) -> str:
    toks = [t for t in noun.subtree if t.dep_ not in {"relcl", "punct", "appos"} or t == noun]
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return doc_text(noun.doc)[start:end]


def hedged(sent: SpacySpan) -> bool:
    """Whether the text distances itself from the sentence's claims.

    "X claimed responsibility" is no hedge: it names the perpetrator.
    """
    lowered = sent.text.lower()
    if any(p in lowered for p in HEDGE_PHRASES):
        return True
    return any(
        (lemma(t) in HEDGES or t.lower_ in HEDGES) and not _claims_responsibility(t) for t in sent
    )


def _claims_responsibility(token: Token) -> bool:
    return lemma(token) == "claim" and any(
        lemma(c) in {"responsibility", "credit"} for c in token.children
    )


# Confidence adjustments, set by judgement on hand-checked examples: a hedge
# halves trust less than it sounds (hedged reports are often right), a named
# source adds a little, present tense with no date suggests a generic or
# headline statement.
HEDGE_FACTOR = 0.6
SOURCE_BONUS = 0.05
UNDATED_PRESENT_PENALTY = 0.1


def confidence(base: float, *, is_hedged: bool, source: str | None, present_undated: bool) -> float:
    """Confidence of a mention from its rule's base and the sentence's sourcing."""
    value = base * (HEDGE_FACTOR if is_hedged else 1.0)
    if source:
        value += SOURCE_BONUS
    if present_undated:
        value -= UNDATED_PRESENT_PENALTY
    return round(min(0.99, max(0.05, value)), 3)
