"""One-to-one matching: the most pairs first, then the best-agreeing pairs."""

from __future__ import annotations

import time
from datetime import date, timedelta
from typing import Any

import pytest

from upheaval.evaluate import gold_event, predicted_event
from upheaval.evaluate.matching import candidate_edges, match_events
from upheaval.evaluate.rules import event_matches

A = {"location": "Arusha", "latitude": -3.3869, "longitude": 36.6830, "geonameid": 161325}
B = {"location": "Moshi", "latitude": -3.3348, "longitude": 37.3404, "geonameid": 153220}


def gold(day: str, place: dict[str, Any], **fields: Any) -> Any:
    return gold_event(
        {
            "doc": "d",
            "event_type": "Protests",
            "event_date": day,
            "time_precision": 2,
            **place,
            **fields,
        }
    )


def pred(day: str, place: dict[str, Any], **fields: Any) -> Any:
    return predicted_event(
        {"doc_ids": ["d"], "event_type": "Protests", "event_date": day, **place, **fields}
    )


def test_a_greedy_first_pick_does_not_cost_a_pair() -> None:
    # The first prediction fits both gold events; a greedy matcher giving it to
    # the first gold event leaves the second prediction without a partner.
    golds = [gold("2024-07-01", A), gold("2024-07-04", A)]
    preds = [pred("2024-07-03", A), pred("2024-06-29", A)]
    assert match_events(golds, preds) == [(0, 1), (1, 0)]


def test_matching_is_one_to_one() -> None:
    golds = [gold("2024-07-01", A)]
    preds = [pred("2024-07-01", A), pred("2024-07-01", A)]
    assert match_events(golds, preds) == [(0, 0)]
    assert match_events([gold("2024-07-01", A)] * 3, preds[:1]) == [(0, 0)]


def test_the_exact_day_and_sub_type_win_among_equal_sized_matchings() -> None:
    golds = [gold("2024-07-05", A, sub_event_type="Peaceful protest")]
    preds = [
        pred("2024-07-06", A, sub_event_type="Peaceful protest"),
        pred("2024-07-05", A, sub_event_type="Protest with intervention"),
        pred("2024-07-05", A, sub_event_type="Peaceful protest"),
    ]
    assert match_events(golds, preds) == [(0, 2)]


def test_more_pairs_beat_better_pairs() -> None:
    # Pairing gold 0 with its perfect prediction would leave gold 1 unmatched.
    golds = [gold("2024-07-05", A, sub_event_type="Peaceful protest"), gold("2024-07-08", A)]
    preds = [pred("2024-07-05", A, sub_event_type="Peaceful protest"), pred("2024-07-02", A)]
    assert match_events(golds, preds) == [(0, 1), (1, 0)]


def test_separate_places_are_separate_components() -> None:
    golds = [gold("2024-07-01", A), gold("2024-07-01", B)]
    preds = [pred("2024-07-01", B), pred("2024-07-01", A)]
    assert match_events(golds, preds) == [(0, 1), (1, 0)]


@pytest.mark.parametrize("precision", [1, 2, 3])
def test_candidate_edges_are_exactly_the_matching_pairs(precision: int) -> None:
    golds = [gold(f"2024-07-{d:02d}", A, time_precision=precision) for d in (1, 15, 30)]
    preds = [pred((date(2024, 6, 25) + timedelta(days=k)).isoformat(), A) for k in range(45)]
    found = {(e.gold, e.pred) for e in candidate_edges(golds, preds)}
    expected = {
        (i, j) for i, g in enumerate(golds) for j, p in enumerate(preds) if event_matches(g, p)
    }
    assert found == expected


def test_a_large_pooled_comparison_stays_fast() -> None:
    # 3000 gold events and 3000 predictions over a year in 30 places, as an
    # export compared with a pooled prediction file would be.
    places = [{"location": f"P{k}", "latitude": k * 1.0, "longitude": 10.0} for k in range(1, 31)]
    start = date(2023, 1, 1)
    golds = [
        gold((start + timedelta(days=i % 365)).isoformat(), places[i % 30]) for i in range(3000)
    ]
    preds = [
        pred((start + timedelta(days=(i * 7) % 365)).isoformat(), places[(i * 3) % 30])
        for i in range(3000)
    ]
    started = time.perf_counter()
    pairs = match_events(golds, preds)
    assert time.perf_counter() - started < 20
    assert len({g for g, _ in pairs}) == len(pairs) == len({p for _, p in pairs})
    assert all(event_matches(golds[g], preds[p]) for g, p in pairs)
