"""Publication dates, content ids, page languages and the English test."""

from __future__ import annotations

from datetime import date

import pytest

from upheaval.ingest import content_id, parse_published
from upheaval.ingest.html import page_language
from upheaval.ingest.language import looks_english


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-06", date(2022, 1, 6)),
        ("2022-01-06T23:30:00Z", date(2022, 1, 6)),
        ("2022-01-06T01:15:00+06:00", date(2022, 1, 6)),
        ("2022-01-06 08:00", date(2022, 1, 6)),
        (None, None),
        ("", None),
    ],
)
def test_parse_published_accepts(value: str | None, expected: date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["06/01/2022", "2022-13-01", "yesterday", "2022", 20220106])
def test_parse_published_rejects(value: object) -> None:
    with pytest.raises(ValueError):
        parse_published(value)


def test_content_id_normalises_whitespace_only() -> None:
    assert content_id("Riot in  Dakar.\n") == content_id("Riot in Dakar.")
    assert content_id("Riot in Dakar.") != content_id("Riot in Thiès.")
    assert len(content_id("x")) == 16


@pytest.mark.parametrize(
    ("head", "language"),
    [
        ('<html lang="en-GB"><head>', "en"),
        ("<html lang=eng>", "en"),
        ('<html><head><meta http-equiv="Content-Language" content="fr">', "fr"),
        ('<html><head><meta property="og:locale" content="ru_RU">', "ru"),
        ("<html><head>", None),
    ],
)
def test_page_language(head: str, language: str | None) -> None:
    assert page_language(head) == language


@pytest.mark.parametrize(
    ("text", "english"),
    [
        (
            "Police said that hundreds of workers from the port joined the strike on Monday "
            "and that the union would meet the minister of labour in the capital.",
            True,
        ),
        (
            "Los trabajadores del puerto se sumaron a la huelga el lunes y el sindicato "
            "se reunirá con el ministro de trabajo en la capital del país mañana.",
            False,
        ),
        (
            "Рабочие порта присоединились к забастовке в понедельник, а профсоюз встретится "
            "с министром труда в столице страны завтра утром по этому вопросу.",
            False,
        ),
        ("Strike in Lagos.", True),
    ],
    ids=["english", "spanish", "russian", "too-short"],
)
def test_looks_english(text: str, english: bool) -> None:
    assert looks_english(text) is english
