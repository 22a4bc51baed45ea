"""Ingest of HTML, PDF, JSON Lines and WARC inputs (fixtures built here)."""

from __future__ import annotations

import builtins
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.ingest.ingest_builders import make_pdf, make_warc, warc_date
from upheaval.clean import clean_document
from upheaval.errors import MissingExtraError
from upheaval.ingest import read_documents
from upheaval.model import Document, Skip

DAY = date(2024, 3, 5)
BODY = (
    "<p>Hundreds of market traders marched through the centre of Kumasi on Monday "
    "to protest against a new sales tax on imported goods.</p>"
    "<p>Police fired tear gas near the central station, and a spokesman said that "
    "twelve people were detained for blocking the main road.</p>"
)


def page(head: str = "", lang: str = "en", body: str = BODY) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>Site | Traders march</title>{head}'
        '</head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a> '
        '<a href="/weather">Weather</a></nav>'
        f"<article><h1>Traders march in Kumasi</h1>{body}</article>"
        "<footer>Copyright Example Daily. All rights reserved.</footer></body></html>"
    )


DATED_HEAD = (
    '<meta property="og:title" content="Traders march against tax in Kumasi">'
    '<meta property="article:published_time" content="2024-02-12T09:30:00+00:00">'
)


def read_all(*paths: Path | str, published: date | None = DAY) -> list[Document | Skip]:
    return list(read_documents([str(p) for p in paths], published))


def test_read_html_main_text_and_meta(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(page(DATED_HEAD), encoding="utf-8")
    [document] = read_all(path)
    assert isinstance(document, Document)
    assert "market traders marched" in document.text
    assert "twelve people were detained" in document.text
    assert "Sport" not in document.text and "Copyright" not in document.text
    assert document.title == "Traders march against tax in Kumasi"
    assert document.published == date(2024, 2, 12)
    assert document.language == "en"


def test_read_html_without_date_uses_argument(tmp_path: Path) -> None:
    path = tmp_path / "story.htm"
    path.write_text(page(), encoding="utf-8")
    [document] = read_all(path)
    assert isinstance(document, Document) and document.published == DAY


def test_read_html_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    html = page('<meta charset="iso-8859-1">', body=BODY.replace("Kumasi", "Bogotá"))
    path.write_bytes(html.encode("latin-1"))
    [document] = read_all(path)
    assert isinstance(document, Document) and "Bogotá" in document.text


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        (page(body="").encode(), "E012"),
        (page(body=BODY.replace("Kumasi", "Bogotá")).encode("latin-1"), "E004"),
    ],
    ids=["no-main-text", "undeclared-latin-1"],
)
def test_read_html_bad_pages(tmp_path: Path, html: bytes, reason: str) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(html)
    [skip] = read_all(path)
    assert isinstance(skip, Skip) and skip.reason == reason


def test_read_pdf_pages_joined_and_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(["Police fired tear gas at the", "protesters in Kampala."], "Brief"))
    [document] = read_all(path)
    assert isinstance(document, Document)
    assert document.text == "Police fired tear gas at the\n\nprotesters in Kampala."
    assert document.title == "Brief"
    assert clean_document(document).text == "Police fired tear gas at the protesters in Kampala."


