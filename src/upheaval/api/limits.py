"""Request size limits, enforced before a body reaches a route.

A report of a few pages is 10-100 kB of text; the largest real ones we have
seen (long PDF extractions) stay under 1 MB. ``MAX_BODY_BYTES`` (2 MiB)
leaves room for those and bounds the memory one request can take. A body
that announces a larger Content-Length is refused at once; a body sent
without one (chunked) is counted as it arrives and cut off at the limit.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import HTTPException

__all__ = ["MAX_BODY_BYTES", "BodySizeLimit"]

MAX_BODY_BYTES = 2 * 1024 * 1024

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


class _TooLarge(HTTPException):
    """Raised while a body arrives: the framework answers it like any 413.

    An HTTPException, because FastAPI turns any other exception raised while
    it reads a body into a 400.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body over {limit} bytes")


def _too_large_body(limit: int) -> bytes:
    # The API's one error shape (see upheaval.api.errors), built here because
    # this runs outside the framework's exception handlers.
    return json.dumps(
        {
            "error": {
                "status": 413,
                "code": "too_large",
                "message": f"request body over {limit} bytes",
            }
        }
    ).encode()


class BodySizeLimit:
    """ASGI middleware: refuse request bodies over ``limit`` bytes with 413."""

    def __init__(self, app: App, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _TooLarge(self.limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = _too_large_body(self.limit)
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
