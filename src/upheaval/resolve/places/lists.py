"""Lists of places: "in Bogota, Medellin and Cali".

Items of one list share the preposition that places the first ("in"), and
an item after a comma is the next town of the list, not the region or
country of the one before ("Juliaca, Potosi and Oruro" is three towns, though
Potosi is also a region).
"""

from __future__ import annotations

from dataclasses import dataclass

from upheaval.resolve.places.context import Reading
from upheaval.resolve.places.matcher import Candidate

# What may stand between two items of a list of places: "A, B and C", "A or B".
_LIST_GAPS = frozenset({",", "and", ", and", "or", ", or", "&"})
# In "A, B, C", B is a list item, not A's region, when B may be a town of
# this size (GeoNames' cities15000 threshold: towns that matter).
LIST_TOWN = 15000


@dataclass(slots=True)
class Found:
    """A candidate name and the reading of its surroundings."""

    candidate: Candidate
    reading: Reading


def listed(text: str, left: Found, right: Found) -> bool:
    """Whether two mentions are neighbouring items of one list."""
    return text[left.reading.end : right.reading.start].strip() in _LIST_GAPS


def share_prepositions(text: str, found: list[Found]) -> None:
    """ "in Bogota, Medellin and Cali": the preposition places every item."""
    for left, right in zip(found, found[1:], strict=False):
        if left.reading.preposition and listed(text, left, right):
            right.reading.preposition = True


def _town_like(item: Found) -> bool:
    """A name that may be a sizeable town (whatever else it may be)."""
    return any(
        e.place.kind == "city" and e.place.population >= LIST_TOWN for e in item.candidate.entries
    )


def _only_towns(item: Found) -> bool:
    return all(e.place.kind == "city" for e in item.candidate.entries)


def list_items(text: str, found: list[Found], position: int) -> bool:
    """Whether the mention at ``position`` and the next one are items of a
    list of towns rather than a town and its region or country.

    Args:
        text: the text searched.
        found: the mentions in text order.
        position: index of a mention that has another after it.
    """
    item, after = found[position], found[position + 1]
    before = found[position - 1] if position else None
    # "Bogota, Medellin, Potosi": Medellin is already inside a list of towns.
    if before is not None and listed(text, before, item) and _only_towns(before):
        return _town_like(before)
    following = found[position + 2] if position + 2 < len(found) else None
    return (
        following is not None
        and listed(text, after, following)
        and _town_like(after)
        and _town_like(following)
    )
