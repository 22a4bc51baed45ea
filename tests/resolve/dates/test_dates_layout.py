"""Day headings, stale publication dates, front matter and the story's year."""

from __future__ import annotations

from datetime import date

import pytest

from upheaval.resolve.dateline import mask_datelines
from upheaval.resolve.dates import resolve_dates

from ._table import describe


def _dates(sentences: list[str], published: date | None) -> list[str]:
    """The date governing the middle of each sentence, in table notation."""
    times = resolve_dates(sentences, published)
    out = []
    for sentence, time in zip(sentences, times, strict=True):
        found = time.date_at(len(sentence) // 2)
        out.append(describe(found) if found else "none")
    return out


def test_day_headings_date_the_entries_under_them() -> None:
    blog = [
        "Sri Lanka crisis as it happened",
        "9 July",
        "Protesters stormed the president's residence in Colombo.",
        "10 July",
        "Police fired tear gas near the parliament.",
        "Crowds stayed in the compound overnight.",
    ]
    got = _dates(blog, date(2022, 7, 11))
    assert got[1:3] == ["2022-07-09", "2022-07-09"]
    # Entries under a heading have their day stated: precision 1, not 2.
    assert got[3:] == ["2022-07-10", "2022-07-10", "2022-07-10"]


def test_headings_after_a_stale_publication_date_keep_the_year() -> None:
    # A live page stamped with its first day goes on for days: "12 July" is
    # two days later, not a year earlier.
    blog = [
        "10 July",
        "Thousands marched in Nairobi.",
        "12 July",
        "Shops were looted in Mombasa.",
        "Yesterday, police detained 40 people in Kisumu.",
    ]
    got = _dates(blog, date(2023, 7, 10))
    assert got[:4] == ["2023-07-10", "2023-07-10", "2023-07-12", "2023-07-12"]
    # The writer's today moved with the headings: yesterday is 11 July.
    assert got[4] == "2023-07-11"
    assert resolve_dates(blog, date(2023, 7, 10))[4].anchor == date(2023, 7, 12)


def test_a_heading_long_before_publication_is_a_timeline_day() -> None:
    timeline = [
        "Timeline of the unrest",
        "16 December 2011",
        "Police opened fire on striking oil workers in Zhanaozen.",
        "2 January 2022",
        "Protests broke out over the price of gas.",
    ]
    got = _dates(timeline, date(2022, 1, 6))
    assert got[1:] == ["2011-12-16", "2011-12-16", "2022-01-02", "2022-01-02"]


STORY_YEAR = [
    # The story stands in 2019: "11 July" is 11 July 2019.
    (
        "On 3 March 2019, students marched in Algiers.",
        "On 11 July, police arrested 30 people.",
        date(2023, 7, 20),
        "2019-07-11",
    ),
    # A story of last December told in late January: 2 January is this year's.
    (
        "On 28 December, miners walked out in Potosí.",
        "On 2 January, police moved in.",
        date(2024, 1, 25),
        "2024-01-02",
    ),
    # Near publication the publication date decides, as before.
    (
        "On 20 June, nurses struck in Lagos.",
        "On 22 June, doctors joined them.",
        date(2024, 7, 2),
        "2024-06-22",
    ),
]


@pytest.mark.parametrize(("opening", "yearless", "published", "expected"), STORY_YEAR)
def test_a_yearless_day_takes_the_year_where_the_story_stands(
    opening: str, yearless: str, published: date, expected: str
) -> None:
    times = resolve_dates([opening, yearless], published)
    assert describe(times[1].mentions[0]) == expected


def test_history_stated_in_passing_leaves_the_year_alone() -> None:
    sentences = [
        "Residents recall the shooting of strikers on 16 December 2011.",
        "On 4 January, oil workers struck in Zhetybai.",
    ]
    times = resolve_dates(sentences, date(2022, 1, 6))
    assert describe(times[1].mentions[0]) == "2022-01-04"


def test_the_next_day_counts_from_a_history_day_that_opens_a_sentence() -> None:
    sentences = [
        "On 6 January 2021, supporters of the president stormed the Capitol.",
        "The next day, the National Guard was deployed around the building.",
    ]
    assert _dates(sentences, date(2023, 9, 7)) == ["2021-01-06", "2021-01-07"]


@pytest.mark.parametrize(
    "header",
    [
        "By Aigerim Sadykova | Updated 14:30 GMT, 6 January 2022\n\n",
        "---\ntitle: Almaty unrest\ndate: 2022-01-06\nauthor: staff\n---\n\n",
        "Jan 6th 2022ALMATY\n\n",
        "Published: 6 January 2022\n\n",
    ],
)
def test_front_matter_does_not_date_the_story(header: str) -> None:
    body = "Protesters set fire to the mayor's office."
    masked = mask_datelines(header + body)
    assert len(masked) == len(header + body)
    assert masked[len(header) :] == body
    sentences = [masked[: len(header)], body]
    times = resolve_dates(sentences, date(2022, 1, 9))
    assert [describe(m) for m in times[0].mentions] == []
    # The event is undated in the body (the day before publication, at
    # precision 2), not dated by the header's 6 January at precision 1.
    assert _dates(sentences, date(2022, 1, 9))[1] == "2022-01-08/2"


def test_before_any_stated_day_the_story_is_at_publication() -> None:
    sentences = ["Gunmen attacked a convoy in Anambra state, killing four."]
    assert _dates(sentences, date(2023, 5, 18)) == ["2023-05-17/2"]
    # Without a publication date there is nothing to fall back on.
    assert _dates(sentences, None) == ["none"]


@pytest.mark.parametrize(
    ("story", "published", "expected"),
    [
        # Told from a day weeks before publication: the weekend after it.
        ("On 3 March, students marched in Dhaka.", date(2023, 3, 30), "2023-03-04/2"),
        # Told from this week: the weekend before publication.
        ("On 28 March, students marched in Dhaka.", date(2023, 3, 30), "2023-03-25/2"),
        # No story date yet: the weekend before publication.
        ("Students marched in Dhaka.", date(2023, 3, 30), "2023-03-25/2"),
    ],
)
def test_over_the_weekend_counts_from_where_the_story_stands(
    story: str, published: date, expected: str
) -> None:
    times = resolve_dates([story, "Over the weekend, police detained 20 of them."], published)
    assert describe(times[1].mentions[0]) == expected


def test_hours_later_and_the_next_day_follow_the_story_not_a_background_date() -> None:
    sentences = [
        "On 12 May, riot police cleared the camp in Bogotá.",
        "The camp had been set up after the massacre of 9 September 2020.",
        "Hours later, students blocked the main avenue.",
        "The next day, the mayor resigned.",
    ]
    times = resolve_dates(sentences, date(2024, 5, 20))
    assert describe(times[2].mentions[0]) == "2024-05-12"
    assert describe(times[3].mentions[0]) == "2024-05-13"
