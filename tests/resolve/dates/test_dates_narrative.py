"""Anaphoric and narrative-relative expressions, and documents with no date."""

from __future__ import annotations

import re
from datetime import date

import pytest

from upheaval.resolve.dates import find_dates

from ._table import day, describe_all

TUE = "2023-07-25"
THU = "2022-01-06"

# (sentence, published, narrative date, expected)
ANAPHORIC = [
    ("The next day, protests spread to Mombasa.", TUE, "2023-07-20", ["2023-07-21"]),
    ("On the same day, the president declared a curfew.", THU, "2022-01-04", ["2022-01-04"]),
    ("Two days later, troops arrived in the city.", THU, "2022-01-02", ["2022-01-04"]),
    ("Subsequently, the government resigned.", THU, "2022-01-05", ["2022-01-05/2"]),
    ("That night, looters targeted shops in Durban.", TUE, "2023-07-10", ["2023-07-10"]),
    ("Later that day, police opened fire.", TUE, "2023-07-10", ["2023-07-10"]),
    ("From that moment on, the internet was cut.", THU, "2022-01-05", ["2022-01-05"]),
    ("The following day, strikers blocked the railway.", TUE, "2023-07-15", ["2023-07-16"]),
    ("The previous day, the mayor had resigned.", TUE, "2023-07-15", ["2023-07-14"]),
    ("A week later, the ban was lifted.", TUE, "2023-07-01", ["2023-07-08/2"]),
    ("Days later, the leader was arrested.", TUE, "2023-07-01", ["2023-07-04/2"]),
    ("The day after the vote, crowds gathered.", TUE, "2023-07-10", ["2023-07-11/2"]),
    ("Meanwhile, teachers struck in Bogotá.", TUE, "2023-07-10", ["2023-07-10/2"]),
    ("Hours later, the building was on fire.", TUE, "2023-07-10", ["2023-07-10"]),
    ("Earlier in the day, students had gathered.", TUE, "2023-07-10", ["2023-07-10"]),
    ("The next morning, the square was empty.", TUE, "2023-07-10", ["2023-07-11"]),
    ("Afterwards, the crowd dispersed.", TUE, "2023-07-10", ["2023-07-10/2"]),
    ("Three days later, the curfew was extended.", TUE, "2023-07-10", ["2023-07-13"]),
    ("In the meantime, prices rose again.", TUE, "2023-07-10", ["2023-07-10/2"]),
    ("That same evening, riot police charged.", TUE, "2023-07-10", ["2023-07-10"]),
    ("Later, police fired rubber bullets.", TUE, "2023-07-10", ["2023-07-10/2"]),
    ("Two days earlier, the army had been deployed.", TUE, "2023-07-10", ["2023-07-08"]),
    ("Shortly afterwards, the governor resigned.", TUE, "2023-07-10", ["2023-07-10/2"]),
    ("A month later, the strike ended.", TUE, "2023-05-10", ["2023-06-09/3"]),
    ("Weeks later, the army withdrew.", TUE, "2023-05-10", ["2023-05-31/3"]),
    # A weekday long before publication counts from the story's date.
    ("On Wednesday, police opened fire.", "2022-01-20", "2022-01-03", ["2022-01-05/2"]),
    # Within the week of publication it counts from the publication date.
    ("On Monday, police opened fire.", TUE, "2023-07-20", ["2023-07-24"]),
    # A stated day inside the sentence becomes the reference for what follows.
    (
        "On 3 January miners struck; the next day they marched.",
        THU,
        "2021-12-30",
        ["2022-01-03", "2022-01-04"],
    ),
    # The anaphora falls back on publication, as an inference.
    ("The next day, police withdrew.", THU, None, ["2022-01-07/2"]),
    ("On the same day, the minister resigned.", THU, None, ["2022-01-06/2"]),
    # Deictic words count from publication even inside a narrative.
    ("Yesterday, the governor was dismissed.", THU, "2021-12-20", ["2022-01-05"]),
]

# (sentence, narrative date or None, expected) with no publication date
NO_ANCHOR = [
    ("Protests broke out on 2 January.", None, ["-"]),
    ("Protests broke out on 2 January 2022.", None, ["2022-01-02"]),
    ("On Tuesday, police fired on the crowd.", None, ["-"]),
    ("Yesterday, workers struck.", None, ["-"]),
    ("In June, unrest grew.", None, ["-"]),
    ("Last week, nurses walked out.", None, ["-"]),
    ("2022-01-03: rally in the capital.", None, ["2022-01-03"]),
    ("The next day, police withdrew.", None, ["-"]),
    # With a narrative date known from a stated year, the year is taken from it.
    ("On 5 January, protests spread.", "2022-01-03", ["2022-01-05"]),
    ("On 30 December, the strike began.", "2022-01-03", ["2021-12-30"]),
    ("Two days later, troops arrived.", "2022-01-03", ["2022-01-05"]),
]


