"""Benchmark and dev-set check for date resolution.

Usage:
    python bench/dates.py speed [--n 20000]
        sentences per second of resolve_dates over synthetic report sentences
    python bench/dates.py dev [--corpus ../shared/corpus/dev]
        share of gold events whose resolved day equals the gold event_date

The dev check approximates the pipeline: sentences split by punctuation, the
event's trigger taken as the first event word of the gold evidence (else its
start). It measures date resolution alone, not extraction.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from datetime import date, timedelta
from pathlib import Path

from upheaval.resolve.dates import resolve_dates

_TEMPLATES = [
    "Thousands of people marched through the centre of {city} demanding lower prices.",
    "On {d} {month}, workers at the {city} plant went on strike.",
    "Police said 12 officers were injured and 40 people were detained (3).",
    "The next day, protesters blocked the main road into {city}.",
    "On Tuesday, the interior ministry declared a curfew from 11 p.m. to 7 a.m.",
    "Opposition leaders called on supporters to remain peaceful.",
    "In {month}, prices of fuel doubled, according to the statistics office.",
    "A state of emergency was declared from {d} to 19 {month}.",
    "Witnesses told reporters that the crowd set fire to two police cars.",
    "Subsequently, the government resigned and the president took control.",
    "Residents of {city} said the internet had been cut for three days.",
    "Yesterday, students gathered outside the university in {city}.",
]
_CITIES = ["Lagos", "Quito", "Dhaka", "Tbilisi", "Lyon", "Medan", "Arequipa", "Kumasi"]
_MONTHS = ["January", "March", "July", "October"]


def _synthetic(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [
        rng.choice(_TEMPLATES).format(
            city=rng.choice(_CITIES), d=rng.randint(1, 28), month=rng.choice(_MONTHS)
        )
        for _ in range(n)
    ]


def speed(n: int) -> float:
    """Sentences per second, over documents of 30 sentences."""
    sentences = _synthetic(n)
    start = time.perf_counter()
    for i in range(0, n, 30):
        resolve_dates(sentences[i : i + 30], date(2022, 1, 20))
    return n / (time.perf_counter() - start)


_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_TRIGGER = re.compile(
    r"protest|strike|rall|march|demonstrat|clash|storm|arrest|loot|fire|decree|declar|"
    r"deploy|block|gather|join|restrict|suspend|dissolv|impos|assault|sided|called",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[tuple[int, str]]:
    spans, start = [], 0
    for match in _SPLIT.finditer(text):
        spans.append((start, text[start : match.start()]))
        start = match.end()
    spans.append((start, text[start:]))
    return spans


def dev(corpus: Path) -> tuple[int, int, int]:
    """(exact day, within the scorer's tolerance, total) over the gold events."""
    docs = {}
    for line in (corpus / "docs.jsonl").read_text().splitlines():
        record = json.loads(line)
        docs[record["id"]] = record
    exact = close = total = 0
    for line in (corpus / "gold.jsonl").read_text().splitlines():
        gold = json.loads(line)
        record = docs[gold["doc"]]
        text = " ".join(record["text"].split())
        evidence = " ".join(gold["evidence"].split())
        total += 1
        where = text.find(evidence)
        if where < 0:
            continue
        trigger = _TRIGGER.search(evidence)
        offset = where + (trigger.start() if trigger else 0)
        published = date.fromisoformat(record["published"]) if record.get("published") else None
        sentences = _sentences(text)
        times = resolve_dates([s for _, s in sentences], published)
        index = max(i for i, (start, _) in enumerate(sentences) if start <= offset)
        found = times[index].date_at(offset - sentences[index][0])
        want = date.fromisoformat(gold["event_date"])
        if found is None or found.day is None:
            continue
        slack = {1: 1, 2: 3}.get(gold["time_precision"], 0)
        exact += found.day == want
        close += abs(found.day - want) <= timedelta(days=slack) if slack else (
            (found.day.year, found.day.month) == (want.year, want.month))
    return exact, close, total


def main() -> None:
    """Run the benchmark named on the command line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["speed", "dev"])
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/dev"))
    args = parser.parse_args()
    if args.what == "speed":
        print(f"{speed(args.n):,.0f} sentences/s")
    else:
        exact, close, total = dev(args.corpus)
        print(f"exact date {exact}/{total} = {exact / total:.3f}; "
              f"within tolerance {close}/{total} = {close / total:.3f}")


if __name__ == "__main__":
    main()
