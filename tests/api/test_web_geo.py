"""The dashboard's offline map layers: admin1 outlines split per country, towns."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from upheaval.web.geo import (
    ADMIN1_SOURCE,
    TOLERANCE,
    admin1_outline,
    build_admin1,
    large_towns,
    simplify_ring,
)


def _square(lon: float, lat: float, size: float, steps: int = 200) -> list[list[float]]:
    edge = [[lon + size * i / steps, lat] for i in range(steps)]
    edge += [[lon + size, lat + size * i / steps] for i in range(steps)]
    edge += [[lon + size - size * i / steps, lat + size] for i in range(steps)]
    edge += [[lon, lat + size - size * i / steps] for i in range(steps)]
    return [*edge, edge[0]]


def test_simplify_ring_drops_close_points_and_keeps_it_closed() -> None:
    ring = _square(36.0, -1.0, 1.0)
    simplified = simplify_ring(ring)
    assert simplified[0] == simplified[-1]
    assert 4 <= len(simplified) < len(ring) / 3
    # Every corner keeps a point within the tolerance.
    for corner in ((36.0, -1.0), (37.0, -1.0), (37.0, 0.0), (36.0, 0.0)):
        assert any(abs(p[0] - corner[0]) <= TOLERANCE and abs(p[1] - corner[1]) <= TOLERANCE
                   for p in simplified), corner
    # A ring too small to see is dropped.
    assert simplify_ring(_square(36.0, -1.0, 0.01)) == []


def _modules(tmp_path: Path) -> Path:
    source = tmp_path / "node_modules" / ADMIN1_SOURCE
    source.parent.mkdir(parents=True)
    features = [
        {"type": "Feature", "properties": {"iso_a2": "KE", "name": "Nakuru", "name_en": "Nakuru"},
         "geometry": {"type": "Polygon", "coordinates": [_square(35.5, -1.0, 1.0)]}},
        {"type": "Feature", "properties": {"iso_a2": "KE", "name": "Turkana"},
         "geometry": {"type": "MultiPolygon", "coordinates": [[_square(35.0, 2.0, 2.0)]]}},
        {"type": "Feature", "properties": {"iso_a2": "-99", "name": "Disputed"},
         "geometry": {"type": "Polygon", "coordinates": [_square(10.0, 10.0, 1.0)]}},
        {"type": "Feature", "properties": {"iso_a2": "UG", "name": "Kampala"},
         "geometry": {"type": "Polygon", "coordinates": [_square(32.5, 0.2, 0.3)]}},
    ]
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return tmp_path / "node_modules"


def test_build_admin1_splits_by_country(tmp_path: Path) -> None:
    modules = _modules(tmp_path)
    folder = build_admin1(modules)
    assert sorted(p.name for p in folder.glob("*.json")) == ["KE.json", "UG.json"]
    kenya = json.loads((folder / "KE.json").read_text())
    assert [f["properties"]["name"] for f in kenya["features"]] == ["Nakuru", "Turkana"]
    assert all(f["geometry"]["type"] == "MultiPolygon" for f in kenya["features"])


def test_admin1_outline_builds_on_first_use(tmp_path: Path) -> None:
    modules = _modules(tmp_path)
    path = admin1_outline(modules, "ug")
    assert path is not None and path.name == "UG.json"
    assert admin1_outline(modules, "CL") is None  # no outlines for that country
    assert admin1_outline(modules, "../KE") is None
    assert admin1_outline(tmp_path / "empty", "KE") is None  # the package is missing


def test_large_towns_largest_first() -> None:
    towns = large_towns()
    assert len(towns) > 2000
    populations = [t[3] for t in towns]
    assert populations == sorted(populations, reverse=True) and min(populations) >= 100_000
    names = {t[0] for t in towns}
    assert {"Nairobi", "Lagos", "Santiago", "Almaty"} <= names


def test_geo_routes(client: TestClient) -> None:
    towns = client.get("/geo/towns.json").json()
    assert towns["columns"] == ["name", "latitude", "longitude", "population"]
    assert len(towns["rows"]) > 2000
    unknown = client.get("/geo/admin1/ZZ.json")
    assert unknown.status_code == 200 and unknown.json()["features"] == []
