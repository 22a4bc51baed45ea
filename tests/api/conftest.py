"""Fixtures: a SQLite store filled with the sample reports, and API clients."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.api.needs import need_module  # noqa: E402

need_module("fastapi", "the API needs the 'serve' extra: pip install 'upheaval[serve]'")

from fastapi.testclient import TestClient  # noqa: E402

from tests.api.sample import fill_store  # noqa: E402
from upheaval.api import create_app  # noqa: E402
from upheaval.store import open_store  # noqa: E402

TOKEN = "correct-horse-battery-staple"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("api") / "sample.db")
    store = open_store(path)
    fill_store(store)
    store.close()
    return path


@pytest.fixture(scope="module")
def client(sample_db: str) -> Iterator[TestClient]:
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("UPHEAVAL_API_TOKEN", raising=False)  # read-only whatever the shell says
        app = create_app(sample_db, token=None)
    with TestClient(app) as opened:
        yield opened


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[TestClient]:
    """An API with a token, on its own empty store."""
    with TestClient(create_app(str(tmp_path / "w.db"), token=TOKEN)) as opened:
        yield opened
