"""The benchmark's generator writes real-length reports on request."""

from __future__ import annotations

from bench.corpus import generate_reports


def test_long_form_reports_are_about_the_asked_length() -> None:
    reports = list(generate_reports(40, seed=5, words=800))
    lengths = [len(r["text"].split()) for r in reports]
    assert all(800 <= n <= 900 for n in lengths)
    for report in reports:
        paragraphs = report["text"].split("\n\n")
        assert len(paragraphs) >= 12
        assert len(set(paragraphs)) == len(paragraphs)  # nothing repeated within a report
        assert report["title"] == paragraphs[0]
    assert len({r["text"] for r in reports}) == len(reports)
    assert list(generate_reports(3, seed=5, words=800)) == reports[:3]


def test_short_styles_unchanged_without_words() -> None:
    short = [len(r["text"].split()) for r in generate_reports(40, seed=5)]
    assert sum(short) / len(short) < 400
