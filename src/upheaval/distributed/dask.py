"""Run the pipeline on Dask: a mapper for :func:`upheaval.pipeline.run_extract`.

The driver reads documents and writes the store; workers only clean,
annotate, extract, resolve and merge. Documents travel in partitions of
``partition_size``; at most ``max_in_flight`` partitions are out at once, so
the driver's memory stays flat on a corpus of any size; results come back in
input order, so the store sees the same sequence of writes as a
single-process run and ends up with the same rows.

Example:
    >>> with dask_mapper("local:2") as mapper:                 # doctest: +SKIP
    ...     run_extract(["cc-news.warc.gz"], store, mapper=mapper)
"""

from __future__ import annotations

import logging
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any

from upheaval.distributed._worker import (
    WorkerSpec,
    default_spec,
    peak_rss_bytes,
    process_partition,
)
from upheaval.errors import ConfigError, MissingExtraError
from upheaval.model import Document

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["PARTITION_SIZE", "DaskMapper", "dask_client", "dask_mapper", "worker_peak_rss"]

# 16 reports of a few kB take about a second on one core: long enough that
# the scheduler's few milliseconds per task do not matter, short enough that
# workers stay balanced and the progress bar moves.
PARTITION_SIZE = 16

# Partitions out per worker thread: one running, the rest queued so a
# worker never waits for the driver; results are small, so 4 keeps memory
# flat while hiding a slow partition at the head of the (ordered) queue.
IN_FLIGHT_PER_THREAD = 4

# How long to wait for a remote scheduler before giving up with an error.
CONNECT_TIMEOUT = "15s"

_LOCAL = re.compile(r"^local(?::(\d+))?$")


def _require_distributed() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError as error:
        raise MissingExtraError("dask", "distributed") from error


def parse_address(address: str) -> int | None:
    """Number of local workers for ``local:N`` (``local``: one per core), else None.

    Raises:
        ConfigError: for an address that is neither ``local[:N]`` nor a URL.
    """
    address = address.strip()
    match = _LOCAL.match(address)
    if match:
        n = int(match.group(1)) if match.group(1) else (os.cpu_count() or 1)
        if n < 1:
            raise ConfigError("E020", f"--dask {address!r}: at least 1 worker")
        return n
    if "://" not in address:
        raise ConfigError("E020", f"--dask {address!r} (expected local:N or tcp://HOST:PORT)")
    return None


# Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536, so glibc
# hands freed memory back to the system at once: spaCy and numpy then fault
# the same pages in again and again (790,000 minor faults instead of 17,000
# for 128 reports of 800 words; 10 % more CPU, 8 ms a report in the kernel).
# A worker's memory stays flat anyway (models loaded once, documents a
# partition at a time), so local workers keep glibc's default. The thread
# limits (OMP, MKL, OpenBLAS: 1) stay as Dask sets them.
_WORKER_ENVIRON = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}


@contextmanager
def dask_client(address: str, timeout: str = CONNECT_TIMEOUT) -> Iterator[Client]:
    """A Dask client for ``local:N`` (a new LocalCluster) or a scheduler URL.

    A local cluster runs N worker processes with one thread each (spaCy
    holds the GIL, so threads would not add throughput), listening on
    127.0.0.1 only, and is shut down on exit.

    Args:
        address: ``local``, ``local:N`` or a scheduler URL.
        timeout: how long to try to reach a remote scheduler, e.g. ``"15s"``.

    Raises:
        MissingExtraError: when dask.distributed is not installed.
        ConfigError: for a bad address or an unreachable scheduler.
    """
    _require_distributed()
    from distributed import Client, LocalCluster

    workers = parse_address(address)
    if workers is not None:
        import dask

        # distributed's constructors are not annotated: hence the ignores. The
        # scheduler serves HTTP (health, metrics) even without a dashboard; a
        # free port instead of 8787 lets several runs share a machine.
        with dask.config.set(_WORKER_ENVIRON):
            cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            )
        with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    try:
        client = Client(address, timeout=timeout)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as error:
        raise ConfigError(
            "E020", f"--dask {address!r}: cannot reach the scheduler ({error.__class__.__name__})"
        ) from error
    with client:
        yield client


class DaskMapper:
    """Process documents on a Dask cluster, in order, with bounded memory.

    Call it like :func:`~upheaval.pipeline.process_documents`; pass it to
    ``run_extract(..., mapper=mapper)``.

    Args:
        client: a connected Dask client.
        spec: how workers load resources and process (default: the pipeline).
        partition_size: documents per task.
        max_in_flight: partitions submitted and not yet consumed (default:
            ``IN_FLIGHT_PER_THREAD`` per worker thread).
        preload: load the models on every worker now, with a worker plugin.

    Raises:
        ConfigError: for a partition size below 1.
    """

    def __init__(
        self,
        client: Client,
        spec: WorkerSpec | None = None,
        *,
        partition_size: int = PARTITION_SIZE,
        max_in_flight: int | None = None,
        preload: bool = True,
    ) -> None:
        if partition_size < 1:
            raise ConfigError("E020", f"partition_size={partition_size} (at least 1)")
        self.client = client
        self.spec = spec or default_spec()
        self.partition_size = partition_size
        self.max_in_flight = max_in_flight
        if preload:
            from upheaval.distributed._plugin import PreloadResources

            client.register_plugin(PreloadResources(self.spec))

    def _limit(self) -> int:
        if self.max_in_flight is not None:
            return max(1, self.max_in_flight)
        threads = sum(self.client.nthreads().values()) or 1  # type: ignore[no-untyped-call]
        return IN_FLIGHT_PER_THREAD * threads

    def __call__(self, documents: Iterable[Document], resources: Any = None) -> Iterator[Any]:
        """Yield one result per document, in input order.

        Args:
            documents: documents to process (read lazily).
            resources: ignored; workers use their own (the driver needs none).
        """
        pending: deque[Any] = deque()
        limit = self._limit()
        iterator = iter(documents)
        try:
            while batch := list(islice(iterator, self.partition_size)):
                pending.append(self.client.submit(process_partition, batch, self.spec, pure=False))
                while len(pending) >= limit:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            if pending:
                # The consumer stopped early (an error, or a closed generator):
                # drop the work nobody will store.
                self.client.cancel(list(pending))  # type: ignore[no-untyped-call]


@contextmanager
def dask_mapper(
    address: str,
    gazetteer_file: str | None = None,
    partition_size: int = PARTITION_SIZE,
    rules: tuple[str, ...] = (),
) -> Iterator[DaskMapper]:
    """Connect (or start a local cluster) and yield a mapper for ``run_extract``.

    Args:
        address: ``local:N`` or a scheduler URL such as ``tcp://10.0.0.5:8786``.
        gazetteer_file: extra places; the path must exist on every worker.
        partition_size: documents per task.
        rules: extra trigger rule files; the paths must exist on every worker.
    """
    with dask_client(address) as client:
        yield DaskMapper(client, default_spec(gazetteer_file, rules), partition_size=partition_size)


def worker_peak_rss(client: Client) -> dict[str, int]:
    """Peak resident memory in bytes of each worker process, by worker address."""
    result: dict[str, int] = client.run(peak_rss_bytes)
    return result
