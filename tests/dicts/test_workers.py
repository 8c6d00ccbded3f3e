"""User dictionaries travel to worker processes and Dask workers with the pipeline options."""

from __future__ import annotations

import pytest

from annalyst.dicts import activate, active, read_resources
from annalyst.model import Document
from annalyst.parse import ParseStep
from annalyst.pipeline.base import Pipeline
from annalyst.pipeline.default import PipelineOptions
from annalyst.pipeline.executors import ProcessExecutor, code_batch, run_executor, work_blob


class ResourcesProbe(ParseStep):
    """Stands where the parse stands (so it runs in the worker) and notes the worker's active resources."""

    name = "probe"

    def prepare(self) -> None:
        pass

    def process_batch(self, docs):
        for doc in docs:
            doc.meta["resources"] = active().fingerprint()
        return docs


def probe_pipeline(options: PipelineOptions) -> Pipeline:
    return Pipeline([ResourcesProbe()])


@pytest.fixture
def resources(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("name\tcode\tcountry\tsector\tvalid_from\tvalid_to\taliases\n"
                    "Iron Crescent Brigade\tNGAREBICB\tNGA\tREB\t\t\t\n", encoding="utf-8")
    yield read_resources([(path, None)])
    activate(None)


def _docs():
    return [Document(doc_id=f"d{i}", source="t", text="Some text.") for i in range(3)]


def test_code_batch_activates_the_options_resources(resources):
    activate(None)
    out = code_batch(_docs(), work_blob(probe_pipeline, PipelineOptions(dictionaries=resources)))
    assert {d.meta["resources"] for d in out} == {resources.fingerprint()}
    assert active() == resources
    out = code_batch(_docs(), work_blob(probe_pipeline, PipelineOptions()))
    assert {d.meta["resources"] for d in out} == {f"annalyst {__import__('annalyst').__version__}"}


def test_process_workers_code_with_the_drivers_files(resources):
    activate(None)
    out: list[Document] = []
    with ProcessExecutor(workers=1, factory=probe_pipeline) as ex:
        run_executor(ex, _docs(), PipelineOptions(dictionaries=resources), sink=out.extend)
    assert [d.meta.get("resources") for d in out] == [resources.fingerprint()] * 3


@pytest.mark.slow
def test_dask_workers_code_with_the_drivers_files(resources):
    from annalyst.pipeline.dask_engine import DaskExecutor

    out: list[Document] = []
    with DaskExecutor(workers=1, factory=probe_pipeline) as ex:
        run_executor(ex, _docs(), PipelineOptions(dictionaries=resources), sink=out.extend)
    assert [d.meta.get("resources") for d in out] == [resources.fingerprint()] * 3
