"""Fixtures for place resolution: one gazetteer per test session."""

from __future__ import annotations

import pytest

from upheaval.resolve.places import Gazetteer, load_gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The full gazetteer (built into the cache on first use, ~10-25 s)."""
    return load_gazetteer()
