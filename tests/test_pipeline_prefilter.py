"""The pipeline parses only what can hold an event and says how much it parsed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench.corpus import generate_reports

from upheaval.pipeline import load_resources, process_documents, run_extract
from upheaval.store import open_store

pytestmark = pytest.mark.slow


def test_long_reports_are_parsed_in_part(tmp_path: Path) -> None:
    corpus = tmp_path / "long.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for report in generate_reports(6, seed=3, words=800):
            handle.write(json.dumps(report) + "\n")
    store = open_store(str(tmp_path / "t.db"))
    try:
        report = run_extract([str(corpus)], store, resources=load_resources())
    finally:
        store.close()
    assert report.stored == 6
    assert report.events_found >= 6  # every generated report tells at least one event
    assert 0 < report.parsed_sentences < report.sentences
    # Most of a long report is background: well under two thirds is parsed.
    assert report.parsed_sentences / report.sentences < 0.66


def test_counts_per_document() -> None:
    from upheaval.model import Document

    documents = [
        Document(doc_id="a", text="Prices rose again in May. Banks were shut.", source="t"),
        Document(
            doc_id="b",
            text="Students marched in Dhaka on 3 May 2024. It was hot. Police detained ten.",
            source="t",
        ),
    ]
    first, second = process_documents(documents, load_resources())
    assert (first.sentences, first.parsed, first.events) == (2, 0, ())
    assert (second.sentences, second.parsed) == (3, 2)
    assert second.events


def test_the_classifier_reads_only_sentences_the_resolver_can_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import date

    import upheaval.pipeline as pipeline
    from upheaval.model import Document

    resources = load_resources(model="bundled")
    if resources.classifier is None:
        pytest.skip("the learn extra is not installed")
    # A day after the report's own (27 June) is a plan or an error, never an
    # event of the report: the resolver drops it whatever its coding.
    later = "The union said nurses had marched in Kisumu on 3 July 2024."
    text = (
        "Nairobi teachers march against unpaid wages\n\n"
        "Hundreds of teachers marched through Nairobi on Tuesday demanding unpaid wages, "
        "and police fired tear gas near parliament.\n\n"
        f"On 12 March 2021, traders rioted in Mombasa over a market levy. {later}"
    )
    documents = [Document(doc_id="ke-1", text=text, source="t", published=date(2024, 6, 27))]
    read: list[str] = []
    encode = resources.classifier.encoder.encode

    def spy(texts):  # type: ignore[no-untyped-def]
        read.extend(texts)
        return encode(texts)

    monkeypatch.setattr(resources.classifier.encoder, "encode", spy)
    (processed,) = process_documents(documents, resources)
    assert len(read) == 2 and later not in read
    # Asking about every mention reads it, and gives the same events.
    monkeypatch.setattr(pipeline, "may_be_coded", lambda *_: True)
    read.clear()
    (every,) = process_documents(documents, resources)
    assert later in read
    assert processed.events == every.events and processed.mentions == every.mentions
    assert {e.location for e in every.events} == {"Nairobi", "Mombasa"}
