"""The Gazetteer API: countries, capitals, regions, lookup, user places, cache."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from upheaval.errors import ConfigError, InputError
from upheaval.resolve.places import Gazetteer, find_places, index_path, load_gazetteer
from upheaval.resolve.places import gazetteer as gazetteer_module
from upheaval.resolve.places import index as index_module


@pytest.mark.parametrize(
    ("iso", "name", "geonameid"),
    [
        ("KZ", "Kazakhstan", 1522867),
        ("NG", "Nigeria", 2328926),
        ("CI", "Ivory Coast", 2287781),
        ("PS", "Palestine", 6254930),
        ("us", "United States", 6252001),
    ],
)
def test_country_gives_country_place(
    gazetteer: Gazetteer, iso: str, name: str, geonameid: int
) -> None:
    place = gazetteer.country(iso)
    assert place is not None
    assert (place.name, place.geonameid, place.kind, place.admin1) == (
        name,
        geonameid,
        "country",
        None,
    )
    assert place.latitude is not None and place.longitude is not None


def test_country_unknown_is_none(gazetteer: Gazetteer) -> None:
    assert gazetteer.country("QQ") is None


@pytest.mark.parametrize(
    ("iso", "geonameid"),
    [
        ("KZ", 1526273),
        ("NG", 2352778),
        ("MM", 6611854),
        ("FR", 2988507),
        ("BO", 3903987),
    ],
)
def test_capital_gives_capital_city(gazetteer: Gazetteer, iso: str, geonameid: int) -> None:
    place = gazetteer.capital(iso)
    assert place is not None and place.geonameid == geonameid and place.kind == "city"


@pytest.mark.parametrize(
    ("iso", "query", "name"),
    [
        ("KZ", "Mangistau", "Mangystau"),
        ("KZ", "KZ.06", "Atyrau"),
        ("KZ", "09", "Mangystau"),
        ("KZ", "Karaganda", "Karaganda"),
        ("NG", "Lagos", "Lagos"),
        ("NG", "Rivers State", "Rivers"),
        ("IR", "Khuzestan", "Khuzestan"),
        ("UA", "Donetsk", "Donetsk"),
    ],
)
def test_region_by_name_or_code(gazetteer: Gazetteer, iso: str, query: str, name: str) -> None:
    place = gazetteer.region(iso, query)
    assert place is not None
    assert (place.kind, place.name, place.admin1, place.iso) == ("region", name, name, iso)


def test_city_admin1_is_a_name(gazetteer: Gazetteer) -> None:
    almaty = gazetteer.lookup("Almaty", "KZ")
    city = next(p for p in almaty if p.kind == "city")
    assert city.admin1 == "Almaty" and city.country == "Kazakhstan"


@pytest.mark.parametrize(
    ("name", "geonameid"),
    [
        ("Alma-Ata", 1526384),
        ("alma ata", 1526384),
        ("ALMATY", 1526384),
        ("Nur-Sultan", 1526273),
        ("Aqtöbe", 610611),
        ("Kiev", 703448),
        ("Rangoon", 1298824),
        ("Bombay", 1275339),
        ("Saint Petersburg", 498817),
        ("St. Petersburg", 498817),
        ("N'Djamena", 2427123),
        ("Ndjamena", 2427123),
    ],
)
def test_lookup_finds_spelling_variants(gazetteer: Gazetteer, name: str, geonameid: int) -> None:
    assert geonameid in [p.geonameid for p in gazetteer.lookup(name)]


def test_lookup_filters_by_country(gazetteer: Gazetteer) -> None:
    places = gazetteer.lookup("Tripoli", "LB")
    assert places and {p.iso for p in places} == {"LB"}
    assert gazetteer.lookup("Nowhereville Xyz") == []


def test_load_gazetteer_is_cached_per_process(gazetteer: Gazetteer) -> None:
    assert load_gazetteer() is gazetteer


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_user_csv_places_are_found(gazetteer: Gazetteer, tmp_path: Path) -> None:
    user = _write(
        tmp_path / "places.csv",
        (
            "name,aliases,lat,lon,admin1,country,kind\n"
            "Rumaila oil field,Rumaila field|Rumaila,30.15,47.40,Basra,IQ,facility\n"
            "Maple Campus,,45.5,-73.6,Quebec,CA,facility\n"
        ),
    )
    custom = load_gazetteer(user_file=user)
    assert custom is not gazetteer
    text = "Workers blocked the entrance to the Rumaila field near Basra, Iraq."
    mention = next(m for m in find_places(text, custom) if m.text == "Rumaila field")
    assert mention.place.name == "Rumaila oil field" and mention.place.kind == "facility"
    assert mention.geo_precision == 2
    assert (mention.place.latitude, mention.place.longitude) == (30.15, 47.40)
    assert mention.place.country == "Iraq"
    assert load_gazetteer(user_file=user) is custom


def test_user_yaml_places_are_found(tmp_path: Path) -> None:
    user = _write(
        tmp_path / "places.yaml",
        (
            "- name: Freedom Plaza Camp\n  aliases: [the Plaza Camp]\n"
            "  lat: 14.6\n  lon: 121.0\n  country: PH\n  admin1: Metro Manila\n"
        ),
    )
    custom = load_gazetteer(user_file=user)
    mentions = find_places("Police cleared Freedom Plaza Camp at dawn.", custom)
    assert [m.place.name for m in mentions] == ["Freedom Plaza Camp"]


@pytest.mark.parametrize(
    "content",
    [
        "name,lat,lon,country\nNo Country,1,2,\n",
        "name,lat,lon,country\nBad Lat,north,2,KZ\n",
    ],
)
def test_user_file_errors_name_the_file(tmp_path: Path, content: str) -> None:
    user = _write(tmp_path / "bad.csv", content)
    with pytest.raises(InputError) as error:
        load_gazetteer(user_file=user)
    assert "bad.csv:2" in str(error.value)


def test_missing_user_file_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_gazetteer(user_file=tmp_path / "absent.csv")


def test_index_name_carries_version(tmp_path: Path) -> None:
    path = index_path(tmp_path)
    assert path.parent == tmp_path
    # The version and a digest of the sources: another install of other
    # sources keeps its own file in a shared cache.
    assert re.fullmatch(
        rf"gazetteer-v{index_module.INDEX_VERSION}-[0-9a-f]{{10}}\.pickle", path.name
    )


@pytest.mark.parametrize(
    "data",
    [
        {"version": index_module.INDEX_VERSION - 1},
        {"version": index_module.INDEX_VERSION, "fingerprint": "old"},
    ],
)
def test_stale_index_is_not_used(tmp_path: Path, data: dict[str, object]) -> None:
    path = tmp_path / "stale.pickle"
    path.write_bytes(pickle.dumps(data))
    assert gazetteer_module._read_index(path) is None


def test_cache_dir_follows_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("UPHEAVAL_CACHE_DIR", str(tmp_path))
    assert index_module.default_cache_dir() == tmp_path
    monkeypatch.delenv("UPHEAVAL_CACHE_DIR")
    assert index_module.default_cache_dir() == Path.home() / ".cache" / "upheaval"


@pytest.mark.slow
def test_build_gazetteer_index_writes_loadable_index(tmp_path: Path) -> None:
    path = index_module.build_gazetteer_index(tmp_path)
    assert path.exists() and path.parent == tmp_path
    data = gazetteer_module._read_index(path)
    # How long the build took is recorded (bench/places.py reports it); no time bound here.
    assert data is not None and data["build_seconds"] > 0


def test_unwritable_cache_is_config_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    with pytest.raises(ConfigError, match="UPHEAVAL_CACHE_DIR"):
        index_module.build_gazetteer_index(blocker / "cache")
