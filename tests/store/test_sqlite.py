from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.factories import KISUMU, clean, mention

from upheaval.errors import StoreError
from upheaval.merge import merge_mentions
from upheaval.store import EventFilter, database_url, open_store


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = open_store(str(tmp_path / "t.db"))
    yield opened
    opened.close()


def test_save_document_is_idempotent(store) -> None:  # type: ignore[no-untyped-def]
    events = merge_mentions([mention()])
    assert store.save_document(clean("d1"), events) is True
    before = store.counts()
    assert store.save_document(clean("d1"), events) is False
    assert store.counts() == before == {"documents": 1, "events": 1, "evidence": 1}


def test_events_merge_across_documents(store) -> None:  # type: ignore[no-untyped-def]
    store.save_document(clean("a"), merge_mentions([mention(doc_id="a", fatalities=4)]))
    store.save_document(clean("b"), merge_mentions([mention(doc_id="b", fatalities=2)]))
    (event,) = store.events()
    assert event.doc_ids == ["a", "b"]
    assert event.fatalities == 2
    assert len(event.evidence) == 2


def test_roundtrip_keeps_every_field(store) -> None:  # type: ignore[no-untyped-def]
    (event,) = merge_mentions([mention(citations=("3",))])
    store.save_document(clean("d1"), [event])
    assert store.event(event.event_id).to_record() == event.to_record()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (EventFilter(), 2),
        (EventFilter(country="KE"), 2),
        (EventFilter(country="kenya"), 2),
        (EventFilter(country="UG"), 0),
        (EventFilter(since=date(2024, 6, 26)), 1),
        (EventFilter(until=date(2024, 6, 25)), 1),
        (EventFilter(event_type="riots"), 1),
        (EventFilter(event_type="Violent demonstration"), 1),
        (EventFilter(place="kisu"), 1),
        (EventFilter(doc_ids=("d1",)), 2),
        (EventFilter(doc_ids=("nope",)), 0),
        (EventFilter(limit=1), 1),
    ],
)
def test_event_filters(store, where: EventFilter, expected: int) -> None:  # type: ignore[no-untyped-def]
    store.save_document(
        clean("d1"),
        merge_mentions(
            [
                mention(),
                mention(
                    day=date(2024, 6, 27),
                    place=KISUMU,
                    event_type="Riots",
                    sub_event_type="Violent demonstration",
                ),
            ]
        ),
    )
    assert len(store.events(where)) == expected


def test_failed_document_leaves_nothing(store) -> None:  # type: ignore[no-untyped-def]
    (event,) = merge_mentions([mention()])
    event.event_type = None  # type: ignore[assignment]  # violates NOT NULL mid-transaction
    with pytest.raises(StoreError):
        store.save_document(clean("bad"), [event])
    assert store.counts() == {"documents": 0, "events": 0, "evidence": 0}


def test_documents_listing_and_text(store) -> None:  # type: ignore[no-untyped-def]
    store.save_document(clean("d1", "Strikers marched."), [])
    assert [d["doc_id"] for d in store.documents()] == ["d1"]
    assert store.document("d1")["text"] == "Strikers marched."  # type: ignore[index]
    assert store.document("missing") is None


def test_open_store_reports_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "no" / "such" / "x.db"))


@pytest.mark.parametrize(
    ("given", "url"),
    [
        ("x.db", "sqlite:///x.db"),
        (":memory:", "sqlite://"),
        ("postgresql://u@127.0.0.1/db", "postgresql+psycopg://u@127.0.0.1/db"),
        ("sqlite:///y.db", "sqlite:///y.db"),
    ],
)
def test_database_url(given: str, url: str) -> None:
    assert database_url(given) == url


def _stored(store, *reports) -> list[dict]:  # type: ignore[no-untyped-def]
    for doc_id, mentions in reports:
        store.save_document(clean(doc_id), merge_mentions(mentions))
    return [e.to_record() for e in store.events()]


@pytest.mark.parametrize("order", [("a", "b"), ("b", "a")])
def test_reports_a_day_apart_merge_order_independently(
    tmp_path: Path, order: tuple[str, ...]
) -> None:
    reports = {
        "a": ("a", [mention(doc_id="a", day=date(2024, 6, 25))]),
        # b's day is inferred ("on Tuesday" read against another day)
        "b": ("b", [mention(doc_id="b", day=date(2024, 6, 26), start=5, precision=2)]),
    }
    store = open_store(str(tmp_path / f"{''.join(order)}.db"))
    (event,) = _stored(store, *(reports[k] for k in order))
    store.close()
    assert event["event_date"] == "2024-06-25"  # the stated day leads
    assert event["time_precision"] == 1
    assert event["doc_ids"] == ["a", "b"] and len(event["evidence"]) == 2


def test_two_stated_days_are_two_events(store) -> None:  # type: ignore[no-untyped-def]
    # A protest "continued for a second day": ACLED codes one event a day.
    found = _stored(
        store,
        ("a", [mention(doc_id="a", day=date(2024, 6, 25), date_kind="absolute")]),
        ("b", [mention(doc_id="b", day=date(2024, 6, 26), date_kind="absolute")]),
    )
    assert [(e["event_date"], e["doc_ids"]) for e in found] == [
        ("2024-06-25", ["a"]),
        ("2024-06-26", ["b"]),
    ]


