"""Why a gold event was missed: one reason per kind of mistake."""

from __future__ import annotations

from typing import Any

import pytest

from upheaval.evaluate import evaluate, gold_event, predicted_event
from upheaval.evaluate.explain import explain_miss

TOWN = {
    "location": "Gulu",
    "admin1": "Northern",
    "country": "Uganda",
    "latitude": 2.7724,
    "longitude": 32.2881,
}
FAR = {
    "location": "Mbarara",
    "admin1": "Western",
    "country": "Uganda",
    "latitude": -0.6072,
    "longitude": 30.6545,
}
GOLD = gold_event(
    {"doc": "d", "event_type": "Riots", "event_date": "2024-09-10", "time_precision": 1, **TOWN}
)


def pred(**fields: Any) -> Any:
    return predicted_event(
        {"doc_ids": ["d"], "event_type": "Riots", "event_date": "2024-09-10", **TOWN, **fields}
    )


@pytest.mark.parametrize(
    ("preds", "reason"),
    [
        ([], "no Riots prediction for this document"),
        ([pred(event_type="Protests")], "no Riots prediction for this document"),
        ([pred(**FAR)], "place: same type and day at Mbarara / Western / Uganda, 417 km away"),
        (
            [pred(event_date="2024-09-13")],
            "date: same type and place on 2024-09-13 (gold 2024-09-10 ±1 day)",
        ),
        (
            [pred(event_date="2024-10-10", **FAR)],
            "no prediction of this type near this day and place",
        ),
        ([pred()], "its matching predictions were paired with other gold events"),
    ],
)
def test_explain_miss_names_the_nearest_mistake(preds: list[Any], reason: str) -> None:
    assert explain_miss(GOLD, preds) == reason


def test_a_merged_away_event_is_explained_in_the_report() -> None:
    # Two gold riots a day apart, one prediction: the second gold event is missed
    # because its only candidate went to the first.
    second = gold_event({**GOLD.record, "event_date": "2024-09-11"})
    result = evaluate([GOLD, second], [pred()])
    assert [m.reason for m in result.missed] == [
        "its matching predictions were paired with other gold events"
    ]
