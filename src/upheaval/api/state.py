"""What the API's routes share: the store, the token and the ingest pipeline."""

from __future__ import annotations

import hmac
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fastapi import Request

from upheaval.api.errors import ApiError
from upheaval.store import SqlStore

if TYPE_CHECKING:
    from upheaval.pipeline import Resources

__all__ = ["ApiState", "CACHED_VIEWS", "get_state"]

CACHED_VIEWS = 8


def _load_resources() -> Resources:
    from upheaval.pipeline import load_resources

    return load_resources()


@dataclass
class ApiState:
    """The app's store, its ingest token and the pipeline's models.

    Attributes:
        store: the open store (one engine, shared by every request).
        token: the bearer token that allows ``POST /api/documents``; None
            keeps the API read-only.
        loader: loads the pipeline's models on the first ingest.
    """

    store: SqlStore
    token: str | None = None
    loader: Callable[[], Resources] = _load_resources
    _resources: Resources | None = field(default=None, repr=False)
    # spaCy pipelines are not documented as thread-safe, and the routes run in
    # a thread pool: one ingest runs at a time.
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # Answers too costly to build twice (the map's points): key -> (store
    # version, body). A few views at most: each holds up to ~12 MB.
    cache: OrderedDict[str, tuple[tuple[Any, ...], bytes]] = field(
        default_factory=OrderedDict, repr=False
    )
    cache_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def cached(self, key: str, build: Callable[[], bytes]) -> bytes:
        """The body for ``key``, built again only when the store has changed.

        The store's version is its counts and its newest document: every
        write (a document with its events, merged or not) changes them.
        """
        version = self.store.version()
        with self.cache_lock:
            hit = self.cache.get(key)
            if hit is not None and hit[0] == version:
                self.cache.move_to_end(key)
                return hit[1]
        body = build()
        with self.cache_lock:
            self.cache[key] = (version, body)
            self.cache.move_to_end(key)
            while len(self.cache) > CACHED_VIEWS:
                self.cache.popitem(last=False)
        return body

    def resources(self) -> Resources:
        """The pipeline's models, loaded once (call with ``lock`` held)."""
        if self._resources is None:
            self._resources = self.loader()
        return self._resources

    def check_token(self, authorization: str | None) -> None:
        """Allow a write only with the configured bearer token.

        Raises:
            ApiError: 403 when no token is configured (the API is read-only),
                401 when the header is missing or the token is wrong.
        """
        if not self.token:
            raise ApiError(
                403,
                "read_only",
                "this API is read-only: start it with a token "
                "(--token or UPHEAVAL_API_TOKEN) to allow ingest",
            )
        scheme, _, given = (authorization or "").partition(" ")
        # compare_digest: the time taken does not reveal how much matched.
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode(), self.token.encode()
        ):
            raise ApiError(
                401,
                "unauthorized",
                "a valid bearer token is required",
                {"WWW-Authenticate": "Bearer"},
            )


def get_state(request: Request) -> ApiState:
    """FastAPI dependency: the app's shared state."""
    state: ApiState = request.app.state.upheaval
    return state
