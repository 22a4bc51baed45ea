"""Table-driven tests: a short sentence, a name in it, the GeoNames id it must get.

The table (cases.tsv) holds sentences from many countries with old names
(Bombay, Leningrad), transliterations (Alma-Ata, Teheran), ambiguous names
(Hyderabad, Tripoli, Cordoba), demonyms, regions ("Atyrau province") and sites
("University of Nairobi"), each with the GeoNames id and geo_precision
expected.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from upheaval.resolve.places import Gazetteer, find_places

_TABLE = Path(__file__).with_name("cases.tsv")


def _cases() -> list[tuple[str, str, int, int]]:
    rows = []
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, name, geonameid, precision, _ = line.split("\t")
            rows.append((sentence, name, int(geonameid), int(precision)))
    return rows


CASES = _cases()


def test_table_is_broad() -> None:
    assert len(CASES) >= 200
    countries = {
        line.rsplit("(", 1)[1][:2]
        for line in _TABLE.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    }
    assert len(countries) >= 25


@pytest.mark.parametrize(
    ("sentence", "name", "geonameid", "precision"), CASES, ids=[c[0][:60] for c in CASES]
)
def test_find_places_resolves_table(
    gazetteer: Gazetteer, sentence: str, name: str, geonameid: int, precision: int
) -> None:
    mentions = {m.text: m for m in find_places(sentence, gazetteer)}
    assert name in mentions, f"{name!r} not found; found {sorted(mentions)}"
    mention = mentions[name]
    assert mention.place.geonameid == geonameid, mention.reason
    assert mention.geo_precision == precision
    assert sentence[mention.start : mention.end] == mention.text
    assert mention.reason
