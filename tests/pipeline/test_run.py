"""The ingest runner: batches, idempotent re-ingest, progress, and resume after kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

STORE_TESTS = Path(__file__).resolve().parents[1] / "store"
sys.path.insert(0, str(STORE_TESTS))

from annalyst.pipeline.base import Pipeline  # noqa: E402
from annalyst.pipeline.run import (  # noqa: E402
    ALREADY_STORED,
    IngestProgress,
    estimate_total,
    ingest_documents,
    process_batch,
)
from annalyst.store import Store  # noqa: E402
from store_records import LineCoder, line_docs  # noqa: E402
from tests.snapshots import snapshot  # noqa: E402


def run(path, docs, batch_size=4, **kw):
    with Store(path) as store:
        return ingest_documents(docs, store, Pipeline([LineCoder()]), batch_size=batch_size, **kw)


def test_ingest_counts_and_stores_everything(tmp_path):
    summary = run(tmp_path / "s.duckdb", line_docs(10, fail_every=5))
    assert (summary.processed, summary.failed, summary.events) == (8, 2, 16)
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        o = store.overview()
        assert o["documents_by_status"] == {"failed": 2, "processed": 8}
        assert o["mentions"] == 16 and o["events"] < o["mentions"]  # strikes on the same day merged
        assert store.get_document("rec004")["reason"] == "line-coder: unreadable record"


def test_reingest_changes_nothing_and_skips_stored(tmp_path):
    path = tmp_path / "s.duckdb"
    run(path, line_docs(9))
    before = snapshot(path)
    again = run(path, line_docs(9))
    assert again.processed == 0 and again.skip_reasons == {ALREADY_STORED: 9}
    assert snapshot(path) == before


def test_new_documents_extend_the_store_like_one_run(tmp_path):
    run(tmp_path / "two.duckdb", line_docs(6))
    run(tmp_path / "two.duckdb", line_docs(12))
    run(tmp_path / "one.duckdb", line_docs(12), batch_size=5)
    assert snapshot(tmp_path / "two.duckdb") == snapshot(tmp_path / "one.duckdb")


def test_progress_reports_after_every_batch(tmp_path):
    seen: list[tuple[int, int]] = []

    def on_progress(p: IngestProgress) -> None:
        seen.append((p.done, p.total))
        assert p.rate >= 0 and (p.eta_seconds is None or p.eta_seconds >= 0)

    run(tmp_path / "s.duckdb", line_docs(10), batch_size=4, total=10, on_progress=on_progress)
    assert seen == [(4, 10), (8, 10), (10, 10)]


def test_process_batch_keeps_every_record():
    docs = line_docs(5, fail_every=2)
    done = process_batch(Pipeline([LineCoder()]), docs)
    assert [d.doc_id for d in done] == [d.doc_id for d in docs]
    assert {d.status.value for d in done} == {"processed", "failed"}


def test_estimate_total(tmp_path):
    (tmp_path / "a").mkdir()
    for name in ("a/1.txt", "a/2.txt", "3.html"):
        (tmp_path / name).write_text("x")
    assert estimate_total([str(tmp_path)]) == 3
    assert estimate_total([str(tmp_path / "a" / "*.txt")]) == 2
    (tmp_path / "4.jsonl").write_text("{}\n{}\n")
    assert estimate_total([str(tmp_path)]) is None
    assert estimate_total(["-"]) is None


SCRIPT = textwrap.dedent("""
    import sys
    sys.path.insert(0, {store_tests!r})
    from annalyst.pipeline.base import Pipeline
    from annalyst.pipeline.run import ingest_documents
    from annalyst.store import Store
    from store_records import LineCoder, line_docs

    def report(progress):
        print(progress.done, flush=True)

    with Store(sys.argv[1]) as store:
        ingest_documents(line_docs(40, fail_every=7), store, Pipeline([LineCoder(delay=float(sys.argv[2]))]),
                         batch_size=3, on_progress=report)
    print("done", flush=True)
