"""JSON Lines files: one document a line.

Fields: ``id``, ``url``, ``title``, ``published``, ``language`` and ``text``
or ``html`` (``text`` wins when both are given). A bad line yields a Skip
with its line number; the other lines are still read. Blank lines are
ignored. The file is streamed, so its size is not limited, only a line's.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from upheaval.ingest.decode import SAMPLE_SIZE, decode, is_binary
from upheaval.ingest.files import MAX_TEXT_BYTES, MB, make_document, read_bytes
from upheaval.ingest.html import read_page
from upheaval.ingest.ids import parse_published
from upheaval.ingest.skips import TOO_LARGE, skip
from upheaval.model import Document, Skip

# One line holds one report, as text or as a whole HTML page.
MAX_LINE_BYTES = 10 * MB


def read_jsonl(path: str, published: date | None) -> Iterator[Document | Skip]:
    """Read a .jsonl file, a Document or a Skip per non-blank line.

    Args:
        path: the file.
        published: the date for lines that carry none.

    Yields:
        Documents and Skips in line order.
    """
    for number, raw in _lines(path):
        if isinstance(raw, Skip):
            yield raw
        elif raw.strip():
            yield read_line(raw, path, number, published)


def _lines(path: str) -> Iterator[tuple[int, str | Skip]]:
    try:
        with open(path, "rb") as handle:
            head = handle.read(SAMPLE_SIZE)
            handle.seek(0)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                yield from _utf16_lines(path)
                return
            if is_binary(head):
                yield 0, skip(path, "E003")
                return
            for number, data in enumerate(handle, start=1):
                yield number, _decode_line(data, path, number)
    except OSError as error:
        yield 0, skip(path, "E002", error.strerror or error.__class__.__name__)


def _decode_line(data: bytes, path: str, number: int) -> str | Skip:
    if len(data) > MAX_LINE_BYTES:
        return skip(path, TOO_LARGE, f"line of {len(data) / MB:.1f} MB", number)
    if number == 1 and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    return decode(data, path, number)


def _utf16_lines(path: str) -> Iterator[tuple[int, str | Skip]]:
    """UTF-16 files cannot be split into lines as bytes: decode them whole."""
    data = read_bytes(path, MAX_TEXT_BYTES)
    text = data if isinstance(data, Skip) else decode(data, path)
    if isinstance(text, Skip):
        yield 0, text
        return
    yield from enumerate(text.splitlines(), start=1)


def read_line(raw: str, path: str, number: int, published: date | None) -> Document | Skip:
    """Turn one JSON line into a Document, or a Skip naming the line.

    Args:
        raw: the line's text.
        path: the file, for the Document's source.
        number: the line number (1-based).
        published: the date for a line that carries none.

    Returns:
        The Document or Skip.
    """
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as error:
        return skip(path, "E006", f"{error.msg} at column {error.colno}", number)
    if not isinstance(record, dict):
        return skip(path, "E013", line=number)
    try:
        own_date = parse_published(record.get("published"))
    except ValueError:
        return skip(path, "E008", str(record.get("published")), number)
    return _document(record, path, number, own_date or published)


def _document(
    record: dict[str, Any], path: str, number: int, published: date | None
) -> Document | Skip:
    text, html = record.get("text"), record.get("html")
    title, language = _string(record.get("title")), _string(record.get("language"))
    if not isinstance(text, str) and not isinstance(html, str):
        return skip(path, "E007", line=number)
    url = _string(record.get("url"))
    outlet = _string(record.get("source"))
    if not isinstance(text, str):
        page = read_page(str(html), url)
        if page is None:
            return skip(path, "E012", line=number)
        text, title = page.text, title or page.title
        published = published if record.get("published") else page.published or published
        language = language or page.language
        outlet = outlet or page.site
    doc_id = record.get("id")
    return make_document(
        text,
        path,
        published,
        doc_id=str(doc_id) if doc_id not in (None, "") else None,
        title=title,
        url=url,
        language=language,
        line=number,
        outlet=outlet,
    )


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
