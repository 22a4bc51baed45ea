"""Evaluate files: read gold and predictions (or extract them) and score.

This is what ``upheaval evaluate`` and ``upheaval gate`` call; it knows file
formats but nothing of the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from upheaval.errors import ConfigError
from upheaval.evaluate.acled import in_scope, load_acled_gold
from upheaval.evaluate.records import ScoredEvent, load_gold, load_predictions, predicted_event
from upheaval.evaluate.score import POOLED, Evaluation, score_events

GOLD_FORMATS = ("auto", "jsonl", "acled")


def read_gold(
    path: str | Path, gold_format: str = "auto", doc_column: str | None = None
) -> list[ScoredEvent]:
    """Read gold events: JSON Lines, or an ACLED CSV export.

    Args:
        path: the gold file.
        gold_format: "jsonl", "acled", or "auto" (".csv" files are ACLED exports).
        doc_column: for ACLED gold, the column holding each row's document id.

    Raises:
        ConfigError: E020 for an unknown format, or a doc column with JSONL gold.
        InputError: for an unreadable file or a malformed record.
    """
    if gold_format not in GOLD_FORMATS:
        raise ConfigError("E020", f"gold format {gold_format!r} (one of {', '.join(GOLD_FORMATS)})")
    if gold_format == "auto":
        gold_format = "acled" if str(path).lower().endswith(".csv") else "jsonl"
    if gold_format == "acled":
        return load_acled_gold(path, doc_column)
    if doc_column:
        raise ConfigError("E020", "--doc-column applies to ACLED gold only (JSONL gold has 'doc')")
    return load_gold(path)


def extract_predictions(
    paths: Sequence[str], *, published: date | None = None, db: str | None = None
) -> list[ScoredEvent]:
    """Run the pipeline on documents and return its events, ready to score.

    Args:
        paths: document files, directories or globs (as ``upheaval extract`` takes).
        published: the date of documents that carry none.
        db: database URL to store into; None uses the pipeline's default.
    """
    # Imported here: the pipeline loads spaCy, which scoring files does not need.
    from upheaval.pipeline import extract_events

    events = extract_events(list(paths), published=published, db=db)
    return [
        predicted_event(event.to_record(), "<extracted>", n) for n, event in enumerate(events, 1)
    ]


def document_ids(paths: Sequence[str], published: date | None = None) -> list[str]:
    """The ids of the documents ``upheaval extract`` would read from ``paths``.

    Scoring every one of them (not only those with gold events) makes spurious
    events in documents without gold count, as ``score.py --docs`` does.
    """
    from upheaval.ingest import read_documents
    from upheaval.model import Document

    return [d.doc_id for d in read_documents(list(paths), published) if isinstance(d, Document)]


def scoring_scope(gold: Sequence[ScoredEvent], read: Sequence[str]) -> list[str] | None:
    """Documents to score: those with gold events and every document read.

    None (the scorer's default) for pooled ACLED gold, whose events cite no document.
    """
    if gold and all(g.doc_ids == (POOLED,) for g in gold):
        return None
    return sorted({d for g in gold for d in g.doc_ids} | set(read))


def evaluate(
    gold: Sequence[ScoredEvent], pred: Sequence[ScoredEvent], docs: Sequence[str] | None = None
) -> Evaluation:
    """Score predictions against gold; pooled ACLED gold first drops out-of-scope predictions.

    Args:
        gold: gold events.
        pred: predicted events.
        docs: documents to score; default every document with gold events.
    """
    pooled = bool(gold) and all(g.doc_ids == (POOLED,) for g in gold)
    if not pooled:
        return score_events(gold, pred, docs)
    kept, set_aside = in_scope(gold, pred)
    evaluation = score_events(gold, kept, docs)
    if set_aside:
        evaluation.unscored["(outside the gold's countries and dates)"] = set_aside
    return evaluation


def evaluate_files(
    gold_path: str | Path,
    pred_path: str | Path | None = None,
    *,
    docs_paths: Sequence[str] = (),
    gold_format: str = "auto",
    doc_column: str | None = None,
    published: date | None = None,
    db: str | None = None,
    only_docs: Sequence[str] | None = None,
) -> Evaluation:
    """Score a predictions file, or documents extracted now, against a gold file.

    Args:
        gold_path: gold events (JSON Lines, or an ACLED CSV).
        pred_path: predicted events (JSON Lines); give this or ``docs_paths``.
        docs_paths: documents to extract and score in one go.
        gold_format, doc_column: see :func:`read_gold`.
        published, db: passed to the pipeline when extracting.
        only_docs: score these documents only (default: every document extracted
            with ``docs_paths``, else every document with gold).

    Raises:
        ConfigError: E020 when neither or both of ``pred_path`` and ``docs_paths`` are given.
        InputError: for unreadable files and malformed records.
    """
    if (pred_path is None) == (not docs_paths):
        raise ConfigError("E020", "give either a predictions file or --docs, not both or neither")
    gold = read_gold(gold_path, gold_format, doc_column)
    if pred_path is not None:
        pred = load_predictions(pred_path)
    else:
        pred = extract_predictions(docs_paths, published=published, db=db)
        if only_docs is None:
            only_docs = scoring_scope(gold, document_ids(docs_paths, published))
    return evaluate(gold, pred, only_docs)
