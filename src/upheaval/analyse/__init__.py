"""Analyses of stored events: how unrest spread from place to place."""

from __future__ import annotations

from upheaval.analyse.spread import PlaceJoin, Spread, SpreadSummary, analyse_spread, spread_csv

__all__ = ["PlaceJoin", "Spread", "SpreadSummary", "analyse_spread", "spread_csv"]
