"""Skip a test whose system or Python dependency is missing, except in CI.

CI installs PostgreSQL, Chromium and every extra (``.ci/system/*.sh``,
``make install``), so there a missing one is an install bug: the test fails
with the reason instead of skipping quietly.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

import pytest


def missing(reason: str) -> None:
    """Skip with ``reason`` locally; fail with it in CI."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI installs it: check .ci/system and make install)",
                    pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def need_module(name: str, reason: str) -> ModuleType:
    """Import a module, or skip (fail in CI) with the reason."""
    try:
        return importlib.import_module(name)
    except ImportError:
        missing(reason)
        raise  # not reached: missing() always raises
