"""The attribute ruler finds its exact one-token patterns by lookup: the same
matches, hence the same POS, morphology and lemmas, as spaCy's own matcher."""

from __future__ import annotations

import types

import pytest
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from upheaval.annotate import load_nlp, one_blas_thread

pytestmark = pytest.mark.slow

# Written for this test, in the style of wire copy and local news: quotes,
# contractions, "there were", auxiliaries, pronouns as objects, spaces.
TEXTS = [
    "KAMPALA, March 3 - Police said they'd arrested 40 traders who ain't paid the new "
    "market levy; \"We gotta eat,\" one told reporters, and there were clashes near Owino.",
    "Let's march to parliament, the union leader in Nairobi told striking nurses, who "
    "have been demanding that it be reversed. Did they go? They did.\n\nMore to follow.",
    "Hundreds of students in Dhaka blocked the highway for a third day , saying the quota "
    "had to be scrapped; y'all know what happened next, one of them wrote.",
    "Farmers near Ludhiana, whose crops were burned, c'mon, were gonna rally but the "
    "curfew, which the district imposed on Monday, kept them at home.",
    "In Quito, the government declared a state of emergency after that, and those who "
    "defied it were detained by soldiers; it was, the minister said, necessary.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def test_indexed_ruler_matches_as_spacy_does(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    spacy_match = types.MethodType(AttributeRuler.match, ruler)
    assert ruler.match != spacy_match  # load_nlp put the indexed one in place
    with one_blas_thread(), nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(TEXTS))
    for doc in docs:
        found = ruler.match(doc)
        assert found == spacy_match(doc)
        assert len(found) >= len(doc)  # every token's tag maps to a POS
    indexed = ruler.match
    for doc in docs:
        ours, theirs = doc.copy(), doc.copy()
        ruler(ours)
        ruler.match = spacy_match  # type: ignore[method-assign]
        try:
            ruler(theirs)
        finally:
            ruler.match = indexed  # type: ignore[method-assign]
        attrs = [TAG, POS, MORPH, LEMMA]
        assert (ours.to_array(attrs) == theirs.to_array(attrs)).all()
