"""OpenAPI description and the /docs page (served offline)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def test_openapi_lists_the_contract_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}", "/api/documents",
            "/api/spread"} <= set(paths)
    assert set(paths["/api/documents"]) == {"get", "post"}
    parameters = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"country", "since", "until", "type", "place", "limit", "offset",
            "format"} <= parameters


def test_docs_page_loads_only_local_files(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") for s in sources), sources
    for source in sources:
        assert client.get(source).status_code == 200, source


def test_dashboard_page_and_files(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    sources = re.findall(r'(?:src|href)="(/[^"]+)"', page.text)
    assert len(sources) >= 5
    for source in sources:
        assert client.get(source).status_code == 200, f"{source}: run npm ci"
