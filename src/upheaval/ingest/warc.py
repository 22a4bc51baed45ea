"""WARC archives (.warc, .warc.gz), such as CC-NEWS crawls.

Each HTML ``response`` record becomes a document with the record's URL; its
date is the page's own (meta tags) else the WARC-Date of the capture. Other
responses are skipped with a reason: not HTML (E015), an HTTP status other
than 2xx (E015), not English (E016), too large (E017). Request, metadata and
warcinfo records describe the crawl, not a report, and are passed over.
Needs the ``warc`` extra (warcio).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from datetime import date
from typing import Any

from upheaval.errors import MissingExtraError
from upheaval.ingest.files import MB, make_document
from upheaval.ingest.html import decode_html, read_page
from upheaval.ingest.ids import parse_published
from upheaval.ingest.language import looks_english
from upheaval.ingest.skips import NOT_ENGLISH, NOT_HTML, TOO_LARGE, skip
from upheaval.model import Document, Skip

# A news page is well under 1 MB of HTML; larger payloads are media or dumps.
MAX_RECORD_BYTES = 10 * MB
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str, published: date | None) -> Iterator[Document | Skip]:
    """Read the HTML pages of a WARC file.

    Args:
        path: the .warc or .warc.gz file.
        published: the date for a record with neither a page date nor a WARC-Date.

    Yields:
        A Document or Skip per response record, in file order; ``line`` is
        the record's number in the file (1-based).

    Raises:
        MissingExtraError: warcio is not installed.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as error:
        raise MissingExtraError("warc", "warcio") from error
    if not _starts_like_warc(path):
        yield skip(path, "E002", "not a WARC file (no WARC/ header)")
        return
    try:
        with open(path, "rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if record.rec_type == "response":
                    yield _read_record(record, path, number, published)
    except OSError as error:
        yield skip(path, "E002", error.strerror or error.__class__.__name__)
    except ArchiveLoadFailed as error:
        yield skip(path, "E002", f"not a valid WARC file: {str(error).splitlines()[0][:160]}")


def _starts_like_warc(path: str) -> bool:
    """Whether the file (gzipped or not) begins with a WARC version line.

    warcio reads almost anything as records, so a file given by mistake is
    caught here; an unreadable file is declined the same way.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(2)
        opener = gzip.open if head == b"\x1f\x8b" else open
        with opener(path, "rb") as stream:
            return bytes(stream.read(5)) == b"WARC/"
    except (OSError, EOFError):
        return False


def _read_record(record: Any, path: str, number: int, published: date | None) -> Document | Skip:
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    source = path
    problem = _check_http(record)
    if problem:
        return skip(source, NOT_HTML, problem, number)
    data = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        return skip(source, TOO_LARGE, f"record over {MAX_RECORD_BYTES // MB} MB", number)
    html = decode_html(data, source, _charset(record))
    if isinstance(html, Skip):
        return Skip(html.source, html.reason, html.message, number)
    page = read_page(html, url)
    if page is None:
        return skip(source, "E012", line=number)
    if page.language not in (None, "en") or not looks_english(page.text):
        return skip(source, NOT_ENGLISH, page.language or "by its words", number)
    day = page.published or _warc_date(record) or published
    return make_document(
        page.text,
        path,
        day,
        title=page.title,
        url=url,
        language="en",
        line=number,
        outlet=page.site,
    )


def _check_http(record: Any) -> str | None:
    headers = record.http_headers
    if headers is None:
        return "no HTTP headers"
    status = headers.get_statuscode() or ""
    if not status.startswith("2"):
        return f"HTTP status {status}"
    content_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type and content_type not in _HTML_TYPES:
        return content_type
    return None


def _charset(record: Any) -> str | None:
    content_type = record.http_headers.get_header("Content-Type") or ""
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _warc_date(record: Any) -> date | None:
    try:
        return parse_published(record.rec_headers.get_header("WARC-Date"))
    except ValueError:
        return None
