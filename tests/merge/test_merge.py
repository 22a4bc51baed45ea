from __future__ import annotations

import itertools
from datetime import date

import pytest
from tests.factories import KENYA, KISUMU, mention

from upheaval.merge import event_key, mention_to_event, merge_mentions
from upheaval.model import Figure


def test_merge_same_key_within_document_keeps_all_evidence() -> None:
    events = merge_mentions([mention(start=0), mention(start=40, text="They marched on.")])
    assert len(events) == 1
    assert [e["start"] for e in events[0].evidence] == [0, 40]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"day": date(2024, 6, 26)}, 2),
        ({"place": KISUMU}, 2),
        ({"event_type": "Riots", "sub_event_type": "Violent demonstration"}, 2),
        ({"sub_event_type": "Protest with intervention", "doc_id": "d2"}, 2),
        ({"actor1": "Labor Group (Kenya)"}, 2),
        ({"doc_id": "d2"}, 1),
    ],
)
def test_merge_key_fields(change: dict[str, object], expected: int) -> None:
    assert len(merge_mentions([mention(), mention(**change)])) == expected  # type: ignore[arg-type]


def test_merge_strategic_developments_keep_measures_apart() -> None:
    curfew = mention(
        place=KENYA,
        event_type="Strategic developments",
        sub_event_type="Other",
        measures=("curfew",),
        actor1="Government of Kenya",
    )
    cut = mention(
        place=KENYA,
        event_type="Strategic developments",
        sub_event_type="Other",
        measures=("internet_shutdown",),
        actor1="Government of Kenya",
    )
    events = merge_mentions([curfew, cut, curfew])
    assert sorted(e.measures[0] for e in events) == ["curfew", "internet_shutdown"]


def test_merge_is_order_independent() -> None:
    parts = [
        mention(doc_id="a", fatalities=3, hedged=True, figures=(Figure("shops", 4),)),
        mention(doc_id="b", fatalities=1, start=10, precision=2, citations=("12",)),
        mention(doc_id="c", figures=(Figure("shops", 9),), citations=("2",)),
    ]
    records = {
        tuple(sorted(str(e.to_record()) for e in merge_mentions(order)))
        for order in itertools.permutations(parts)
    }
    assert len(records) == 1
    (event,) = merge_mentions(parts)
    assert event.doc_ids == ["a", "b", "c"]
    assert event.fatalities == 1  # ACLED: lowest reported figure
    assert event.time_precision == 1
    assert event.hedged is False  # only hedged when every report hedges
    assert event.figures == [{"what": "shops", "n": 9}]
    assert event.citations == ["2", "12"]


def test_national_event_has_country_as_location() -> None:
    event = mention_to_event(
        mention(
            place=KENYA,
            event_type="Strategic developments",
            sub_event_type="Other",
            measures=("curfew",),
        )
    )
    assert event.location == "Kenya"
    assert event.admin1 is None
    assert event.geo_precision == 3
    assert event.country == "Kenya" and event.iso == "KE"


def test_event_id_is_stable_and_derived_from_key() -> None:
    first, second = mention_to_event(mention()), mention_to_event(mention(doc_id="zz"))
    assert first.event_id == second.event_id
    assert event_key(first) == (
        "2024-06-25",
        "184745",
        "Protests",
        "Peaceful protest",
        "Protesters (Kenya)",
    )


def test_protest_takes_most_severe_sub_type_within_a_document() -> None:
    events = merge_mentions(
        [
            mention(),
            mention(start=40, sub_event_type="Protest with intervention"),
            mention(doc_id="other"),
        ]
    )
    by_doc = {tuple(e.doc_ids): e.sub_event_type for e in events}
    assert by_doc == {("d1",): "Protest with intervention", ("other",): "Peaceful protest"}


def test_excessive_force_puts_state_forces_first() -> None:
    from dataclasses import replace

    force = replace(
        mention(sub_event_type="Excessive force against protesters"),
        actor2="Police Forces of Kenya",
        inter2=1,
    )
    event = mention_to_event(force)
    assert (event.actor1, event.inter1) == ("Police Forces of Kenya", 1)
    assert (event.actor2, event.inter2) == ("Protesters (Kenya)", 6)
    peaceful = mention_to_event(replace(force, sub_event_type="Protest with intervention"))
    assert peaceful.actor1 == "Protesters (Kenya)"


def test_lifted_protest_takes_the_police_of_the_intervention() -> None:
    from dataclasses import replace

    shooting = replace(
        mention(start=50, sub_event_type="Excessive force against protesters"),
        actor2="Police Forces of Kenya",
        inter2=1,
        fatalities=2,
    )
    for order in ([mention(), shooting], [shooting, mention()]):
        (event,) = merge_mentions(order)
        assert event.sub_event_type == "Excessive force against protesters"
        assert event.actor1 == "Police Forces of Kenya" and event.fatalities == 2
        assert len(event.evidence) == 2
