"""Benchmark: pipeline time with and without the learned classifier, same reports, one run.

Usage:
    python bench/learn.py REPORTS.jsonl [--model FILE] [--limit N]

Loads spaCy and the gazetteer once, processes the reports with the rules
alone, then again with the classifier (the encoder is loaded and warmed up
before the clock starts), and prints one line per run and the difference.
Needs the ``learn`` extra.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from itertools import islice

from upheaval.ingest import read_documents
from upheaval.learn import load_classifier
from upheaval.model import Document
from upheaval.pipeline import load_resources, process_documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports")
    parser.add_argument("--model", default="bundled")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    items = read_documents([args.reports])
    docs = [d for d in islice(items, args.limit) if isinstance(d, Document)]
    rules = load_resources(model="off")
    classifier = load_classifier(args.model, required=True)
    assert classifier is not None
    classifier.encoder.encode(["warm up the session"])
    learned = replace(rules, classifier=classifier)
    list(process_documents(docs[:8], rules))  # warm up spaCy as well
    timings = {}
    for name, resources in (("rules only", rules), ("rules + classifier", learned)):
        started = time.perf_counter()
        events = sum(len(p.events) for p in process_documents(docs, resources))
        timings[name] = time.perf_counter() - started
        rate = len(docs) / timings[name]
        took = timings[name]
        print(f"{name:20s} {len(docs)} reports {took:7.1f} s {rate:6.1f} docs/s {events} events")
    extra = timings["rules + classifier"] - timings["rules only"]
    n = classifier.sentences
    per = 1000 * extra / n if n else 0.0
    print(
        f"classifier: +{extra:.1f} s ({extra / timings['rules only']:+.0%}) for {n} sentences "
        f"({per:.1f} ms each); {classifier.summary()}"
    )


if __name__ == "__main__":
    main()
