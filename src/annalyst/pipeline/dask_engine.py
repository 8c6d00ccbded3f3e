"""Scale-out on Dask: the same pipeline steps, the expensive half on a cluster.

The driver (the ``annalyst ingest`` process) reads the input as a stream, cuts it into batches
(the *partitions*), cleans and de-duplicates each batch (so duplicates are found across the
whole run, whatever worker would have seen them), and submits the live records of each batch to
the cluster, where ``code_batch`` runs parse → actors → events → dates → geo.  Finished batches
come back in input order and go to the store, which is written only by the driver.

* Bounded: at most ``max_in_flight`` partitions are out at once (default 2 per worker thread),
  so neither the driver nor the cluster ever holds the whole input.
* Retried: a partition whose task raises or whose worker dies is resubmitted by Dask up to
  ``retries`` times; after that its records are marked failed with the error (reported in the
  run summary and the store), and the run goes on.
* Resumable: finished partitions are in the store; a restarted run leaves out the documents the
  store already holds (``executors.skip_done``) before anything is submitted.

Point it at any cluster: ``DaskExecutor(scheduler_address="tcp://host:8786")``.  Every worker
needs the same ``annalyst`` package (and its spaCy model) installed; see ``docs/scale.md`` for
Kubernetes and Slurm (dask-jobqueue).
"""

from __future__ import annotations

import logging
from collections import deque
from typing import Any, Iterable, Iterator, Optional

from annalyst.errors import AnnalystError, InputError
from annalyst.model import Document
from annalyst.pipeline.base import Pipeline
from annalyst.pipeline.default import PipelineOptions, build_pipeline
from annalyst.pipeline.executors import (
    Executor,
    finish_dead,
    PipelineFactory,
    PendingBatch,
    prepare_batch,
    code_batch,
    split_pipeline,
    work_blob,
)


class DaskExecutor(Executor):
    """Run the tail steps on a Dask cluster: an existing scheduler, or a local cluster."""

    name = "dask"

    def __init__(
        self,
        scheduler_address: Optional[str] = None,
        workers: int = 2,
        *,
        threads_per_worker: int = 1,
        processes: bool = True,
        retries: int = 2,
        max_in_flight: Optional[int] = None,
        client: Any = None,
        factory: PipelineFactory = build_pipeline,
    ) -> None:
        if workers < 1:
            raise InputError(f"--workers must be at least 1 (got {workers}).", "Pass --workers 1 or more.")
        self.scheduler_address = scheduler_address
        self.factory = factory
        self.workers = workers
        # spaCy releases little of the GIL: one thread per worker process uses the cores best
        self.threads_per_worker = threads_per_worker
        self.processes = processes
        self.retries = retries
        self.max_in_flight = max_in_flight
        self._client = client
        self._owns_client = client is None
        self._cluster: Any = None

    def describe(self) -> str:
        if self.scheduler_address:
            return f"dask ({self.scheduler_address})"
        return f"dask (local cluster, {self.workers} workers)"

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = self._connect()
        return self._client

    def _connect(self) -> Any:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask[distributed] is a dependency
            raise InputError("--engine dask needs dask.distributed, which is not installed.",
                             "pip install 'dask[distributed]'.") from exc
        if self.scheduler_address:
            try:
                return Client(self.scheduler_address, timeout="30s")
            except (OSError, TimeoutError) as exc:
                raise InputError(f"cannot reach the Dask scheduler at {self.scheduler_address} ({exc}).",
                                 "Check the address (tcp://HOST:8786) and that the scheduler runs.") from exc
        self._cluster = LocalCluster(
            n_workers=self.workers,
            threads_per_worker=self.threads_per_worker,
            processes=self.processes,
            dashboard_address=None,
            # the nanny's shutdown chatter is noise on a CLI's stderr; errors still show
            silence_logs=logging.ERROR,
        )
        return Client(self._cluster)

    def _slots(self) -> int:
        if self.max_in_flight:
            return self.max_in_flight
        threads = sum(self.client.nthreads().values()) or self.workers
        return 2 * threads

    def close(self) -> None:
        if self._client is not None and self._owns_client:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def map_batches(self, batches: Iterable[list[Document]], options: PipelineOptions, *,
                    pipeline: Optional[Pipeline] = None) -> Iterator[list[Document]]:
        split = split_pipeline(pipeline or self.factory(options))
        blob = work_blob(self.factory, options)
        client = self.client
        slots = self._slots()
        in_flight: deque[tuple[PendingBatch, Any]] = deque()
        for batch in batches:
            pending = prepare_batch(split, batch)
            future = None
            if pending.live:
                future = client.submit(code_batch, pending.live_docs, blob, pure=False, retries=self.retries)
            in_flight.append((pending, future))
            while len(in_flight) >= slots:
                yield self._collect(*in_flight.popleft())
        while in_flight:
            yield self._collect(*in_flight.popleft())

    def _collect(self, pending: PendingBatch, future: Any) -> list[Document]:
        if future is None:
            return finish_dead(pending)
        try:
            return pending.merge(future.result())
        except AnnalystError:
            raise  # a missing model on the workers fails every partition: stop and say why
        except Exception as exc:  # noqa: BLE001 - KilledWorker, a task error after its retries
            return pending.fail_live(f"dask: partition failed after {self.retries} retries: "
                                     f"{type(exc).__name__}: {exc}")
        finally:
            if future is not None:
                future.release()