@pytest.mark.parametrize(("sentence", "published", "narrative", "expected"), ANAPHORIC)
def test_find_dates_against_narrative(
    sentence: str, published: str, narrative: str | None, expected: list[str]
) -> None:
    mentions = find_dates(sentence, day(published), day(narrative))
    assert describe_all(mentions) == expected, [m.text for m in mentions]


@pytest.mark.parametrize(("sentence", "narrative", "expected"), NO_ANCHOR)
def test_find_dates_without_publication_date_never_guesses(
    sentence: str, narrative: str | None, expected: list[str]
) -> None:
    mentions = find_dates(sentence, None, day(narrative))
    assert describe_all(mentions) == expected, [m.text for m in mentions]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("On 3 January 2022, miners struck.", "absolute"),
        ("From 4 to 19 January, a curfew applied.", "span"),
        ("On Tuesday, police fired.", "weekday"),
        ("Yesterday, police fired.", "relative"),
        ("The next day, police fired.", "relative"),
        ("On the same day, police fired.", "anaphoric"),
        ("In March, police fired.", "month"),
        ("In 2019, police fired.", "year"),
        ("A curfew was imposed until 19 January.", "until"),
    ],
)
def test_find_dates_kind(sentence: str, kind: str) -> None:
    (mention,) = find_dates(sentence, date(2022, 1, 6), date(2022, 1, 4))
    assert mention.kind == kind


def test_find_dates_until_keeps_end_day_ahead_of_publication() -> None:
    (mention,) = find_dates("The curfew will last until 19 January.", date(2022, 1, 6))
    assert (mention.day, mention.end_day, mention.kind) == (None, date(2022, 1, 19), "until")


@pytest.mark.parametrize(
    ("sentence", "anchor", "narrative", "used"),
    [
        ("Police fired on 3 January.", date(2022, 1, 6), None, date(2022, 1, 6)),
        ("Police fired on 3 January 2022.", date(2022, 1, 6), None, None),
        ("Police fired the next day.", date(2022, 1, 6), date(2022, 1, 2), date(2022, 1, 2)),
        ("Police fired on Tuesday.", date(2022, 1, 6), None, date(2022, 1, 6)),
        ("Police fired yesterday.", date(2022, 1, 6), date(2022, 1, 2), date(2022, 1, 6)),
    ],
)
def test_find_dates_records_anchor_used(
    sentence: str, anchor: date, narrative: date | None, used: date | None
) -> None:
    (mention,) = find_dates(sentence, anchor, narrative)
    assert mention.anchor == used


SAMPLES = (
    [row[0] for row in ANAPHORIC]
    + [row[0] for row in NO_ANCHOR]
    + [
        "ALMATY, Jan 5 (Reuters) - Police fired tear gas; on 6-7 January the army moved in.",
        "On 12 March, 2021, and again on 14 March, thousands marched (4).",
    ]
)


@pytest.mark.parametrize("sentence", SAMPLES)
def test_find_dates_offsets_point_at_the_expression(sentence: str) -> None:
    for mention in find_dates(sentence, date(2022, 1, 6), date(2022, 1, 4)):
        assert sentence[mention.start : mention.end] == mention.text
        assert mention.text.strip() == mention.text


def test_find_dates_prefilters_lose_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from upheaval.resolve.dates import _find

    from . import test_dates_table as table

    rows = [row for name in ("ABSOLUTE", "FUTURE", "SPANS", "MONTHS", "YEARS", "WEEKDAYS",
                             "RELATIVE", "NEGATIVE") for row in getattr(table, name)]
    rows += [(s, p) for s, p, *_ in ANAPHORIC]
    anchor = date(2022, 1, 6)
    gated = [find_dates(row[0], anchor, date(2022, 1, 4)) for row in rows]
    monkeypatch.setattr(_find, "_GATE", re.compile(""))
    monkeypatch.setattr(_find, "RULES", tuple(replace(r, needs=None) for r in _find.RULES))
    assert [find_dates(row[0], anchor, date(2022, 1, 4)) for row in rows] == gated


def test_find_dates_is_relative_to_the_anchor_not_today() -> None:
    (mention,) = find_dates("Crowds gathered yesterday and on 3 May.", date(1999, 5, 4))[:1]
    assert mention.day == date(1999, 5, 3)
    later = find_dates("Crowds gathered on 3 May.", date(1999, 5, 2))
    assert later[0].day == date(1998, 5, 3)
