"""Benchmark place resolution: index build, load time, memory, throughput.

Usage::

    python bench/places.py                 # load the cached index (build if missing)
    python bench/places.py --build         # rebuild the index first and time it
    python bench/places.py --docs FILE.jsonl --rounds 5

Without ``--docs`` the texts are the sentences of the place test table
(tests/resolve/places/cases.tsv), joined into paragraphs of ten. Prints one
JSON object with the measurements.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from upheaval.resolve.places import (
    build_gazetteer_index,
    detect_focus_country,
    find_places,
    index_path,
    load_gazetteer,
)

_TABLE = Path(__file__).resolve().parent.parent / "tests" / "resolve" / "places" / "cases.tsv"


def _rss_mb() -> float:
    """Current resident memory of this process in MB (Linux), else peak."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _texts(docs: Path | None) -> list[str]:
    if docs is not None:
        with docs.open(encoding="utf-8") as handle:
            return [json.loads(line).get("text") or "" for line in handle if line.strip()]
    sentences = [
        line.split("\t")[0]
        for line in _TABLE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return [" ".join(sentences[i : i + 10]) for i in range(0, len(sentences), 10)]


def main() -> None:
    """Run the benchmark and print its measurements as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="rebuild the index first")
    parser.add_argument("--docs", type=Path, help="JSONL file of documents with 'text'")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the texts")
    args = parser.parse_args()
    result: dict[str, object] = {}
    if args.build:
        started = time.perf_counter()
        build_gazetteer_index()
        result["build_seconds"] = round(time.perf_counter() - started, 2)
    result["index_mb"] = (
        round(index_path().stat().st_size / 2**20, 1) if index_path().exists() else None
    )
    before = _rss_mb()
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    result["load_seconds"] = round(time.perf_counter() - started, 3)
    result["gazetteer_rss_mb"] = round(_rss_mb() - before, 1)
    texts = _texts(args.docs)
    places = 0
    started = time.perf_counter()
    for _ in range(args.rounds):
        for text in texts:
            places += len(find_places(text, gazetteer, focus=detect_focus_country(text, gazetteer)))
    elapsed = time.perf_counter() - started
    characters = sum(len(t) for t in texts) * args.rounds
    result.update(
        {
            "texts": len(texts) * args.rounds,
            "places_resolved": places,
            "places_per_second": round(places / elapsed),
            "characters_per_second": round(characters / elapsed),
            "process_rss_mb": round(_rss_mb(), 1),
        }
    )
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
