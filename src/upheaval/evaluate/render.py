"""Show an evaluation as tables (rich) for people reading a terminal."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from upheaval.evaluate.score import Counts, Evaluation, Outcome

# Evidence is cut to this many characters in tables: enough to recognise the
# sentence, short enough to keep one event on one or two lines. JSON output
# keeps the whole text.
EVIDENCE_CHARS = 90


def render_evaluation(
    evaluation: Evaluation, console: Console, *, limit: int | None = None
) -> None:
    """Print the summary, per-type, per-document, missed and spurious tables.

    Args:
        evaluation: what :func:`upheaval.evaluate.score_events` measured.
        console: where to print.
        limit: show at most this many missed and spurious events each (None: all).
    """
    console.print(_counts_table("Event type", evaluation.per_type.items(), evaluation.total))
    console.print(_counts_table("Document", evaluation.per_doc.items(), evaluation.total))
    accuracy = ", ".join(
        f"{name} {'-' if value is None else f'{value:.3f}'}"
        for name, value in evaluation.field_accuracy().items()
    )
    console.print(f"Matched-pair accuracy: {accuracy}")
    if evaluation.sub_types:
        console.print(_confusion_table(evaluation.sub_types))
    console.print(_outcome_table("Missed gold events", evaluation.missed, limit, reasons=True))
    console.print(_outcome_table("Spurious predictions", evaluation.spurious, limit, reasons=False))
    for key, count in evaluation.unscored.items():
        # Keys in parentheses say why; other keys are documents the gold does not cover.
        why = key if key.startswith("(") else f"document {key} has no gold events"
        console.print(f"Not scored: {count} predicted events: {escape(why)}")
    total = evaluation.total
    console.print(
        f"[bold]events: gold {total.gold} pred {total.pred} matched {total.matched}  "
        f"P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f}[/bold]"
    )


def _counts_table(title: str, rows: Iterable[tuple[str, Counts]], total: Counts) -> Table:
    table = Table(title=f"By {title.lower()}")
    table.add_column(title)
    for column in ("gold", "pred", "matched", "P", "R", "F1"):
        table.add_column(column, justify="right")
    for name, counts in rows:
        table.add_row(Text(name), *_numbers(counts))
    table.add_section()
    table.add_row("all", *_numbers(total), style="bold")
    return table


def _confusion_table(pairs: dict[tuple[str, str], int]) -> Table:
    """Per gold sub-type of matched pairs: how many, how often right, mistaken for what."""
    rows: dict[str, dict[str, int]] = {}
    for (gold, pred), n in pairs.items():
        row = rows.setdefault(gold, {})
        row[pred] = row.get(pred, 0) + n
    total = sum(pairs.values())
    right = sum(n for (g, p), n in pairs.items() if g.casefold() == p.casefold())
    title = f"Sub-type accuracy {right / total:.3f} on {total} matched pairs: confusion"
    table = Table(title=title)
    table.add_column("gold sub-type")
    for column in ("pairs", "right", "accuracy"):
        table.add_column(column, justify="right")
    table.add_column("predicted instead", overflow="fold")
    for gold, preds in sorted(rows.items(), key=lambda kv: -sum(kv[1].values())):
        total = sum(preds.values())
        right = sum(n for p, n in preds.items() if p.casefold() == gold.casefold())
        wrong = sorted(
            ((n, p) for p, n in preds.items() if p.casefold() != gold.casefold()), reverse=True
        )
        instead = ", ".join(f"{p} {n}" for n, p in wrong)
        table.add_row(Text(gold), str(total), str(right), f"{right / total:.3f}", Text(instead))
    return table


def _numbers(counts: Counts) -> list[str]:
    return [
        str(counts.gold),
        str(counts.pred),
        str(counts.matched),
        f"{counts.precision:.3f}",
        f"{counts.recall:.3f}",
        f"{counts.f1:.3f}",
    ]


def _outcome_table(
    title: str, outcomes: list[Outcome], limit: int | None, *, reasons: bool
) -> Table:
    shown = outcomes if limit is None else outcomes[:limit]
    more = len(outcomes) - len(shown)
    caption = f"{more} more not shown (use --limit or --format json)" if more else None
    table = Table(title=f"{title} ({len(outcomes)})", caption=caption)
    for column in ("doc", "date", "type / sub-type", "place", "evidence"):
        table.add_column(column, overflow="fold")
    if reasons:
        table.add_column("why", overflow="fold")
    for outcome in shown:
        event = outcome.event
        sub_type = f" / {event.sub_event_type}" if event.sub_event_type else ""
        measures = f" [{', '.join(sorted(event.measures))}]" if event.measures else ""
        place = event.location or event.admin1 or event.country or "-"
        row = [
            outcome.doc_id,
            event.date_text,
            f"{event.event_type}{sub_type}{measures}",
            place,
            _cut(event.evidence),
        ]
        cells = [*row, *([outcome.reason] if reasons else [])]
        table.add_row(*(Text(cell) for cell in cells))  # report text is not rich markup
    return table


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1] + "…"
