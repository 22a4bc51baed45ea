"""Reading whole files with a size guard, and building documents."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date

from upheaval.ingest.datetext import published_in_text
from upheaval.ingest.ids import content_id
from upheaval.ingest.skips import TOO_LARGE, skip
from upheaval.model import Document, Skip

MB = 1024 * 1024
# A text or HTML report is rarely above 1 MB; 50 MB is a book, a log or a
# database dump given by mistake, and reading it would stall the run.
MAX_TEXT_BYTES = 50 * MB
# PDFs carry images and fonts: a long illustrated report reaches tens of MB.
MAX_PDF_BYTES = 200 * MB


def read_bytes(path: str, limit: int) -> bytes | Skip:
    """Read a whole file, refusing one above ``limit`` bytes.

    Args:
        path: the file.
        limit: the largest size accepted, in bytes.

    Returns:
        The bytes, or a Skip (E002 unreadable, E017 too large).
    """
    try:
        size = os.path.getsize(path)
        if size > limit:
            return skip(path, TOO_LARGE, f"{size / MB:.1f} MB, the limit is {limit // MB} MB")
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        return skip(path, "E002", error.strerror or error.__class__.__name__)


def dated_document(text: str, source: str, published: date | None) -> Document | Skip:
    """A document of a format with no date field (.txt, .pdf).

    Without a given date, the text's own is taken (its front matter or
    dateline, else its first full date) and the document says where it was
    found; with none, the document has no publication date.
    """
    if published is not None:
        return make_document(text, source, published)
    found = published_in_text(text)
    if found is None:
        return make_document(text, source, None)
    document = make_document(text, source, found.day)
    if isinstance(document, Skip):
        return document
    return replace(document, published_from=f"{found.where} '{found.text}'")


def make_document(
    text: str,
    source: str,
    published: date | None,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    language: str | None = None,
    line: int | None = None,
    outlet: str | None = None,
) -> Document | Skip:
    """A Document with a stable id, or an E005 Skip for an empty text.

    Args:
        text: the extracted text.
        source: where it came from.
        published: its publication date.
        doc_id: the id the input gives, else a content hash is used.
        title, url, language, line, outlet: as in :class:`~upheaval.model.Document`.

    Returns:
        The Document, or a Skip.
    """
    if not text.strip():
        return skip(source, "E005", line=line)
    return Document(
        doc_id=doc_id or content_id(text),
        text=text,
        source=source,
        published=published,
        title=title,
        url=url,
        language=language,
        line=line,
        outlet=outlet,
    )
