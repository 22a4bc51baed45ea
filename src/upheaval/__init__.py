"""upheaval: turn reports of protests and unrest into sourced, geocoded events.

The Python API in one call::

    >>> import upheaval
    >>> events = upheaval.extract_text(
    ...     "Hundreds of nurses marched in Nairobi on Monday.", published="2025-06-25"
    ... )
    >>> events[0].event_type, events[0].event_date
    ('Protests', '2025-06-23')

``extract_events`` (in ``upheaval.pipeline``) does the same for files and a
database.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from upheaval.version import __version__, pipeline_version

if TYPE_CHECKING:
    from upheaval.model import Event
    from upheaval.pipeline import Resources

__all__ = ["__version__", "extract_text", "pipeline_version"]

@lru_cache(maxsize=1)
def _resources() -> Resources:
    from upheaval.pipeline import load_resources

    return load_resources()


def extract_text(
    text: str,
    published: date | str | None = None,
    *,
    doc_id: str | None = None,
    merge: bool = True,
) -> list[Event]:
    """The events one report tells of, without a database.

    Args:
        text: the report's plain text.
        published: its publication date (a ``date`` or "YYYY-MM-DD"): the
            anchor of "on Tuesday" and "yesterday". Without it only fully
            dated events are found.
        doc_id: the id the events cite; default a hash of the text (the id
            ``upheaval extract`` gives the same text in a ``.txt`` file).
        merge: False keeps one event per mention.

    Returns:
        ``upheaval.model.Event`` records (``event.to_record()`` is the JSON
        Lines contract), by date then place.

    Raises:
        ValueError: ``published`` is not a date.

    The spaCy model and gazetteer load on the first call (a few seconds) and
    are kept for later calls.
    """
    from upheaval.ingest.ids import content_id
    from upheaval.model import Document
    from upheaval.pipeline import process_documents

    day = date.fromisoformat(published.strip()) if isinstance(published, str) else published
    document = Document(
        doc_id=doc_id or content_id(text), text=text, source="<text>", published=day
    )
    (processed,) = process_documents([document], _resources())
    return list(processed.events if merge else processed.mentions)
