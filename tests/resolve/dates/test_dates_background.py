"""Background times in long-form reports and digests: seasons, "back then",
a paragraph told in a past year, deadlines."""

from __future__ import annotations

from datetime import date

from upheaval.resolve.dates import find_dates, resolve_dates

PUBLISHED = date(2024, 1, 18)  # a Thursday


def _at(sentences: list[str], index: int, word: str, paragraphs: frozenset[int] = frozenset()):
    times = resolve_dates(sentences, PUBLISHED, paragraphs)
    return times[index].date_at(sentences[index].index(word))


def test_a_season_is_background() -> None:
    for text in ("Last summer the general purged the army.", "In the winter of 2022 they struck."):
        (found,) = find_dates(text, PUBLISHED)
        assert (found.day, found.kind) == (None, "year")


def test_a_year_opening_a_sentence_frames_its_paragraph() -> None:
    sentences = [
        "Last summer the junta purged the ranks of the army in Bamako.",
        "It jailed two generals.",
        "Soldiers mutinied in Kati.",
        "On Monday students marched in Bamako.",
        "Police arrested ten of them.",
    ]
    assert _at(sentences, 1, "jailed").day is None
    # A new paragraph, or a stated day, ends the frame.
    assert _at(sentences, 2, "mutinied", frozenset({2})).day == date(2024, 1, 17)
    assert _at(sentences, 4, "arrested").day == date(2024, 1, 15)


def test_a_year_inside_a_phrase_frames_nothing() -> None:
    sentences = [
        "In contrast to the protests in 2021, the government acted fast.",
        "It cut the internet in Punjab.",
    ]
    assert _at(sentences, 1, "cut").day == date(2024, 1, 17)


def test_back_then_is_the_time_told_before() -> None:
    sentences = [
        "There were fewer clashes than those of three years ago.",
        "Back then farmers reached the Red Fort and scuffled with police.",
    ]
    assert _at(sentences, 1, "scuffled").day is None
    dated = ["On 3 January miners struck in Oruro.", "At the time police fired tear gas."]
    assert _at(dated, 1, "fired").day == date(2024, 1, 3)


def test_a_deadline_is_the_nearer_reading() -> None:
    text = "Ministers asked the army to withdraw its troops from the town by March 15th."
    (found,) = find_dates(text, PUBLISHED)
    assert found.day == date(2024, 3, 15)
    (past,) = find_dates("Rebels had left the town by January 10th.", PUBLISHED)
    assert past.day == date(2024, 1, 10)
