"""Plain-text and HTML files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from upheaval.ingest.decode import decode
from upheaval.ingest.files import MAX_TEXT_BYTES, dated_document, make_document, read_bytes
from upheaval.ingest.html import decode_html, read_page
from upheaval.ingest.skips import skip
from upheaval.model import Document, Skip


def read_text(path: str, published: date | None) -> Iterator[Document | Skip]:
    """Read a .txt file as one document.

    Args:
        path: the file.
        published: the date given for documents that carry none; without
            it, the text's dateline or first full date (see
            :func:`~upheaval.ingest.files.dated_document`).

    Yields:
        One Document, or a Skip.
    """
    data = read_bytes(path, MAX_TEXT_BYTES)
    if isinstance(data, Skip):
        yield data
        return
    text = decode(data, path)
    yield text if isinstance(text, Skip) else dated_document(text, path, published)


def read_html(path: str, published: date | None) -> Iterator[Document | Skip]:
    """Read an .html/.htm file: its main text, title, date and language.

    Args:
        path: the file.
        published: the date for a page whose meta tags carry none.

    Yields:
        One Document, or a Skip (E012 when the page has no main text).
    """
    data = read_bytes(path, MAX_TEXT_BYTES)
    if isinstance(data, Skip):
        yield data
        return
    html = decode_html(data, path)
    if isinstance(html, Skip):
        yield html
        return
    page = read_page(html)
    if page is None:
        yield skip(path, "E012")
        return
    yield make_document(
        page.text,
        path,
        page.published or published,
        title=page.title,
        language=page.language,
        outlet=page.site,
    )
