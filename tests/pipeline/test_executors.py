"""Executors: every record comes back, in order, coded exactly as the in-process pipeline codes it.

The steps here are small real steps around the real ``ParseStep`` (the cut point between the
driver and the workers), so the tests do not depend on the other stages' data.  Module-level
classes and ``toy_pipeline`` travel to spawned workers by reference.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.errors import InputError
from annalyst.model import ActorRef, Document, Event, Status
from annalyst.parse import ParseStep
from annalyst.pipeline.base import Pipeline, Step
from annalyst.pipeline.default import PipelineOptions
from annalyst.pipeline.executors import (
    LocalExecutor,
    ProcessExecutor,
    make_executor,
    run_executor,
    skip_stored,
    split_pipeline,
)


class ToyClean(Step):
    name = "clean"

    def process(self, doc):
        doc.text = (doc.raw or "").strip()
        return doc if doc.text else doc.skip("empty")


class ToyDedup(Step):
    """Exact duplicates by text; the state lives in the step, i.e. per run."""

    name = "dedup"

    def __init__(self):
        self.seen: dict[str, str] = {}

    def process(self, doc):
        first = self.seen.setdefault(doc.text, doc.doc_id)
        if first != doc.doc_id:
            doc.duplicate_of = first
            return doc.skip("duplicate:exact")
        return doc


class SentenceEvents(Step):
    """One event per sentence, from its first token to its last noun (real parse output)."""

    name = "events"

    def process(self, doc):
        if "RAISE" in doc.text:
            raise ValueError("refused")
        if "CRASH" in doc.text:
            os._exit(3)  # a worker dying in native code looks like this to the pool
        doc.meta["worker_pid"] = os.getpid()
        for i, sent in enumerate(doc.parsed.sents):
            nouns = [t for t in sent if t.pos_ in ("PROPN", "NOUN")]
            doc.events.append(Event(
                doc_id=doc.doc_id, sentence_index=i, text=sent.text, span=(sent.start_char, sent.end_char),
                source=ActorRef(text=sent[0].text, start=sent[0].idx, end=sent[0].idx + len(sent[0])),
                target=ActorRef(text=nouns[-1].text) if nouns else None, cameo="010", trigger=sent.root.text))
        return doc


def toy_pipeline(options: PipelineOptions) -> Pipeline:
    return Pipeline([ToyClean(), ToyDedup(), ParseStep(batch_size=options.batch_size), SentenceEvents()])


TEXTS = [
    "North Korea recognized the Donetsk People's Republic. Ukraine cut ties with Pyongyang.",
    "Russia welcomed the decision.",
    "   ",
    "The ministry said it would respond. Kyiv protested.",
    "Russia welcomed the decision.",  # exact duplicate, in another batch
    "This one will RAISE inside a step.",
    "China urged restraint on both sides.",
    "The United Nations condemned the attack on Monday.",
    "Japan imposed sanctions. South Korea followed.",
]


def _docs(texts=TEXTS):
    return [Document(doc_id=f"d{i}", source="mem", raw=t, position=f"record {i}") for i, t in enumerate(texts)]


def _outcome(docs):
    return [(d.doc_id, d.status.value, d.reason, d.duplicate_of, [e.to_json() for e in d.events]) for d in docs]


def _run(executor, docs, batch_size=2):
    out: list[Document] = []
    summary = run_executor(executor, docs, PipelineOptions(batch_size=batch_size), sink=out.extend)
    return out, summary


@pytest.fixture(scope="module")
def local_result():
    return _run(LocalExecutor(factory=toy_pipeline), _docs())


def test_split_cuts_before_the_parse():
    split = split_pipeline(toy_pipeline(PipelineOptions()))
    assert [s.name for s in split.head] == ["clean", "dedup"]
    assert [s.name for s in split.tail.steps] == ["parse", "events"]


def test_local_executor_codes_everything_in_order(local_result):
    out, summary = local_result
    assert [d.doc_id for d in out] == [f"d{i}" for i in range(len(TEXTS))]
    status = {d.doc_id: d.status for d in out}
    assert status["d2"] is Status.SKIPPED and status["d4"] is Status.SKIPPED and status["d5"] is Status.FAILED
    assert out[4].duplicate_of == "d1"
    assert summary.records == len(TEXTS) and summary.duplicates == 1 and summary.failed == 1
    assert summary.events == sum(len(d.events) for d in out) > 5
    assert all(d.parsed is None for d in out)


@pytest.mark.slow
def test_process_pool_matches_local_and_dedups_across_workers(local_result):
    with ProcessExecutor(workers=2, max_in_flight=3, factory=toy_pipeline) as ex:
        out, summary = _run(ex, _docs())
    assert _outcome(out) == _outcome(local_result[0])
    assert summary.to_json() | {"seconds": 0} == local_result[1].to_json() | {"seconds": 0}
    # the raw input stayed in the driver and is back on the record
    assert [d.raw for d in out] == TEXTS


@pytest.mark.slow
@pytest.mark.parametrize("executor", ["local", "process"])
def test_the_callers_pipeline_runs_the_head_so_seeded_dedup_holds(executor):
    seeded = toy_pipeline(PipelineOptions())
    seeded.steps[1].seen["Russia welcomed the decision."] = "stored-earlier"
    ex = LocalExecutor(factory=toy_pipeline) if executor == "local" else ProcessExecutor(workers=1, factory=toy_pipeline)
    with ex:
        out: list[Document] = []
        run_executor(ex, _docs(TEXTS[:3]), PipelineOptions(batch_size=2), sink=out.extend, pipeline=seeded)
    assert out[1].status is Status.SKIPPED and out[1].duplicate_of == "stored-earlier"
    assert out[0].status is Status.PROCESSED and out[0].events


@pytest.mark.slow
def test_workers_are_replaced_after_recycle_after_batches():
    texts = ["Russia welcomed the decision.", "China urged restraint.", "Kyiv protested."]
    with ProcessExecutor(workers=1, max_in_flight=1, recycle_after=1, factory=toy_pipeline) as ex:
        out, summary = _run(ex, _docs(texts), batch_size=1)
    assert summary.processed == 3 and all(d.events for d in out)
    assert len({d.meta["worker_pid"] for d in out}) == 3  # a fresh worker per batch


@pytest.mark.slow
def test_a_batch_that_kills_its_worker_fails_alone_and_the_run_goes_on():
    texts = ["Russia welcomed the decision.", "China urged restraint.", "Now we CRASH the worker.",
             "Kyiv protested.", "Japan imposed sanctions.", "Seoul followed."]
    with ProcessExecutor(workers=2, max_in_flight=2, retries=1, factory=toy_pipeline) as ex:
        out, summary = _run(ex, _docs(texts), batch_size=2)
    by_id = {d.doc_id: d for d in out}
    assert [d.doc_id for d in out] == [f"d{i}" for i in range(len(texts))]
    # the batch holding the crash (d2, d3) is failed with the reason; every other batch is coded
    assert by_id["d2"].status is Status.FAILED and "worker process died" in by_id["d2"].reason
    assert by_id["d3"].status is Status.FAILED
    assert all(by_id[k].status is Status.PROCESSED and by_id[k].events for k in ("d0", "d1", "d4", "d5"))
    assert summary.failed == 2 and summary.processed == 4


def test_skip_stored_leaves_out_finished_documents_chunk_by_chunk():
    from annalyst.pipeline.base import RunSummary

    asked: list[list[str]] = []

    def stored(ids):
        asked.append(list(ids))
        return {"d0", "d3", "d4"} & set(ids)

    counts = RunSummary()
    docs = _docs()
    failed_before = docs[3].fail("read: broken record")
    kept = list(skip_stored(docs, stored, counts, chunk=4))
    # a record the reader could not read is never finished: it is reported again
    assert [d.doc_id for d in kept] == ["d1", "d2", "d3", "d5", "d6", "d7", "d8"]
    assert failed_before in kept and counts.skip_reasons == {"resumed": 2}
    assert asked == [["d0", "d1", "d2"], ["d4", "d5", "d6", "d7"], ["d8"]]


def test_make_executor_picks_the_engine():
    assert isinstance(make_executor("local"), LocalExecutor)
    assert isinstance(make_executor("local", workers=3), ProcessExecutor)
    assert make_executor("process", workers=2).workers == 2
    with pytest.raises(InputError):
        make_executor("spark")
    with pytest.raises(InputError):
        make_executor("local", scheduler="tcp://x:8786")
    with pytest.raises(InputError):
        ProcessExecutor(workers=0)


class Upper(Step):
    name = "clean"

    def process(self, doc):
        doc.text = (doc.raw or "").upper()
        return doc if doc.text.strip() else doc.skip("empty")


def _no_parse_pipeline(options: PipelineOptions) -> Pipeline:
    return Pipeline([Upper()])


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(st.text(max_size=12), max_size=30), batch_size=st.integers(1, 7))
def test_every_record_comes_back_once_in_order(texts, batch_size):
    out, summary = _run(LocalExecutor(factory=_no_parse_pipeline), _docs(texts), batch_size=batch_size)
    assert [d.doc_id for d in out] == [f"d{i}" for i in range(len(texts))]
    assert summary.records == len(texts)
    assert all(d.status in (Status.PROCESSED, Status.SKIPPED) for d in out)


# --------------------------------------------------------------------------- into the store


def _jsonl(tmp_path, texts=TEXTS):
    import json

    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts)), "utf-8")
    return str(path)


def _stored_events(db):
    from annalyst.store import EventQuery, Store

    with Store(db, read_only=True) as store:
        rows = store.query_events(EventQuery(limit=None, include_flagged=True))
    drop = {"first_seen", "last_seen"}
    return sorted(({k: v for k, v in r.items() if k not in drop} for r in rows), key=lambda r: r["event_id"])


class StopAfter(LocalExecutor):
    """A run killed after ``n`` finished batches (as by Ctrl-C or a lost machine)."""

    def __init__(self, n):
        super().__init__(factory=toy_pipeline)
        self.n = n

    def map_batches(self, batches, options, *, pipeline=None):
        for i, done in enumerate(super().map_batches(batches, options, pipeline=pipeline)):
            if i == self.n:
                raise KeyboardInterrupt
            yield done


@pytest.mark.slow
def test_ingest_through_a_pool_stores_what_the_local_run_stores_and_resumes(tmp_path):
    from annalyst.pipeline.run import ingest

    src, options = _jsonl(tmp_path), PipelineOptions(batch_size=2)
    local = ingest([src], tmp_path / "local.duckdb", options, pipeline=toy_pipeline(options))
    with ProcessExecutor(workers=2, factory=toy_pipeline) as ex:
        pooled = ingest([src], tmp_path / "pool.duckdb", options, pipeline=toy_pipeline(options), executor=ex)
        assert _stored_events(tmp_path / "pool.duckdb") == _stored_events(tmp_path / "local.duckdb") != []
        assert (pooled.processed, pooled.skipped, pooled.failed) == (local.processed, local.skipped, local.failed)
        again = ingest([src], tmp_path / "pool.duckdb", options, pipeline=toy_pipeline(options), executor=ex)
    # everything finished is stored: nothing is coded twice (the failed record is tried again)
    assert again.processed == 0 and again.skip_reasons.get("stored") == len(TEXTS) - 1 and again.failed == 1


def test_a_killed_run_resumes_without_redoing_finished_batches(tmp_path):
    from annalyst.pipeline.run import ingest

    # no duplicates here: the toy dedup is not seeded from the store as the real DedupStep is
    texts = list(dict.fromkeys(t for t in TEXTS if "RAISE" not in t))
    src, options = _jsonl(tmp_path, texts), PipelineOptions(batch_size=2)
    db = tmp_path / "s.duckdb"
    with pytest.raises(KeyboardInterrupt):
        ingest([src], db, options, pipeline=toy_pipeline(options), executor=StopAfter(2))
    resumed = ingest([src], db, options, pipeline=toy_pipeline(options), executor=LocalExecutor(factory=toy_pipeline))
    assert resumed.skip_reasons.get("stored") == 4  # the two batches stored before the kill
    assert resumed.records == len(texts) and resumed.processed == len(texts) - 4 and resumed.failed == 0
    full = ingest([src], tmp_path / "full.duckdb", options, pipeline=toy_pipeline(options))
    assert _stored_events(db) == _stored_events(tmp_path / "full.duckdb")
