"""One JSON error shape for every API failure.

Every error answers ``{"error": {"status": <int>, "code": <str>,
"message": <str>}}``: a client reads one shape whether a route was missing,
a parameter malformed, the token wrong or the database down. Tracebacks never
reach the client.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException

from upheaval.errors import InputError, StoreError, UpheavalError

__all__ = ["ApiError", "error_response", "install_error_handlers"]

log = logging.getLogger("upheaval.api")

# Codes for plain HTTP errors raised by the framework itself (unknown route,
# wrong method ...).
_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_request",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """An error the API answers with on purpose."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    """The one error shape, as a response."""
    return JSONResponse(
        {"error": {"status": status, "code": code, "message": message}},
        status_code=status,
        headers=headers,
    )


def _field(location: tuple[object, ...]) -> str:
    return ".".join(str(part) for part in location)


def _describe(error: Exception) -> tuple[int, str, str, dict[str, str] | None]:
    """Status, code, message and headers for any exception."""
    if isinstance(error, ApiError):
        return error.status, error.code, error.message, error.headers
    if isinstance(error, RequestValidationError):
        problems = [
            f"{_field(tuple(e.get('loc', ())))}: {e.get('msg', 'invalid')}" for e in error.errors()
        ]
        return 422, "invalid_request", "; ".join(problems) or "invalid request", None
    if isinstance(error, StarletteHTTPException):
        headers = dict(error.headers) if error.headers else None
        return (
            error.status_code,
            _HTTP_CODES.get(error.status_code, "http_error"),
            str(error.detail),
            headers,
        )
    if isinstance(error, InputError):
        return 400, error.code, error.describe(), None
    if isinstance(error, StoreError):
        log.error("store error: %s", error.describe())
        return 503, error.code, "the database is unavailable", None
    if isinstance(error, SQLAlchemyError):
        # The store wraps writes in StoreError; a read can still fail here
        # (server gone, file removed). The detail goes to the log only.
        log.error("database error: %s", type(error).__name__)
        return 503, "E030", "the database is unavailable", None
    if isinstance(error, UpheavalError):
        return 500, error.code, error.describe(), None
    log.error("unexpected error", exc_info=error)
    return 500, "internal_error", "internal error", None


async def _handle(_request: Request, error: Exception) -> JSONResponse:
    return error_response(*_describe(error))


def install_error_handlers(app: FastAPI) -> None:
    """Make every error of the app answer in the one shape."""
    for kind in (
        ApiError,
        StarletteHTTPException,
        RequestValidationError,
        UpheavalError,
        SQLAlchemyError,
        Exception,
    ):
        app.add_exception_handler(kind, _handle)
