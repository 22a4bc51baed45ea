"""``upheaval evaluate`` counts matched pairs by gold and predicted sub-type."""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console

from upheaval.evaluate import gold_event, predicted_event, score_events
from upheaval.evaluate.render import render_evaluation

ARUSHA = {"location": "Arusha", "latitude": -3.3869, "longitude": 36.6830, "geonameid": 161325}
MOSHI = {"location": "Moshi", "latitude": -3.3348, "longitude": 37.3404, "geonameid": 153220}


def gold(doc: str, sub: str, place: dict[str, Any] = ARUSHA) -> Any:
    return gold_event(
        {
            "doc": doc,
            "event_type": "Protests",
            "sub_event_type": sub,
            "event_date": "2024-07-01",
            "time_precision": 1,
            **place,
        }
    )


def pred(doc: str, sub: str, place: dict[str, Any] = ARUSHA) -> Any:
    return predicted_event(
        {
            "doc_ids": [doc],
            "event_type": "Protests",
            "sub_event_type": sub,
            "event_date": "2024-07-01",
            **place,
        }
    )


def _evaluation() -> Any:
    golds = [
        gold("a", "Peaceful protest"),
        gold("b", "Peaceful protest"),
        gold("c", "Protest with intervention"),
        gold("d", "Peaceful protest", MOSHI),
    ]
    preds = [
        pred("a", "Peaceful protest"),
        pred("b", "Protest with intervention"),
        pred("c", "Protest with intervention"),
        pred("d", "Peaceful protest", MOSHI),
    ]
    return score_events(golds, preds)


def test_confusion_counts_each_matched_pair_once() -> None:
    evaluation = _evaluation()
    assert evaluation.sub_types == {
        ("Peaceful protest", "Peaceful protest"): 2,
        ("Peaceful protest", "Protest with intervention"): 1,
        ("Protest with intervention", "Protest with intervention"): 1,
    }
    assert evaluation.field_accuracy()["sub_event_type"] == 0.75
    rows = evaluation.to_dict()["sub_type_confusion"]
    assert {"gold": "Peaceful protest", "pred": "Protest with intervention", "n": 1} in rows
    assert sum(r["n"] for r in rows) == evaluation.total.matched


def test_the_table_shows_accuracy_and_what_was_predicted_instead() -> None:
    out = io.StringIO()
    render_evaluation(_evaluation(), Console(file=out, width=200))
    text = out.getvalue()
    assert "Sub-type accuracy 0.750 on 4 matched pairs" in text
    line = next(x for x in text.splitlines() if "│ Peaceful protest " in x)
    assert "0.667" in line and "Protest with intervention 1" in line
