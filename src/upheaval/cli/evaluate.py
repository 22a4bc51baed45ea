"""``upheaval evaluate`` and ``upheaval gate``: measure accuracy against gold events."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click
from rich.table import Table

from upheaval.cli._common import DATE, console, console_err
from upheaval.evaluate import evaluate_files
from upheaval.evaluate.gate import GateResult, raise_floors, read_floors, run_gate
from upheaval.evaluate.render import render_evaluation
from upheaval.evaluate.run import GOLD_FORMATS

__all__ = ["evaluate_command", "gate_command"]


@click.command("evaluate")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("pred", type=click.Path(dir_okay=False), required=False)
@click.option(
    "--docs",
    "docs",
    multiple=True,
    help="Documents to extract and score in one go, instead of PRED (repeatable).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="json: one object with top-level precision, recall, f1.",
)
@click.option(
    "--gold-format",
    type=click.Choice(GOLD_FORMATS),
    default="auto",
    show_default=True,
    help="jsonl, or acled for an ACLED CSV export; auto: .csv files are ACLED.",
)
@click.option(
    "--doc-column",
    help="ACLED gold: the column holding each row's document id. "
    "Without it, all rows are matched against all predictions in the export's "
    "countries and dates.",
)
@click.option("--published", type=DATE, help="With --docs: date of documents that carry none.")
@click.option(
    "--db",
    default=":memory:",
    show_default=True,
    help="With --docs: database to extract into (default: in memory, kept nowhere).",
)
@click.option(
    "--doc",
    "only_docs",
    multiple=True,
    help="Score only this document (repeatable); default: every document with gold.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    help="Table: show at most N missed and N spurious events.",
)
def evaluate_command(
    gold: str,
    pred: str | None,
    docs: tuple[str, ...],
    fmt: str,
    gold_format: str,
    doc_column: str | None,
    published: date | None,
    db: str,
    only_docs: tuple[str, ...],
    limit: int | None,
) -> None:
    """Score predicted events (PRED, JSON Lines) against GOLD events.

    A predicted event matches a gold one (one to one) when it cites the same
    document, has the same event type, a date within the gold tolerance (1
    day, 3 days or the same month by the gold time_precision), and a place
    within 50 km (or the same GeoNames id, admin1, or national level): the
    rules of the reference scorer.
    Shows scores per event type and per document, and every missed and
    spurious event with its evidence.
    """
    if (pred is None) == (not docs):
        raise click.UsageError("give either PRED or --docs DOCS (not both)")
    evaluation = evaluate_files(
        gold,
        pred,
        docs_paths=docs,
        gold_format=gold_format,
        doc_column=doc_column,
        published=published,
        db=db,
        only_docs=only_docs or None,
    )
    if fmt == "json":
        sys.stdout.write(json.dumps(evaluation.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        render_evaluation(evaluation, console, limit=limit)


def _repo_root() -> Path:
    """The nearest folder at or above the working directory holding pyproject.toml."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file():
            return folder
    return here


@click.command("gate")
@click.option(
    "--floors",
    "floors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Floors file [default: quality/floors.json in the repository].",
)
@click.option(
    "--dev",
    type=click.Path(file_okay=False, path_type=Path),
    help="Dev corpus folder (docs.jsonl, gold.jsonl); replaces the one in the floors file.",
)
@click.option(
    "--raise-floors",
    "raise_floors_flag",
    is_flag=True,
    help="After a passing run, raise floors to the measured F1 (never lowers them).",
)
def gate_command(floors_path: Path | None, dev: Path | None, raise_floors_flag: bool) -> None:
    """Quality gate: extract the bundled corpora, score them, fail below the floors.

    Exits 1 when a corpus scores under its F1 floor or a required corpus is
    missing. The floors guard against regressions; they are not targets.
    """
    path = floors_path or _repo_root() / "quality" / "floors.json"
    results = run_gate(read_floors(path, dev))
    console.print(_gate_table(results))
    for result in results:  # one plain line each: CI logs are read by grep, not by eye
        console.print(f"{result.corpus.name}: {_verdict(result)}", markup=False, highlight=False)
    failed = [r.corpus.name for r in results if not r.passed]
    if failed:
        console_err.print(f"gate failed: {', '.join(failed)}", markup=False, highlight=False)
        sys.exit(1)
    if raise_floors_flag:
        for name, floor in raise_floors(path, results).items():
            console.print(f"raised floor of {name} to {floor:.2f} in {path}", markup=False)


def _gate_table(results: list[GateResult]) -> Table:
    table = Table(title="Quality gate")
    table.add_column("corpus")
    for column in ("gold", "pred", "matched", "P", "R", "F1", "floor", "margin"):
        table.add_column(column, justify="right")
    for result in results:
        cells = ["-"] * 6
        if result.evaluation is not None:
            total = result.evaluation.total
            cells = [
                str(total.gold),
                str(total.pred),
                str(total.matched),
                f"{total.precision:.3f}",
                f"{total.recall:.3f}",
                f"{total.f1:.3f}",
            ]
        margin = "-" if result.margin is None else f"{result.margin:+.3f}"
        table.add_row(result.corpus.name, *cells, f"{result.corpus.floor:.3f}", margin)
    return table


def _verdict(result: GateResult) -> str:
    if result.evaluation is None:
        return f"{'FAIL' if result.corpus.required else 'skipped'}: {result.problem}"
    f1, floor, margin = result.evaluation.f1, result.corpus.floor, result.margin or 0.0
    if result.passed:
        return f"ok: F1 {f1:.3f}, floor {floor:.3f}, margin {margin:+.3f}"
    return f"FAIL: F1 {f1:.3f} is {-margin:.3f} below the floor {floor:.3f}"
