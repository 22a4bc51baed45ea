"""A Dask worker plugin that loads the models when a worker starts.

Kept apart from :mod:`upheaval.distributed.dask` because it subclasses a
``distributed`` class at import time: it is imported only after the ``dask``
extra has been checked.
"""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from upheaval.distributed._worker import WorkerSpec, resources_for

__all__ = ["PreloadResources"]


class PreloadResources(WorkerPlugin):
    """Load a spec's resources on every worker, including workers that join later.

    Loading at start-up rather than on the first partition keeps model load
    time out of the first partitions (and out of throughput figures), and
    makes a worker that cannot load the models fail at registration, before
    any document is sent.
    """

    name = "upheaval-preload-resources"

    def __init__(self, spec: WorkerSpec) -> None:
        self.spec = spec

    def setup(self, worker: Any) -> None:
        resources_for(self.spec)
