"""Stable document ids and publication dates."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any

# 16 hex characters = 64 bits: collisions stay unlikely (about 1 in 10^8)
# even for a corpus of a million documents.
ID_LENGTH = 16


def content_id(text: str) -> str:
    """A stable id from a text: the start of the SHA-256 of its words.

    Whitespace is normalised first, so re-wrapping a text keeps its id.

    Args:
        text: the document's text.

    Returns:
        16 lower-case hex characters.

    Example:
        >>> content_id("a  b\\n") == content_id("a b")
        True
    """
    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:ID_LENGTH]


def parse_published(value: Any) -> date | None:
    """Read a publication date given as "YYYY-MM-DD" or an ISO timestamp.

    A timestamp keeps its calendar day as written, not converted to UTC: the
    report's "yesterday" and "on Tuesday" are counted from the writer's day.

    Args:
        value: a string, or None.

    Returns:
        The date, or None for None or an empty string.

    Raises:
        ValueError: the value is not such a date.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"not a string: {value!r}")
    text = value.strip()
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text).date()
