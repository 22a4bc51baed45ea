"""upheaval: turn reports of protests and unrest into sourced, geocoded events."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
