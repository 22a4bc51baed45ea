"""``upheaval events`` and ``upheaval stats``: query stored events."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.table import Table

from upheaval.cli._common import (
    COUNTRY,
    DATE,
    EVENT_TYPE,
    FORMAT_CHOICES,
    console,
    console_err,
    events_table,
)
from upheaval.export import Source, outlet_of, render_events
from upheaval.store import DEFAULT_DB, EventFilter, SqlStore, open_store

__all__ = ["events_command", "find_database", "stats_command"]

# Where ``make run`` leaves its database (the Makefile's OUT folder).
RUN_FOLDER = "out"


def find_database(db: str | None) -> str:
    """The database to read: ``--db``, ``$UPHEAVAL_DB``, ``./upheaval.db``, or
    the only ``*.db`` file here or in ``out/`` (where ``make run`` writes).

    Raises:
        click.UsageError: no database is found, or several are and none is
            the default.
    """
    given = db or os.environ.get("UPHEAVAL_DB")
    if given:
        return given
    if Path(DEFAULT_DB).is_file():
        return DEFAULT_DB
    found = sorted({str(p) for p in (*Path(".").glob("*.db"), *Path(RUN_FOLDER).glob("*.db"))})
    if len(found) == 1:
        return found[0]
    if not found:
        raise click.UsageError(
            f"no database here (./{DEFAULT_DB} or {RUN_FOLDER}/*.db): run "
            "'upheaval extract FILE' (or 'make run') first, or pass --db"
        )
    raise click.UsageError(f"several databases here ({', '.join(found)}): pick one with --db")


def _open(db: str | None) -> tuple[SqlStore, str]:
    chosen = find_database(db)
    return open_store(chosen), chosen


def _filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(
        [
            click.option(
                "--db", help="Database: a SQLite path or postgresql:// URL (default: see above)."
            ),
            click.option(
                "--country", type=COUNTRY, help="ISO code (KE, KEN) or name (Kenya), any case."
            ),
            click.option("--since", type=DATE, help="First day: 2025-06-25 or '25 June 2025'."),
            click.option("--until", type=DATE, help="Last day, written the same ways."),
            click.option(
                "--type",
                "event_type",
                type=EVENT_TYPE,
                help="Event type or sub-event type, any case (riots, 'peaceful protest').",
            ),
            click.option("--place", help="Location or admin1 name (substring)."),
        ]
    ):
        command = option(command)
    return command


@click.command("events")
@_filter_options
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
    """List stored events, filtered.

    Without --db: $UPHEAVAL_DB, ./upheaval.db, or the only *.db here or in
    out/ (where 'make run' writes).
    """
    store, chosen = _open(db)
    where = EventFilter(
        country=country, since=since, until=until, event_type=event_type, place=place
    )
    try:
        total = store.count_events()
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
        matching = store.count_events(where)
        sources = None
        if fmt == "acled":
            known = store.sources(d for e in found for d in e.doc_ids)
            sources = {k: Source(outlet_of(url, o), added) for k, (o, url, added) in known.items()}
    finally:
        store.close()
    if fmt == "table":
        console_err.print(f"{chosen}: {total} events", highlight=False, markup=False)
        console.print(events_table(found, title=f"{matching} events"))
    else:
        sys.stdout.write(render_events(found, fmt, sources))


@click.command("stats")
@_filter_options
def stats_command(
    db: str | None,
    country: str | None,
    since: date | None,
    until: date | None,
    event_type: str | None,
    place: str | None,
) -> None:
    """Count stored events by country, event type and month."""
    store, chosen = _open(db)
    where = EventFilter(
        country=country, since=since, until=until, event_type=event_type, place=place
    )
    try:
        total = store.count_events(where)
        tallies = {by: store.tally(by, where) for by in ("country", "type", "month")}
        documents = store.counts()["documents"]
    finally:
        store.close()
    console_err.print(f"{chosen}: {documents} documents", highlight=False, markup=False)
    console.print(f"{total} events", highlight=False)
    for by, title in (("country", "country"), ("type", "event type"), ("month", "month")):
        table = Table(title=f"by {title}", header_style="bold", pad_edge=False)
        table.add_column(title, max_width=40, overflow="ellipsis")
        table.add_column("events", justify="right")
        for key, n in tallies[by]:
            table.add_row(key or "(none)", str(n))
        console.print(table)
