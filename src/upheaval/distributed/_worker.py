"""What runs inside a Dask worker process: load the models once, process a
partition of documents.

This module imports neither dask nor distributed, so it can be tested (and
its cache reasoned about) without a cluster. Each worker process keeps one
loaded :class:`~upheaval.pipeline.Resources` per :class:`WorkerSpec` key, so
the spaCy model and the gazetteer are loaded once per process however many
partitions it runs.
"""

from __future__ import annotations

import os
import resource
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from upheaval.model import Document

__all__ = [
    "WorkerSpec",
    "default_spec",
    "loads_in_process",
    "peak_rss_bytes",
    "process_partition",
    "resources_for",
]

Loader = Callable[[], Any]
Processor = Callable[[Iterable[Document], Any], Iterable[Any]]


@dataclass(frozen=True, slots=True)
class WorkerSpec:
    """How a worker loads its resources and processes documents.

    Both callables are pickled by reference, so they must be module-level
    functions (or ``functools.partial`` of them) importable on the workers.

    Attributes:
        load: builds the resources (models, gazetteer) once per process.
        process: maps an iterable of documents and the resources to results,
            one per document, in order.
        key: names the resources in the per-process cache; two specs with
            the same key share loaded resources.
    """

    load: Loader
    process: Processor
    key: str


def _load_pipeline_resources(gazetteer_file: str | None, rules: tuple[str, ...] = ()) -> Any:
    # Imported here so a worker only pays for the pipeline when it runs it,
    # and so this module stays importable while a stage is being rebuilt.
    from upheaval.pipeline import load_resources, warm_up

    resources = load_resources(gazetteer_file, rules)
    # What the stages load lazily is loaded with the models, before any
    # partition: the first partitions run as fast as the others.
    warm_up(resources)
    return resources


def _process_pipeline(documents: Iterable[Document], resources: Any) -> Iterable[Any]:
    from upheaval.pipeline import process_documents

    return process_documents(documents, resources)


def default_spec(gazetteer_file: str | None = None, rules: tuple[str, ...] = ()) -> WorkerSpec:
    """The spec of a normal run: ``load_resources`` + ``process_documents``.

    Args:
        gazetteer_file: extra places file, as for ``upheaval extract
            --gazetteer``; it must be readable at the same path on every
            worker.
        rules: extra trigger rule files (``--rules``), likewise.
    """
    return WorkerSpec(
        load=partial(_load_pipeline_resources, gazetteer_file, rules),
        process=_process_pipeline,
        key=f"pipeline:{gazetteer_file or ''}:{'|'.join(rules)}",
    )


_CACHE: dict[str, Any] = {}
_LOADS: dict[str, int] = {}
# A worker may run several threads; the lock makes the first partition load
# the models while the others wait, instead of each thread loading its own.
_LOCK = threading.Lock()


def resources_for(spec: WorkerSpec) -> Any:
    """The resources of a spec, loaded on first use in this process."""
    with _LOCK:
        if spec.key not in _CACHE:
            _CACHE[spec.key] = spec.load()
            _LOADS[spec.key] = _LOADS.get(spec.key, 0) + 1
        return _CACHE[spec.key]


def loads_in_process(key: str) -> tuple[int, int]:
    """How often this process loaded the resources of ``key``, and its pid."""
    return _LOADS.get(key, 0), os.getpid()


def process_partition(documents: Sequence[Document], spec: WorkerSpec) -> list[Any]:
    """Process one partition of documents with this process's resources.

    Returns:
        One result per document, in input order.
    """
    return list(spec.process(documents, resources_for(spec)))


def peak_rss_bytes() -> int:
    """Peak resident memory of this process in bytes (Linux and macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak if sys.platform == "darwin" else peak * 1024
