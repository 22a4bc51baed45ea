"""``upheaval train``: fit the learned classifier to a user's coded events."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from upheaval.cli._common import console, console_err
from upheaval.errors import InputError

__all__ = ["train_command"]


@click.command("train")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(dir_okay=False),
    help="Where to write the model file (.npz), for 'extract --model FILE'.",
)
@click.option(
    "--docs",
    "docs",
    type=click.Path(exists=True, dir_okay=False),
    help="Gold JSONL: the documents JSONL; their sentences that hold no gold "
    "evidence are learned as not-events.",
)
@click.option(
    "--no-bundled",
    is_flag=True,
    help="Do not add the bundled not-event sentences (added when GOLD has none of its own).",
)
@click.option(
    "--folds",
    type=click.IntRange(min=2, max=20),
    default=5,
    show_default=True,
    help="Cross-validation folds over GOLD's examples.",
)
def train_command(gold: str, out: str, docs: str | None, no_bundled: bool, folds: int) -> None:
    """Fit the classifier head to coded events in GOLD.

    GOLD is a gold JSONL (DESIGN.md event records or the evaluation format,
    with evidence and sub_event_type) or an ACLED CSV export (notes and
    sub_event_type). Each event's evidence (or notes) is one example of its
    sub-type. Prints cross-validated accuracy at the end.
    """
    from upheaval.learn import read_examples
    from upheaval.learn.train import train_head

    if not Path(out).resolve().parent.is_dir():
        raise InputError("E002", out, detail="output folder does not exist")
    examples = read_examples(gold, docs)
    training = train_head(
        examples,
        with_bundled=not no_bundled,
        folds=folds,
        source=Path(gold).name,
        on_step=lambda message: console_err.print(message, highlight=False),
    )
    training.head.save(out)
    table = Table(title=f"{len(examples)} examples from {Path(gold).name}")
    table.add_column("label")
    table.add_column("examples", justify="right")
    for label, n in sorted(training.counts.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(label, str(n))
    console.print(table)
    scores = training.scores
    console.print(
        f"cross-validated ({folds} folds, {int(scores['examples'])} held-out examples): "
        f"accuracy {scores['accuracy']:.3f}, event/not-event {scores['event_accuracy']:.3f}, "
        f"sub-type {scores['sub_type_accuracy']:.3f} -> {out}",
        highlight=False,
    )
