"""Reason codes and messages for declined documents.

Codes and messages come from :data:`upheaval.errors.MESSAGES`.
"""

from __future__ import annotations

from upheaval.errors import MESSAGES
from upheaval.model import Skip

NOT_HTML = "E015"
NOT_ENGLISH = "E016"
TOO_LARGE = "E017"


def skip(source: str, reason: str, detail: object = "", line: int | None = None) -> Skip:
    """A Skip whose message is the catalogue's one-line text for ``reason``.

    Args:
        source: the path (or URL) of the document.
        reason: a code such as "E004".
        detail: what fills the message's ``{detail}``.
        line: JSONL line or WARC record number.

    Returns:
        The Skip.
    """
    template = MESSAGES.get(reason, "{detail}")
    message = " ".join(template.format(detail=detail).split())
    return Skip(source, reason, message, line)
