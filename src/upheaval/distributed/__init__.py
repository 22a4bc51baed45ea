"""Run the pipeline elsewhere: thin adapters that map pipeline functions over
partitions, so a laptop run and a cluster run give the same rows.

Dask is an optional extra (``pip install 'upheaval[dask]'``); importing this
package works without it, and using it raises
:class:`~upheaval.errors.MissingExtraError` naming the extra.
"""

from __future__ import annotations

from upheaval.distributed._worker import WorkerSpec, default_spec
from upheaval.distributed.dask import (
    PARTITION_SIZE,
    DaskMapper,
    dask_client,
    dask_mapper,
    parse_address,
    worker_peak_rss,
)

__all__ = [
    "PARTITION_SIZE",
    "DaskMapper",
    "WorkerSpec",
    "dask_client",
    "dask_mapper",
    "default_spec",
    "parse_address",
    "worker_peak_rss",
]
