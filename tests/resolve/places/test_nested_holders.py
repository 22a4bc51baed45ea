"""A town "in" or "of" a larger place of its own province, or of a place
written as a district, is one place: the town (not one event per name)."""

from __future__ import annotations

import pytest

from tests.resolve.places.test_holders import _attached
from upheaval.resolve.places import Gazetteer


@pytest.mark.parametrize(
    ("text", "trigger", "args", "expected"),
    [
        # a town in the district town's province
        (
            "Two groups clashed in Ikeja in Lagos on Monday.",
            "clashed",
            ("in Ikeja in Lagos",),
            ["Ikeja"],
        ),
        (
            "Traders protested in Kotri in Jamshoro on Monday.",
            "protested",
            ("in Kotri in Jamshoro",),
            ["Kotri"],
        ),
        (
            "Workers marched in Ambattur in Chennai on Monday.",
            "marched",
            ("in Ambattur in Chennai",),
            ["Ambattur"],
        ),
        # "of X district": written as a district, though it resolves to its town
        (
            "A man was shot dead in Satkania upazila of Chittagong district on Saturday.",
            "shot",
            ("in Satkania upazila of Chittagong district",),
            ["Sātkania"],
        ),
        # "Jessore city (Jessore Sadar, Khulna)": the sub-district word holds too
        (
            "A leader was hacked to death in Jessore city (Jessore Sadar, Khulna) on Monday.",
            "hacked",
            ("in Jessore city (Jessore Sadar, Khulna",),
            ["Jessore"],
        ),
    ],
)
def test_nested_places_are_one_place(
    text: str,
    trigger: str,
    args: tuple[str, ...],
    expected: list[str],
    gazetteer: Gazetteer,
) -> None:
    assert [name for name, _ in _attached(text, trigger, gazetteer, args)] == expected


def test_towns_of_different_provinces_stay_two_places(gazetteer: Gazetteer) -> None:
    text = "Protests spread from Nakuru to Mombasa in a week."
    found = _attached(text, "spread", gazetteer, ("from Nakuru to Mombasa",))
    assert [name for name, _ in found] == ["Nakuru", "Mombasa"]
