"""The pre-filter: which sentences of a report can hold an event.

Its one promise is that it never drops a sentence the extractor would find a
trigger in; the test tables of extract (sentences written for the tests, in
the style of real reports) check it row by row.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.extract.test_table import ALL_ROWS
from upheaval.annotate import load_nlp
from upheaval.annotate.prefilter import (
    candidate_sentences,
    lemma_tables,
    select_sentences,
    sentence_bounds,
    trigger_index,
)
from upheaval.extract import load_taxonomy
from upheaval.extract.triggers import find_candidates
from upheaval.model import CleanDocument, Document

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def _clean(text: str) -> CleanDocument:
    document = Document(doc_id="t", text=text, source="test")
    return CleanDocument(document=document, text=text, offsets=tuple(range(len(text))))


def _selected(text: str) -> list[str]:
    return [text[s:e] for s, e in select_sentences(_clean(text), load_taxonomy(()))]


def test_forms_run_the_lemmatizer_backwards(nlp: Language) -> None:
    tables = lemma_tables(nlp)
    forms = tables.forms("strike")
    assert {"strike", "strikes", "striking", "struck"} <= forms
    assert {"protests", "protested", "protesting"} <= tables.forms("protest")
    assert "fought" in tables.forms("fight")
    assert "detained" in tables.forms("detain")
    assert "strikers" not in forms  # a different lemma, with rules of its own


def test_selects_event_sentences_of_a_long_report() -> None:
    text = (
        "Kenya: teachers strike over pay\n\n"
        "NAIROBI, March 4 (Reuters) - Thousands of teachers marched to parliament in "
        "Nairobi on Tuesday. Police fired tear gas to disperse them near Uhuru Park.\n\n"
        "The shilling has lost a fifth of its value this year, and food costs more. "
        "Analysts in Nairobi said the budget would be presented in June.\n\n"
        '"Our salaries have not moved in six years," said one teacher. '
        "The finance minister is due to speak on Friday."
    )
    chosen = _selected(text)
    assert "Kenya: teachers strike over pay" in chosen
    assert any(s.startswith("NAIROBI, March 4") for s in chosen)
    assert "Police fired tear gas to disperse them near Uhuru Park." in chosen
    assert not any("shilling" in s or "Analysts" in s or "salaries" in s for s in chosen)
    # "minister" is a trigger only when dismissed or sacked: no such act here.
    assert not any("finance minister" in s for s in chosen)


def test_conditions_of_a_rule_are_needed() -> None:
    # "curfew" is a trigger only when imposed, declared ... (governed_by).
    assert _selected("The curfew was the main topic of the radio debate.") == []
    assert _selected("The army imposed a curfew on Gulu on Friday.") != []
    # A two-word act needs both words: "took power", not "took a taxi".
    assert _selected("She took a taxi to the market in Lusaka.") == []
    assert _selected("The colonels took power in Niamey in July.") != []


def test_every_sentence_with_a_trigger_is_selected(nlp: Language) -> None:
    lexicon = load_taxonomy(())
    missed = []
    for sentence, expected in ALL_ROWS:
        doc = nlp(sentence)
        found = [c for s in doc.sents for c in find_candidates(s, lexicon)]
        chosen = select_sentences(_clean(sentence), lexicon)
        for start in [c.start for c in found]:
            if not any(s <= start < e for s, e in chosen):
                missed.append(sentence)
        if expected and not chosen:
            missed.append(sentence)
    assert missed == []


def test_vocabulary_follows_the_taxonomy(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "rules:\n"
        "  - id: flash_mob\n"
        "    lemmas: [flashmob]\n"
        "    type: Protests\n"
        "    sub_type: Peaceful protest\n",
        encoding="utf-8",
    )
    text = "Dozens of flashmobs appeared in Riga and Tartu on Saturday."
    assert select_sentences(_clean(text), load_taxonomy(())) == []
    extended = load_taxonomy((str(rules),))
    assert select_sentences(_clean(text), extended) == [(0, len(text))]
    assert "flashmobs" in trigger_index(extended).trigger_words


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Mr. Okafor spoke in Lagos. He left.", ["Mr. Okafor spoke in Lagos.", "He left."]),
        ('"Go home!" they shouted. Police came.', ['"Go home!" they shouted.', "Police came."]),
        ("HEADLINE\nBody of the story. More.", ["HEADLINE", "Body of the story.", "More."]),
        ("The U.S. embassy closed. Talks ended", ["The U.S. embassy closed.", "Talks ended"]),
        ('He said: "We stay." Then he left.', ['He said: "We stay."', "Then he left."]),
    ],
)
def test_sentence_bounds(nlp: Language, text: str, sentences: list[str]) -> None:
    doc = nlp.make_doc(text)
    assert [doc[s:e].text.strip() for s, e in sentence_bounds(doc)] == sentences


def test_candidate_sentences_cover_the_text(nlp: Language) -> None:
    text = "Crowds rallied in Lima.\n\nPrices rose. Riot police charged the crowd."
    doc = nlp.make_doc(text)
    spans = candidate_sentences(doc, load_taxonomy(()))
    assert [ok for ok, _s, _e in spans] == [True, False, True]
    assert [s for _ok, s, _e in spans][0] == 0
    assert all(a[2] == b[1] for a, b in zip(spans, spans[1:], strict=False))
    assert spans[-1][2] == len(doc)
