"""The pipeline contract.

A *step* takes `Document` records and returns them, filling in the fields it declares in
``sets`` and reading those it declares in ``requires``; a ``Pipeline`` checks when it is built
that every step's requirements are set by an earlier step or given with the records
(``GIVEN``), and refuses to be built otherwise (``PipelineError``).  A step never drops a record: it marks it skipped (with a reason) or failed (with the
error), and later steps pass such records through untouched.  Executors (local, Dask) decide
where steps run; steps do not know.

Stages, in order (each in the folder of the same name):

====================  ==========================================================
read                  ``annalyst.read.iter_documents`` → Documents with raw/raw_html
clean                 ``CleanStep``: text, title/author/published/outlet, language, removed
dedup                 ``DedupStep``: duplicate_of for exact and near duplicates
parse                 ``ParseStep``: sentences, parsed (spaCy Doc)
actors                ``ActorStep``: actors (ActorRef with offsets)
events                ``EventStep``: events (codes, flags, attribution)
dates                 ``DateStep``: event date, date_precision, ``historical`` flag
geo                   ``LocationStep``: event location
happenings            ``HappeningStep``: one event per happening of the document (``folded`` evidence)
store                 ``annalyst.store.Store.write_documents``
====================  ==========================================================
"""

from __future__ import annotations

import gc
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Sequence

from annalyst.errors import AnnalystError
from annalyst.model import Document, Status

# what records may bring before any step runs: the reader's fields, and ``text`` (library use and
# ``annalyst eval`` hand over text; the cleaner rewrites it)
GIVEN = ("doc_id", "source", "raw", "raw_html", "position", "url", "title", "author", "outlet", "published",
         "language", "text", "meta")


class PipelineError(AnnalystError):
    """A pipeline whose steps cannot work in the order given."""

    code = "E010"


class Step(ABC):
    """One pipeline stage.  Subclasses set ``name``, ``requires`` and ``sets`` (``Document`` fields;
    ``"events.date"`` names a field of each event) and implement ``process``."""

    name: str = "step"
    requires: tuple[str, ...] = ()
    sets: tuple[str, ...] = ()

    @abstractmethod
    def process(self, doc: Document) -> Document:
        """Work on one live record and return it (the same object, updated)."""

    def prepare(self) -> None:
        """Load what the step builds lazily (models, tables, indexes, a library's set-up) now.

        Without it the first record pays for every one-off load (which keeps a run over records
        already stored, or all skipped, from loading models it never uses).  Worker processes
        call it when they build their steps, services and benchmarks before their first record
        or their clock.  Idempotent and cheap once done.  Steps with nothing to load keep this
        default."""

    def process_batch(self, docs: list[Document]) -> list[Document]:
        """Work on a batch.  Override for batched models (``nlp.pipe``); keep per-record errors."""
        return [self.guarded(doc, self.process) for doc in docs]

    def guarded(self, doc: Document, fn: Callable[[Document], Document]) -> Document:
        if not doc.alive:
            return doc
        try:
            return fn(doc)
        except Exception as exc:  # a bad record never stops a run
            return doc.fail(f"{self.name}: {type(exc).__name__}: {exc}")


def publication_warning(doc: Document) -> Optional[str]:
    """What was wrong with a record's metadata date, when the reader could not read it
    (``published_invalid``: "2022-02-30", "soon") or the date stage would not count from it
    (``published_rejected``: 0001-01-01); None when nothing was."""
    if doc.meta.get("published_invalid"):
        return (f"publication date {doc.meta['published_invalid']!r} is not a date: events are dated from the "
                "dateline, or left undated")
    return doc.meta.get("published_rejected") or None


