"""PDF files: the text of each page, pages joined by a blank line.

A page break often falls inside a sentence; the blank line left there is
repaired by clean, which knows how to tell it from a paragraph break.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from upheaval.ingest.files import MAX_PDF_BYTES, dated_document, read_bytes
from upheaval.ingest.skips import skip
from upheaval.model import Document, Skip

PAGE_SEPARATOR = "\n\n"


def read_pdf(path: str, published: date | None) -> Iterator[Document | Skip]:
    """Read a PDF as one document.

    Args:
        path: the file.
        published: the date given for documents that carry none. The PDF's
            creation date is not used: it is when the file was made, which
            for a saved or printed article is not when it was published;
            the text's dateline or first full date is.

    Yields:
        One Document, or a Skip (E011 unreadable PDF, E005 no text layer).
    """
    data = read_bytes(path, MAX_PDF_BYTES)
    if isinstance(data, Skip):
        yield data
        return
    if not data.lstrip()[:5].startswith(b"%PDF"):
        yield skip(path, "E011", "no PDF header")
        return
    result = _extract(data, path)
    if isinstance(result, Skip):
        yield result
        return
    text, title = result
    if not text.strip():
        yield Skip(path, "E005", "PDF has no text layer (a scanned image?)")
        return
    document = dated_document(text, path, published)
    yield document if isinstance(document, Skip) or not title else replace(document, title=title)


def _extract(data: bytes, path: str) -> tuple[str, str | None] | Skip:
    import io

    from pypdf import PdfReader

    # pypdf logs every repairable defect as a warning; a report per defect
    # would flood the run, and real failures still raise.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return skip(path, "E011", "encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata = reader.metadata
        title = (metadata.title or None) if metadata else None
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on broken files
        detail = str(error).splitlines()[0] if str(error) else error.__class__.__name__
        return skip(path, "E011", detail[:200])
    return PAGE_SEPARATOR.join(page.strip("\n") for page in pages), title
