"""The user gazetteer: extra places from a CSV or YAML file.

Reports name places GeoNames cities do not hold: oil fields, campuses,
squares, plants. A user file lists them with coordinates::

    name,aliases,lat,lon,admin1,country,kind
    Rumaila oil field,Rumaila field,30.15,47.40,Basra,IQ,facility

YAML holds a list of mappings with the same keys (``aliases`` as a list).
``country`` is an ISO2 code; ``kind`` defaults to "facility".
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import yaml

from upheaval.errors import InputError
from upheaval.model import Place

_KINDS = ("city", "region", "country", "facility")


def _aliases(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    if isinstance(value, str):
        return [v.strip() for v in value.replace(";", "|").split("|") if v.strip()]
    return []


def _number(row: dict[str, Any], key: str, path: Path, line: int) -> float | None:
    value = row.get(key)
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as error:
        raise InputError("E020", str(path), line, f"{key}={value!r} is not a number") from error


def _place(row: dict[str, Any], path: Path, line: int, countries: dict[str, str]) -> Place:
    name = str(row.get("name") or "").strip()
    iso = str(row.get("country") or "").strip().upper()
    kind = str(row.get("kind") or "facility").strip().lower()
    if not name or iso not in countries or kind not in _KINDS:
        detail = f"needs a name, an ISO2 country and a kind in {_KINDS}"
        raise InputError("E020", str(path), line, f"user place {name!r}: {detail}")
    geonameid = row.get("geonameid")
    population = row.get("population")
    return Place(
        name=name,
        country=countries[iso],
        iso=iso,
        admin1=str(row.get("admin1") or "").strip() or None,
        latitude=_number(row, "lat", path, line),
        longitude=_number(row, "lon", path, line),
        geonameid=int(geonameid) if geonameid not in (None, "") else None,
        kind=kind,
        population=int(population) if population else 0,
    )


def _rows(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError("E002", str(path), detail=error.strerror or str(error)) from error
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text) or []
        except yaml.YAMLError as error:
            raise InputError("E020", str(path), detail=f"bad YAML: {error}") from error
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise InputError("E020", str(path), detail="YAML must be a list of places")
        return data
    return list(csv.DictReader(text.splitlines()))


def read_user_places(path: str | Path, countries: dict[str, str]) -> list[tuple[Place, list[str]]]:
    """Read a user gazetteer file.

    Args:
        path: a .csv, .yaml or .yml file.
        countries: country names by ISO2, to validate and name countries.

    Returns:
        Each place with all its names (the name first, then the aliases).

    Raises:
        InputError: the file cannot be read or a row is incomplete.
    """
    path = Path(path)
    places = []
    for line, row in enumerate(_rows(path), start=2):
        place = _place(row, path, line, countries)
        places.append((place, [place.name, *_aliases(row.get("aliases"))]))
    return places
