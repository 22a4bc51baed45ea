"""Place recognition and resolution against an offline GeoNames gazetteer.

Public API::

    gazetteer = load_gazetteer()            # cached index, built on first use
    focus = detect_focus_country(text, gazetteer)
    mentions = find_places(text, gazetteer, focus=focus, hints=entity_spans)

    scan = PlaceScan(text, gazetteer)       # both on one scan of the text
    focus = detect_focus_country(text, gazetteer, scan=scan)
    mentions = find_places(text, gazetteer, focus=focus, hints=entity_spans, scan=scan)

``build_gazetteer_index`` rebuilds the cached index (``upheaval gazetteer
build``).
"""

from __future__ import annotations

from upheaval.resolve.places.find import PlaceScan, at_seat, detect_focus_country, find_places
from upheaval.resolve.places.gazetteer import Entry, Gazetteer, index_path, load_gazetteer
from upheaval.resolve.places.index import build_gazetteer_index, default_cache_dir

__all__ = [
    "Entry",
    "Gazetteer",
    "PlaceScan",
    "at_seat",
    "build_gazetteer_index",
    "default_cache_dir",
    "detect_focus_country",
    "find_places",
    "index_path",
    "load_gazetteer",
]
