"""``upheaval spread``: how unrest moved from place to place."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click
from rich.table import Table

from upheaval.analyse.spread import Spread, analyse_spread, spread_csv
from upheaval.cli._common import DATE, console, console_err
from upheaval.errors import InputError
from upheaval.store import EventFilter, open_store


def _km(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}"


def _table(spread: Spread) -> Table:
    table = Table(
        title=f"{_plural(spread.summary.places, 'place')}, in the order unrest reached them",
        header_style="bold",
    )
    for name, wrap in (
        ("#", False),
        ("first day", False),
        ("place", True),
        ("iso", False),
        ("+days", False),
        ("km prev.", False),
        ("nearest earlier", True),
        ("km", False),
        ("events", False),
    ):
        table.add_column(name, no_wrap=not wrap, overflow="fold")
    for join in spread.joins:
        table.add_row(
            str(join.order),
            join.first_date,
            join.location,
            join.iso,
            "" if join.days_from_previous is None else str(join.days_from_previous),
            _km(join.km_from_previous),
            join.came_from or "",
            _km(join.km_from_nearest),
            str(join.n_events),
        )
    return table


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _summary_line(spread: Spread) -> str:
    s = spread.summary
    if not s.places:
        return "no events with a place of their own"
    parts = [
        f"{_plural(s.places, 'place')} in {_plural(s.days + 1, 'day')} from {s.origin} "
        f"({s.first_date})"
    ]
    if s.median_days_between is not None:
        parts.append(f"median {s.median_days_between} days between successive new places")
    if s.median_km_between is not None:
        parts.append(f"median {s.median_km_between} km from one new place to the next")
    if s.median_km_from_nearest is not None:
        parts.append(f"median {s.median_km_from_nearest} km from the nearest earlier place")
    if s.max_km_from_origin is not None:
        parts.append(f"farthest {s.max_km_from_origin} km from the origin")
    return "; ".join(parts)


@click.command("spread")
@click.option("--db", help="Database: a SQLite path (default ./upheaval.db) or postgresql:// URL.")
@click.option("--country", help="ISO code (KZ) or country name.")
@click.option("--since", type=DATE, help="First day (YYYY-MM-DD).")
@click.option("--until", type=DATE, help="Last day (YYYY-MM-DD).")
@click.option("--type", "event_type", help="Event type or sub-event type (e.g. Protests).")
@click.option("--place", help="Location or admin1 name (substring).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="Output on stdout.",
)
@click.option(
    "--csv",
    "csv_path",
    type=click.Path(dir_okay=False, writable=True),
    help="Also write the places as CSV to this file.",
)
@click.option(
    "--png",
    "png_path",
    type=click.Path(dir_okay=False, writable=True),
    help="Also draw a chart to this PNG file (needs matplotlib).",
)
def spread_command(
    db: str | None,
    country: str | None,
    since: date | None,
    until: date | None,
    event_type: str | None,
    place: str | None,
    fmt: str,
    csv_path: str | None,
    png_path: str | None,
) -> None:
    """First day of each place, the order places joined, and the steps between them."""
    for target in (csv_path, png_path):
        if target and not Path(target).resolve().parent.is_dir():
            raise InputError("E002", target, detail="output folder does not exist")
    store = open_store(db)
    try:
        events = store.events(
            EventFilter(
                country=country, since=since, until=until, event_type=event_type, place=place
            )
        )
    finally:
        store.close()
    spread = analyse_spread(events)
    if fmt == "csv":
        sys.stdout.write(spread_csv(spread))
    elif fmt == "json":
        sys.stdout.write(json.dumps(spread.to_record(), ensure_ascii=False, indent=2) + "\n")
    else:
        console.print(_table(spread))
        console.print(_summary_line(spread), highlight=False, soft_wrap=True)
    if csv_path:
        Path(csv_path).write_text(spread_csv(spread), encoding="utf-8")
        console_err.print(f"places -> {csv_path}", highlight=False)
    if png_path:
        from upheaval.analyse.spread_chart import write_spread_chart

        write_spread_chart(spread, png_path)
        console_err.print(f"chart -> {png_path}", highlight=False)
