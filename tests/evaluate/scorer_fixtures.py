"""Paths and made-up records for the scorer tests (no real reports).

``make_gold`` and ``perturb`` build random gold events in invented towns and
predictions that copy them with shifted days, moved places, other types,
duplicates and noise: the cases where scorers disagree if they disagree.
"""

from __future__ import annotations

import importlib.util
import random
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data" / "evaluate"
REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"
NO_REFERENCE = f"reference scorer not found at {REFERENCE} (../shared is absent)"


def load_reference() -> ModuleType | None:
    """The reference scorer as a module, None when ../shared is not beside the repo."""
    if not REFERENCE.is_file():
        return None
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Made-up towns on a grid: (name, admin1, latitude, longitude, geonameid).
TOWNS = [
    ("Northbrook", "Upland", 10.0, 20.0, 9001),
    ("Northbrook East", "Upland", 10.05, 20.1, 9002),  # ~12 km from Northbrook
    ("Millford", "Upland", 10.3, 20.0, 9003),  # ~33 km
    ("Southgate", "Lowland", 11.0, 20.0, 9004),  # ~111 km
    ("Riverside", "Lowland", 11.2, 21.0, 9005),
]
TYPES = {
    "Protests": ["Peaceful protest", "Protest with intervention"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Other", "Arrests"],
}
MEASURES = ["curfew", "internet_shutdown", "state_of_emergency"]
START = date(2023, 3, 1)


def make_gold(rng: random.Random, docs: int, per_doc: int) -> list[dict[str, Any]]:
    """Gold records over a few documents: towns, regions and national acts."""
    rows = []
    for d in range(docs):
        for _ in range(rng.randint(0, per_doc)):
            event_type = rng.choice(list(TYPES))
            town = rng.choice(TOWNS)
            row: dict[str, Any] = {
                "doc": f"doc-{d}",
                "event_date": (START + timedelta(days=rng.randint(0, 40))).isoformat(),
                "time_precision": rng.choice([1, 1, 2, 3]),
                "event_type": event_type,
                "sub_event_type": rng.choice(TYPES[event_type]),
                "country": "Freedonia",
                "iso": rng.choice(["FD", None]),
                "location": town[0],
                "admin1": town[1],
                "latitude": town[2],
                "longitude": town[3],
                "geonameid": town[4],
                "measures": rng.sample(MEASURES, rng.randint(0, 1)),
            }
            kind = rng.random()
            if kind < 0.15:  # placed by region only
                row.update(
                    location=f"{town[1]} Region", latitude=None, longitude=None, geonameid=None
                )
            elif kind < 0.3:  # national act
                row.update(
                    location="Freedonia",
                    admin1=None,
                    latitude=None,
                    longitude=None,
                    geonameid=None,
                    national=True,
                    capital=[10.0, 20.0],
                )
            rows.append(row)
    return rows


def perturb(rng: random.Random, gold: list[dict[str, Any]], docs: int) -> list[dict[str, Any]]:
    """Predictions: copies of gold with shifted days, moved places, other types, and noise."""
    pred = []
    for g in gold:
        if rng.random() < 0.25:
            continue  # missed
        for _ in range(rng.choice([1, 1, 1, 2])):  # sometimes a duplicate
            pred.append(_copy(rng, g))
    for _ in range(rng.randint(0, 4)):  # spurious, some in documents without gold
        pred.append(_copy(rng, _one_gold(rng), doc=f"doc-{rng.randint(0, docs)}"))
    rng.shuffle(pred)
    return pred


def _one_gold(rng: random.Random) -> dict[str, Any]:
    while True:
        rows = make_gold(rng, 1, 2)
        if rows:
            return rows[0]


def _copy(rng: random.Random, g: dict[str, Any], doc: str | None = None) -> dict[str, Any]:
    p = {k: v for k, v in g.items() if k not in ("doc", "national", "capital", "time_precision")}
    p["doc_ids"] = [doc or g["doc"]]
    day = date.fromisoformat(g["event_date"]) + timedelta(
        days=rng.choice([0, 0, 0, 1, -1, 2, 3, 4, 25])
    )
    p["event_date"] = day.isoformat()
    if rng.random() < 0.3:
        town = rng.choice(TOWNS)
        p.update(
            location=town[0],
            admin1=town[1],
            latitude=town[2],
            longitude=town[3],
            geonameid=rng.choice([town[4], None]),
        )
    if rng.random() < 0.1:
        p.update(location="Freedonia", admin1=None, latitude=None, longitude=None, geonameid=None)
    if rng.random() < 0.1:  # the same place name and point, but another country
        p.update(country="Sylvania", iso=rng.choice(["SY", None]))
    elif rng.random() < 0.1:  # the same country, named by its code only
        p.update(iso="FD", country=None)
    if rng.random() < 0.15:
        p["event_type"] = rng.choice(list(TYPES))
    if rng.random() < 0.3:
        p["sub_event_type"] = rng.choice(TYPES[p["event_type"]])
    if rng.random() < 0.2:
        p["measures"] = rng.sample(MEASURES, 1)
    return p
