"""The ingest runner: read → pipeline → store, one batch (and one transaction) at a time.

The seams are kept apart so other executors can reuse them: ``process_batch`` turns a batch of
Documents into finished Documents (no store), ``write_batch`` stores finished Documents, and
``ingest_documents`` is the sequential loop that strings them together with resume and progress.
``ingest`` writes consecutive finished batches together, ``PipelineOptions.write_batch_size``
records per transaction.  A run killed at any point leaves only whole transactions behind;
running it again skips the documents already stored and finishes the rest, giving the store an
uninterrupted run makes.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence, Union

from annalyst.model import Document, Status
from annalyst.pipeline.base import Pipeline, RunSummary, batched, consume
from annalyst.pipeline.default import PipelineOptions, build_pipeline
from annalyst.store import Store

if TYPE_CHECKING:
    from annalyst.pipeline.executors import Executor

ALREADY_STORED = "stored"  # skip reason of a record found in the store before processing

# Markup corpus files a progress total may scan for their record count, in all (Reuters-21578
# is 27 MB; a Gigaword year is gigabytes: its total is left unknown rather than read twice).
MAX_COUNT_SCAN_BYTES = 512 << 20


@dataclass
class IngestProgress:
    """Where a run stands; handed to ``on_progress`` after every batch."""

    summary: RunSummary
    total: Optional[int]  # records expected, when the inputs tell (``estimate_total``); else None
    stored: int = 0  # records found already stored and skipped (resume / re-ingest)

    @property
    def done(self) -> int:
        return self.summary.records

    @property
    def rate(self) -> float:
        return self.done / self.summary.seconds if self.summary.seconds > 0 else 0.0

    @property
    def eta_seconds(self) -> Optional[float]:
        if self.total is None or self.rate <= 0:
            return None
        return max(0.0, (self.total - self.done) / self.rate)


ProgressFn = Callable[[IngestProgress], None]


def estimate_total(inputs: Sequence[str], max_scan_bytes: int = MAX_COUNT_SCAN_BYTES) -> Optional[int]:
    """How many records the inputs hold: one per text or HTML file, the stories of a markup
    corpus file counted by their closing tags (``read.count``); ``None`` (unknown) for standard
    input, JSON lines, WARC, or markup files beyond ``max_scan_bytes`` in all."""
    from annalyst.read import walk_files
    from annalyst.read.count import Budget, record_count

    budget = Budget(max_scan_bytes)
    count = 0
    for item in inputs:
        if item == "-":
            return None
        if os.path.isdir(item):
            paths: Iterable[str] = walk_files(item)
        elif os.path.exists(item):
            paths = [item]
        else:
            paths = [p for p in glob.glob(item, recursive=True) if os.path.isfile(p)]
        for path in paths:
            records = record_count(path, budget)
            if records is None:
                return None
            count += records
    return count


def seed_dedup(pipeline: Pipeline, known_hashes: Union[Mapping[str, str], Iterable[tuple[str, str]]],
               options: PipelineOptions) -> Pipeline:
    """Give the pipeline's DedupStep the store's content hashes, so stored articles count as seen.

    ``known_hashes`` may be a stream of (hash, doc_id) pairs (``Store.iter_known_hashes``): the
    step keeps a bounded number in memory, so a large store is never loaded whole."""
    from annalyst.clean import DedupStep

    for i, step in enumerate(pipeline.steps):
        if isinstance(step, DedupStep):
            pipeline.steps[i] = DedupStep(threshold=options.near_duplicate_threshold, known_hashes=known_hashes,
                                          near_window=options.near_duplicate_window,
                                          memory_keys=options.exact_keys_in_memory)
            break  # a stream of hashes can seed one step only
    return pipeline


def process_batch(pipeline: Pipeline, docs: list[Document]) -> list[Document]:
    """Run the steps over one batch; every record comes back processed, skipped or failed."""
    return pipeline.run_batch(docs)


def write_batch(store: Store, docs: list[Document], lookup: Optional["StoredLookup"] = None) -> int:
    """Store one finished batch in one transaction, and which resources coded it (``annalyst recode``);
    ``lookup``: the run's stored-records check, brought up to date in the same turn."""
    from annalyst.dicts.active import active
    from annalyst.dicts.provenance import record

    # one turn: the provenance rows and the next input's stored-records check reuse the write's
    # connection, and a store shared with readers (``hold=False``) is let go before the next batch
    # is coded, not after
    with store.turn():
        written = store.write_documents(docs)
        record(store.con, [d.doc_id for d in docs if d.status == Status.PROCESSED], active().fingerprint())
        if lookup is not None:
            lookup.after_write(docs)
    return written


class _Chunk:
    """Consecutive input batches whose stored records are asked of the store together."""

    __slots__ = ("batches", "ids", "stored")

    def __init__(self, batches: list[list[Document]]) -> None:
        self.batches = batches
        self.ids = [d.doc_id for batch in batches for d in batch]
        self.stored: Optional[set[str]] = None  # None: not asked yet


