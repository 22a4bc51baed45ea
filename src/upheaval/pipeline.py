"""Run the stages in order: ingest -> clean -> annotate -> extract -> resolve
-> merge -> store. Knows no file format and no database engine: readers and
the store are passed in.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from upheaval.annotate import Annotated, annotate_selected, load_nlp
from upheaval.annotate.prefilter import candidate_sentences
from upheaval.clean import clean_document
from upheaval.extract import Lexicon, extract_mentions, load_taxonomy
from upheaval.ingest import read_documents
from upheaval.learn import Classifier, load_classifier
from upheaval.merge import merge_mentions
from upheaval.model import CleanDocument, Document, Event, RawMention, Skip
from upheaval.resolve import DocumentContext, may_be_coded, read_context, resolve_mentions
from upheaval.resolve.places import Gazetteer, load_gazetteer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from upheaval.store import SqlStore

__all__ = [
    "Processed",
    "Resources",
    "RunReport",
    "date_notice",
    "extract_events",
    "load_resources",
    "process_documents",
    "run_extract",
    "warm_up",
]

# Documents go through spaCy in batches: nlp.pipe is markedly faster than one
# call per text, and 32 reports of a few kB keep memory flat.
BATCH_SIZE = 32
# Of each batch only the sentences that can hold an event are parsed (see
# annotate.prefilter); their runs go to spaCy in batches of this many.
CHUNK_BATCH_SIZE = 64


@dataclass(slots=True)
class Resources:
    """Models loaded once per process (or per Dask worker)."""

    nlp: Language
    gazetteer: Gazetteer
    lexicon: Lexicon | None = None
    classifier: Classifier | None = None


def load_resources(
    gazetteer_file: str | Path | None = None,
    rules: Sequence[str | Path] = (),
    model: str | Path | None = None,
) -> Resources:
    """Load the spaCy pipeline, the gazetteer, the event rules and the classifier.

    Args:
        gazetteer_file: extra places (CSV or YAML).
        rules: YAML files of extra trigger rules, tried before the built-in ones.
        model: the learned second opinion: "bundled" (used when the learn
            extra is installed), "off", or a model file from ``upheaval train``;
            None: ``$UPHEAVAL_MODEL``, else "bundled".
    """
    lexicon = load_taxonomy(tuple(str(r) for r in rules)) if rules else None
    return Resources(
        nlp=load_nlp(),
        gazetteer=load_gazetteer(gazetteer_file),
        lexicon=lexicon,
        classifier=load_classifier(model),
    )


# A short report (written for upheaval) that goes through every stage: a
# trigger, a day, a town, a crowd, the police; see warm_up.
_WARM_UP_TEXT = (
    "Police fired tear gas at hundreds of traders who marched through Nakuru on "
    "Tuesday against a new market levy, a county official said."
)


def warm_up(resources: Resources) -> None:
    """Process one short report so that what the stages load on first use
    (the encoder's ONNX session, the date parser's tables, the pre-filter's
    index, the gazetteer's lazy parts) is loaded now, not in the first
    documents of a run. Dask workers call it at start-up."""
    document = Document(
        doc_id="upheaval-warm-up",
        text=_WARM_UP_TEXT,
        source="warm-up",
        published=date(2024, 6, 27),
    )
    for _processed in process_documents([document], resources):
        pass


@dataclass(frozen=True, slots=True)
class Processed:
    """One document after every stage but the store."""

    clean: CleanDocument
    events: tuple[Event, ...]
    sentences: int = 0
    parsed: int = 0
    # One event per mention, for ``--no-merge``.
    mentions: tuple[Event, ...] = ()


def _context(clean: CleanDocument, item: Annotated, resources: Resources) -> DocumentContext:
    doc = item.doc
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    hints = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    return read_context(clean, sentences, resources.gazetteer, hints)


def _process_one(
    clean: CleanDocument,
    item: Annotated,
    raw: list[RawMention],
    context: DocumentContext,
    resources: Resources,
) -> Processed:
    mentions = resolve_mentions(clean, raw, context, resources.gazetteer)
    return Processed(
        clean,
        tuple(merge_mentions(mentions)),
        item.sentences,
        item.parsed,
        tuple(merge_mentions(mentions, merge=False)),
    )


def process_documents(
    documents: Iterable[Document], resources: Resources, batch_size: int = BATCH_SIZE
) -> Iterator[Processed]:
    """Clean, annotate, extract, resolve and merge documents, in order.

    Only the sentences that can hold an event under the lexicon's rules are
    parsed; the whole text is still read for dates, places and paragraphs.
    """
    lexicon = resources.lexicon or load_taxonomy(())

    def select(doc: Doc) -> list[tuple[bool, int, int]]:
        return candidate_sentences(doc, lexicon)

    iterator = iter(documents)
    while batch := list(islice(iterator, batch_size)):
        cleaned = [clean_document(d) for d in batch]
        annotated = annotate_selected(
            resources.nlp, [c.text for c in cleaned], select, CHUNK_BATCH_SIZE
        )
        items = list(annotated)
        raws = [
            extract_mentions(item.doc, clean, resources.lexicon)
            for clean, item in zip(cleaned, items, strict=True)
        ]
        # What resolution knows of each document does not depend on its mentions.
        contexts = [
            _context(clean, item, resources) for clean, item in zip(cleaned, items, strict=True)
        ]
        if resources.classifier is not None:
            # The learned second opinion (upheaval.learn), a batch at a time,
            # on the sentences of mentions the resolver can keep.
            needed = [
                [may_be_coded(m, clean, context) for m in raw]
                for clean, context, raw in zip(cleaned, contexts, raws, strict=True)
            ]
            raws = resources.classifier.review_documents(raws, needed)
        for clean, item, raw, context in zip(cleaned, items, raws, contexts, strict=True):
            yield _process_one(clean, item, raw, context, resources)


@dataclass(slots=True)
class RunReport:
    """What one extract run did."""

    read: int = 0
    stored: int = 0
    already_stored: int = 0
    # Stored by another pipeline version or with another publication date.
    stale: int = 0
    reprocessed: int = 0
    skipped: list[Skip] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    events_found: int = 0
    sentences: int = 0
    parsed_sentences: int = 0
    seconds: float = 0.0
    notices: list[str] = field(default_factory=list)

    @property
    def skip_reasons(self) -> Counter[str]:
        return Counter(s.reason for s in self.skipped)


ProgressHook = Callable[[RunReport, "Document | Skip | None"], None]


# Formats whose files carry no date field: their date is given, read from
# the text, or missing, and the user is told which.
_UNDATED_FORMATS = (".txt", ".pdf")


def date_notice(document: Document) -> str | None:
    """One line on where a file's publication date came from, or that it has none."""
    if document.published_from and document.published:
        return (
            f"{document.source}: publication date {document.published.isoformat()} "
            f"taken from its {document.published_from} (pass --published to set it)"
        )
    if document.published is None and document.source.lower().endswith(_UNDATED_FORMATS):
        return (
            f"{document.source}: no publication date given and none in the text; "
            "days without a year stay undated (pass --published YYYY-MM-DD)"
        )
    return None


def _split(
    items: Iterable[Document | Skip], report: RunReport, on_progress: ProgressHook | None
) -> Iterator[Document]:
    for item in items:
        if isinstance(item, Skip):
            report.skipped.append(item)
            if on_progress:
                on_progress(report, item)
            continue
        report.read += 1
        report.doc_ids.append(item.doc_id)
        notice = date_notice(item)
        if notice:
            report.notices.append(notice)
        yield item


def run_extract(
    paths: Sequence[str],
    store: SqlStore,
    *,
    published: date | None = None,
    resources: Resources | None = None,
    on_progress: ProgressHook | None = None,
    mapper: Callable[[Iterable[Document], Resources | None], Iterable[Processed]] | None = None,
    reprocess: bool = False,
    merge: bool = True,
) -> RunReport:
    """Read documents, process the ones not stored yet and store them.

    Documents already in the store are skipped (runs are idempotent and
    resumable). Each document is stored in its own transaction.

    Args:
        paths: files, directories or globs.
        store: where documents and events go.
        published: date of documents that carry none.
        resources: loaded models (loaded here when None).
        on_progress: called after each document.
        mapper: runs the processing elsewhere (e.g. on Dask); default local.
        reprocess: re-do stored documents that are stale (stored by another
            pipeline version or with another publication date); without it
            they are only counted (``RunReport.stale``).
        merge: False stores one event per mention (no merging).
    """
    started = time.perf_counter()
    report = RunReport()
    seen: set[str] = set()
    stale_ids: set[str] = set()

    def fresh(documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            state = "current" if document.doc_id in seen else store.document_state(document)
            if state == "current" or (state == "stale" and not reprocess):
                if state == "stale":
                    report.stale += 1
                else:
                    report.already_stored += 1
                if on_progress:
                    on_progress(report, document)
                continue
            seen.add(document.doc_id)
            if state == "stale":
                stale_ids.add(document.doc_id)
            yield document

    todo = fresh(_split(read_documents(paths, published), report, on_progress))
    if mapper is not None:
        processed: Iterable[Processed] = mapper(todo, resources)
    else:
        processed = process_documents(todo, resources or load_resources())
    for item in processed:
        found = item.events if merge else item.mentions
        redo = item.clean.doc_id in stale_ids
        if store.save_document(item.clean, found, replace=redo):
            report.stored += 1
            report.reprocessed += int(redo)
            report.events_found += len(found)
            report.sentences += item.sentences
            report.parsed_sentences += item.parsed
        if on_progress:
            on_progress(report, item.clean.document)
    report.seconds = time.perf_counter() - started
    return report


def extract_events(
    paths: Sequence[str],
    *,
    published: date | None = None,
    db: str | None = None,
    **options: Any,
) -> list[Event]:
    """Extract, store and return the events of some documents.

    Example:
        >>> events = extract_events(["examples/reports.jsonl"], db=":memory:")
    """
    from upheaval.store import EventFilter, open_store

    store = open_store(db)
    try:
        report = run_extract(paths, store, published=published, **options)
        if not report.doc_ids:
            return []
        return store.events(EventFilter(doc_ids=tuple(report.doc_ids)))
    finally:
        store.close()
