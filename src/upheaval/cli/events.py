"""``upheaval events``: query stored events."""

from __future__ import annotations

import sys
from datetime import date

import click

from upheaval.cli._common import DATE, FORMAT_CHOICES, console, events_table
from upheaval.export import render_events
from upheaval.store import EventFilter, open_store


@click.command("events")
@click.option("--db", help="Database: a SQLite path (default ./upheaval.db) or postgresql:// URL.")
@click.option("--country", help="ISO code (KZ) or country name.")
@click.option("--since", type=DATE, help="First day (YYYY-MM-DD).")
@click.option("--until", type=DATE, help="Last day (YYYY-MM-DD).")
@click.option("--type", "event_type", help="Event type or sub-event type (e.g. Riots).")
@click.option("--place", help="Location or admin1 name (substring).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    default="table",
    show_default=True,
    help="Output format.",
)
def events_command(
    db: str | None,
    country: str | None,
    since: date | None,
    until: date | None,
    event_type: str | None,
    place: str | None,
    limit: int | None,
    fmt: str,
) -> None:
    """List stored events, filtered."""
    store = open_store(db)
    try:
        found = store.events(
            EventFilter(
                country=country,
                since=since,
                until=until,
                event_type=event_type,
                place=place,
                limit=limit,
            )
        )
    finally:
        store.close()
    if fmt == "table":
        console.print(events_table(found, title=f"{len(found)} events"))
    else:
        sys.stdout.write(render_events(found, fmt))
