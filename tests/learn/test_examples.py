"""Training examples: the bundled sentences and a user's gold JSONL or ACLED CSV."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from upheaval.errors import InputError
from upheaval.learn import NONE, SUB_TYPES, bundled_examples, read_examples
from upheaval.learn.examples import split_sentences


def test_bundled_examples_cover_every_sub_type_and_many_negatives() -> None:
    examples = bundled_examples()
    counts = Counter(e.label for e in examples)
    assert set(counts) == {NONE, *SUB_TYPES}
    assert min(counts[s] for s in SUB_TYPES) >= 25
    assert counts[NONE] >= 100
    assert sum(1 for e in examples if e.source == "definition") == 25
    texts = [e.text for e in examples]
    assert len(texts) == len(set(texts)), "a sentence is listed twice"


def test_hard_negatives_include_the_traps_of_real_reports() -> None:
    negatives = " ".join(e.text.lower() for e in bundled_examples() if e.label == NONE)
    for trap in ("riot police", "called for", "anniversary", "court", "struck a record"):
        assert trap in negatives


def test_gold_jsonl_gives_one_example_per_evidence(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {
            "doc": "a",
            "event_type": "Protests",
            "sub_event_type": "peaceful protest",
            "evidence": "Nurses marched in Accra over unpaid wages.",
        },
        {
            "doc_ids": ["b"],
            "event_type": "Riots",
            "sub_event_type": "Violent demonstration",
            "evidence": [
                {"doc_id": "b", "start": 0, "end": 30, "text": "Youths burned a police post."}
            ],
        },
        {"doc": "c", "event_type": "Protests", "sub_event_type": "Picnic", "evidence": "x"},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    examples = read_examples(gold)
    assert [(e.label, e.text) for e in examples] == [
        ("Peaceful protest", "Nurses marched in Accra over unpaid wages."),
        ("Violent demonstration", "Youths burned a police post."),
    ]


def test_gold_with_documents_learns_other_sentences_as_not_events(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "doc": "a",
                "sub_event_type": "Peaceful protest",
                "evidence": "Nurses marched in Accra over unpaid wages.",
            }
        )
        + "\n"
    )
    docs = tmp_path / "docs.jsonl"
    text = (
        "Nurses marched in Accra over unpaid wages. The health minister is due to "
        "meet the union next week. Ghana's inflation rose to 40 percent in December."
    )
    docs.write_text(json.dumps({"id": "a", "text": text}) + "\n")
    examples = read_examples(gold, docs)
    assert [e.label for e in examples] == ["Peaceful protest", NONE, NONE]
    assert examples[1].text.startswith("The health minister")


def test_acled_csv_uses_notes_and_sub_event_type(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "event_date,event_type,sub_event_type,country,notes\n"
        '2024-03-02,Protests,Peaceful protest,Chile,"On 2 March, students marched in Valparaiso."\n'
        "2024-03-03,Battles,Armed clash,Mali,\n"
    )
    examples = read_examples(export)
    assert [(e.label, e.text) for e in examples] == [
        ("Peaceful protest", "On 2 March, students marched in Valparaiso.")
    ]


def test_bad_inputs_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_examples(tmp_path / "absent.jsonl")
    export = tmp_path / "export.csv"
    export.write_text("event_date,event_type\n2024-01-01,Protests\n")
    with pytest.raises(InputError, match="notes and sub_event_type"):
        read_examples(export)
    broken = tmp_path / "gold.jsonl"
    broken.write_text('{"sub_event_type": "Arrests",\n')
    with pytest.raises(InputError, match="gold.jsonl:1"):
        read_examples(broken)
    empty = tmp_path / "empty.jsonl"
    empty.write_text(json.dumps({"sub_event_type": "Arrests"}) + "\n")
    with pytest.raises(InputError, match="no event with a known sub_event_type"):
        read_examples(empty)


def test_split_sentences_at_ends_and_blank_lines_only() -> None:
    text = 'Police fired tear gas. 3 people died.\n\n"We will return," one said. the end'
    assert split_sentences(text) == [
        "Police fired tear gas.",
        "3 people died.",
        '"We will return," one said. the end',
    ]
