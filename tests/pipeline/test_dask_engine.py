"""The Dask engine runs the same steps on a LocalCluster and gives the local engine's events."""

from __future__ import annotations

import pytest

from annalyst.model import Status
from annalyst.pipeline.dask_engine import DaskExecutor
from annalyst.pipeline.executors import LocalExecutor, make_executor

from tests.pipeline.test_executors import TEXTS, _docs, _outcome, _run, toy_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def local_result():
    return _run(LocalExecutor(factory=toy_pipeline), _docs())


def test_dask_threads_cluster_matches_local(local_result):
    # processes=False keeps the test light on a 2-core machine; the task still goes through
    # the scheduler, its serialisation of the batch and code_batch on the worker
    with DaskExecutor(workers=1, processes=False, max_in_flight=2, factory=toy_pipeline) as ex:
        out, summary = _run(ex, _docs())
    assert _outcome(out) == _outcome(local_result[0])
    assert summary.events == local_result[1].events and summary.duplicates == 1
    assert [d.raw for d in out] == TEXTS


def test_dask_process_workers_match_local_and_report_a_dead_partition(local_result):
    texts = TEXTS + ["Now we CRASH the worker.", "Seoul followed."]
    with DaskExecutor(workers=2, retries=1, factory=toy_pipeline) as ex:
        out, summary = _run(ex, _docs(texts), batch_size=2)
        assert ex.client.status == "running"
    n = len(TEXTS)
    assert _outcome(out[: n - 1]) == _outcome(local_result[0][: n - 1])
    # the last partition (TEXTS[-1] + the crash) killed its worker on every try: it is reported
    assert out[n - 1].status is Status.FAILED and out[n].status is Status.FAILED
    assert "dask: partition failed" in out[n].reason
    assert out[n + 1].status is Status.PROCESSED and out[n + 1].events
    assert summary.failed == 3  # the RAISE record plus the dead partition


def test_make_executor_dask_uses_the_scheduler_address():
    ex = make_executor("dask", scheduler="tcp://127.0.0.1:1")
    assert isinstance(ex, DaskExecutor) and ex.describe() == "dask (tcp://127.0.0.1:1)"


def test_the_real_pipeline_on_dask_codes_the_founding_article_as_the_local_engine(example_path):
    from annalyst.model import Document
    from annalyst.pipeline.default import PipelineOptions
    from annalyst.pipeline.executors import run_executor

    def docs():
        raw = example_path.read_text("utf-8")
        return [Document(doc_id="founding", source=str(example_path), raw=raw),
                Document(doc_id="copy", source="mem", raw=raw),  # an exact duplicate in another partition
                Document(doc_id="short", source="mem", raw="Russia condemned the missile test by North Korea on Monday.")]

    options = PipelineOptions(batch_size=1)
    local: list = []
    run_executor(LocalExecutor(), docs(), options, sink=local.extend)
    with DaskExecutor(workers=1, processes=False) as ex:
        remote: list = []
        run_executor(ex, docs(), options, sink=remote.extend)
    assert _outcome(remote) == _outcome(local)
    assert local[0].events and local[1].status is Status.SKIPPED and local[1].duplicate_of == "founding"
