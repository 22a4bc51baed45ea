"""A PNG chart of a spread: places joining over time, and where they are.

Left: the number of places reached so far, day by day, each new place named.
Right: the places by longitude and latitude, coloured by the day they joined,
with an arrow from the nearest place that had joined before (no basemap:
the chart must draw offline).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from upheaval.analyse.spread import PlaceJoin, Spread
from upheaval.errors import MissingExtraError

__all__ = ["write_spread_chart"]

# Past this many places the names overlap into a smudge; the rest are counted
# in the title instead.
MAX_LABELS = 30


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as error:
        raise MissingExtraError("plot", "matplotlib") from error
    matplotlib.use("Agg")  # no display: the chart is written to a file
    import matplotlib.pyplot as plt

    return plt


def _timeline(axes: Any, spread: Spread) -> None:
    joins = spread.joins
    days = [date.fromisoformat(j.first_date) for j in joins]
    counts = list(range(1, len(joins) + 1))
    axes.step(
        days + [days[-1] + timedelta(days=1)],
        counts + [counts[-1]],
        where="post",
        color="#b2182b",
        linewidth=2,
    )
    for join, day, count in zip(joins[:MAX_LABELS], days, counts, strict=False):
        axes.annotate(
            join.location, (day, count), xytext=(3, 4), textcoords="offset points", fontsize=7
        )
    axes.set_xlabel("day")
    axes.set_ylabel("places reached")
    axes.grid(alpha=0.3)
    axes.figure.autofmt_xdate()


def _map(axes: Any, spread: Spread) -> None:
    placed = [j for j in spread.joins if j.latitude is not None and j.longitude is not None]
    by_name = {j.location: j for j in placed}
    for join in placed:
        source: PlaceJoin | None = by_name.get(join.came_from or "")
        if source is not None:
            axes.annotate(
                "",
                (join.longitude, join.latitude),
                (source.longitude, source.latitude),
                arrowprops={"arrowstyle": "->", "color": "#888888", "lw": 0.8},
            )
    points = axes.scatter(
        [j.longitude for j in placed],
        [j.latitude for j in placed],
        c=[j.days_from_start for j in placed],
        cmap="viridis",
        s=36,
        zorder=3,
    )
    for join in placed[:MAX_LABELS]:
        axes.annotate(
            join.location,
            (join.longitude, join.latitude),
            xytext=(4, 4),
            textcoords="offset points",
            fontsize=7,
        )
    axes.figure.colorbar(points, ax=axes, label="days after the first place")
    # Equal degrees on both axes keep shapes recognisable near the equator
    # and only mildly stretched at mid latitudes: no projection needed.
    axes.set_aspect("equal", adjustable="datalim")
    axes.set_xlabel("longitude")
    axes.set_ylabel("latitude")
    axes.grid(alpha=0.3)


def write_spread_chart(spread: Spread, path: str | Path) -> Path:
    """Draw the spread as a PNG file.

    Args:
        spread: from ``analyse_spread``.
        path: the PNG file to write.

    Returns:
        The path written.

    Raises:
        MissingExtraError: when matplotlib is not installed.
    """
    plt = _pyplot()
    figure, (left, right) = plt.subplots(1, 2, figsize=(13, 5.5), dpi=100)
    summary = spread.summary
    if spread.joins:
        _timeline(left, spread)
        _map(right, spread)
        title = (
            f"{summary.places} places in {summary.days + 1} days from {summary.origin}"
            f" ({summary.first_date} to {summary.last_date})"
        )
    else:
        title = "no events with a place"
    figure.suptitle(title)
    figure.tight_layout()
    target = Path(path)
    figure.savefig(target, format="png")
    plt.close(figure)
    return target
