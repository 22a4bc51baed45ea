"""The release and the pipeline version (imports nothing of upheaval)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

__version__ = "0.1.0"

__all__ = ["__version__", "pipeline_version"]

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

    The release, ``+``, and a hash of the source and data files of the
    stages, so it changes whenever a stage does, even between releases.
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
