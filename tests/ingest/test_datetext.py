"""Dates as the layout writes them: day headings, front matter, a text's own date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from upheaval.ingest import read_file
from upheaval.ingest.datetext import date_line, front_matter_spans, published_in_text
from upheaval.model import Document

from .ingest_builders import make_pdf


@pytest.mark.parametrize(
    "line",
    [
        "11 July",
        "July 11",
        "Tuesday, 5 January 2022",
        "Thu 6 Jan 2022",
        "2022-01-05 10:45",
        "March 3, 2021 at 14:30 GMT",
        "**12 July**",
        "## 13 July 2023",
        "Updated: 21 October 2019",
        "05.01.2022",
    ],
)
def test_date_lines(line: str) -> None:
    assert date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "11 July was the calmest day.",
        "On 11 July, police fired tear gas.",
        "may 5",
        "Page 3",
        "Annual report 2023 | 14",
        "12",
        "Santiago, Chile",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert not date_line(line)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("---\ntitle: Strike in Lagos\ndate: 2023-06-01\n---\n\nWorkers struck.", "2023-06-01"),
        ("Dhaka rally\n\nBy Farhana Akter | Updated 3 March 2021\n\nStudents marched.", "3 March"),
        ("Feb 27th 2020ALMATY \u2014 Hundreds rallied in the square.", "Feb 27th 2020"),
        ("Published: 14 April 2024\n\nTraders closed their shops in Kano.", "14 April 2024"),
    ],
)
def test_front_matter_spans_cover_the_header_dates(text: str, masked: str) -> None:
    start = text.index(masked)
    assert any(a <= start and start + len(masked) <= b for a, b in front_matter_spans(text))


def test_body_dates_are_not_front_matter() -> None:
    text = "Riot police charged marchers in Quito on 14 June 2022. By then the strike was old."
    assert front_matter_spans(text) == []


@pytest.mark.parametrize(
    ("text", "day", "where"),
    [
        ("LIMA, 12 December 2022 (AFP) - Roads blocked.", date(2022, 12, 12), "dateline"),
        ("By Ana Souza | 9 January 2023\n\nCrowds rioted.", date(2023, 1, 9), "front matter"),
        ("Crowds gathered. On 3 July 2021 police fired.", date(2021, 7, 3), "first full date"),
    ],
)
def test_published_in_text(text: str, day: date, where: str) -> None:
    found = published_in_text(text)
    assert found is not None and (found.day, found.where) == (day, where)


def test_no_full_date_no_publication_date() -> None:
    # A day without a year anchors nothing.
    assert published_in_text("On 3 July police fired tear gas in Accra.") is None


def _read(path: Path, published: date | None = None) -> Document:
    (item,) = read_file(str(path), published)
    assert isinstance(item, Document)
    return item


def test_txt_without_published_takes_its_dateline(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("NAIROBI, June 25, 2024 (Reuters) - Police fired tear gas on Tuesday.\n")
    document = _read(path)
    assert document.published == date(2024, 6, 25)
    assert document.published_from and "dateline" in document.published_from


def test_given_published_wins_and_says_nothing(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("NAIROBI, June 25, 2024 (Reuters) - Police fired tear gas on Tuesday.\n")
    document = _read(path, date(2024, 6, 26))
    assert (document.published, document.published_from) == (date(2024, 6, 26), None)


def test_txt_with_no_date_has_none(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Students marched in Rajshahi demanding the release of their leader.\n")
    document = _read(path)
    assert (document.published, document.published_from) == (None, None)


def test_pdf_without_published_takes_its_first_full_date(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(["Situation report", "On 8 March 2023, nurses struck in Harare."]))
    document = _read(path)
    assert document.published == date(2023, 3, 8)
    assert document.published_from and "first full date" in document.published_from
