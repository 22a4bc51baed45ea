"""CPU time per pipeline stage, one process, in ms per report.

Does what ``pipeline.process_documents`` does, a batch at a time, with
``time.process_time`` around each stage (the models are loaded and warmed
up first, and a first batch is run before the clock starts):

    python bench/stage_cpu.py REPORTS.jsonl [--limit 200] [--repeat 2]

CPU time, not wall time, so other work on the machine disturbs it less;
still run it under ``nice`` on a shared machine and read the shares.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from itertools import islice

from upheaval.annotate import annotate_selected
from upheaval.annotate.prefilter import candidate_sentences
from upheaval.clean import clean_document
from upheaval.extract import extract_mentions, load_taxonomy
from upheaval.ingest import read_documents
from upheaval.merge import merge_mentions
from upheaval.model import Document
from upheaval.pipeline import BATCH_SIZE, CHUNK_BATCH_SIZE, load_resources, warm_up
from upheaval.resolve import may_be_coded, read_context, resolve_mentions


def run(documents: list[Document], resources, spent: Counter[str]) -> int:  # type: ignore[no-untyped-def]
    """Process documents stage by stage, adding CPU seconds to ``spent``."""
    lexicon = resources.lexicon or load_taxonomy(())
    sentences = 0

    def select(doc):  # type: ignore[no-untyped-def]
        return candidate_sentences(doc, lexicon)

    clock = time.process_time
    for at in range(0, len(documents), BATCH_SIZE):
        batch = documents[at : at + BATCH_SIZE]
        t = clock()
        cleaned = [clean_document(d) for d in batch]
        spent["clean"] += clock() - t
        t = clock()
        items = list(annotate_selected(resources.nlp, [c.text for c in cleaned], select,
                                       CHUNK_BATCH_SIZE))
        spent["spaCy (pre-filter included)"] += clock() - t
        t = clock()
        raws = [
            extract_mentions(i.doc, c, resources.lexicon)
            for c, i in zip(cleaned, items, strict=True)
        ]
        spent["extract"] += clock() - t
        contexts = []
        for clean, item in zip(cleaned, items, strict=True):
            t = clock()
            doc = item.doc
            spans = [(s.start_char, s.end_char) for s in doc.sents]
            hints = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            contexts.append(read_context(clean, spans, resources.gazetteer, hints))
            spent["read_context"] += clock() - t
        if resources.classifier is not None:
            t = clock()
            before = resources.classifier.sentences
            needed = [
                [may_be_coded(m, clean, context) for m in raw]
                for clean, context, raw in zip(cleaned, contexts, raws, strict=True)
            ]
            raws = resources.classifier.review_documents(raws, needed)
            sentences += resources.classifier.sentences - before
            spent["classifier"] += clock() - t
        for clean, context, raw in zip(cleaned, contexts, raws, strict=True):
            t = clock()
            mentions = resolve_mentions(clean, raw, context, resources.gazetteer)
            spent["resolve"] += clock() - t
            t = clock()
            merge_mentions(mentions)
            merge_mentions(mentions, merge=False)
            spent["merge"] += clock() - t
    return sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    docs = [d for d in islice(read_documents([args.reports]), args.limit)
            if isinstance(d, Document)]
    resources = load_resources(model=args.model)
    warm_up(resources)
    run(docs[:BATCH_SIZE], resources, Counter())
    spent: Counter[str] = Counter()
    sentences = 0
    for _ in range(args.repeat):
        sentences += run(docs, resources, spent)
    n = len(docs) * args.repeat
    total = sum(spent.values())
    for stage, seconds in spent.most_common():
        print(f"{stage:30s} {1000 * seconds / n:7.1f} ms/report  {100 * seconds / total:5.1f} %")
    print(f"{'total':30s} {1000 * total / n:7.1f} ms/report  ({n} reports, "
          f"{sentences / n:.1f} classified sentences a report)")


if __name__ == "__main__":
    main()
