"""Crowd sizes, fatalities (ACLED's rules) and other figures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from upheaval.extract import size_bounds
from upheaval.extract.magnitudes import word_number
from upheaval.model import Figure, RawMention

Extract = Callable[[str], list[RawMention]]

SIZE_ROWS = [
    ("Thousands of workers went on strike at the copper mine near Kitwe.", "Thousands"),
    ("Some 5,000 people rallied in Tbilisi on Sunday.", "Some 5,000"),
    ("Tens of thousands of people marched through central Madrid.", "Tens of thousands"),
    ("About 300 pensioners picketed the social security office in Bucharest.", "About 300"),
    ("At least 2,000 demonstrators gathered in Yerevan.", "At least 2,000"),
    ("Protesters rallied in Sofia on Monday.", None),
]


@pytest.mark.parametrize(("sentence", "size"), SIZE_ROWS)
def test_crowd_size_as_reported(extract: Extract, sentence: str, size: str | None) -> None:
    (mention,) = extract(sentence)
    assert mention.size == size


FATALITY_ROWS = [
    ("Security forces opened fire on demonstrators in Khartoum, killing at least 12 people.", 12),
    ("Police shot dead three protesters during a march in Nairobi on Wednesday.", 3),
    ("Troops fired on protesters in Conakry; between 9 and 11 people were killed.", 9),
    ("Soldiers fired live ammunition at protesters in Yangon, killing dozens.", 12),
    ("Police fired on striking miners in Marikana, killing a worker.", 1),
    ("Police fired tear gas at protesters in Lima.", None),
    ("Clashes between rival student groups in Rajshahi left at least 2 dead.", 2),
    ("Rioters fought police in Durban on Monday, leaving three dead.", 3),
    ("Street battles in Port-au-Prince left four people dead on Sunday.", 4),
]


@pytest.mark.parametrize(("sentence", "deaths"), FATALITY_ROWS)
def test_fatalities_lowest_figure(extract: Extract, sentence: str, deaths: int | None) -> None:
    mentions = extract(sentence)
    assert mentions and mentions[0].fatalities == deaths


def test_figures_other_counts(extract: Extract) -> None:
    mentions = extract("Rioters set fire to 16 police cars and looted 120 shops in Durban.")
    assert Figure("police cars", 16) in mentions[0].figures
    assert Figure("shops", 120) in mentions[1].figures


def test_figures_arrests_count(extract: Extract) -> None:
    (mention,) = extract("Police arrested 40 protesters outside parliament in Kampala.")
    assert Figure("people arrested", 40) in mention.figures


@pytest.mark.parametrize(
    ("size", "bounds"),
    [
        ("thousands", (2000, None)),
        ("some 5,000", (5000, 5000)),
        ("hundreds", (200, 999)),
        ("dozens", (24, 99)),
        ("tens of thousands", (20_000, 99_999)),
        ("more than 300", (300, None)),
        ("a crowd", (None, None)),
    ],
)
def test_size_bounds(size: str, bounds: tuple[int | None, int | None]) -> None:
    assert size_bounds(size) == bounds


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("5,000", 5000),
        ("dozens", 12),
        ("hundreds", 100),
        ("several", 10),
        ("seven", 7),
        ("many more", None),
    ],
)
def test_word_number_acled_conventions(text: str, n: int | None) -> None:
    assert word_number(text) == n
