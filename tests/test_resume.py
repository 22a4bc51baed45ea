"""A run killed with SIGKILL part-way and started again: nothing committed is
lost, nothing is stored twice, and the database ends up as an uninterrupted
run leaves it. Uses a real ``upheaval extract`` process and real models.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from bench.corpus import generate_reports

from upheaval.store import open_store

pytestmark = pytest.mark.slow

N_DOCS = 240
# Kill once this many documents are committed: far enough in that the run is
# in its steady state, far enough from the end that work is left to resume.
KILL_AFTER = 40
# Give up waiting for the first documents after this long (model load + work).
STARTUP_TIMEOUT = 180.0
# Dask's worker processes check for their parent about once a second.
ORPHAN_TIMEOUT = 20.0


def _short_corpus(path: Path) -> Path:
    """Few hundred small reports: the title and first three paragraphs of each."""
    with path.open("w", encoding="utf-8") as handle:
        for report in generate_reports(N_DOCS, seed=11):
            report["text"] = "\n\n".join(report["text"].split("\n\n")[:4])
            handle.write(json.dumps(report) + "\n")
    return path


def _command(corpus: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "upheaval", "extract", str(corpus), "--db", str(db), "-q", *extra]


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("select count(*) from documents").fetchone()[0])
    except sqlite3.OperationalError:  # the table is not created yet
        return 0


def _kill_part_way(command: list[str], db: Path) -> None:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while _stored(db) < KILL_AFTER:
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            _, err = process.communicate()
            pytest.fail(f"run ended before it could be killed: {err.decode()[-2000:]}")
        time.sleep(0.05)
    descendants = _descendants(process.pid)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    assert process.returncode == -signal.SIGKILL
    # Dask workers notice their parent is gone and exit: no orphans left behind.
    deadline = time.monotonic() + ORPHAN_TIMEOUT
    while (alive := [p for p in descendants if p.is_running()]) and time.monotonic() < deadline:
        time.sleep(0.2)
    for orphan in alive:
        orphan.kill()
    assert not alive, f"processes outlived the killed run: {alive}"


def _descendants(pid: int) -> list[Any]:
    try:
        import psutil
    except ImportError:  # comes with the dask extra; without it there are no workers
        return []
    return [p for p in psutil.Process(pid).children(recursive=True) if p.status() != "zombie"]


def _documents(db: Path) -> dict[str, tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select doc_id, text, published, n_events, added_at from documents")
        return {row[0]: row[1:] for row in rows}


def _events(db: Path) -> list[Any]:
    store = open_store(str(db))
    try:
        return sorted(store.events(), key=lambda e: e.event_id)
    finally:
        store.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _short_corpus(tmp_path_factory.mktemp("resume") / "corpus.jsonl")


@pytest.fixture(scope="module")
def uninterrupted(corpus: Path) -> Path:
    db = corpus.parent / "whole.db"
    done = subprocess.run(_command(corpus, db), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return db


@pytest.mark.parametrize("extra", [(), ("--dask", "local:2")], ids=["single", "dask"])
def test_resume_after_sigkill_equals_uninterrupted_run(
    corpus: Path, uninterrupted: Path, tmp_path: Path, extra: tuple[str, ...]
) -> None:
    if extra:
        pytest.importorskip("distributed", reason="needs the dask extra")
    db = tmp_path / "killed.db"
    _kill_part_way(_command(corpus, db, *extra), db)
    before = _documents(db)
    assert KILL_AFTER <= len(before) < N_DOCS

    again = subprocess.run(
        _command(corpus, db, *extra), capture_output=True, text=True, timeout=600
    )
    assert again.returncode == 0, again.stderr[-2000:]

    after = _documents(db)
    # Nothing committed before the kill was lost or rewritten (same added_at).
    assert {k: after[k] for k in before} == before
    # Every document once; the rows equal those of the uninterrupted run.
    whole = _documents(uninterrupted)
    assert after.keys() == whole.keys()
    assert {k: v[:3] for k, v in after.items()} == {k: v[:3] for k, v in whole.items()}
    assert _events(db) == _events(uninterrupted)