""")


@pytest.mark.slow
def test_kill_9_then_resume_gives_the_uninterrupted_store(tmp_path):
    script = tmp_path / "ingest.py"
    script.write_text(SCRIPT.format(store_tests=str(STORE_TESTS)))
    killed = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([sys.executable, str(script), str(killed), "0.03"], stdout=subprocess.PIPE, text=True)
    reported = 0
    for line in proc.stdout:  # wait until a few batches are committed, then kill mid-batch
        reported = int(line) if line.strip().isdigit() else reported
        if reported >= 12:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL and reported < 40
    with Store(killed, read_only=True) as store:
        partial = store.overview()["documents"]
    assert reported <= partial < 40  # whole batches only
    resumed = subprocess.run([sys.executable, str(script), str(killed), "0"], capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    clean = tmp_path / "clean.duckdb"
    done = subprocess.run([sys.executable, str(script), str(clean), "0"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert snapshot(killed) == snapshot(clean)


def test_shuffled_input_order_gives_the_same_store(tmp_path):
    import random

    docs = line_docs(15, fail_every=6)
    random.Random(3).shuffle(docs)
    run(tmp_path / "shuffled.duckdb", docs, batch_size=2)
    run(tmp_path / "ordered.duckdb", line_docs(15, fail_every=6), batch_size=7)
    assert snapshot(tmp_path / "shuffled.duckdb") == snapshot(tmp_path / "ordered.duckdb")


def test_batches_written_together_give_the_same_store_and_report_per_write(tmp_path):
    seen: list[int] = []
    run(tmp_path / "one.duckdb", line_docs(15, fail_every=6), batch_size=2)
    grouped = run(tmp_path / "grouped.duckdb", line_docs(15, fail_every=6), batch_size=2, write_batch_size=5,
                  on_progress=lambda p: seen.append(p.done))
    assert seen == [6, 12, 15]  # 3 batches of 2 per write, then the rest
    assert grouped.records == 15
    assert snapshot(tmp_path / "grouped.duckdb") == snapshot(tmp_path / "one.duckdb")


def test_grouped_keeps_order_and_every_record():
    from annalyst.pipeline.run import grouped

    batches = [[1, 2], [3], [4, 5, 6], [7]]
    assert list(grouped(batches, 3)) == [[1, 2, 3], [4, 5, 6], [7]]
    assert list(grouped(batches, None)) == batches
    assert list(grouped([], 3)) == []


def test_grouped_hands_on_what_was_finished_before_an_interruption():
    from annalyst.pipeline.run import grouped

    def interrupted():
        yield [1, 2]
        yield [3]
        raise KeyboardInterrupt

    got = []
    with pytest.raises(KeyboardInterrupt):
        for group in grouped(interrupted(), 10):
            got.append(group)
    assert got == [[1, 2, 3]]


def _counting_connects(monkeypatch):
    from annalyst.store import access

    opened = []
    real = access.connect
    monkeypatch.setattr(access, "connect", lambda *a, **kw: opened.append(a) or real(*a, **kw))
    return opened


def test_stored_records_are_looked_up_inside_the_write_turns(tmp_path, monkeypatch):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    opened = _counting_connects(monkeypatch)
    with Store(path, hold=False) as store:
        opened.clear()
        summary = ingest_documents(line_docs(20), store, Pipeline([LineCoder()]), batch_size=2, write_batch_size=6)
    # 20 records, 6 per write: 4 write turns; the first chunk's look-up has a turn of its own,
    # every later one is asked in the write turn before it (one look-up per batch was 10 more)
    assert summary.processed == 20
    assert len(opened) == 1 + 4


def test_a_record_read_again_after_it_was_written_is_skipped_as_stored(tmp_path):
    docs = line_docs(12)
    again = line_docs(12)[1:3]  # rec001, rec002 again, in a later chunk than their first reading
    summary = run(tmp_path / "s.duckdb", docs[:8] + again + docs[8:], batch_size=2, write_batch_size=4)
    assert (summary.processed, summary.skip_reasons) == (12, {ALREADY_STORED: 2})
    run(tmp_path / "plain.duckdb", line_docs(12), batch_size=2)
    assert snapshot(tmp_path / "s.duckdb") == snapshot(tmp_path / "plain.duckdb")


def test_a_record_written_after_its_chunk_was_looked_up_is_skipped(tmp_path):
    path = tmp_path / "s.duckdb"
    docs = line_docs(6)
    run(path, docs[:1])
    # chunks of 3 batches of 1: rec000 is stored, so the first write group (rec001-rec003) fills
    # inside the second chunk, which was looked up before rec001 was written; rec001 read again
    # in that chunk is skipped all the same
    summary = run(path, docs[:5] + docs[1:2] + docs[5:], batch_size=1, write_batch_size=3)
    assert (summary.processed, summary.skip_reasons) == (5, {ALREADY_STORED: 2})


def test_a_reader_error_comes_after_the_batches_read_before_it(tmp_path):
    def reader():
        yield from line_docs(5)
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        run(tmp_path / "s.duckdb", reader(), batch_size=2, write_batch_size=2)
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        assert store.overview()["documents"] == 4  # whole write groups before the error


def test_ingest_into_a_new_store_opens_it_once_per_write(tmp_path, monkeypatch):
    import json

    from annalyst.pipeline.default import PipelineOptions
    from annalyst.pipeline.run import ingest

    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps({"id": d.doc_id, "text": d.raw}) + "\n" for d in line_docs(10)))
    opened = _counting_connects(monkeypatch)
    options = PipelineOptions(batch_size=2, write_batch_size=4, dedup=False)
    summary = ingest([str(inputs)], tmp_path / "new.duckdb", options, pipeline=Pipeline([LineCoder()]))
    # a store built for the run (built aside, not through access.connect) has nothing to check,
    # seed or look up before its first write:
    # 3 write turns (4 + 4 + 2 records), the look-ups of later chunks inside them
    assert summary.processed == 10 and len(opened) == 3
    again = ingest([str(inputs)], tmp_path / "new.duckdb", options, pipeline=Pipeline([LineCoder()]))
    assert again.skip_reasons == {ALREADY_STORED: 10}