@dataclass
class RunSummary:
    """What a run did: every record ends processed, skipped (reason) or failed (error)."""

    processed: int = 0
    skipped: int = 0
    failed: int = 0
    duplicates: int = 0
    events: int = 0
    sentences: int = 0
    seconds: float = 0.0
    skip_reasons: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (source, position, error)
    # records coded without their metadata date (impossible, unreadable or out of range): (source,
    # position, what was wrong); they are processed, dated from the dateline or not at all
    date_warnings: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def records(self) -> int:
        return self.processed + self.skipped + self.failed

    def add(self, doc: Document) -> None:
        if doc.status == Status.FAILED:
            self.failed += 1
            self.failures.append((doc.source, doc.position or "", doc.reason or ""))
        elif doc.status == Status.SKIPPED:
            self.skipped += 1
            key = (doc.reason or "unknown").split(":", 1)[0] if not (doc.reason or "").startswith("language:") else doc.reason
            self.skip_reasons[key or "unknown"] = self.skip_reasons.get(key or "unknown", 0) + 1
            if doc.duplicate_of:
                self.duplicates += 1
        else:
            self.processed += 1
            warning = publication_warning(doc)
            if warning:
                self.date_warnings.append((doc.source, doc.position or "", warning))
            self.events += len(doc.events)
            self.sentences += len(doc.sentences)

    def merge(self, other: "RunSummary") -> "RunSummary":
        for name in ("processed", "skipped", "failed", "duplicates", "events", "sentences"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k, v in other.skip_reasons.items():
            self.skip_reasons[k] = self.skip_reasons.get(k, 0) + v
        self.failures.extend(other.failures)
        self.date_warnings.extend(other.date_warnings)
        return self

    def to_json(self) -> dict:
        return {
            "records": self.records,
            "processed": self.processed,
            "skipped": self.skipped,
            "failed": self.failed,
            "duplicates": self.duplicates,
            "events": self.events,
            "sentences": self.sentences,
            "seconds": round(self.seconds, 3),
            "skip_reasons": dict(self.skip_reasons),
            "failures": [{"source": s, "position": p, "error": e} for s, p, e in self.failures],
            "date_warnings": [{"source": s, "position": p, "warning": w} for s, p, w in self.date_warnings],
        }

    def describe(self) -> str:
        reasons = ", ".join(f"{k}={v}" for k, v in sorted(self.skip_reasons.items()))
        return (
            f"{self.records} records: {self.processed} processed, {self.skipped} skipped"
            + (f" ({reasons})" if reasons else "")
            + f", {self.failed} failed; {self.events} events from {self.sentences} sentences"
            + f" in {self.seconds:.1f}s"
        )


class Pipeline:
    """An ordered list of steps, run over batches of records."""

    def __init__(self, steps: Sequence[Step], given: Sequence[str] = GIVEN) -> None:
        self.steps = list(steps)
        check_requirements(self.steps, given)

    def prepare(self) -> "Pipeline":
        """Every step's one-off loads (``Step.prepare``), in order; returns the pipeline."""
        for step in self.steps:
            step.prepare()
        return self

    def run_batch(self, docs: list[Document]) -> list[Document]:
        for step in self.steps:
            docs = step.process_batch(docs)
        for doc in docs:
            if doc.status == Status.PENDING:
                doc.status = Status.PROCESSED
            doc.parsed = None  # the spaCy Doc is large and never leaves the worker
            doc.parsed_view = None  # nor its token arrays
        freeze_loaded_tables()
        return docs

    def run(
        self,
        docs: Iterable[Document],
        sink: Optional[Callable[[list[Document]], None]] = None,
        *,
        batch_size: int = 32,
        on_progress: Optional[Callable[[RunSummary], None]] = None,
    ) -> RunSummary:
        """Run every record through the steps, hand finished batches to ``sink``, and count."""
        return consume((self.run_batch(batch) for batch in batched(docs, batch_size)), sink, on_progress)

    def iter_processed(self, docs: Iterable[Document], *, batch_size: int = 32) -> Iterator[Document]:
        for batch in batched(docs, batch_size):
            yield from self.run_batch(batch)


_TABLES_FROZEN = False  # whether this process has moved its loaded tables out of the collector's sight


def freeze_loaded_tables() -> None:
    """Once per process, after the first batch: move every object alive now out of the cyclic
    garbage collector's generations (``gc.freeze``).

    The first batch has loaded every step's tables (model, gazetteer, actor knowledge base,
    lexicons: ~670,000 objects), which live as long as the process; each full collection would
    otherwise walk them all again, for nothing (BBC ingest of 150 stories: 0.30 → 0.07 CPU s in
    the collector).  A collection first, so that the batch's own cyclic garbage is not frozen
    with them.  Only when memory is reclaimed changes, never what is coded."""
    global _TABLES_FROZEN
    if not _TABLES_FROZEN:
        _TABLES_FROZEN = True
        gc.collect()
        gc.freeze()


def check_requirements(steps: Sequence[Step], given: Sequence[str] = GIVEN) -> None:
    """Raise ``PipelineError`` when a step requires a field that neither ``given`` nor an earlier
    step sets.  A field is also set when its parent is ("events" sets "events.date")."""
    available = set(given)
    for position, step in enumerate(steps):
        missing = [r for r in getattr(step, "requires", ()) if not _is_set(r, available)]
        if missing:
            earlier = ", ".join(s.name for s in steps[:position]) or "none"
            raise PipelineError(
                f"Step {position + 1} ({step.name}) requires {', '.join(missing)}, which no earlier step sets "
                f"(earlier steps: {earlier}).",
                f"Put a step that sets {', '.join(missing)} before {step.name} (the standard order is "
                f"clean, dedup, parse, actors, events, dates, geo: annalyst.pipeline.default.build_pipeline).")
        available.update(getattr(step, "sets", ()))


def _is_set(field_name: str, available: set[str]) -> bool:
    parts = field_name.split(".")
    return any(".".join(parts[:n]) in available for n in range(1, len(parts) + 1))


def consume(
    finished: Iterable[list[Document]],
    sink: Optional[Callable[[list[Document]], None]] = None,
    on_progress: Optional[Callable[[RunSummary], None]] = None,
    summary: Optional[RunSummary] = None,
) -> RunSummary:
    """Hand each finished batch to ``sink`` and count it (into ``summary``, if given, so a
    progress display can hold it); every executor ends a run here."""
    summary = summary if summary is not None else RunSummary()
    started = time.perf_counter()
    for done in finished:
        if sink is not None:
            sink(done)
        for doc in done:
            summary.add(doc)
        summary.seconds = time.perf_counter() - started
        if on_progress is not None:
            on_progress(summary)
    summary.seconds = time.perf_counter() - started
    return summary


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
