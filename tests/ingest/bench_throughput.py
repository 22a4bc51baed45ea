"""Measure ingest + clean throughput on generated documents.

Run: ``.venv/bin/python -m tests.ingest.bench_throughput [N]`` (N documents
per format, default 100). Prints documents and characters per second.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from tests.ingest.ingest_builders import make_pdf
from upheaval.clean import clean_document
from upheaval.ingest import read_documents
from upheaval.model import Document

_CITIES = ["Kumasi", "Oruro", "Durban", "Mombasa", "Lahore", "Quito", "Tunis", "Kano", "Dhaka"]
_ACTS = [
    "marched to the town hall",
    "blocked the main highway",
    "went on strike",
    "gathered outside parliament",
    "clashed with riot police",
]
_WHO = ["Teachers", "Students", "Market traders", "Nurses", "Miners", "Farmers"]


def _sentence(rng: random.Random, index: int) -> str:
    marker = f" ({index})" if rng.random() < 0.3 else ""
    return (
        f"{rng.choice(_WHO)} in {rng.choice(_CITIES)} {rng.choice(_ACTS)} on "
        f"Monday, demanding higher wages and lower fuel prices{marker}."
    )


def _report(rng: random.Random, sentences: int = 40) -> str:
    paragraphs = [" ".join(_sentence(rng, i + j) for j in range(5)) for i in range(0, sentences, 5)]
    wrapped = ["\n".join(textwrap.wrap(p, 80)) for p in paragraphs]
    return "\n\n".join(wrapped)


def _write_corpus(folder: Path, count: int, rng: random.Random) -> None:
    lines = []
    for i in range(count):
        (folder / f"r{i:04d}.txt").write_text(_report(rng), encoding="utf-8")
        body = "".join(f"<p>{p}</p>" for p in _report(rng).split("\n\n"))
        (folder / f"p{i:04d}.html").write_text(
            f"<html lang='en'><head><title>R{i}</title></head><body><nav>Home</nav>"
            f"<article>{body}</article></body></html>",
            encoding="utf-8",
        )
        lines.append(json.dumps({"id": f"j{i}", "text": _report(rng), "published": "2024-01-02"}))
        pages = [_sentence(rng, k) for k in range(3)]
        (folder / f"d{i:04d}.pdf").write_bytes(make_pdf(pages))
    (folder / "docs.jsonl").write_text("\n".join(lines), encoding="utf-8")


def main(count: int) -> None:
    """Generate ``count`` documents per format and time ingest and clean."""
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _write_corpus(folder, count, rng)
        start = time.perf_counter()
        documents = [d for d in read_documents([tmp]) if isinstance(d, Document)]
        read = time.perf_counter()
        cleaned = [clean_document(d) for d in documents]
        done = time.perf_counter()
    chars = sum(len(d.text) for d in documents)
    print(f"{len(documents)} documents, {chars} characters")
    print(f"ingest: {len(documents) / (read - start):.0f} docs/s")
    print(
        f"clean:  {len(cleaned) / (done - read):.0f} docs/s, {chars / (done - read) / 1e6:.2f} MB/s"
    )
    print(f"both:   {len(documents) / (done - start):.0f} docs/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
