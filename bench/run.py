"""Throughput benchmark: bare spaCy vs upheaval, single process and on Dask.

Each measurement runs in a fresh Python process, so its peak RSS is its own
and every configuration loads the models cold. Rates count reports processed
per second once the models are loaded (model and cluster start-up are timed
apart and printed too).

    python bench/run.py                      # 600 generated reports of ~800 words
    python bench/run.py --n 500 --workers 1,2,4
    python bench/run.py --words 0 --n 2000   # short reports + the examples
    python bench/run.py --corpus my.jsonl    # your own JSONL, .warc.gz ...

Not a test: numbers depend on the machine and on what else runs on it; the
load average before and after is printed so a noisy run can be recognised.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402

EXAMPLES = ROOT / "examples" / "reports.jsonl"


def _peak_rss_mb() -> float:
    from upheaval.distributed._worker import peak_rss_bytes

    return peak_rss_bytes() / 2**20


def _texts(paths: list[str]) -> list[str]:
    from upheaval.ingest import read_documents
    from upheaval.model import Document

    return [d.text for d in read_documents(paths) if isinstance(d, Document)]


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def child_bare(paths: list[str], tuned: bool = False) -> dict[str, Any]:
    """(a) spaCy alone, every component, nlp.pipe over the same texts: the
    model as installed (``tuned``: with upheaval's settings, see annotate)."""
    import importlib
    from contextlib import nullcontext

    from upheaval.annotate import MODEL_NAMES, load_nlp, one_blas_thread

    texts = _texts(paths)
    started = time.perf_counter()
    if tuned:
        nlp = load_nlp()
    else:
        for name in MODEL_NAMES:
            try:
                nlp = importlib.import_module(name).load()
                break
            except ImportError:
                continue
    loaded, cpu = time.perf_counter(), time.process_time()
    sentences = 0
    with one_blas_thread() if tuned else nullcontext():
        for doc in nlp.pipe(texts, batch_size=32):
            sentences += sum(1 for _ in doc.sents)
    done = time.perf_counter()
    return {
        "reports": len(texts),
        "words": _words(texts),
        "sentences": sentences,
        "parsed": sentences,
        "chars": sum(map(len, texts)),
        "load_s": loaded - started,
        "run_s": done - loaded,
        "cpu_s": time.process_time() - cpu,
        "peak_rss_mb": _peak_rss_mb(),
    }


def child_single(paths: list[str], db: str) -> dict[str, Any]:
    """(b) upheaval in one process: read, process and store."""
    from upheaval.pipeline import load_resources, run_extract
    from upheaval.store import open_store

    started = time.perf_counter()
    resources = load_resources()
    loaded, cpu = time.perf_counter(), time.process_time()
    store = open_store(db)
    report = run_extract(paths, store, resources=resources)
    done = time.perf_counter()
    store.close()
    return {
        "reports": report.stored,
        "words": _words(_texts(paths)),
        "sentences": report.sentences,
        "parsed": report.parsed_sentences,
        "events": report.events_found,
        "load_s": loaded - started,
        "run_s": done - loaded,
        "cpu_s": time.process_time() - cpu,
        "peak_rss_mb": _peak_rss_mb(),
    }


def child_dask(paths: list[str], db: str, workers: int) -> dict[str, Any]:
    """(c) upheaval on a LocalCluster of ``workers`` processes."""
    from upheaval.distributed import DaskMapper, dask_client, default_spec, worker_peak_rss
    from upheaval.pipeline import run_extract
    from upheaval.store import open_store

    started = time.perf_counter()
    with dask_client(f"local:{workers}") as client:
        mapper = DaskMapper(client, default_spec())  # preloads the models on every worker
        loaded, cpu = time.perf_counter(), time.process_time()
        workers_cpu = sum(client.run(time.process_time).values())
        store = open_store(db)
        report = run_extract(paths, store, mapper=mapper)
        done, driver_cpu = time.perf_counter(), time.process_time() - cpu
        store.close()
        workers_cpu = sum(client.run(time.process_time).values()) - workers_cpu
        peaks = worker_peak_rss(client)
    return {
        "reports": report.stored,
        "words": _words(_texts(paths)),
        "sentences": report.sentences,
        "parsed": report.parsed_sentences,
        "events": report.events_found,
        "load_s": loaded - started,
        "run_s": done - loaded,
        "cpu_s": driver_cpu + workers_cpu,
        "driver_cpu_s": driver_cpu,
        "peak_rss_mb": _peak_rss_mb(),
        "worker_peak_rss_mb": sorted(p / 2**20 for p in peaks.values()),
    }


def _measure(mode: str, paths: list[str], workers: int = 0) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        command = [
            sys.executable,
            __file__,
            "--child",
            mode,
            "--workers",
            str(workers),
            "--db",
            str(Path(folder) / "bench.db"),
            *paths,
        ]
        busy, ours, started = _busy_cpu(), _children_cpu(), time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - started
        others = (_busy_cpu() - busy - (_children_cpu() - ours)) / wall
    if done.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["rate"] = result["reports"] / result["run_s"]
    result["words_rate"] = result["words"] / result["run_s"]
    result["others_cores"] = max(0.0, others)
    return result


def _busy_cpu() -> float:
    """CPU seconds the whole machine has been busy (Linux /proc/stat), else 0."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return 0.0
    ticks = [int(f) for f in fields]
    idle = ticks[3] + ticks[4]  # idle and iowait
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    """CPU seconds of this process's finished children and their descendants."""
    times = os.times()
    return times.children_user + times.children_system


def _print_table(results: dict[str, dict[str, Any]], base: dict[str, Any]) -> None:
    print(
        f"\n{'configuration':<16}{'reports':>8}{'load s':>8}{'run s':>8}{'words/s':>9}"
        f"{'reports/s':>11}{'CPU s':>8}{'others':>8}{'parsed':>8}{'peak RSS MB':>13}"
        "  workers' peak RSS MB"
    )
    for name, r in results.items():
        workers = ", ".join(f"{m:.0f}" for m in r.get("worker_peak_rss_mb", []))
        parsed = r["parsed"] / r["sentences"] if r.get("sentences") else 0.0
        print(
            f"{name:<16}{r['reports']:>8}{r['load_s']:>8.1f}{r['run_s']:>8.1f}"
            f"{r['words_rate']:>9.0f}{r['rate']:>11.1f}{r['cpu_s']:>8.1f}"
            f"{r['others_cores']:>8.2f}{parsed:>8.0%}{r['peak_rss_mb']:>13.0f}  {workers}"
        )
    print(
        f"\ncorpus: {base['reports']} reports, {base['words'] / base['reports']:.0f} words "
        f"({base['chars'] / base['reports']:.0f} characters) each on average; 'others': cores "
        "used by other processes meanwhile; 'parsed': share of sentences run through spaCy"
    )


def _summary(results: dict[str, dict[str, Any]]) -> dict[str, float]:
    summary: dict[str, float] = {}
    bare, single = results.get("bare spaCy"), results.get("single")
    if bare and single:
        summary["single/bare time ratio"] = single["run_s"] / bare["run_s"]
        # CPU seconds are less disturbed than wall time by other work on the machine.
        summary["single/bare CPU ratio"] = single["cpu_s"] / bare["cpu_s"]
    one, two = results.get("dask 1 worker"), results.get("dask 2 workers")
    if one and two:
        summary["1->2 worker efficiency"] = two["rate"] / (2 * one["rate"])
        # Efficiency of the work itself: CPU per report with 1 worker over with 2
        # (what 2 idle cores would give, less the driver's and scheduler's share).
        summary["1->2 CPU efficiency"] = one["cpu_s"] / two["cpu_s"]
    for name, value in summary.items():
        print(f"{name}: {value:.2f}")
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description="upheaval throughput benchmark")
    parser.add_argument("paths", nargs="*", help="(with --child) the corpus files")
    parser.add_argument("--n", type=int, default=600, help="generated reports (default 600)")
    parser.add_argument(
        "--words",
        type=int,
        default=800,
        help="words per generated report (default 800; 0: the short styles plus the examples)",
    )
    parser.add_argument("--corpus", help="use this file instead of generating one")
    parser.add_argument("--workers", default="1,2", help="Dask worker counts, e.g. 1,2")
    parser.add_argument("--json", dest="json_out", help="also write the results here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run = {
            "bare": lambda: child_bare(args.paths),
            "bare-tuned": lambda: child_bare(args.paths, tuned=True),
            "single": lambda: child_single(args.paths, args.db),
            "dask": lambda: child_dask(args.paths, args.db, int(args.workers)),
        }[args.child]
        print(json.dumps(run()))
        return
    with tempfile.TemporaryDirectory() as folder:
        generated = Path(folder) / "generated.jsonl"
        if args.corpus:
            paths = [args.corpus]
        elif args.words:
            paths = [str(write_corpus(generated, args.n, words=args.words))]
        else:
            paths = [str(write_corpus(generated, args.n)), str(EXAMPLES)]
        load_before = os.getloadavg()[0]
        results = {
            "bare spaCy": _measure("bare", paths),
            "bare, tuned": _measure("bare-tuned", paths),
            "single": _measure("single", paths),
        }
        for n in (int(w) for w in args.workers.split(",") if w):
            results[f"dask {n} worker{'s' if n > 1 else ''}"] = _measure("dask", paths, n)
    _print_table(results, results["bare spaCy"])
    summary = _summary(results)
    print(
        f"load average (1 min) before {load_before:.2f}, after {os.getloadavg()[0]:.2f}; "
        f"{os.cpu_count()} cores"
    )
    if args.json_out:
        Path(args.json_out).write_text(
            json.dumps({"results": results, "summary": summary}, indent=2), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
