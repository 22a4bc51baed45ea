"""Pre-filter: the sentences of a cleaned text that can hold an event.

A trigger rule of the taxonomy can only fire on a sentence that contains one
of its trigger words (a lemma or a phrase) and, when the rule demands them,
one of the words of each of its conditions (``governed_by``: "declared" for
"state of emergency"; ``with_any``: "street" for "took to the streets").
Whether the trigger then holds (its part of speech, its syntax, its modality)
needs the parse; whether it *can* hold needs only the words. So the parser,
the slowest part of the pipeline on long reports, is run only over the
sentences that pass this test; the rest of the report is still read for
its dates, places and paragraphs (see ``upheaval.resolve.read_context``).

The vocabulary comes from the same rules the extractor uses (the taxonomy
``Lexicon`` passed in), so a trigger added to the taxonomy is a trigger here.
A lemma is matched in all the forms spaCy's lemmatizer can reduce to it: its
suffix rules run backwards ("protest" <- "protests", "protested",
"protesting") and its exception table inverted ("strike" <- "struck").

Sentences are split on the tokens of spaCy's English tokenizer (so "Mr." or
"U.S." end no sentence): after ``.``, ``!``, ``?`` (and the quotes or brackets
that close them) and at every line break, as ``upheaval_paragraphs`` does for
the parser.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc

    from upheaval.model import CleanDocument

__all__ = [
    "LemmaTables",
    "TriggerIndex",
    "TriggerLexicon",
    "TriggerRule",
    "candidate_sentences",
    "select_sentences",
    "sentence_bounds",
    "trigger_index",
]


class TriggerRule(Protocol):
    """What the pre-filter reads of a taxonomy rule (``upheaval.extract.Rule``)."""

    @property
    def lemmas(self) -> frozenset[str]: ...
    @property
    def phrases(self) -> tuple[str, ...]: ...
    @property
    def governed_by(self) -> frozenset[str]: ...
    @property
    def with_any(self) -> frozenset[str]: ...
    @property
    def with_any_deep(self) -> frozenset[str]: ...


class TriggerLexicon(Protocol):
    """What the pre-filter reads of the taxonomy (``upheaval.extract.Lexicon``)."""

    @property
    def rules(self) -> Sequence[TriggerRule]: ...


# Tokens after which a sentence ends (spaCy's Sentencizer uses the same idea).
_ENDS = frozenset({".", "!", "?", "\u2026", "...", "?!", "!?", "\u3002"})
# Closing quotes and brackets that stay with the sentence they close.
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]", "\u00bb"})
# Forms the extractor itself derives from a token (syntax.word_forms: the
# past "-(e)d" stripped; triggers._lemma_keys: a plural "-s" stripped).
_EXTRA_SUFFIXES = ("s", "d", "ed")


@dataclass(frozen=True, slots=True)
class LemmaTables:
    """spaCy's English rule lemmatizer, as data.

    Attributes:
        rules: (suffix of the form, suffix of the lemma) pairs, all parts of speech.
        exceptions: lemma -> irregular forms ("strike" -> "struck").
    """

    rules: tuple[tuple[str, str], ...]
    exceptions: dict[str, frozenset[str]]

    def forms(self, lemma: str) -> set[str]:
        """Every lower-case form the lemmatizer could reduce to ``lemma``."""
        found = {lemma}
        found.update(lemma + suffix for suffix in _EXTRA_SUFFIXES)
        for old, new in self.rules:
            if lemma.endswith(new) and len(lemma) > len(new):
                found.add(lemma[: len(lemma) - len(new)] + old)
        found.update(self.exceptions.get(lemma, ()))
        return found


def lemma_tables(nlp: object) -> LemmaTables:
    """Read the suffix rules and exceptions of a pipeline's lemmatizer (and
    the lemmas its attribute ruler assigns); empty tables without one."""
    rules: set[tuple[str, str]] = set()
    exceptions: dict[str, set[str]] = {}
    pipe_names: list[str] = list(getattr(nlp, "pipe_names", ()))
    if "lemmatizer" in pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        if lookups.has_table("lemma_rules"):
            table = lookups.get_table("lemma_rules")
            for key in table:
                rules.update((str(old), str(new)) for old, new in table[key])
        if lookups.has_table("lemma_exc"):
            table = lookups.get_table("lemma_exc")
            for key in table:
                for form, lemmas in table[key].items():
                    for lemma in lemmas:
                        exceptions.setdefault(str(lemma).lower(), set()).add(str(form).lower())
    if "attribute_ruler" in pipe_names:
        for pattern in nlp.get_pipe("attribute_ruler").patterns:  # type: ignore[attr-defined]
            lemma = pattern["attrs"].get("LEMMA")
            for tokens in pattern["patterns"] if lemma else ():
                for token in tokens:
                    lower = token.get("LOWER")
                    values = lower.get("IN", []) if isinstance(lower, dict) else [lower]
                    exceptions.setdefault(str(lemma).lower(), set()).update(
                        str(v).lower() for v in values if v
                    )
    return LemmaTables(
        rules=tuple(sorted(rules)),
        exceptions={k: frozenset(v) for k, v in exceptions.items()},
    )


@dataclass(frozen=True, slots=True)
class _Words:
    """Alternatives of which one must be in a sentence: single words (any of
    their forms), or a head word with the words that must come with it
    ("switch off": a form of "switch" and "off")."""

    single: frozenset[str]
    compound: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()

    @classmethod
    def of(cls, entries: Iterable[str], tables: LemmaTables) -> _Words:
        single: set[str] = set()
        compound = []
        for entry in entries:
            head, *rest = entry.split() or [entry]
            if rest:
                compound.append((frozenset(tables.forms(head)), frozenset(rest)))
            else:
                single |= tables.forms(head)
        return cls(frozenset(single), tuple(compound))

    def heads(self) -> frozenset[str]:
        return self.single.union(*(forms for forms, _rest in self.compound))

    def found(self, words: set[str]) -> bool:
        if not words.isdisjoint(self.single):
            return True
        return any(not words.isdisjoint(forms) and rest <= words for forms, rest in self.compound)


@dataclass(frozen=True, slots=True)
class _Need:
    """One rule, as words: its triggers, and groups of which one word each
    must also be in the sentence."""

    triggers: _Words
    phrase_keys: frozenset[int]
    groups: tuple[_Words, ...]


class TriggerIndex:
    """The taxonomy's rules as sets of word forms, for one lexicon."""

    def __init__(self, lexicon: TriggerLexicon, tables: LemmaTables) -> None:
        from spacy.matcher import PhraseMatcher

        tokenizer = _tokenizer()
        self.matcher: PhraseMatcher = PhraseMatcher(tokenizer.vocab, attr="LOWER")
        needs: list[_Need] = []
        for rule in lexicon.rules:
            keys: set[int] = set()
            for phrase in rule.phrases:
                key = f"p:{phrase}"
                keys.add(tokenizer.vocab.strings.add(key))
                self.matcher.add(key, [tokenizer(phrase)])
            groups = tuple(
                _Words.of(words, tables)
                for words in (rule.governed_by, rule.with_any, rule.with_any_deep)
                if words
            )
            needs.append(_Need(_Words.of(rule.lemmas, tables), frozenset(keys), groups))
        self.needs = tuple(needs)
        self.trigger_words = frozenset().union(*(n.triggers.heads() for n in needs))

    def holds(self, words: set[str], phrase_keys: set[int]) -> bool:
        """Whether some rule could fire on a sentence with these lower-case
        token forms and these phrase matches."""
        if words.isdisjoint(self.trigger_words) and not phrase_keys:
            return False
        for need in self.needs:
            if not (need.triggers.found(words) or not phrase_keys.isdisjoint(need.phrase_keys)):
                continue
            if all(group.found(words) for group in need.groups):
                return True
        return False


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    """spaCy's English tokenizer: the en_core_web_sm model uses the same rules."""
    import spacy

    tokenizer: Tokenizer = spacy.blank("en").tokenizer
    return tokenizer