class StoredLookup:
    """Which input records are stored already (``Store.stored_doc_ids``), asked once per chunk of
    input batches rather than once per batch, and inside the write turn before the chunk is
    needed where there is one: opening the store (a DuckDB connection and its checkpoint on close)
    costs more CPU than the look-up itself.

    The answer for a batch is the one a look-up right before it would give in a run that is the
    store's only writer: what this run writes after a chunk was asked is counted into that chunk's
    answer (a record read twice is skipped the second time, as before)."""

    def __init__(self, store: Store, *, empty: bool = False) -> None:
        """``empty``: the store was created for this run, so what comes before its first write is
        not stored (no look-up)."""
        self.store = store
        self._empty = empty
        self._open: list[_Chunk] = []  # read, not finished: at most the current chunk and the next

    def expect(self, batches: list[list[Document]]) -> _Chunk:
        chunk = _Chunk(batches)
        if self._empty:
            chunk.stored = set()
            self._empty = False  # the next chunk is asked after this one's records were written
        self._open.append(chunk)
        return chunk

    def stored(self, chunk: _Chunk) -> set[str]:
        if chunk.stored is None:  # no write turn came first: a turn of its own
            chunk.stored = self.store.stored_doc_ids(chunk.ids)
        return chunk.stored

    def done(self, chunk: _Chunk) -> None:
        self._open.remove(chunk)

    def after_write(self, docs: list[Document]) -> None:
        """Inside the write turn of ``docs``: ask for the chunks read but not asked yet, and count the
        written records into the answers already given."""
        finished = {d.doc_id for d in docs if d.status != Status.FAILED}
        failed = {d.doc_id for d in docs if d.status == Status.FAILED} - finished
        for chunk in self._open:
            if chunk.stored is None:
                chunk.stored = self.store.stored_doc_ids(chunk.ids)
            else:
                ids = set(chunk.ids)
                chunk.stored = (chunk.stored - failed) | (finished & ids)


def ingest_documents(docs: Iterable[Document], store: Store, pipeline: Pipeline, *, batch_size: int = 32,
                     total: Optional[int] = None, on_progress: Optional[ProgressFn] = None,
                     write_batch_size: Optional[int] = None, empty_store: bool = False) -> RunSummary:
    """The sequential loop: skip stored records, process the rest, write each batch, report progress.

    ``write_batch_size``: store consecutive finished batches together, one transaction per at
    least this many records (``None``: one per batch).  ``empty_store``: the store was created for
    this run (nothing to look up before its first write)."""
    summary = RunSummary()
    progress = IngestProgress(summary=summary, total=total)
    lookup = StoredLookup(store, empty=empty_store)
    batches = _unstored_batches(docs, lookup, batch_size, progress, _lookup_batches(batch_size, write_batch_size))
    finished = (process_batch(pipeline, batch) for batch in batches)
    return _write_all(grouped(finished, write_batch_size), store, progress, on_progress, lookup)


def grouped(batches: Iterable[list[Document]], size: Optional[int]) -> Iterator[list[Document]]:
    """Consecutive finished batches joined until they hold at least ``size`` records (``None``:
    as they come), in order; each group is then written in one store transaction.

    When producing the batches stops with an exception (Ctrl-C, a worker error that ends the
    run), the batches finished before it are handed on first, so they are stored as they would
    have been batch by batch; only a hard kill loses the group in progress."""
    if size is None:
        yield from batches
        return
    group: list[Document] = []
    try:
        for batch in batches:
            group.extend(batch)
            if len(group) >= size:
                yield group
                group = []
    except GeneratorExit:  # the consumer stopped: nothing to hand on
        raise
    except BaseException:
        if group:
            yield group
        raise
    if group:
        yield group


def _write_all(finished: Iterable[list[Document]], store: Store, progress: "IngestProgress",
               on_progress: Optional[ProgressFn], lookup: Optional[StoredLookup] = None) -> RunSummary:
    """Write each finished batch in its own transaction and count it into the progress' summary."""
    return consume(finished, lambda batch: write_batch(store, batch, lookup),
                   (lambda _summary: on_progress(progress)) if on_progress is not None else None,
                   summary=progress.summary)


