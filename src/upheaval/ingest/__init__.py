"""Ingest: read reports from files into Documents.

Formats: .txt, .html/.htm (main text via trafilatura), .pdf (pypdf), .jsonl
(one document a line), .warc/.warc.gz (HTML responses, needs the ``warc``
extra), plus directories and glob patterns. Bad input never raises: each
file, line or record that cannot be read yields a
:class:`~upheaval.model.Skip` with a reason code, and reading goes on.

Limits (see :mod:`upheaval.ingest.files`, :mod:`~upheaval.ingest.jsonl`,
:mod:`~upheaval.ingest.warc`): text and HTML files 50 MB, PDF 200 MB, a
JSONL line 10 MB, a WARC record 10 MB.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date

from upheaval.ingest.ids import content_id, parse_published
from upheaval.ingest.jsonl import read_jsonl
from upheaval.ingest.paths import EXTENSIONS, expand_paths, extension
from upheaval.ingest.pdf import read_pdf
from upheaval.ingest.text import read_html, read_text
from upheaval.ingest.warc import read_warc
from upheaval.model import Document, Skip

__all__ = [
    "EXTENSIONS",
    "content_id",
    "parse_published",
    "read_documents",
    "read_file",
]

Reader = Callable[[str, date | None], Iterator[Document | Skip]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".jsonl": read_jsonl,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def read_documents(
    paths: Sequence[str], published: date | None = None
) -> Iterator[Document | Skip]:
    """Read documents from files, directories and glob patterns.

    Args:
        paths: what to read, in the order given.
        published: the publication date of documents that carry none of
            their own (a JSONL ``published``, an HTML meta date, a WARC date).

    Yields:
        Documents and Skips, in a deterministic order.

    Raises:
        MissingExtraError: a WARC file is given and warcio is not installed.

    Example:
        >>> for item in read_documents(["reports/"], date(2022, 1, 6)):
        ...     print(item.describe() if isinstance(item, Skip) else item.doc_id)
    """
    for path in expand_paths(paths):
        if isinstance(path, Skip):
            yield path
        else:
            yield from read_file(path, published)


def read_file(path: str, published: date | None = None) -> Iterator[Document | Skip]:
    """Read one file with the reader for its extension.

    Args:
        path: a file with a supported extension.
        published: the date for documents that carry none.

    Yields:
        Documents and Skips.
    """
    ext = extension(path)
    if ext is None:
        from upheaval.ingest.skips import skip

        yield skip(path, "E009", path.rsplit(".", 1)[-1])
        return
    yield from READERS[ext](path, published)
