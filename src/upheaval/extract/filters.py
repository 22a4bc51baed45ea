"""Sentences that carry no events of their own: captions, repeated headlines."""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from upheaval.extract.syntax import doc_text

__all__ = ["skipped_sentences"]

_CAPTION = re.compile(
    r"^\W*(photo|image|picture|caption|credit|file photo|pictured|video|watch|read more|"
    r"related|see also|getty|afp photo|reuters/|ap photo)\b",
    re.IGNORECASE,
)
_TERMINAL = frozenset(".!?\"'”’)…:;")
# Headlines are short: a line of at most this many tokens without final
# punctuation (typical news headlines run 6-15 words).
HEADLINE_MAX_TOKENS = 20


def _is_headline(sent: SpacySpan) -> bool:
    text = sent.text.rstrip()
    if not text or text[-1] in _TERMINAL or len(sent) > HEADLINE_MAX_TOKENS:
        return False
    if sent.text.rstrip(" \t").endswith("\n"):
        return True
    following = doc_text(sent.doc)[sent.end_char : sent.end_char + 2]
    return following.startswith("\n") or sent.end_char >= len(doc_text(sent.doc).rstrip())


def skipped_sentences(
    doc: Doc, title: str | None = None, unparsed: frozenset[int] = frozenset()
) -> set[int]:
    """Start offsets of sentences that are captions or headlines that repeat
    the body (their events are reported again in full sentences).

    Sentences starting at a token in ``unparsed`` (not run through the
    model: no lemmas, no parts of speech) are neither read nor judged.
    """
    every = list(doc.sents)
    sents = [s for s in every if s.start not in unparsed] if unparsed else every
    skipped: set[int] = set()
    body_lemmas = {
        t.lemma_.lower()
        for s in sents
        if not _is_headline(s)
        for t in s
        if t.pos_ in {"NOUN", "VERB"}
    }
    for sent in sents:
        text = sent.text.strip()
        if _CAPTION.match(text) or (title and text == title.strip()):
            skipped.add(sent.start_char)
            continue
        if _is_headline(sent):
            words = {t.lemma_.lower() for t in sent if t.pos_ in {"NOUN", "VERB"}}
            if len(every) > 1 and words & body_lemmas:
                skipped.add(sent.start_char)
    return skipped
