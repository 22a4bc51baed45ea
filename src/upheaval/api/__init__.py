"""REST API (FastAPI) over the store; needs the ``serve`` extra.

``create_app(db, token)`` builds the app: ``/api/events``,
``/api/events/{id}``, ``/api/documents``, ``/api/spread``, the dashboard at
``/`` and the OpenAPI docs at ``/docs``.
"""

from __future__ import annotations

from upheaval.api.app import TOKEN_ENV, create_app

__all__ = ["TOKEN_ENV", "create_app"]
