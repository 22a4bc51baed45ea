"""The FastAPI app: the REST API under ``/api`` and the dashboard at ``/``."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from upheaval import __version__
from upheaval.api import documents, events
from upheaval.api.errors import install_error_handlers
from upheaval.api.limits import MAX_BODY_BYTES, BodySizeLimit
from upheaval.api.state import ApiState
from upheaval.store import open_store

__all__ = ["TOKEN_ENV", "create_app"]

TOKEN_ENV = "UPHEAVAL_API_TOKEN"

_DESCRIPTION = """Events extracted from reports of protests and unrest, ACLED-style.

Read-only unless a token is configured; `POST /api/documents` then needs
`Authorization: Bearer <token>`.

Every error answers one shape, `ErrorResponse`:
`{"error": {"status": 400, "code": "unknown_parameter", "message": "..."}}`.
A query parameter a route does not take is a 400 (`unknown_parameter`), and
so is a country or event type nobody knows (`unknown_country`,
`unknown_type`); a malformed value is a 422 (`invalid_request`).

Lists are paginated with `limit` and `offset` and say `total` and
`next_offset`. `GET /api/events?format=` gives JSON, GeoJSON, CSV or ACLED CSV.
"""

_VALIDATION_SCHEMAS = ("HTTPValidationError", "ValidationError")


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI schema with the real error shape in place of FastAPI's default.

    FastAPI documents its own validation error body for 422; this app answers
    ``ErrorResponse`` instead (see ``upheaval.api.errors``).
    """
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes
    )
    error_ref = {"$ref": "#/components/schemas/ErrorResponse"}
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            answer = operation.get("responses", {}).get("422")
            if answer is not None:
                answer["description"] = "a parameter's value is malformed"
                answer["content"] = {"application/json": {"schema": error_ref}}
    components = schema.get("components", {}).get("schemas", {})
    for name in _VALIDATION_SCHEMAS:
        components.pop(name, None)
    app.openapi_schema = schema
    return schema


def create_app(
    db: str | None = None, token: str | None = None, *, max_body: int = MAX_BODY_BYTES
) -> FastAPI:
    """Build the API and dashboard app on a store.

    Args:
        db: a SQLite path or a postgresql:// URL (default as the CLI's).
        token: bearer token that allows ingest; None reads
            ``$UPHEAVAL_API_TOKEN``; when neither is set the API is read-only.
        max_body: largest request body accepted, in bytes.

    Returns:
        The app, ready for uvicorn or a TestClient.

    Raises:
        StoreError: when the database cannot be opened.
    """
    state = ApiState(store=open_store(db), token=token or os.environ.get(TOKEN_ENV) or None)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        state.store.close()

    app = FastAPI(
        title="upheaval",
        version=__version__,
        description=_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.upheaval = state
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, limit=max_body)
    app.include_router(events.router)
    app.include_router(documents.router)
    from upheaval.web import mount_dashboard

    mount_dashboard(app)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app
