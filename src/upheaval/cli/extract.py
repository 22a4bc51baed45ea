"""``upheaval extract``: read reports, store them and their events."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from dataclasses import replace
from datetime import date
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from upheaval.cli._common import DATE, console, console_err, events_table
from upheaval.errors import InputError
from upheaval.export import FORMATS, Source, outlet_of, render_events, write_events
from upheaval.learn import BUNDLED, MODEL_ENV, OFF, learn_note
from upheaval.model import Document, Event, Skip
from upheaval.pipeline import Processed, Resources, RunReport, load_resources, run_extract
from upheaval.store import EventFilter, SqlStore, open_store

# What --dask passes to run_extract: documents in, processed documents out, in order.
Mapper = Callable[[Iterable[Document], Resources | None], Iterable[Processed]]


def _summary(report: RunReport, n_events: int, n_undated: int = 0) -> str:
    reasons = ", ".join(f"{n} {code}" for code, n in sorted(report.skip_reasons.items()))
    rate = report.read / report.seconds if report.seconds else 0.0
    undated = f" ({n_undated} with no date: no publication date and none in the text)"
    redone = f"{report.reprocessed} re-done, " if report.reprocessed else ""
    stale = (
        f", {report.stale} stale (stored by another pipeline version or with another "
        "--published: --reprocess re-does them)"
        if report.stale
        else ""
    )
    return (
        f"{report.read} documents read ({report.stored - report.reprocessed} new, {redone}"
        f"{report.already_stored} already stored{stale}), {len(report.skipped)} skipped"
        f"{f' ({reasons})' if reasons else ''}"
        f"; {n_events} events{undated if n_undated else ''}; {report.parsed_sentences} of "
        f"{report.sentences} sentences parsed; {report.seconds:.1f} s ({rate:.1f} docs/s)"
    )


def _stdin_file(folder: Path) -> str:
    """Standard input as a file the readers know: JSON Lines when every line
    is a JSON object, else plain text."""
    data = sys.stdin.buffer.read()
    lines = [line.strip() for line in data.splitlines() if line.strip()]
    kind = "txt"
    if lines and all(line.startswith(b"{") for line in lines):
        kind = "jsonl"
    path = folder / f"stdin.{kind}"
    path.write_bytes(data)
    return str(path)


def _sources(store: SqlStore, found: Sequence[Event]) -> dict[str, Source]:
    known = store.sources(d for e in found for d in e.doc_ids)
    return {
        doc_id: Source(outlet_of(url, outlet), added)
        for doc_id, (outlet, url, added) in known.items()
    }


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", type=DATE, help="Publication date of documents that carry none.")
@click.option("--db", help="Database: a SQLite path (default ./upheaval.db) or postgresql:// URL.")
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write the events of these documents to FILE ('-' for stdout).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    default="jsonl",
    show_default=True,
    help="Format of --out.",
)
@click.option(
    "--gazetteer",
    "gazetteer_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Extra places (CSV or YAML): oil fields, campuses, squares ...",
)
@click.option(
    "--rules",
    "rules",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra trigger rules (YAML, the format of data/taxonomy.yaml), tried first. Repeatable.",
)
@click.option(
    "--model",
    "model",
    metavar="FILE|bundled|off",
    help="Learned second opinion on the rules: a model from 'upheaval train', the bundled "
    "head (default, with the 'learn' extra), or off. Default: $UPHEAVAL_MODEL, else bundled.",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="local:N|tcp://HOST:PORT",
    help="Process on Dask: N local worker processes, or an existing scheduler "
    "(needs the 'dask' extra). The store is still written here.",
)
@click.option(
    "--reprocess",
    is_flag=True,
    help="Re-do stored documents that another pipeline version processed, "
    "or that were stored with another --published.",
)
@click.option(
    "--no-merge",
    "no_merge",
    is_flag=True,
    envvar="UPHEAVAL_NO_MERGE",
    help="Keep one event per mention: merge nothing, within or across "
    "documents (also: UPHEAVAL_NO_MERGE=1).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary table.")
def extract_command(
    paths: tuple[str, ...],
    published: date | None,
    db: str | None,
    out: str | None,
    fmt: str,
    gazetteer_file: str | None,
    rules: tuple[str, ...],
    model: str | None,
    dask_address: str | None,
    reprocess: bool,
    no_merge: bool,
    quiet: bool,
) -> None:
    """Extract events from report files, directories or globs (PATH...).

    Reads .txt, .html, .pdf, .jsonl and .warc(.gz), and standard input for
    '-' (JSON Lines if every line is an object, else text); stores documents
    and events; re-running on the same input adds nothing.
    """
    if out and out != "-" and not Path(out).resolve().parent.is_dir():
        raise InputError("E002", out, detail="output folder does not exist")
    store = open_store(db)
    stack = ExitStack()  # the Dask cluster or client, when --dask is given
    stdin_path = ""
    try:
        if "-" in paths:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="upheaval-")))
            stdin_path = _stdin_file(folder)
            paths = tuple(stdin_path if p == "-" else p for p in paths)
        mapper = None
        if dask_address:
            from upheaval.distributed import dask_mapper

            if model:  # local workers read the setting from their environment
                named = model in (BUNDLED, OFF)
                os.environ[MODEL_ENV] = model if named else str(Path(model).resolve())
            if not quiet:  # workers take a few seconds to start and load the models
                console_err.print(f"starting Dask ({dask_address}) ...", highlight=False)
            mapper = stack.enter_context(dask_mapper(dask_address, gazetteer_file, rules=rules))
        # On Dask the workers load the models; the driver only reads and stores.
        resources = None if mapper else load_resources(gazetteer_file, rules, model)
        if resources is not None and resources.classifier is None and not quiet:
            console_err.print(learn_note(model), highlight=False)
        report = _run(paths, store, published, resources, quiet, mapper, reprocess, not no_merge)
        if stdin_path:  # messages name standard input as the user gave it
            report.skipped = [
                replace(k, source="-") if k.source == stdin_path else k for k in report.skipped
            ]
        _print_skips(report)
        _print_notices(report)
        if resources is not None and resources.classifier is not None and not quiet:
            console_err.print(resources.classifier.summary(), highlight=False)
        if report.read == 0:
            raise InputError("E010", ", ".join(paths))
        found = store.events(EventFilter(doc_ids=tuple(report.doc_ids)))
        sources = _sources(store, found) if fmt == "acled" else None
    finally:
        stack.close()
        store.close()
    if out == "-":
        sys.stdout.write(render_events(found, fmt, sources))
    elif out:
        write_events(found, out, fmt, sources)
    if not quiet and out != "-":
        console.print(events_table(found, title=f"{len(found)} events"))
    if out != "-":
        undated = sum(1 for event in found if event.event_date is None)
        console_err.print(
            _summary(report, len(found), undated) + (f" -> {out}" if out else ""),
            highlight=False,
        )


# A crawl (a WARC of a day of news) skips thousands of records: name the first
# ones so a user can check them, and leave the rest to the summary's counts.
MAX_SKIP_LINES = 20


def _print_skips(report: RunReport) -> None:
    for skip in report.skipped[:MAX_SKIP_LINES]:
        console_err.print(f"skipped: {skip.describe()}", markup=False, highlight=False)
    if len(report.skipped) > MAX_SKIP_LINES:
        console_err.print(
            f"skipped: ... and {len(report.skipped) - MAX_SKIP_LINES} more", highlight=False
        )


def _print_notices(report: RunReport) -> None:
    for notice in report.notices[:MAX_SKIP_LINES]:
        console_err.print(f"date: {notice}", markup=False, highlight=False)
    if len(report.notices) > MAX_SKIP_LINES:
        more = len(report.notices) - MAX_SKIP_LINES
        console_err.print(f"date: ... and {more} more files", highlight=False)


def _run(
    paths: tuple[str, ...],
    store: SqlStore,
    published: date | None,
    resources: Resources | None,
    quiet: bool,
    mapper: Mapper | None = None,
    reprocess: bool = False,
    merge: bool = True,
) -> RunReport:
    show = not quiet and console_err.is_terminal
    with Progress(
        TextColumn("[bold]extract"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} docs/s, {task.fields[events]} events"),
        TimeElapsedColumn(),
        console=console_err,
        disable=not show,
        transient=True,
    ) as progress:
        task = progress.add_task("extract", total=None, rate="0.0", events=0)

        def tick(report: RunReport, _item: Document | Skip | None) -> None:
            done = report.stored + report.already_stored + report.stale + len(report.skipped)
            elapsed = progress.tasks[0].elapsed or 0.0
            rate = f"{done / elapsed:.1f}" if elapsed else "0.0"
            progress.update(task, completed=done, rate=rate, events=report.events_found)

        return run_extract(
            list(paths),
            store,
            published=published,
            resources=resources,
            on_progress=tick,
            mapper=mapper,
            reprocess=reprocess,
            merge=merge,
        )
