"""The loaded gazetteer: places, names and the name automaton.

``load_gazetteer`` reads the cached index (building it first when missing or
stale) and keeps one object per (user file, cache dir) in the process.
"""

from __future__ import annotations

import math
import pickle
import threading
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from upheaval.errors import InputError
from upheaval.model import Place
from upheaval.resolve.places import index as idx
from upheaval.resolve.places import sources
from upheaval.resolve.places.normalize import name_keys, skeleton
from upheaval.resolve.places.packed import HashIndex, PackedStrings, PackedTable
from upheaval.resolve.places.userfile import read_user_places

# A name the gazetteer lacks is taken for a near spelling of a place in the
# report's country at this rapidfuzz ratio of their spelling skeletons or more:
# "Brahmanbarhia" ~ Brahmanbaria (96), "Habigonj" ~ Habiganj (88); "Kamal" ~
# Kamalganj, "Hasan" ~ Hasanpur stay below. Only skeletons of this length and
# up are compared: short ones collide.
NEAR_RATIO = 86
NEAR_MIN_LENGTH = 6

# GeoNames names we rename to the form ACLED uses for the country.
_COUNTRY_NAMES = {"PS": "Palestine"}


@dataclass(frozen=True, slots=True)
class Entry:
    """One way a name can refer to a place.

    Attributes:
        place: the place.
        primary: the name is the place's own (not a foreign alternate).
        demonym: the name is a demonym of a country ("Kazakh").
        abbreviation: the name is an upper-case abbreviation ("US").
        spelling: an alternate name that is a spelling of the main name
            ("Aqtobe" for Aktobe), not an exonym or an old name.
        district: the name of a second-level division ("Noakhali"),
            placed at its main town.
    """

    place: Place
    primary: bool = True
    demonym: bool = False
    abbreviation: bool = False
    spelling: bool = False
    district: bool = False


