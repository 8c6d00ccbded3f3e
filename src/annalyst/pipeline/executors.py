"""Where the pipeline runs: in this process, in a pool of local processes, or on Dask.

Every executor runs the *same* steps (``build_pipeline``), split in two at the parse:

* the **head** (clean, dedup) runs in the driver process, in input order.  Dedup state is per
  run, so exact and near-duplicate detection sees every record however many workers there are;
  it is also cheap next to the parse.
* the **tail** (parse → actors → events → dates → geo) is the expensive part; it runs where the
  executor puts it.  Only live records travel to a worker; skipped and failed ones stay in the
  driver and rejoin their batch, so every record comes back, in the order it went in.

``Executor.map_batches(batches, options)`` yields finished batches (``doc.parsed`` already
dropped).  ``run_executor`` drives one over a record stream and counts, like ``Pipeline.run``.
"""

from __future__ import annotations

import multiprocessing
import pickle
from abc import ABC, abstractmethod
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Container, Iterable, Iterator, Optional, Sequence

from annalyst.errors import AnnalystError, InputError
from annalyst.model import Document, Status
from annalyst.pipeline.base import Pipeline, RunSummary, Step, batched, consume
from annalyst.pipeline.default import PipelineOptions, build_pipeline

ENGINES = ("local", "process", "dask")


# --------------------------------------------------------------------------- the split


@dataclass
class SplitPipeline:
    """The driver half (``head``) and the worker half (``tail``) of one pipeline."""

    head: list[Step]
    tail: Pipeline

    def run_head(self, docs: list[Document]) -> list[Document]:
        # run_batch is not used here: it would mark records PROCESSED before they are coded
        for step in self.head:
            docs = step.process_batch(docs)
        return docs


def split_pipeline(pipeline: Pipeline) -> SplitPipeline:
    """Cut before the parse step: everything before it is cheap and order-dependent (dedup)."""
    from annalyst.parse import ParseStep

    cut = next((i for i, step in enumerate(pipeline.steps) if isinstance(step, ParseStep)), len(pipeline.steps))
    return SplitPipeline(head=pipeline.steps[:cut], tail=Pipeline(pipeline.steps[cut:]))


PipelineFactory = Callable[[PipelineOptions], Pipeline]
"""Builds the pipeline from options: ``build_pipeline`` unless a caller brings its own steps.
It travels to workers by reference, so it must be a module-level function."""


@lru_cache(maxsize=4)
def _worker_tail(blob: bytes) -> tuple[Pipeline, object]:
    """One tail pipeline per worker process and options (spaCy is loaded once, by the parse), and the
    user dictionaries of those options (``annalyst.dicts``), which its steps load under."""
    from annalyst.dicts.active import activate

    factory, options = pickle.loads(blob)
    resources = activate(getattr(options, "dictionaries", None))
    return split_pipeline(factory(options)).tail.prepare(), resources


def code_batch(docs: list[Document], blob: bytes) -> list[Document]:
    """The unit of remote work: run the tail steps over live, cleaned records.

    Module-level (picklable by reference) so that process pools and Dask workers can call it;
    ``blob`` is the pickled (factory, options) pair from ``work_blob`` (bytes are hashable, so
    the worker builds its pipeline once per run configuration).
    """
    from annalyst.dicts.active import activate

    tail, resources = _worker_tail(blob)
    activate(resources)  # a worker may hold the tails of runs with other dictionaries
    return tail.run_batch(docs)


def work_blob(factory: PipelineFactory, options: PipelineOptions) -> bytes:
    return pickle.dumps((factory, options), protocol=pickle.HIGHEST_PROTOCOL)


@dataclass
class PendingBatch:
    """A batch on its way: all its records, and which of them went to a worker."""

    docs: list[Document]
    live: list[int]
    attempts: int = 0

    @property
    def live_docs(self) -> list[Document]:
        # the tail works on the cleaned text: the raw input (often HTML, the bulk of a record)
        # stays in the driver and is put back on merge
        return [replace(self.docs[i], raw=None, raw_html=None) for i in self.live]

    def merge(self, coded: list[Document]) -> list[Document]:
        if len(coded) != len(self.live):
            raise RuntimeError(f"worker returned {len(coded)} records for {len(self.live)}")
        for i, doc in zip(self.live, coded):
            doc.raw, doc.raw_html = self.docs[i].raw, self.docs[i].raw_html
            self.docs[i] = doc
        return self.docs

    def fail_live(self, error: str) -> list[Document]:
        for i in self.live:
            self.docs[i].parsed = None
            self.docs[i].fail(error)
        return self.docs


