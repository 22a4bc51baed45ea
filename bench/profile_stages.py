"""Profile one single-process run and split its time by pipeline stage.

Runs the pipeline over generated reports under py-spy (a sampling profiler
that also sees inside Cython, where spaCy spends its time) and charges each
sample to the innermost stage on its stack: a regex inside
``upheaval.extract`` counts as extract, dateparser called from
``upheaval.resolve.dates`` as dates, SQLAlchemy as store, anything inside
spaCy or thinc as spaCy. Only samples inside ``run_extract`` count, so
model loading is left out.

    python bench/profile_stages.py                 # 200 generated reports
    python bench/profile_stages.py --n 500 --keep stacks.txt

Needs py-spy (``pip install py-spy``) and permission to trace a child
process (root, or ptrace allowed).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402

# Path fragments to stage names, most specific first: the first match wins.
STAGES: tuple[tuple[str, str], ...] = (
    ("/spacy/", "spaCy"),
    ("/thinc/", "spaCy"),
    ("/upheaval/annotate/", "spaCy"),
    ("/dateparser/", "dates"),
    ("/upheaval/resolve/dates/", "dates"),
    ("/upheaval/resolve/places/", "places"),
    ("/rapidfuzz/", "places"),
    ("/upheaval/resolve/", "resolve (other)"),
    ("/upheaval/clean/", "clean"),
    ("/upheaval/extract/", "extract"),
    ("/upheaval/merge/", "merge"),
    ("/sqlalchemy/", "store"),
    ("/sqlite3/", "store"),
    ("/upheaval/store/", "store"),
    ("/trafilatura/", "ingest"),
    ("/upheaval/ingest/", "ingest"),
    ("/upheaval/pipeline.py", "pipeline glue"),
)
# A py-spy raw frame: "function (path/to/file.py:123)".
_FRAME = re.compile(r"^(?P<function>.*) \((?P<path>[^()]*?)(?::\d+)?\)$")
# Samples per second: 250 keeps overhead small and gives thousands of samples.
RATE = 250


def stage_of(path: str) -> str | None:
    """The stage a source file belongs to, if any."""
    path = "/" + path.replace("\\", "/")  # Cython frames carry relative paths
    for fragment, stage in STAGES:
        if fragment in path:
            return stage
    return None


def _stage_of_stack(frames: list[str]) -> str:
    for frame in reversed(frames):  # innermost first
        match = _FRAME.match(frame)
        stage = stage_of(match["path"]) if match else None
        if stage:
            return stage
    return "other"


def split_samples(lines: list[str]) -> tuple[Counter[str], Counter[str]]:
    """Samples by stage and by innermost function, for stacks inside run_extract."""
    stages: Counter[str] = Counter()
    functions: Counter[str] = Counter()
    for line in lines:
        stack, _, count = line.rstrip().rpartition(" ")
        frames = stack.split(";")
        if not count.isdigit() or not any(f.startswith("run_extract (") for f in frames):
            continue
        stages[_stage_of_stack(frames)] += int(count)
        functions[frames[-1]] += int(count)
    return stages, functions


def child(corpus: str, db: str) -> None:
    """The profiled process: load the models, then one timed run."""
    from upheaval.pipeline import load_resources, run_extract
    from upheaval.store import open_store

    resources = load_resources()
    store = open_store(db)
    started = time.perf_counter()
    report = run_extract([corpus], store, resources=resources)
    seconds = time.perf_counter() - started
    store.close()
    print(
        f"{report.stored} reports, {report.events_found} events, {seconds:.1f} s "
        f"({report.stored / seconds:.1f} reports/s)"
    )


def _print(stages: Counter[str], functions: Counter[str]) -> None:
    total = sum(stages.values()) or 1
    print(f"\n{'stage':<18}{'s':>8}{'share':>8}")
    for stage, n in stages.most_common():
        print(f"{stage:<18}{n / RATE:>8.2f}{100 * n / total:>7.1f}%")
    print("\nhot functions (innermost frame):")
    for frame, n in functions.most_common(15):
        print(f"{100 * n / total:>6.1f}%  {frame}")


def main() -> None:
    parser = argparse.ArgumentParser(description="profile a single-process run by stage")
    parser.add_argument("--n", type=int, default=200, help="generated reports (default 200)")
    parser.add_argument("--keep", help="also keep py-spy's raw stacks in this file")
    parser.add_argument("--child", nargs=2, metavar=("CORPUS", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    with tempfile.TemporaryDirectory() as folder:
        corpus = str(write_corpus(Path(folder) / "corpus.jsonl", args.n, seed=13))
        stacks = Path(folder) / "stacks.txt"
        subprocess.run(
            [
                spy,
                "record",
                "--format",
                "raw",
                "--rate",
                str(RATE),
                "--output",
                str(stacks),
                "--",
                sys.executable,
                __file__,
                "--child",
                corpus,
                str(Path(folder) / "profile.db"),
            ],
            check=True,
        )
        lines = stacks.read_text(encoding="utf-8").splitlines()
        if args.keep:
            shutil.copy(stacks, args.keep)
    _print(*split_samples(lines))


if __name__ == "__main__":
    main()
