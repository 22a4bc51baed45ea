from __future__ import annotations

import pytest

from upheaval.resolve.discourse import headline_sentence, inside, nationwide, quoted_spans


def _headline(text: str, sentence: str) -> bool:
    start = text.index(sentence)
    return headline_sentence(text, start, start + len(sentence))


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        ("UNREST\n\nWorkers blocked roads.", "UNREST", True),
        (
            "Police clash with students in Lahore\n\nThe clash began at noon.",
            "Police clash with students in Lahore",
            True,
        ),
        (
            "Intro.\n\nPhoto: riot police charge marchers in Dakar\n\nMore text.",
            "Photo: riot police charge marchers in Dakar",
            True,
        ),
        ("Workers blocked roads in Savar.\n\nNext.", "Workers blocked roads in Savar.", False),
        ("He said protests would go on. Crowds marched in Lima", "Crowds marched in Lima", False),
        ('Crowds chanted "we will not leave!"\n\nx', 'Crowds chanted "we will not leave!"', False),
    ],
)
def test_headline_sentence(text: str, sentence: str, expected: bool) -> None:
    assert _headline(text, sentence) is expected


def test_quoted_spans_skip_scare_quotes() -> None:
    text = (
        'The group blamed "outsiders". "Police beat us with sticks and iron rods," '
        "said a student. \u201cThe dismissal of the cabinet is only a signal,\u201d he added."
    )
    spans = quoted_spans(text)
    assert [text[a:b][:7] for a, b in spans] == ['"Police', "\u201cThe di"]
    assert inside(text.index("beat"), spans)
    assert not inside(text.index("blamed"), spans)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("declared a nationwide state of emergency", True),
        ("imposed a curfew across the country", True),
        ("cut mobile internet throughout the entire country", True),
        ("a country-wide curfew", True),
        ("imposed a curfew in the capital", False),
        ("the national police deployed", False),
    ],
)
def test_nationwide(clause: str, expected: bool) -> None:
    assert nationwide(clause) is expected


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # A note that is one unfinished sentence: a snippet, not a headline.
        (
            "Students of the medical college blocked the highway in Rangpur demanding",
            "Students of the medical college blocked the highway in Rangpur demanding",
        ),
        # A long paragraph without final punctuation: a cut-off sentence.
        (
            "Title\n\nSupporters of the two rival factions of the ruling party clashed with "
            "sticks and machetes in the market town on Sunday evening leaving several people "
            "injured and shops damaged\n\nMore.",
            "Supporters of the two rival factions of the ruling party clashed with sticks and "
            "machetes in the market town on Sunday evening leaving several people injured and "
            "shops damaged",
        ),
        # The text stops on a word no headline ends on.
        (
            "Police detained ten.\n\nLater, protesters set fire to a police post in the",
            "Later, protesters set fire to a police post in the",
        ),
    ],
)
def test_text_cut_mid_sentence_is_not_a_headline(text: str, sentence: str) -> None:
    assert _headline(text, sentence) is False