class Gazetteer:
    """Places and their names, loaded from the compact index."""

    def __init__(self, data: dict[str, Any], user_places: list[tuple[Place, list[str]]]) -> None:
        columns = data["columns"]
        self._names: PackedStrings = columns["name"]
        self._iso_blob: str = columns["iso"]
        self._admin1: array[int] = columns["admin1"]
        self._admin1_values: list[str] = columns["admin1_values"]
        self._lat: array[float] = columns["lat"]
        self._lon: array[float] = columns["lon"]
        self._population: array[int] = columns["population"]
        self._geonameid: array[int] = columns["geonameid"]
        self._kind: array[int] = columns["kind"]
        self._vocabulary: HashIndex = data["vocabulary"]
        self.automaton: Any = data["automaton"]
        self._offsets: array[int] = data["offsets"]
        self._postings: array[int] = data["postings"]
        self._name_flags: array[int] = data["name_flags"]
        self._capitals: dict[str, int] = data["capitals"]
        self._region_codes: dict[str, int] = data["region_codes"]
        self._variants: PackedTable = data["variants"]
        self._countries = {
            self._iso(i): i for i in range(len(self._kind)) if self._kind[i] == idx.KIND_COUNTRY
        }
        self._cache: dict[int, Place] = {}
        self._near: dict[str, tuple[list[str], list[int]]] = {}
        self._capital_ids: frozenset[int] | None = None
        self.user_names: dict[tuple[str, ...], list[Place]] = {}
        for place, names in user_places:
            for name in names:
                self.user_names.setdefault(name_keys(name), []).append(place)

    def _name(self, index: int) -> str:
        return self._names[index]

    def _iso(self, index: int) -> str:
        return self._iso_blob[2 * index : 2 * index + 2]

    def country_names(self) -> dict[str, str]:
        """Country names by ISO2 code."""
        return {iso: self._country_name(iso) for iso in self._countries}

    def _country_name(self, iso: str) -> str:
        index = self._countries.get(iso)
        return _COUNTRY_NAMES.get(iso) or (self._name(index) if index is not None else iso)

    def place_at(self, index: int) -> Place:
        """The place stored at ``index`` of the index arrays."""
        place = self._cache.get(index)
        if place is None:
            lat, lon = self._lat[index], self._lon[index]
            kind = self._kind[index]
            iso = self._iso(index)
            name = self._name(index)
            place = Place(
                name=_COUNTRY_NAMES.get(iso, name) if kind == idx.KIND_COUNTRY else name,
                country=self._country_name(iso),
                iso=iso,
                admin1=self._admin1_values[self._admin1[index]] or None,
                latitude=None if math.isnan(lat) else round(lat, 5),
                longitude=None if math.isnan(lon) else round(lon, 5),
                geonameid=self._geonameid[index],
                kind=idx.KIND_NAMES[kind],
                population=self._population[index],
            )
            self._cache[index] = place
        return place

    def token_code(self, key: str) -> str | None:
        """The automaton spelling of one folded word, None if no name uses it."""
        token_id = self._vocabulary.find(key)
        return None if token_id is None else idx.encode_token(token_id)

    def name_flags(self, name_id: int) -> int:
        """The NAME_* flags of a name id found by the automaton."""
        return self._name_flags[name_id]

    def entries(self, name_id: int) -> Iterator[Entry]:
        """The places a name id refers to."""
        for posting in self._postings[self._offsets[name_id] : self._offsets[name_id + 1]]:
            flags = posting & ((1 << idx._FLAG_BITS) - 1)
            yield Entry(
                self.place_at(posting >> idx._FLAG_BITS),
                primary=bool(flags & idx.FLAG_PRIMARY),
                demonym=bool(flags & idx.FLAG_DEMONYM),
                abbreviation=bool(flags & idx.FLAG_ABBREV),
                spelling=bool(flags & idx.FLAG_SPELLING),
                district=bool(flags & idx.FLAG_DISTRICT),
            )

    def variants(self, keys: tuple[str, ...]) -> list[Entry]:
        """Places whose name is spelled like ``keys`` up to transliteration."""
        return [
            Entry(self.place_at(i), primary=False, spelling=True)
            for i in self._variants.get(skeleton(keys))
        ]

    def near_spellings(self, keys: tuple[str, ...], iso: str) -> list[Entry]:
        """Places of one country whose name is spelled nearly like ``keys``.

        A fuzzy guess for a name no spelling rule reaches ("Brahmanbarhia",
        "Habigonj"), only among the places of the report's own country that
        the variant lookup covers (regions, districts, towns of 15000 or more),
        with the same first letter and a close length.
        """
        form = skeleton(keys)
        if len(form) < NEAR_MIN_LENGTH:
            return []
        forms, places = self._near_table(iso.upper())
        found = process.extract(form, forms, scorer=fuzz.ratio, score_cutoff=NEAR_RATIO, limit=None)
        return [
            Entry(self.place_at(places[position]), primary=False, spelling=True)
            for choice, _, position in found
            if choice[0] == form[0] and abs(len(choice) - len(form)) <= 2
        ]

    def _near_table(self, iso: str) -> tuple[list[str], list[int]]:
        if iso not in self._near:
            indices = sorted(
                {i for i in self._variants.values if self._iso(i) == iso}
                - set(self._countries.values())
            )
            forms = [skeleton(name_keys(self._name(i))) for i in indices]
            self._near[iso] = (forms, indices)
        return self._near[iso]

    def name_id(self, keys: tuple[str, ...]) -> int | None:
        """The name id of a folded name, None when the index lacks it."""
        codes = [self.token_code(k) for k in keys]
        if not codes or None in codes:
            return None
        found: int = self.automaton.get("".join(c for c in codes if c), -1)
        return None if found < 0 else found >> 3

    def lookup(self, name: str, iso: str | None = None) -> list[Place]:
        """All places a name may refer to, most populous first.

        Args:
            name: a place name in any spelling ("Alma-Ata").
            iso: keep only places in this country.
        """
        keys = name_keys(name)
        found = list(self.user_names.get(keys, []))
        name_id = self.name_id(keys)
        if name_id is not None:
            found += [e.place for e in self.entries(name_id)]
        found = [p for p in dict.fromkeys(found) if iso is None or p.iso == iso.upper()]
        return sorted(found, key=lambda p: -p.population)

    def country(self, iso: str) -> Place | None:
        """The country as a Place (capital coordinates, the country's id)."""
        index = self._countries.get(iso.upper())
        return None if index is None else self.place_at(index)

    def capital_ids(self) -> frozenset[int]:
        """GeoNames ids of the national capitals."""
        if self._capital_ids is None:
            self._capital_ids = frozenset(
                self.place_at(i).geonameid or 0 for i in self._capitals.values()
            )
        return self._capital_ids

    def capital(self, iso: str) -> Place | None:
        """The capital city of a country."""
        index = self._capitals.get(iso.upper())
        return None if index is None else self.place_at(index)

    def region(self, iso: str, admin1_name_or_code: str) -> Place | None:
        """A first-level region by name ("Mangistau") or code ("KZ.09", "09")."""
        iso = iso.upper()
        code = admin1_name_or_code.strip()
        for key in (code, f"{iso}.{code}"):
            index = self._region_codes.get(key)
            if index is not None and self._iso(index) == iso:
                return self.place_at(index)
        regions = [p for p in self.lookup(code, iso) if p.kind == "region"]
        return regions[0] if regions else None


_LOADED: dict[tuple[str, str], Gazetteer] = {}
_LOCK = threading.Lock()


def index_path(cache_dir: str | Path | None = None) -> Path:
    """Where the index of this version lives."""
    return (Path(cache_dir) if cache_dir else idx.default_cache_dir()) / idx.index_name()


def _read_index(path: Path) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    if data.get("version") != idx.INDEX_VERSION:
        return None
    return data if data.get("fingerprint") == sources.fingerprint() else None


def load_gazetteer(
    user_file: str | Path | None = None, cache_dir: str | Path | None = None
) -> Gazetteer:
    """Load the gazetteer, building its index first if missing or stale.

    Args:
        user_file: optional CSV/YAML file of extra places.
        cache_dir: index directory; default ``$UPHEAVAL_CACHE_DIR`` or
            ``~/.cache/upheaval``.

    Returns:
        The gazetteer; the same object for the same arguments in a process.

    Raises:
        InputError: the user file cannot be read.
    """
    path = index_path(cache_dir)
    key = (str(Path(user_file).resolve()) if user_file else "", str(path))
    with _LOCK:
        if key not in _LOADED:
            data = _read_index(path)
            if data is None:
                data = _read_index(idx.build_gazetteer_index(path.parent))
            if data is None:
                raise InputError("E002", str(path), detail="gazetteer index unreadable")
            base = Gazetteer(data, [])
            user = read_user_places(user_file, base.country_names()) if user_file else []
            _LOADED[key] = Gazetteer(data, user) if user else base
        return _LOADED[key]