def prepare_batch(split: SplitPipeline, batch: list[Document]) -> PendingBatch:
    batch = split.run_head(batch)
    return PendingBatch(docs=batch, live=[i for i, d in enumerate(batch) if d.alive])


def finish_dead(pending: PendingBatch) -> list[Document]:
    # nothing went to a worker: mark the (already skipped/failed) batch done as run_batch would
    for doc in pending.docs:
        if doc.status == Status.PENDING:
            doc.status = Status.PROCESSED
        doc.parsed = None
    return pending.docs


# --------------------------------------------------------------------------- executors


class Executor(ABC):
    """Runs the standard pipeline over batches of records and yields them finished, in order."""

    name = "executor"

    @abstractmethod
    def map_batches(self, batches: Iterable[list[Document]], options: PipelineOptions, *,
                    pipeline: Optional[Pipeline] = None) -> Iterator[list[Document]]:
        """Yield every input batch, finished, in input order (records never dropped).

        ``pipeline`` is the driver's pipeline when the caller prepared one (``ingest`` seeds its
        DedupStep with the store's hashes); its head runs here.  Workers build their tail from
        ``factory(options)``, since steps carry loaded tables that are not worth shipping.
        """

    def close(self) -> None:
        """Release workers (pools, clusters).  Safe to call twice."""

    def __enter__(self) -> "Executor":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def describe(self) -> str:
        return self.name


class LocalExecutor(Executor):
    """In this process: exactly ``Pipeline.run_batch`` over the whole pipeline."""

    name = "local"

    def __init__(self, *, factory: PipelineFactory = build_pipeline) -> None:
        self.factory = factory

    def map_batches(self, batches: Iterable[list[Document]], options: PipelineOptions, *,
                    pipeline: Optional[Pipeline] = None) -> Iterator[list[Document]]:
        pipeline = pipeline or self.factory(options)
        for batch in batches:
            yield pipeline.run_batch(batch)


class ProcessExecutor(Executor):
    """A pool of ``workers`` local processes for the tail steps; the head runs in the driver.

    At most ``max_in_flight`` batches (default ``2 × workers``) are out at once, and a worker is
    replaced after ``recycle_after`` batches, so memory stays bounded whatever the input size.  A worker that dies (out of memory, a crash in native code)
    breaks the pool: the pool is rebuilt and the batches that were in flight are retried one at a
    time, so that only a batch that kills a worker again is marked failed.
    """

    name = "process"

    def __init__(self, workers: int = 2, *, max_in_flight: Optional[int] = None, retries: int = 1,
                 start_method: str = "spawn", factory: PipelineFactory = build_pipeline,
                 recycle_after: Optional[int] = 2000) -> None:
        if workers < 1:
            raise InputError(f"--workers must be at least 1 (got {workers}).", "Pass --workers 1 or more.")
        self.workers = workers
        self.factory = factory
        self.max_in_flight = max_in_flight or 2 * workers
        self.retries = retries
        # spawn, not fork: the driver may hold DuckDB or Dask threads, which fork does not copy safely
        self.start_method = start_method
        # spaCy's string store keeps every new word it has seen, so a worker's memory creeps up
        # over millions of documents: a worker is replaced after this many batches (the reload,
        # a few seconds, is noise next to 2,000 batches of parsing); None keeps workers for good
        self.recycle_after = recycle_after
        self._pool: Optional[ProcessPoolExecutor] = None

    def describe(self) -> str:
        return f"process ({self.workers} workers)"

    def _fresh_pool(self) -> ProcessPoolExecutor:
        self.close()
        self._pool = ProcessPoolExecutor(max_workers=self.workers,
                                         mp_context=multiprocessing.get_context(self.start_method),
                                         max_tasks_per_child=self.recycle_after)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map_batches(self, batches: Iterable[list[Document]], options: PipelineOptions, *,
                    pipeline: Optional[Pipeline] = None) -> Iterator[list[Document]]:
        split = split_pipeline(pipeline or self.factory(options))
        blob = work_blob(self.factory, options)
        in_flight: deque[tuple[PendingBatch, Optional[Future]]] = deque()

        def submit(pending: PendingBatch) -> tuple[PendingBatch, Optional[Future]]:
            if not pending.live:
                return pending, None
            pending.attempts += 1
            try:
                return pending, (self._pool or self._fresh_pool()).submit(code_batch, pending.live_docs, blob)
            except BrokenProcessPool as exc:
                # a worker died after the last collect: hand the batch to the crash path with the rest
                broken: Future = Future()
                broken.set_exception(exc)
                return pending, broken

        for batch in batches:
            in_flight.append(submit(prepare_batch(split, batch)))
            while len(in_flight) >= self.max_in_flight:
                for done in self._collect(in_flight, blob):
                    yield done
        while in_flight:
            for done in self._collect(in_flight, blob):
                yield done

    def _collect(self, in_flight: deque, blob: bytes) -> Iterator[list[Document]]:
        """Finish the oldest batch; after a crash, rerun the unfinished ones one at a time."""
        pending, future = in_flight.popleft()
        if future is None:
            yield finish_dead(pending)
            return
        try:
            yield pending.merge(future.result())
            return
        except BrokenProcessPool:
            lost = [(pending, future)] + list(in_flight)
            in_flight.clear()
        except AnnalystError:
            raise  # a missing model or data file fails every batch: stop the run and say why
        except Exception as exc:  # noqa: BLE001 - any other worker error fails this batch only
            yield pending.fail_live(f"worker: {type(exc).__name__}: {exc}")
            return
        # the pool is gone and we cannot tell which batch killed it: batches that finished before
        # the crash keep their results, the others are retried alone so only the culprit fails
        self._fresh_pool()
        for pending, future in lost:
            if future is None:
                yield finish_dead(pending)
            elif future.done() and not future.cancelled() and future.exception() is None:
                yield pending.merge(future.result())
            else:
                yield self._run_alone(pending, blob)

    def _run_alone(self, pending: PendingBatch, blob: bytes) -> list[Document]:
        while True:
            if pending.attempts > self.retries:
                return pending.fail_live(
                    f"worker: a worker process died on this batch; tried {pending.attempts} time(s)")
            pool = self._pool or self._fresh_pool()
            pending.attempts += 1
            try:
                return pending.merge(pool.submit(code_batch, pending.live_docs, blob).result())
            except BrokenProcessPool:
                self._fresh_pool()
            except AnnalystError:
                raise
            except Exception as exc:  # noqa: BLE001
                return pending.fail_live(f"worker: {type(exc).__name__}: {exc}")


