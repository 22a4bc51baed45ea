"""Expand the paths a user gives into files to read, in a deterministic order.

A path is a file, a directory (read recursively, in sorted order, supported
files only, hidden files and folders left out) or a glob pattern (matches
sorted). A file given twice is read once.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence

from upheaval.ingest.skips import skip
from upheaval.model import Skip

# Longest first, so ".warc.gz" wins over ".gz".
EXTENSIONS: tuple[str, ...] = (".warc.gz", ".warc", ".jsonl", ".html", ".htm", ".txt", ".pdf")
_GLOB_CHARS = frozenset("*?[")


def extension(path: str) -> str | None:
    """The supported extension of a path (lower case), or None.

    Args:
        path: a file name or path.

    Returns:
        One of :data:`EXTENSIONS`, or None.
    """
    lower = path.lower()
    return next((ext for ext in EXTENSIONS if lower.endswith(ext)), None)


def expand_paths(paths: Sequence[str]) -> Iterator[str | Skip]:
    """Files to read for the given paths, or Skips for paths that give none.

    Args:
        paths: files, directories and glob patterns.

    Yields:
        File paths in order, and a Skip for a missing path (E001) or a file
        with an unsupported extension (E009).
    """
    seen: set[str] = set()
    for path in paths:
        for found in _expand(path):
            if isinstance(found, Skip):
                yield found
                continue
            key = os.path.realpath(found)
            if key not in seen:
                seen.add(key)
                yield found


def _expand(path: str) -> Iterator[str | Skip]:
    if os.path.isdir(path):
        yield from _walk(path)
    elif os.path.exists(path):
        yield path if extension(path) else skip(path, "E009", _suffix(path))
    elif _GLOB_CHARS & set(path):
        matches = sorted(glob.glob(path, recursive=True))
        files = [m for m in matches if os.path.isfile(m) and extension(m)]
        for match in matches:
            if os.path.isdir(match):
                files.extend(_walk(match))
        yield from files if files else [skip(path, "E001")]
    else:
        yield skip(path, "E001")


def _walk(directory: str) -> Iterator[str]:
    for root, folders, files in os.walk(directory):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and extension(name):
                yield os.path.join(root, name)


def _suffix(path: str) -> str:
    name = os.path.basename(path)
    return name[name.find(".") :] if "." in name else name
