"""Ingest of .txt files, paths, directories, globs and bad input."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from upheaval.ingest import files, read_documents, read_file
from upheaval.model import Document, Skip

TEXT = "Dockworkers in Mombasa went on strike on Monday.\nThey demand higher pay."
DAY = date(2024, 3, 5)


def read_all(*paths: Path | str, published: date | None = DAY) -> list[Document | Skip]:
    return list(read_documents([str(p) for p in paths], published))


def test_read_text_document(tmp_path: Path) -> None:
    path = tmp_path / "strike.txt"
    path.write_text(TEXT, encoding="utf-8")
    [document] = read_all(path)
    assert isinstance(document, Document)
    assert document.text == TEXT
    assert document.source == str(path)
    assert document.published == DAY
    assert len(document.doc_id) == 16


def test_read_text_id_is_stable_and_ignores_wrapping(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(TEXT, encoding="utf-8")
    second.write_text(TEXT.replace("\n", "  \n\n"), encoding="utf-8")
    ids = [
        d.doc_id
        for d in read_all(first, first.resolve().as_posix(), second)
        if isinstance(d, Document)
    ]
    assert ids[0] == ids[-1]
    assert ids == [d.doc_id for d in read_all(first, second) if isinstance(d, Document)]


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_read_text_accepted_encodings(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    [document] = read_all(path)
    assert isinstance(document, Document)
    assert document.text == TEXT


@pytest.mark.parametrize(
    ("data", "reason", "words"),
    [
        ("Protest in Bogotá".encode("latin-1"), "E004", "byte 16, 0xe1"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E003", "binary"),
        (b"\x01\x02\x03\x04\x05\x06hello", "E003", "binary"),
        (b"", "E005", "empty"),
        (b"  \n\t\n", "E005", "empty"),
    ],
    ids=["latin-1", "png", "controls", "empty", "blank"],
)
def test_read_text_bad_input_is_skipped(
    tmp_path: Path, data: bytes, reason: str, words: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    [skip] = read_all(path)
    assert isinstance(skip, Skip)
    assert (skip.reason, skip.source) == (reason, str(path))
    assert words in skip.message
    assert "\n" not in skip.describe()


def test_missing_and_unsupported_paths(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    skips = read_all(tmp_path / "nothing.txt", tmp_path / "notes.docx", tmp_path / "none-*.txt")
    assert [s.reason for s in skips if isinstance(s, Skip)] == ["E001", "E009", "E001"]
    assert "'.docx'" in skips[1].describe()


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "sub/c.txt", "sub/z.md", ".hidden/d.txt", ".e.txt"]:
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"Rally number {name} took place.", encoding="utf-8")
    sources = [Path(d.source).relative_to(tmp_path).as_posix() for d in read_all(tmp_path)]
    assert sources == ["a.txt", "b.txt", "sub/c.txt"]
    assert read_all(tmp_path) == read_all(tmp_path)


def test_glob_pattern_and_duplicates(tmp_path: Path) -> None:
    for name in ["r2.txt", "r1.txt", "r3.html"]:
        (tmp_path / name).write_text(f"Strike {name} went on.", encoding="utf-8")
    found = read_all(str(tmp_path / "r*.txt"), tmp_path / "r1.txt")
    assert [Path(d.source).name for d in found] == ["r1.txt", "r2.txt"]


def test_size_guard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_TEXT_BYTES", 10)
    monkeypatch.setattr("upheaval.ingest.text.MAX_TEXT_BYTES", 10)
    path = tmp_path / "long.txt"
    path.write_text(TEXT, encoding="utf-8")
    [skip] = read_all(path)
    assert isinstance(skip, Skip) and skip.reason == "E017"
    assert "limit" in skip.message


def test_unreadable_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    [skip] = list(read_file(str(folder)))
    assert isinstance(skip, Skip) and skip.reason == "E002"
