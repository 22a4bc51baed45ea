"""Place recognition and resolution against an offline GeoNames gazetteer.

Public API::

    gazetteer = load_gazetteer()            # cached index, built on first use
    focus = detect_focus_country(text, gazetteer)
    mentions = find_places(text, gazetteer, focus=focus, hints=entity_spans)

``build_gazetteer_index`` rebuilds the cached index (``upheaval gazetteer
build``).
"""

from __future__ import annotations

from upheaval.resolve.places.find import detect_focus_country, find_places
from upheaval.resolve.places.gazetteer import Entry, Gazetteer, index_path, load_gazetteer
from upheaval.resolve.places.index import build_gazetteer_index, default_cache_dir

__all__ = [
    "Entry",
    "Gazetteer",
    "build_gazetteer_index",
    "default_cache_dir",
    "detect_focus_country",
    "find_places",
    "index_path",
    "load_gazetteer",
]
