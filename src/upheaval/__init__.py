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

import hashlib
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from upheaval.model import Event
    from upheaval.pipeline import Resources

__version__ = "0.1.0"

__all__ = ["__version__", "extract_text", "pipeline_version"]

# The parts of the package whose code or data decide which events a report
# gives. A change to any of them is a new pipeline version: documents stored
# by the old one are reported stale and re-done with ``--reprocess``.
_RESULT_PARTS = (
    "ingest",
    "clean",
    "annotate",
    "extract",
    "resolve",
    "merge",
    "data",
    "model.py",
    "numbers.py",
    "pipeline.py",
)


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """The version of the code and data that turn reports into events.

    ``0.1.0+`` and a hash of the source and data files of the stages, so it
    changes whenever a stage does, even between releases.
    """
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for part in _RESULT_PARTS:
        path = root / part
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and file.suffix != ".pyc" and "__pycache__" not in file.parts:
                digest.update(file.relative_to(root).as_posix().encode("utf-8"))
                digest.update(file.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


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