def test_read_pdf_wrapped_report_cleans_to_sentences(tmp_path: Path) -> None:
    first = (
        "Strike at the port\n"
        "Dockworkers in Chittagong stopped work on Sunday and\n"
        "blocked the gates of the container terminal, demand-\n"
        "ing the reinstatement of two dismissed colleagues (4).\n"
        "The port authority said that ships were waiting and\n"
        "1"
    )
    second = "that the\nterminal would reopen once talks ended.\n2"
    path = tmp_path / "port.pdf"
    path.write_bytes(make_pdf([first, second]))
    [document] = read_all(path)
    assert isinstance(document, Document)
    cleaned = clean_document(document)
    assert cleaned.text == (
        "Strike at the port\n\n"
        "Dockworkers in Chittagong stopped work on Sunday and blocked the gates of the "
        "container terminal, demanding the reinstatement of two dismissed colleagues. "
        "The port authority said that ships were waiting and that the terminal would "
        "reopen once talks ended."
    )
    assert [(c.marker, cleaned.text[c.position]) for c in cleaned.citations] == [("4", ".")]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\ntruncated", "E011"),
        (b"Plain text with a pdf name.", "E011"),
        (make_pdf([""]), "E005"),
    ],
    ids=["truncated", "no-header", "no-text"],
)
def test_read_pdf_bad_files(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    [skip] = read_all(path)
    assert isinstance(skip, Skip) and skip.reason == reason
    assert "\n" not in skip.message


def test_read_jsonl_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": "Nurses struck in Accra.",
                "published": "2023-06-01",
                "url": "https://example.org/a1",
                "title": "Nurses strike",
                "language": "en",
            }
        ),
        json.dumps(
            {"text": "Farmers blocked roads in Punjab.", "published": "2023-06-02T23:30:00+05:30"}
        ),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "no-text", "title": "Only a title"}),
        json.dumps({"id": "bad-date", "text": "Crowds in Lima.", "published": "last Tuesday"}),
        json.dumps({"id": 42, "html": page(DATED_HEAD)}),
        json.dumps({"id": "x", "text": "Riot in Dakar.", "published": None}),
        json.dumps({"id": "blank", "text": "   "}),
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    summary = [(i.line, i.reason if isinstance(i, Skip) else i.doc_id) for i in items]
    assert [s[0] for s in summary] == [1, 2, 3, 5, 6, 7, 8, 9, 10]
    assert [s[1] for s in summary if not str(s[1]).startswith("E")][0] == "a1"
    assert [s[1] for s in summary if str(s[1]).startswith("E")] == [
        "E006",
        "E013",
        "E007",
        "E008",
        "E005",
    ]
    first, second = items[0], items[1]
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.published, first.url, first.title, first.language) == (
        date(2023, 6, 1),
        "https://example.org/a1",
        "Nurses strike",
        "en",
    )
    assert second.published == date(2023, 6, 2) and len(second.doc_id) == 16
    from_html = items[6]
    assert isinstance(from_html, Document) and from_html.doc_id == "42"
    assert from_html.published == date(2024, 2, 12) and "tear gas" in from_html.text
    assert isinstance(items[7], Document) and items[7].published == DAY
    assert "line 3" not in items[2].message and items[2].describe().startswith(f"{path}:3:")


def test_read_jsonl_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_bytes(b"\x00\x01\x02{}")
    [skip] = read_all(path)
    assert isinstance(skip, Skip) and skip.reason == "E003"


def test_read_jsonl_bad_encoding_line(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    good = json.dumps({"id": "ok", "text": "March in Quito."}).encode()
    path.write_bytes(good + b"\n" + '{"text": "Bogotá"}'.encode("latin-1") + b"\n" + good)
    items = read_all(path)
    assert [(i.line, type(i).__name__) for i in items] == [
        (1, "Document"),
        (2, "Skip"),
        (3, "Document"),
    ]
    assert isinstance(items[1], Skip) and items[1].reason == "E004"


WARC_DAY = datetime(2024, 4, 9, 14, 0)


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_read_warc_records(tmp_path: Path, gzip: bool) -> None:
    french = (
        "<p>" + "Les manifestants ont bloqué la route nationale pendant la journée. " * 4 + "</p>"
    )
    records = [
        (
            "https://example.org/dated",
            "text/html; charset=utf-8",
            page(DATED_HEAD).encode(),
            warc_date(WARC_DAY),
        ),
        ("https://example.org/undated", "text/html", page().encode(), warc_date(WARC_DAY)),
        ("https://example.org/logo.png", "image/png", b"\x89PNG....", warc_date(WARC_DAY)),
        ("https://example.org/missing", "text/html", b"<html></html>", warc_date(WARC_DAY)),
        ("https://example.org/fr", "text/html", page(lang="fr").encode(), warc_date(WARC_DAY)),
        (
            "https://example.org/fr2",
            "text/html",
            page(lang="", body=french).encode(),
            warc_date(WARC_DAY),
        ),
    ]
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(make_warc(records, gzip=gzip))
    items = read_all(path)
    kinds = [i.reason if isinstance(i, Skip) else "doc" for i in items]
    assert kinds == ["doc", "doc", "E015", "E015", "E016", "E016"]
    dated, undated = items[0], items[1]
    assert isinstance(dated, Document) and isinstance(undated, Document)
    assert (dated.url, dated.published, dated.line) == (
        "https://example.org/dated",
        date(2024, 2, 12),
        2,
    )
    assert undated.published == WARC_DAY.date() and undated.source == str(path)
    assert "image/png" in items[2].message and "404" in items[3].message


def test_read_warc_needs_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"WARC/1.0\r\n")
    real_import = builtins.__import__

    def no_warcio(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("warcio"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_warcio)
    with pytest.raises(MissingExtraError, match=r"upheaval\[warc\]"):
        read_all(path)


def test_read_warc_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"this is not an archive at all\n" * 3)
    [skip] = read_all(path)
    assert isinstance(skip, Skip) and skip.reason == "E002"
