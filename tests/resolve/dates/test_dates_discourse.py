"""resolve_dates and SentenceTime.date_at: the narrative date across sentences."""

from __future__ import annotations

from datetime import date

import pytest

from upheaval.resolve.dates import SentenceTime, resolve_dates

from ._table import describe


def _date_at(sentences: list[str], published: date | None, index: int, word: str) -> str | None:
    times = resolve_dates(sentences, published)
    found = times[index].date_at(sentences[index].index(word))
    return describe(found) if found else None


WIRE = [
    "On 3 January, dock workers struck in Mombasa.",
    "Police arrested their leaders.",
    "The next day, the strike spread to Kisumu.",
    "On the same day, the government raised wages.",
    "Unions said prices had risen in December.",
    "Riot police then cleared the port.",
]

DIGEST = [
    "Protest roundup for the week.",
    "On Monday, nurses marched in Harare.",
    "Teachers joined them.",
    "On Wednesday night, police raided the union offices.",
    "Strikes planned for next Monday were called off.",
    "In Bulawayo, vendors blocked a road.",
]

ROUNDUP = [
    "On Tuesday, lawyers marched in Lusaka.",
    "Meanwhile in Malawi, traders in Blantyre went on strike on Thursday over new levies.",
    "Meanwhile, nurses in Lilongwe staged a sit-in.",
]

BLOG = [
    "It all started on 20th July in Colombo.",
    "Students occupied the square.",
    "Three days later the army moved in.",
    "Back in 2019, a similar movement was crushed.",
    "Subsequently, the curfew was lifted.",
]


@pytest.mark.parametrize(
    ("sentences", "published", "index", "word", "expected"),
    [
        (WIRE, date(2022, 1, 10), 0, "struck", "2022-01-03"),
        (WIRE, date(2022, 1, 10), 1, "arrested", "2022-01-03/2"),
        (WIRE, date(2022, 1, 10), 2, "spread", "2022-01-04"),
        (WIRE, date(2022, 1, 10), 3, "raised", "2022-01-04"),
        (WIRE, date(2022, 1, 10), 4, "risen", "2021-12-01/3"),
        (WIRE, date(2022, 1, 10), 5, "cleared", "2022-01-04/2"),
        (DIGEST, date(2023, 7, 28), 1, "marched", "2023-07-24"),
        (DIGEST, date(2023, 7, 28), 2, "joined", "2023-07-24/2"),
        (DIGEST, date(2023, 7, 28), 3, "raided", "2023-07-26"),
        (DIGEST, date(2023, 7, 28), 4, "called off", "2023-07-31"),
        (DIGEST, date(2023, 7, 28), 5, "blocked", "2023-07-26/2"),
        # a vague "Meanwhile" yields to the day its clause states
        (ROUNDUP, date(2024, 6, 29), 1, "strike", "2024-06-27"),
        (ROUNDUP, date(2024, 6, 29), 2, "sit-in", "2024-06-27/2"),
        (BLOG, date(2022, 8, 2), 0, "started", "2022-07-20"),
        (BLOG, date(2022, 8, 2), 1, "occupied", "2022-07-20/2"),
        (BLOG, date(2022, 8, 2), 2, "moved", "2022-07-23"),
        (BLOG, date(2022, 8, 2), 3, "crushed", "-"),
        (BLOG, date(2022, 8, 2), 4, "lifted", "2022-07-23/2"),
    ],
)
def test_date_at_follows_the_narrative(
    sentences: list[str], published: date, index: int, word: str, expected: str
) -> None:
    assert _date_at(sentences, published, index, word) == expected


def test_date_at_before_any_date_is_publication_inferred() -> None:
    # Before any stated day the story stands at publication, as an inference;
    # with no publication date there is no day at all.
    sentences = ["Thousands protested in the capital."]
    assert _date_at(sentences, date(2022, 1, 6), 0, "protested") == "2022-01-05/2"
    assert _date_at(sentences, None, 0, "protested") is None


def test_date_at_without_publication_date_only_uses_stated_years() -> None:
    sentences = [
        "Miners struck on 3 January.",
        "Police fired on 5 January 2022.",
        "The next day, troops arrived.",
        "On 9 January, the strike ended.",
    ]
    times = resolve_dates(sentences, None)
    assert times[0].mentions[0].day is None
    assert times[1].narrative is None
    assert describe(times[2].mentions[0]) == "2022-01-06"
    assert describe(times[3].mentions[0]) == "2022-01-09"


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("On 4 January police fired; on 6 January, they withdrew.", "withdrew", "2022-01-06"),
        ("On 4 January police fired; on 6 January, they withdrew.", "fired", "2022-01-04"),
        ("Protests continued on 5 January.", "Protests", "2022-01-05"),
        ("A curfew was imposed until 19 January.", "curfew", "2022-01-02/2"),
        ("The Capitol riot of 2021 still divides voters.", "riot", "-"),
        ("Riots last year were worse.", "Riots", "-"),
        (
            "Farmers blocked the highway to demand fuel prices lower than last year.",
            "blocked",
            "2022-01-02/2",
        ),
        (
            "The state of emergency, from 4 to 19 January, was lifted.",
            "state",
            "2022-01-04..2022-01-19",
        ),
    ],
)
def test_date_at_picks_the_governing_mention(sentence: str, word: str, expected: str) -> None:
    sentences = ["Troops arrived on 2 January.", sentence]
    assert _date_at(sentences, date(2022, 1, 6), 1, word) == expected


def test_date_at_inherits_a_week_precision() -> None:
    sentences = ["Last week, nurses struck.", "On the same day, doctors joined them."]
    assert _date_at(sentences, date(2023, 7, 25), 1, "joined") == "2023-07-19/2"


def test_future_dates_and_months_do_not_move_the_narrative() -> None:
    sentences = [
        "On 20 July, nurses struck.",
        "They will march again on 2 August.",
        "Prices rose in June.",
        "Police detained ten nurses.",
    ]
    times = resolve_dates(sentences, date(2023, 7, 25))
    assert [t.narrative.day if t.narrative else None for t in times] == [
        None,
        date(2023, 7, 20),
        date(2023, 7, 20),
        date(2023, 7, 20),
    ]
    assert times[1].mentions[0].day == date(2023, 8, 2)


def test_history_mid_sentence_does_not_move_the_narrative() -> None:
    sentences = [
        "On 4 January, oil workers struck in Zhetybai.",
        "The town recalls the shooting of strikers on 16 December 2011.",
        "Police surrounded the square.",
        "On 16 December 2011, police had fired on strikers.",
        "Dozens were killed.",
    ]
    times = resolve_dates(sentences, date(2022, 1, 6))
    assert describe(times[2].date_at(0) or times[0].mentions[0]) == "2022-01-04/2"
    assert describe(times[4].date_at(0) or times[0].mentions[0]) == "2011-12-16/2"


def test_resolve_dates_gives_one_time_per_sentence() -> None:
    times = resolve_dates(["", "No dates here.", "On 2 January, yes."], date(2022, 1, 6))
    assert len(times) == 3
    assert all(isinstance(t, SentenceTime) for t in times)
    assert times[2].mentions[0].day == date(2022, 1, 2)