# --------------------------------------------------------------------------- running


def skip_stored(
    docs: Iterable[Document],
    stored: Callable[[Sequence[str]], Container[str]],
    counts: Optional[RunSummary] = None,
    *,
    chunk: int = 256,
) -> Iterator[Document]:
    """Leave out records a previous run already finished (resume after a stop or a crash).

    ``stored(doc_ids)`` says which of a chunk of ids are stored and finished: the store's
    ``Store.stored_doc_ids`` (a failed record is not finished, so it is tried again).  Document
    ids are stable (source, position, content), so a restarted run recognises its own work
    before cleaning it, and finished partitions are never redone.  The records left out are
    counted in ``counts.skip_reasons["resumed"]``; the stream stays a stream (one chunk at a time).
    """
    for group in batched(docs, chunk):
        done = stored([d.doc_id for d in group if d.status != Status.FAILED])
        for doc in group:
            if doc.status != Status.FAILED and doc.doc_id in done:
                if counts is not None:
                    counts.skip_reasons["resumed"] = counts.skip_reasons.get("resumed", 0) + 1
                continue
            yield doc


def run_executor(
    executor: Executor,
    docs: Iterable[Document],
    options: Optional[PipelineOptions] = None,
    sink: Optional[Callable[[list[Document]], None]] = None,
    *,
    on_progress: Optional[Callable[[RunSummary], None]] = None,
    pipeline: Optional[Pipeline] = None,
) -> RunSummary:
    """``Pipeline.run`` through an executor: finished batches go to ``sink``, in input order."""
    options = options or PipelineOptions()
    return consume(executor.map_batches(batched(docs, options.batch_size), options, pipeline=pipeline), sink, on_progress)


def make_executor(engine: str = "local", *, workers: int = 1, scheduler: Optional[str] = None) -> Executor:
    """The executor for ``annalyst ingest --engine/--workers/--scheduler``.

    ``local`` with ``workers > 1`` means a process pool; ``dask`` uses the scheduler at
    ``scheduler`` or, without one, a local cluster of ``workers`` processes.
    """
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}.", f"Use one of: {', '.join(ENGINES)}.")
    if engine == "dask":
        from annalyst.pipeline.dask_engine import DaskExecutor

        return DaskExecutor(scheduler_address=scheduler, workers=max(1, workers))
    if scheduler:
        raise InputError("--scheduler needs --engine dask.", "Add --engine dask, or drop --scheduler.")
    if engine == "process" or workers > 1:
        return ProcessExecutor(workers=max(1, workers))
    return LocalExecutor()


__all__: Sequence[str] = (
    "ENGINES", "Executor", "LocalExecutor", "ProcessExecutor", "PipelineFactory", "SplitPipeline", "code_batch",
    "make_executor", "run_executor", "skip_stored", "split_pipeline", "work_blob",
)
