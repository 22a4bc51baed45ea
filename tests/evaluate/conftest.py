"""Fixtures of the evaluation tests."""

from __future__ import annotations

from types import ModuleType

import pytest
from tests.evaluate.scorer_fixtures import NO_REFERENCE, load_reference


@pytest.fixture(scope="session")
def reference() -> ModuleType:
    """The reference scorer; the test is skipped when ../shared is absent."""
    module = load_reference()
    if module is None:
        pytest.skip(NO_REFERENCE)
    return module
