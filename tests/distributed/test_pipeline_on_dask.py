"""The real pipeline on a 2-worker LocalCluster stores the same rows as a
single-process run over the same input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bench.corpus import generate_reports

from upheaval.distributed import DaskMapper, default_spec, worker_peak_rss
from upheaval.distributed._worker import loads_in_process
from upheaval.pipeline import run_extract
from upheaval.store import open_store

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "reports.jsonl"


def _rows(db: Path) -> tuple[list[dict[str, Any]], list[Any]]:
    store = open_store(str(db))
    try:
        documents = [
            {k: v for k, v in row.items() if k != "added_at"}
            for row in sorted(store.documents(), key=lambda r: r["doc_id"])
        ]
        return documents, sorted(store.events(), key=lambda e: e.event_id)
    finally:
        store.close()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    generated = tmp_path_factory.mktemp("dask") / "generated.jsonl"
    generated.write_text(
        "".join(json.dumps(r) + "\n" for r in generate_reports(40, seed=3)), encoding="utf-8"
    )
    return [str(EXAMPLES), str(generated)]


def test_dask_run_stores_the_rows_of_a_single_process_run(
    client: Any, inputs: list[str], tmp_path: Path
) -> None:
    single = open_store(str(tmp_path / "single.db"))
    local = run_extract(inputs, single)
    single.close()

    distributed = open_store(str(tmp_path / "dask.db"))
    mapper = DaskMapper(client, default_spec(), partition_size=5)
    remote = run_extract(inputs, distributed, mapper=mapper)
    distributed.close()

    assert remote.stored == local.stored == local.read > 40
    assert remote.events_found == local.events_found > 0
    assert remote.skip_reasons == local.skip_reasons
    assert _rows(tmp_path / "dask.db") == _rows(tmp_path / "single.db")
    # Each worker holds spaCy and the gazetteer: the per-worker memory target.
    assert all(peak < 1024**3 for peak in worker_peak_rss(client).values())
    # Ten partitions, yet each worker loaded the models once.
    loads = client.run(loads_in_process, default_spec().key)
    assert [n for n, _ in loads.values()] == [1, 1]


def test_dask_run_again_adds_nothing(client: Any, inputs: list[str], tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "again.db"))
    mapper = DaskMapper(client, default_spec())
    first = run_extract(inputs, store, mapper=mapper)
    second = run_extract(inputs, store, mapper=mapper)
    store.close()
    assert second.stored == 0
    assert second.already_stored == first.stored
