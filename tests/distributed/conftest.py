"""A LocalCluster of 2 worker processes on 127.0.0.1, shared by this folder's tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def client() -> Iterator[Any]:
    pytest.importorskip("distributed", reason="needs the dask extra")
    from upheaval.distributed import dask_client

    with dask_client("local:2") as connected:
        connected.wait_for_workers(2, timeout=60)
        yield connected
