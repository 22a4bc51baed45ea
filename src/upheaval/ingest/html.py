"""Main text, title, date and language of an HTML page (trafilatura, offline).

trafilatura drops navigation, footers and other boilerplate; its metadata
step reads the title and the publication date from the page's own meta tags,
JSON-LD and time elements (htmldate without the extensive text search, so a
date in the body text is never taken for the page's date). Nothing is
fetched from the network.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from upheaval.ingest.decode import decode, is_binary
from upheaval.ingest.ids import parse_published
from upheaval.ingest.skips import skip
from upheaval.model import Skip

if TYPE_CHECKING:
    from configparser import ConfigParser

_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HTML_LANG = re.compile(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_META_LANG = re.compile(
    r"<meta[^>]+(?:http-equiv=[\"']?content-language[\"']?|property=[\"']og:locale[\"'])"
    r"[^>]*content=[\"']?([A-Za-z]{2,3})",
    re.IGNORECASE,
)
# ISO 639-2 codes seen in lang attributes, for the languages most often mixed
# into English news crawls; others pass through unchanged.
_THREE_LETTER = {
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "deu": "de",
    "ger": "de",
    "spa": "es",
    "rus": "ru",
    "ara": "ar",
    "por": "pt",
    "zho": "zh",
}
# Only the head of a page is searched for a declared charset or language.
HEAD_SIZE = 4096
# trafilatura's fallback extractors return menus and headings when a page has
# no article ("Home\nSport\nWeather"). A page counts as having main text only
# when one of its lines has at least this many words: a sentence, not a link
# label or a headline (headlines run 4-12 words, menus 1-3).
MIN_SENTENCE_WORDS = 6


@dataclass(frozen=True, slots=True)
class Page:
    """What an HTML page yields: main text and metadata."""

    text: str
    title: str | None
    published: date | None
    language: str | None
    site: str | None = None


def decode_html(data: bytes, source: str, charset: str | None = None) -> str | Skip:
    """Decode an HTML page: a charset the server or page declares, else UTF-8.

    A declared charset is the page's own statement, not a guess, so it is
    honoured; an undeclared page must be UTF-8 (or carry a BOM).

    Args:
        data: the page's bytes.
        source: path or URL for the Skip.
        charset: the charset from an HTTP header, if any.

    Returns:
        The page's text, or a Skip.
    """
    declared = charset or _declared_charset(data[:HEAD_SIZE])
    if declared and declared.lower().replace("-", "") not in ("utf8", "utf16", "utf32"):
        if is_binary(data[:HEAD_SIZE]):
            return skip(source, "E003")
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # an unknown or wrong label: fall back to strict UTF-8
    return decode(data, source)


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def read_page(html: str, url: str | None = None) -> Page | None:
    """Extract a page's main text and metadata.

    Args:
        html: the page's markup.
        url: its URL, if known (helps date and boilerplate detection).

    Returns:
        The Page, or None when the page has no main text.
    """
    import trafilatura

    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
        config=_config(),
    )
    if result is None or isinstance(result, dict) or not _has_sentence(result.text or ""):
        return None
    language = page_language(html)
    site = (getattr(result, "sitename", None) or "").strip() or None
    return Page(
        result.text or "", result.title or None, _page_date(result.date), language, site
    )


def _has_sentence(text: str) -> bool:
    return any(len(line.split()) >= MIN_SENTENCE_WORDS for line in text.splitlines())


def page_language(html: str) -> str | None:
    """The language the page declares (``<html lang>``, Content-Language, og:locale).

    Args:
        html: the page's markup.

    Returns:
        A lower-case ISO 639 code, or None.
    """
    head = html[:HEAD_SIZE]
    match = _HTML_LANG.search(head) or _META_LANG.search(head)
    if match is None:
        return None
    code = match.group(1).lower()
    return _THREE_LETTER.get(code, code)


def _page_date(value: str | None) -> date | None:
    try:
        return parse_published(value)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _config() -> ConfigParser:
    from trafilatura.settings import DEFAULT_CONFIG

    config = deepcopy(DEFAULT_CONFIG)
    # No signal-based timeout: it fails outside the main thread (Dask workers).
    config["DEFAULT"]["extraction_timeout"] = "0"
    # Short reports (a 3-paragraph wire story) are still reports: the default
    # 250-character floor would send them to the fallback extractors.
    config["DEFAULT"]["min_extracted_size"] = "100"
    config["DEFAULT"]["extensive_date_search"] = "off"
    return config