def _lookup_batches(batch_size: int, write_batch_size: Optional[int]) -> int:
    """Input batches per stored-records look-up: as many as one store transaction writes."""
    return max(1, -(-(write_batch_size or batch_size) // batch_size))


def _read_chunk(source: Iterator[list[Document]], size: int) -> tuple[list[list[Document]], Optional[Exception]]:
    """Up to ``size`` batches, and the error that stopped reading, if any: it is raised once the
    batches read before it are through, where reading batch by batch would have raised it."""
    batches: list[list[Document]] = []
    try:
        for _, batch in zip(range(size), source):
            batches.append(batch)
    except Exception as exc:  # noqa: BLE001 -- handed back and raised by the caller
        return batches, exc
    return batches, None


def _unstored_batches(docs: Iterable[Document], lookup: StoredLookup, batch_size: int,
                      progress: IngestProgress, chunk_batches: int = 1) -> Iterator[list[Document]]:
    """Batches of the records not stored yet; stored ones are counted skipped (``stored``) here.

    The input is read ``chunk_batches`` batches at a time, and the next chunk before the current
    one's last batch goes out, so the write turn that batch leads to can look the next chunk up."""
    source = iter(batched(docs, batch_size))
    batches, error = _read_chunk(source, chunk_batches)
    chunk = lookup.expect(batches) if batches else None
    while chunk is not None:
        following = None
        for i, batch in enumerate(chunk.batches):
            if i == len(chunk.batches) - 1 and error is None:
                batches, error = _read_chunk(source, chunk_batches)
                following = lookup.expect(batches) if batches else None
            stored = lookup.stored(chunk)
            for doc in batch:
                if doc.doc_id in stored:
                    progress.stored += 1
                    progress.summary.add(doc.skip(ALREADY_STORED))
            fresh = [d for d in batch if d.doc_id not in stored]
            if fresh:
                yield fresh
        lookup.done(chunk)
        chunk = following
    if error is not None:
        raise error


def ingest_with_executor(docs: Iterable[Document], store: Store, pipeline: Pipeline, executor: "Executor",
                         options: PipelineOptions, *, total: Optional[int] = None,
                         on_progress: Optional[ProgressFn] = None, empty_store: bool = False) -> RunSummary:
    """``ingest_documents`` with the coding done by an executor (process pool, Dask cluster).

    Same resume and same store: the driver reads, skips stored records, cleans and de-duplicates
    (the pipeline's head, so dedup sees the whole run), and writes every finished batch in input
    order, one transaction each; the executor runs parse → geo where it runs it.
    """
    summary = RunSummary()
    progress = IngestProgress(summary=summary, total=total)
    lookup = StoredLookup(store, empty=empty_store)
    batches = _unstored_batches(docs, lookup, options.batch_size, progress,
                                _lookup_batches(options.batch_size, options.write_batch_size))
    finished = executor.map_batches(batches, options, pipeline=pipeline)
    return _write_all(grouped(finished, options.write_batch_size), store, progress, on_progress, lookup)


def ingest(inputs: Sequence[str], db_path: Union[str, Path] = "annalyst.duckdb", options: Optional[PipelineOptions] = None,
           *, on_progress: Optional[ProgressFn] = None, pipeline: Optional[Pipeline] = None,
           read_options: Optional[dict[str, Any]] = None, executor: Optional["Executor"] = None) -> RunSummary:
    """Read ``inputs`` (files, folders, globs, ``-``), code them and store them in ``db_path``.

    Idempotent: records already stored are skipped (counted as skipped with reason ``stored``).
    ``pipeline`` replaces the standard one (its DedupStep, if any, is seeded all the same).
    ``executor`` (``annalyst.pipeline.executors.make_executor``) runs the coding in worker
    processes or on Dask; the caller closes it.  Without one the run is in this process.
    """
    from annalyst.read import iter_documents

    options = options or PipelineOptions()
    # hold=False: the store is taken one batch at a time, so `annalyst serve` and readers share it
    with Store(db_path, hold=False) as store:
        if pipeline is None:
            pipeline = build_pipeline(options)
        # a store created just now holds nothing yet: no hashes to seed, no stored records to look
        # up before the first write (each a DuckDB open and close spared)
        if options.dedup:
            seed_dedup(pipeline, () if store.created else store.iter_known_hashes(), options)
        docs = iter_documents(list(inputs), **(read_options or {}))
        if executor is not None:
            return ingest_with_executor(docs, store, pipeline, executor, options, total=estimate_total(inputs),
                                        on_progress=on_progress, empty_store=store.created)
        return ingest_documents(docs, store, pipeline, batch_size=options.batch_size,
                                total=estimate_total(inputs), on_progress=on_progress,
                                write_batch_size=options.write_batch_size, empty_store=store.created)


@dataclass
class DemoResult:
    summary: RunSummary
    db_path: str
    timeline: list[dict[str, Any]]  # stored events ordered by date (event JSON contract + counts)


def demo(db_path: Union[str, Path] = "annalyst.duckdb", *, include_flagged: bool = False) -> DemoResult:
    """Ingest the bundled founding article and return its events in date order."""
    from annalyst.api import example_path
    from annalyst.store import EventQuery

    summary = ingest([str(example_path())], db_path)
    with Store(db_path, read_only=True) as store:
        events = store.query_events(EventQuery(include_flagged=include_flagged, limit=None, sort="date"))
    return DemoResult(summary=summary, db_path=str(db_path), timeline=events)
