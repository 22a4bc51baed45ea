"""annotate_selected: one Doc over the whole text, parsed where it matters."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from upheaval.annotate import annotate_selected, load_nlp, unparsed_starts
from upheaval.annotate.prefilter import candidate_sentences
from upheaval.extract import extract_mentions, load_taxonomy
from upheaval.model import CleanDocument, Document

pytestmark = pytest.mark.slow

# A long report in the shape of a wire story (written for this test): the
# events are a few sentences among quotes, economics and boilerplate.
REPORT = (
    "Bolivia: miners block roads over fuel shortages\n\n"
    "LA PAZ, May 14 (AP) - Hundreds of miners blocked the main highway between Oruro and "
    "La Paz on Monday to protest against fuel shortages. Police fired tear gas to clear "
    "the road near Caracollo and detained 14 people, a police spokesman said.\n\n"
    "Diesel has been scarce for weeks, and lorries queue for hours outside petrol "
    'stations in El Alto. "We cannot work without fuel," said Juan Mamani, a miner from '
    "Huanuni. The central bank says its dollar reserves are at their lowest level in "
    "twenty years.\n\n"
    "The day before, teachers marched through the centre of Cochabamba. Economists expect "
    "inflation to rise further this year, although the government disputes this.\n\n"
    "Photo: A lorry queue in El Alto. Reporting by Ana Rojas; editing by Tom Price."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def _clean(text: str) -> CleanDocument:
    document = Document(doc_id="r1", text=text, source="test", title=text.split("\n", 1)[0])
    return CleanDocument(document=document, text=text, offsets=tuple(range(len(text))))


def _annotate(nlp: Language, texts: list[str]) -> list:  # type: ignore[type-arg]
    select = partial(candidate_sentences, lexicon=load_taxonomy(()))
    return list(annotate_selected(nlp, texts, select))


def test_whole_text_with_parse_only_where_selected(nlp: Language) -> None:
    (item,) = _annotate(nlp, [REPORT])
    doc = item.doc
    assert doc.text == REPORT
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc(REPORT)]
    assert 0 < item.parsed < item.sentences
    sentences = {s.text.strip(): s for s in doc.sents}
    fired = sentences[
        "Police fired tear gas to clear the road near Caracollo and detained 14 "
        "people, a police spokesman said."
    ]
    assert {t.pos_ for t in fired} >= {"VERB", "NOUN"}
    assert any(e.label_ == "CARDINAL" or e.label_ == "GPE" for e in fired.ents)
    diesel = sentences[
        "Diesel has been scarce for weeks, and lorries queue for hours outside "
        "petrol stations in El Alto."
    ]
    assert {t.pos_ for t in diesel} == {""}  # not parsed: tokens only
    assert all(t.head == diesel[0] for t in diesel)  # one flat tree, no made-up parse
    assert not diesel.ents


def test_unparsed_sentences_are_named(nlp: Language) -> None:
    (item,) = _annotate(nlp, [REPORT])
    doc = item.doc
    unparsed = unparsed_starts(doc)
    assert len(unparsed) == item.sentences - item.parsed
    for sent in doc.sents:
        assert (sent.start in unparsed) == (not any(t.tag_ for t in sent))
    assert unparsed_starts(nlp(REPORT)) == frozenset()  # a Doc annotated whole


def test_extract_reads_only_parsed_sentences(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    import upheaval.extract as extract

    (item,) = _annotate(nlp, [REPORT])
    read: list[int] = []
    real = extract._sentence

    def spy(sent, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.append(sent.start)
        return real(sent, *args, **kwargs)

    monkeypatch.setattr(extract, "_sentence", spy)
    extract_mentions(item.doc, _clean(REPORT))
    assert read and not set(read) & unparsed_starts(item.doc)


def test_same_mentions_as_a_full_parse(nlp: Language) -> None:
    clean = _clean(REPORT)
    (item,) = _annotate(nlp, [REPORT])
    full = extract_mentions(nlp(REPORT), clean)
    partial_parse = extract_mentions(item.doc, clean)
    assert full  # the report does hold events
    assert [(m.trigger, m.event_type, m.sub_event_type) for m in partial_parse] == [
        (m.trigger, m.event_type, m.sub_event_type) for m in full
    ]


def test_batch_keeps_order_and_edge_cases(nlp: Language) -> None:
    texts = ["", "Prices rose again in May.", "Workers went on strike in Accra.", REPORT]
    items = _annotate(nlp, texts)
    assert [i.doc.text for i in items] == texts
    assert [i.parsed for i in items][:3] == [0, 0, 1]
    assert items[2].doc[0].pos_  # every sentence selected: parsed as it is
    assert not items[1].doc[0].pos_