@lru_cache(maxsize=1)
def _default_tables() -> LemmaTables:
    from upheaval.annotate import load_nlp

    return lemma_tables(load_nlp())


_INDEXES: dict[int, tuple[TriggerLexicon, TriggerIndex]] = {}


def trigger_index(lexicon: TriggerLexicon, tables: LemmaTables | None = None) -> TriggerIndex:
    """The index of a lexicon, built once per lexicon object (and tables)."""
    if tables is not None:
        return TriggerIndex(lexicon, tables)
    cached = _INDEXES.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = (lexicon, TriggerIndex(lexicon, _default_tables()))
        _INDEXES[id(lexicon)] = cached
    return cached[1]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token spans (start, end) of the sentences of a tokenized text.

    A sentence ends after a final punctuation token and the closing quotes
    or brackets after it, unless a small letter follows; a token after a
    line break opens a sentence.
    Whitespace tokens stay with the sentence before them.
    """
    bounds: list[tuple[int, int]] = []
    start, n = 0, len(doc)
    i = 0
    while i < n:
        token = doc[i]
        split = None
        if token.text in _ENDS:
            j = i + 1
            while j < n and not doc[j - 1].whitespace_ and doc[j].text in _CLOSERS | _ENDS:
                j += 1
            while j < n and doc[j].is_space and "\n" not in doc[j].text:
                j += 1
            # '"Go home!" they shouted': a sentence opens with no small letter.
            if j < n and not (doc[j].is_lower and doc[j].is_alpha):
                split = j
        elif token.is_space and "\n" in token.text:
            split = i + 1
        if split is not None and split < n and split > start:
            if not doc[split].is_space:
                bounds.append((start, split))
                start = split
            i = split
            continue
        i += 1
    if start < n:
        bounds.append((start, n))
    return bounds


def candidate_sentences(
    doc: Doc, lexicon: TriggerLexicon, index: TriggerIndex | None = None
) -> list[tuple[bool, int, int]]:
    """Every sentence of a tokenized text as (can hold an event, start token,
    end token), in order."""
    index = index or trigger_index(lexicon)
    hits: dict[int, set[int]] = {}
    bounds = sentence_bounds(doc)
    starts = [s for s, _ in bounds]
    if index.needs:
        matches = index.matcher(doc)
        for match_id, start, _end in matches:
            which = bisect.bisect_right(starts, start) - 1
            hits.setdefault(which, set()).add(match_id)
    result = []
    for number, (start, end) in enumerate(bounds):
        words = {t.lower_ for t in doc[start:end]}
        result.append((index.holds(words, hits.get(number, set())), start, end))
    return result


def select_sentences(clean: CleanDocument, lexicon: TriggerLexicon) -> list[tuple[int, int]]:
    """Character spans of the sentences of a cleaned document that can hold
    an event under the lexicon's rules (the ones worth parsing).

    Example:
        >>> select_sentences(clean, load_lexicon())  # doctest: +SKIP
        [(0, 58)]
    """
    doc = _tokenizer()(clean.text)
    return char_spans(doc, [(s, e) for ok, s, e in candidate_sentences(doc, lexicon) if ok])


def char_spans(doc: Doc, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of token spans, without trailing whitespace."""
    out = []
    for start, end in spans:
        last = end - 1
        while last > start and doc[last].is_space:
            last -= 1
        out.append((doc[start].idx, doc[last].idx + len(doc[last].text)))
    return out