def test_merge_tolerance_limits(store) -> None:  # type: ignore[no-untyped-def]
    found = _stored(
        store,
        # one report's events on two days stay two events
        (
            "a",
            [
                mention(doc_id="a", day=date(2024, 6, 25)),
                mention(doc_id="a", day=date(2024, 6, 26), start=40),
            ],
        ),
        # two days apart, or another place: apart
        ("b", [mention(doc_id="b", day=date(2024, 6, 28))]),
        ("c", [mention(doc_id="c", day=date(2024, 6, 25), place=KISUMU)]),
    )
    assert [(e["event_date"], e["location"], e["doc_ids"]) for e in found] == [
        ("2024-06-25", "Kisumu", ["c"]),
        ("2024-06-25", "Nairobi", ["a"]),
        ("2024-06-26", "Nairobi", ["a"]),
        ("2024-06-28", "Nairobi", ["b"]),
    ]


# --- Re-processing: documents carry the pipeline version that did them ---


def test_document_state_follows_version_and_published(store) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    doc = clean("a")
    assert store.document_state(doc.document, "v1") == "new"
    store.save_document(doc, merge_mentions([mention(doc_id="a")]), version="v1")
    assert store.document_state(doc.document, "v1") == "current"
    assert store.document_state(doc.document, "v2") == "stale"
    other_day = replace(doc.document, published=date(2024, 7, 1))
    assert store.document_state(other_day, "v1") == "stale"
    assert store.stale_count("v1") == 0 and store.stale_count("v2") == 1


def test_reprocess_replaces_a_documents_events_and_keeps_the_others(store) -> None:  # type: ignore[no-untyped-def]
    store.save_document(clean("a"), merge_mentions([mention(doc_id="a", fatalities=1)]))
    store.save_document(clean("b"), merge_mentions([mention(doc_id="b", fatalities=4)]))
    (both,) = store.events()
    assert both.doc_ids == ["a", "b"] and both.fatalities == 1
    # a newer pipeline finds a's event in Kisumu instead
    redone = merge_mentions([mention(doc_id="a", place=KISUMU, fatalities=1)])
    assert store.save_document(clean("a"), redone, version="v2") is False  # not without replace
    assert store.save_document(clean("a"), redone, version="v2", replace=True) is True
    found = {e.location: e for e in store.events()}
    assert found["Nairobi"].doc_ids == ["b"] and found["Nairobi"].fatalities == 4
    assert found["Kisumu"].doc_ids == ["a"]
    assert store.counts() == {"documents": 2, "events": 2, "evidence": 2}


def test_reprocess_of_a_document_that_now_finds_nothing(store) -> None:  # type: ignore[no-untyped-def]
    store.save_document(clean("a"), merge_mentions([mention(doc_id="a")]))
    store.save_document(clean("a"), [], replace=True)
    assert store.counts() == {"documents": 1, "events": 0, "evidence": 0}


def test_store_merging_is_order_independent(tmp_path: Path) -> None:
    import itertools
    from dataclasses import replace

    reports = [
        ("a", [mention(doc_id="a", fatalities=2)]),
        ("b", [mention(doc_id="b", day=date(2024, 6, 26), precision=2, start=3)]),
        ("c", [mention(doc_id="c", day=date(2024, 6, 27), precision=2, start=4)]),
        ("d", [mention(doc_id="d", day=date(2024, 6, 28), precision=2, start=5)]),
        ("e", [replace(mention(doc_id="e"), assoc_actor_1="Teachers Union")]),
        ("f", [mention(doc_id="f", text="Protesters marched in Kibera, Nairobi.")]),
    ]
    seen = set()
    for n, order in enumerate(itertools.permutations(reports)):
        if n % 7:  # a spread sample of the 720 orders keeps the test quick
            continue
        opened = open_store(str(tmp_path / f"{n}.db"))
        seen.add(tuple(sorted(str(e) for e in _stored(opened, *order))))
        opened.close()
    assert len(seen) == 1
    (found,) = seen
    assert len(found) == 3  # a+e+b (one organiser named; b a day later, inferred), c+d, f


def test_database_of_an_older_version_is_migrated(tmp_path: Path) -> None:
    from sqlalchemy import text

    path = str(tmp_path / "old.db")
    opened = open_store(path)
    opened.save_document(clean("a"), merge_mentions([mention(doc_id="a")]))
    with opened.engine.begin() as conn:  # what an older upheaval left
        conn.execute(text("DROP TABLE atoms"))
        conn.execute(text("ALTER TABLE documents DROP COLUMN pipeline"))
    opened.close()
    reopened = open_store(path)
    assert reopened.document_state(clean("a").document) == "stale"
    reopened.save_document(clean("b"), merge_mentions([mention(doc_id="b")]))
    (event,) = reopened.events()
    assert event.doc_ids == ["a", "b"]
    reopened.save_document(clean("a"), [], replace=True)
    assert [e.doc_ids for e in reopened.events()] == [["b"]]
    reopened.close()
