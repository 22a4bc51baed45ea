from __future__ import annotations

import itertools
from datetime import date, timedelta

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


# --- Cross-report merging: never chained, finest place, order-independent ---

from upheaval.merge import cluster_events, place_detail  # noqa: E402
from upheaval.model import Event  # noqa: E402


def _days(event: Event, parts: list) -> set[date]:  # type: ignore[type-arg]
    by_doc = {m.doc_id: m.date.day for m in parts}
    return {by_doc[d] for d in event.doc_ids}


def _canonical(events: list[Event]) -> list[str]:
    return sorted(str(e.to_record()) for e in events)


def test_one_day_tolerance_never_chains_over_permutations() -> None:
    # Three reports a day apart, each day inferred: a chain of one-day steps
    # must never make one event of all three.
    parts = [
        mention(doc_id=name, day=date(2024, 6, 24 + i), precision=2, start=i)
        for i, name in enumerate("abcd")
    ]
    seen = set()
    for order in itertools.permutations(parts):
        events = merge_mentions(order)
        for event in events:
            days = _days(event, parts)
            assert max(days) - min(days) <= timedelta(days=1)
        seen.add(tuple(_canonical(events)))
    assert len(seen) == 1
    assert [e.doc_ids for e in merge_mentions(parts)] == [["a", "b"], ["c", "d"]]


def test_stated_days_a_day_apart_stay_apart() -> None:
    # "On 24 June" and "On 25 June" (or a day carried over from them): two
    # days of a protest, two events; "on Monday" may be a day off.
    for kinds, expected in ((("absolute", "absolute"), 2), (("absolute", "weekday"), 1)):
        events = merge_mentions(
            [
                mention(doc_id="a", day=date(2024, 6, 24), date_kind=kinds[0]),
                mention(doc_id="b", day=date(2024, 6, 25), date_kind=kinds[1], precision=2),
            ]
        )
        assert len(events) == expected


def test_inferred_day_joins_the_stated_day_and_keeps_it() -> None:
    (event,) = merge_mentions(
        [
            mention(doc_id="a", day=date(2024, 6, 25), precision=2),
            mention(doc_id="b", day=date(2024, 6, 24)),
        ]
    )
    assert event.event_date == "2024-06-24" and event.time_precision == 1


def test_two_neighbourhoods_of_one_city_are_two_events() -> None:
    kibera = mention(
        doc_id="a", text="Police clashed with youths in the Kibera area of Nairobi.", fatalities=2
    )
    mathare = mention(
        doc_id="b", text="Two died as police fired on marchers in Mathare, Nairobi.", fatalities=3
    )
    assert place_detail(kibera) == "kibera" and place_detail(mathare) == "mathare"
    for order in ([kibera, mathare], [mathare, kibera]):
        events = merge_mentions(order)
        assert len(events) == 2
        # distinct events: their fatalities are never folded
        assert sum(e.fatalities or 0 for e in events) == 5
        assert len({e.event_id for e in events}) == 2


def test_same_neighbourhood_in_two_reports_is_one_event_with_the_lower_toll() -> None:
    first = mention(doc_id="a", text="Police fired on marchers in Mathare, Nairobi.", fatalities=4)
    second = mention(
        doc_id="b", text="Marchers were shot at in the Mathare area of Nairobi.", fatalities=3
    )
    (event,) = merge_mentions([first, second])
    assert event.fatalities == 3 and event.doc_ids == ["a", "b"]
    assert len(event.evidence) == 2


def test_city_level_report_does_not_absorb_a_neighbourhood_of_another_report() -> None:
    city = mention(doc_id="a", text="Protesters marched in Nairobi.")
    quarter = mention(doc_id="b", text="Protesters marched in Kibera, Nairobi.")
    assert len(merge_mentions([city, quarter])) == 2


def test_within_a_report_the_city_mention_is_its_one_neighbourhood() -> None:
    lead = mention(text="Protesters marched in Kibera, Nairobi.")
    later = mention(start=60, text="The march in Nairobi ended at dusk.")
    (event,) = merge_mentions([later, lead])
    assert event.place_detail == "kibera" and len(event.evidence) == 2


def test_place_detail_needs_a_named_place() -> None:
    assert place_detail(mention(text="Protesters marched in the morning in Nairobi.")) is None
    assert place_detail(mention(text="Protesters marched in Nairobi on Monday.")) is None


def test_different_named_organisers_on_one_day_are_two_protests() -> None:
    from dataclasses import replace

    bnp = replace(mention(doc_id="a"), assoc_actor_1="Democratic Party")
    union = replace(mention(doc_id="b"), assoc_actor_1="Teachers Union")
    unnamed = mention(doc_id="c")
    assert len(merge_mentions([bnp, union])) == 2
    assert len(merge_mentions([bnp, unnamed])) == 1
    # with two organisers named, a report naming none joins neither
    assert len(merge_mentions([bnp, union, unnamed])) == 3


def test_protests_placed_only_by_country_do_not_merge_across_reports() -> None:
    a, b = mention(doc_id="a", place=KENYA), mention(doc_id="b", place=KENYA)
    events = merge_mentions([a, b])
    assert len(events) == 2 and len({e.event_id for e in events}) == 2
    decree = dict(
        place=KENYA,
        event_type="Strategic developments",
        sub_event_type="Other",
        measures=("curfew",),
        actor1="Government of Kenya",
    )
    assert len(merge_mentions([mention(doc_id="a", **decree), mention(doc_id="b", **decree)])) == 1


def test_no_merge_keeps_one_event_per_mention() -> None:
    parts = [mention(), mention(start=40, text="They marched on."), mention(doc_id="d2")]
    events = merge_mentions(parts, merge=False)
    assert len(events) == 3 and len({e.event_id for e in events}) == 3
    # and clustering them again changes nothing: they stay alone
    assert _canonical(cluster_events(events)) == _canonical(events)


def test_merge_is_order_independent_over_a_mixed_corpus() -> None:
    from dataclasses import replace

    parts = [
        mention(doc_id="a", fatalities=2, text="Police fired on marchers in Mathare, Nairobi."),
        mention(doc_id="b", day=date(2024, 6, 26), precision=2, fatalities=1),
        mention(doc_id="c", fatalities=5),
        mention(doc_id="d", place=KISUMU, text="Riots broke out in Kisumu."),
        replace(mention(doc_id="e", day=date(2024, 6, 24)), assoc_actor_1="Teachers Union"),
        mention(doc_id="f", place=KENYA),
    ]
    results = {tuple(_canonical(merge_mentions(order))) for order in itertools.permutations(parts)}
    assert len(results) == 1
