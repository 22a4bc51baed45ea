"""DaskMapper mechanics on a real 2-worker cluster, with a light stand-in for
the pipeline (no spaCy): order, partitions, bounded memory, loads per worker,
errors.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

import pytest

from upheaval.distributed import DaskMapper, WorkerSpec, parse_address
from upheaval.distributed._worker import loads_in_process
from upheaval.errors import ConfigError, MissingExtraError
from upheaval.model import Document

try:
    import cloudpickle
except ImportError:  # no dask extra: only the checks that need no cluster run
    pass
else:
    # Workers cannot import test modules: ship this module's functions by value.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])

# Long enough per document that both workers get partitions.
_DELAY = 0.005


def _load(tag: str) -> dict[str, Any]:
    return {"tag": tag, "pid": os.getpid()}


def _process(documents: Iterable[Document], resources: dict[str, Any]) -> Iterator[Any]:
    for document in documents:
        if document.text == "boom":
            raise ValueError(f"cannot process {document.doc_id}")
        time.sleep(_DELAY)
        yield (document.doc_id, resources["pid"], resources["tag"])


def _spec(tag: str) -> WorkerSpec:
    return WorkerSpec(load=partial(_load, tag), process=_process, key=f"test:{tag}")


def _documents(n: int) -> list[Document]:
    return [Document(doc_id=f"d{i:04d}", text=f"report {i}", source="gen") for i in range(n)]


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("local:1", 1),
        ("local:2", 2),
        (" local:8 ", 8),
        ("tcp://127.0.0.1:8786", None),
        ("tls://scheduler.example:8786", None),
    ],
)
def test_parse_address_accepts(address: str, expected: int | None) -> None:
    assert parse_address(address) == expected


def test_parse_address_local_alone_is_one_per_core() -> None:
    assert parse_address("local") == (os.cpu_count() or 1)


@pytest.mark.parametrize("address", ["local:0", "local:x", "127.0.0.1:8786", "", "lokal:2"])
def test_parse_address_rejects(address: str) -> None:
    with pytest.raises(ConfigError):
        parse_address(address)


def test_dask_client_without_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from upheaval.distributed import dask_client

    monkeypatch.setitem(sys.modules, "distributed", None)  # import now fails
    with pytest.raises(MissingExtraError, match=r"upheaval\[dask\]"), dask_client("local:1"):
        pass


@pytest.mark.slow
@pytest.mark.parametrize("partition_size", [1, 7, 64])
def test_mapper_keeps_input_order(client: Any, partition_size: int) -> None:
    documents = _documents(90)
    mapper = DaskMapper(client, _spec("order"), partition_size=partition_size)
    results = list(mapper(documents))
    assert [r[0] for r in results] == [d.doc_id for d in documents]


@pytest.mark.slow
def test_mapper_uses_both_workers_and_loads_once_each(client: Any) -> None:
    spec = _spec("once")
    mapper = DaskMapper(client, spec, partition_size=4)
    pids = {pid for _, pid, _ in mapper(_documents(120))}
    assert len(pids) == 2
    loads = client.run(loads_in_process, spec.key)
    assert sorted(n for n, _ in loads.values()) == [1, 1]
    assert {pid for _, pid in loads.values()} == pids


@pytest.mark.slow
def test_mapper_bounds_documents_in_flight(client: Any) -> None:
    consumed = 0

    def reading(documents: list[Document]) -> Iterator[Document]:
        nonlocal consumed
        for document in documents:
            consumed += 1
            yield document

    mapper = DaskMapper(client, _spec("bounded"), partition_size=5, max_in_flight=2)
    ahead = []
    for i, _ in enumerate(mapper(reading(_documents(200)))):
        ahead.append(consumed - i)
    # Two partitions out, plus the one being yielded: never more read ahead.
    assert max(ahead) <= 3 * 5
    assert consumed == 200


@pytest.mark.slow
def test_mapper_raises_worker_errors(client: Any) -> None:
    documents = _documents(30)
    documents[17] = Document(doc_id="bad", text="boom", source="gen")
    mapper = DaskMapper(client, _spec("errors"), partition_size=4)
    with pytest.raises(ValueError, match="cannot process bad"):
        list(mapper(documents))


def test_mapper_rejects_empty_partitions() -> None:
    with pytest.raises(ConfigError):
        DaskMapper(client=None, spec=_spec("x"), partition_size=0, preload=False)


def test_dask_client_unreachable_scheduler_is_a_config_error() -> None:
    from upheaval.distributed import dask_client

    pytest.importorskip("distributed", reason="needs the dask extra")
    # Port 9 (discard) has no scheduler listening on a test machine.
    with (
        pytest.raises(ConfigError, match="cannot reach"),
        dask_client("tcp://127.0.0.1:9", timeout="1s"),
    ):
        pass


def _worker_environ() -> dict[str, str | None]:
    import os

    names = ("MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS")
    return {name: os.environ.get(name) for name in names}


def test_local_workers_keep_glibc_malloc_and_one_blas_thread(client: Any) -> None:
    # Dask's nanny would set MALLOC_TRIM_THRESHOLD_=65536: memory handed back
    # and faulted in again on every batch (10 % more CPU on long reports).
    for environ in client.run(_worker_environ).values():
        assert environ["MALLOC_TRIM_THRESHOLD_"] is None
        assert environ["OMP_NUM_THREADS"] == "1" and environ["OPENBLAS_NUM_THREADS"] == "1"
