"""Helpers shared by the commands: consoles, option types, tables."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from upheaval.model import Event

# Piped output (a file, a test) gets a wide table rather than rich's 80-column
# default, which folds place names and actors mid-word.
_PIPE_WIDTH = 160
console = Console(width=None if sys.stdout.isatty() else _PIPE_WIDTH)
console_err = Console(stderr=True, width=None if sys.stderr.isatty() else _PIPE_WIDTH)

FORMAT_CHOICES = ["table", "jsonl", "csv", "acled", "geojson"]


class DateParam(click.ParamType):  # type: ignore[type-arg]  # generic from click 8.5 on
    """A YYYY-MM-DD option: anything else is a usage error naming the option."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"not a date: {value!r} (expected YYYY-MM-DD)", param, ctx)


DATE = DateParam()


def events_table(events: Sequence[Event], title: str | None = None, limit: int = 200) -> Table:
    """A readable summary table of events."""
    table = Table(title=title, show_lines=False, header_style="bold")
    for name, style in (
        ("date", "cyan"),
        ("type", ""),
        ("sub-type", "dim"),
        ("place", "green"),
        ("country", ""),
        ("actor", ""),
        ("deaths", "red"),
        ("size", ""),
        ("docs", "dim"),
    ):
        table.add_column(name, style=style or None, overflow="fold")
    for event in events[:limit]:
        span = f"–{event.date_end[5:]}" if event.date_end else ""
        when = (event.event_date or "undated") + span
        what = event.sub_event_type + (f" ({', '.join(event.measures)})" if event.measures else "")
        table.add_row(
            when,
            event.event_type,
            what,
            event.location,
            event.iso,
            event.actor1 or "",
            "" if event.fatalities is None else str(event.fatalities),
            event.size or "",
            str(len(event.doc_ids)),
        )
    if len(events) > limit:
        table.caption = f"showing {limit} of {len(events)} events"
    return table
