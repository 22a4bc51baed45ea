"""One JSON error shape for every failure (pinned), and the size limits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import TOKEN
from upheaval.api import create_app

# (method, url, extra request arguments, status, code)
FAILURES: list[tuple[str, str, dict[str, Any], int, str]] = [
    ("GET", "/api/nothing-here", {}, 404, "not_found"),
    ("GET", "/api/events/ev-0000000000000000", {}, 404, "not_found"),
    ("GET", "/api/documents/no-such-doc", {}, 404, "not_found"),
    ("GET", "/api/events?since=yesterday", {}, 422, "invalid_request"),
    ("GET", "/api/events?since=2024-07-01&until=2024-06-01", {}, 422, "invalid_request"),
    ("GET", "/api/events?limit=0", {}, 422, "invalid_request"),
    ("GET", "/api/events?limit=100000", {}, 422, "invalid_request"),
    ("GET", "/api/events?offset=-1", {}, 422, "invalid_request"),
    ("GET", "/api/events?format=xml", {}, 422, "invalid_request"),
    ("GET", "/api/events?place=" + "x" * 300, {}, 422, "invalid_request"),
    ("DELETE", "/api/events", {}, 405, "method_not_allowed"),
    ("POST", "/api/documents", {"json": {"text": "x"}}, 401, "unauthorized"),
    ("POST", "/api/documents", {"content": b"{not json", "headers": {
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}},
     422, "invalid_request"),
    ("POST", "/api/documents", {"json": {"text": "x" * 5000},
                                "headers": {"Authorization": f"Bearer {TOKEN}"}},
     413, "too_large"),
]

LIMIT = 4000


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """An API with a token and a small body limit."""
    path = tmp_path_factory.mktemp("errors") / "e.db"
    with TestClient(create_app(str(path), token=TOKEN, max_body=LIMIT)) as opened:
        yield opened


@pytest.mark.parametrize(("method", "url", "extra", "status", "code"), FAILURES)
def test_error_shape_is_pinned(small: TestClient, method: str, url: str,
                               extra: dict[str, Any], status: int, code: str) -> None:
    response = small.request(method, url, **extra)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["error"]
    assert list(body["error"]) == ["status", "code", "message"]
    assert body["error"]["status"] == status and body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert "Traceback" not in response.text


def test_size_limit_counts_chunked_bodies(small: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(20):
            yield b"y" * 500
        yield b'"}'

    response = small.post("/api/documents", content=chunks(),
                          headers={"Authorization": f"Bearer {TOKEN}",
                                   "Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"


def test_size_limit_lets_small_bodies_through(small: TestClient) -> None:
    response = small.post("/api/documents", json={"title": "t"},
                          headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422  # reached the route: no text, no html


def test_store_failure_is_503_without_detail(tmp_path: Path) -> None:
    path = tmp_path / "gone.db"
    with TestClient(create_app(str(path))) as app:
        path.unlink()
        path.mkdir()  # the database file is now a folder: every query fails
        app.app.state.upheaval.store.engine.dispose()  # type: ignore[attr-defined]
        response = app.get("/api/events")
    assert response.status_code == 503
    assert list(response.json()["error"]) == ["status", "code", "message"]
    assert "gone.db" not in response.text
