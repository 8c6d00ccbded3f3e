"""kill -9 at random points of an ingest, then resume: the store equals an uninterrupted run's.

The ingest runs in a forked child (it inherits the loaded models, so a trial takes seconds, not
the minute a fresh interpreter spends loading spaCy and the knowledge bases) and is killed with
SIGKILL at a random point: after a random number of finished batches plus a random part of the
next, so kills land in processing, in the middle of a store transaction, and between batches.
After each kill the store must open read-only; a resumed run must then leave it equal, table
by table and row by row, to a run that was never interrupted.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from pathlib import Path

import pytest

from annalyst.pipeline.default import PipelineOptions
from annalyst.pipeline.run import ingest
from annalyst.store import SCHEMA_VERSION, Store
from tests.snapshots import snapshot

pytestmark = pytest.mark.slow

TRIALS = 5
BATCH = 1  # one record per batch and per transaction: the most commit points to land between

SUBJECTS = ("Kenya", "Ghana", "Peru", "Chile", "Norway", "Egypt", "Japan", "Canada", "Brazil", "India")
OBJECTS = ("Uganda", "Togo", "Bolivia", "Argentina", "Sweden", "Sudan", "China", "Mexico", "Colombia", "Nepal")
VERBS = ("accused {o} of violating the border agreement", "signed a trade agreement with {o}",
         "expelled two diplomats from {o}", "offered humanitarian aid to {o}", "condemned the military exercises of {o}")


def write_corpus(root: Path) -> list[str]:
    """Ten short distinct articles, one of them twice (a duplicate), plus an empty file and bad JSON lines."""
    root.mkdir(parents=True, exist_ok=True)
    for i, (subject, obj) in enumerate(zip(SUBJECTS, OBJECTS)):
        verb = VERBS[i % len(VERBS)].format(o=obj)
        text = (f"News {i}\n\nThe government of {subject} {verb} on Monday, officials said.\n\n"
                f"The foreign minister of {obj} said the talks would continue in {subject} next week.\n")
        (root / f"article_{i:02d}.txt").write_text(text, encoding="utf-8")
    (root / "article_99_copy.txt").write_text((root / "article_03.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "lines.jsonl").write_text('{"text": "Iran threatened Israel with retaliation on Sunday."}\n{"broken\n',
                                      encoding="utf-8")
    return [str(root)]


def _child(inputs: list[str], db: str, done) -> None:  # runs in the forked process
    def progress(p) -> None:
        done.value = p.done

    ingest(inputs, db, PipelineOptions(batch_size=BATCH, write_batch_size=BATCH), on_progress=progress)
    os._exit(0)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    base = tmp_path_factory.mktemp("crash")
    inputs = write_corpus(base / "corpus")
    ingest(inputs, base / "warm.duckdb", PipelineOptions(batch_size=BATCH, write_batch_size=BATCH))  # load every model once
    started = time.perf_counter()
    summary = ingest(inputs, base / "reference.duckdb", PipelineOptions(batch_size=BATCH, write_batch_size=BATCH))
    seconds = time.perf_counter() - started
    return inputs, snapshot(base / "reference.duckdb"), summary, seconds, base


def test_kill_9_then_resume_equals_an_uninterrupted_run(reference):
    inputs, expected, summary, seconds, base = reference
    assert summary.processed >= 10 and summary.events > 0
    ctx = multiprocessing.get_context("fork")
    rng = random.Random(20260709)
    per_batch = seconds / max(summary.records, 1)
    outcomes = []
    for trial in range(TRIALS):
        db = base / f"trial{trial}.duckdb"
        done = ctx.Value("i", 0)
        wait_batches = rng.randrange(0, summary.records)
        extra = rng.uniform(0, per_batch)
        child = ctx.Process(target=_child, args=(inputs, str(db), done), daemon=True)
        child.start()
        deadline = time.monotonic() + 60 + seconds * 5
        while done.value < wait_batches and child.is_alive() and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(extra)
        killed_at = done.value
        os.kill(child.pid, signal.SIGKILL)
        child.join(10)
        assert child.exitcode in (-signal.SIGKILL, 0), child.exitcode
        # never unreadable: whatever the kill left opens, and holds a current schema
        if db.exists():
            with Store(db, read_only=True) as store:
                assert store.schema_version() == SCHEMA_VERSION
                stored_before = store.con.execute("SELECT count(*) FROM documents").fetchone()[0]
        else:
            stored_before = 0
        resumed = ingest(inputs, db, PipelineOptions(batch_size=BATCH, write_batch_size=BATCH))
        assert resumed.records == summary.records
        assert snapshot(db) == expected, f"trial {trial}: killed after {killed_at} records"
        outcomes.append((killed_at, stored_before, child.exitcode))
    # the kills really landed inside runs (not all before the first or after the last batch)
    assert any(0 < stored < summary.records for _, stored, _ in outcomes), outcomes


def test_kill_while_creating_the_store_leaves_it_absent_or_whole(reference, tmp_path):
    inputs, expected, _, _, _ = reference
    ctx = multiprocessing.get_context("fork")
    db = tmp_path / "early.duckdb"
    done = ctx.Value("i", 0)
    child = ctx.Process(target=_child, args=(inputs, str(db), done), daemon=True)
    child.start()
    building = Path(f"{db}.creating")  # where Store builds a new file before renaming it into place
    deadline = time.monotonic() + 60
    while not (db.exists() or building.exists()) and child.is_alive() and time.monotonic() < deadline:
        time.sleep(0.0005)
    os.kill(child.pid, signal.SIGKILL)  # as soon as a file appears: in the middle of creating the store
    child.join(10)
    if db.exists():
        with Store(db, read_only=True) as store:  # a store that exists is whole
            assert store.schema_version() == SCHEMA_VERSION
    ingest(inputs, db, PipelineOptions(batch_size=BATCH, write_batch_size=BATCH))
    assert snapshot(db) == expected
    assert not building.exists()
