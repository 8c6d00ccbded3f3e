"""``Step.prepare`` / ``Pipeline.prepare``: one-off loads done before the first record."""

from __future__ import annotations

from annalyst.clean import language, patterns
from annalyst.clean.dedup import lsh_bands
from annalyst.geo.gazetteer import load_gazetteer
from annalyst.model import Document
from annalyst.parse import load_nlp
from annalyst.pipeline.base import Pipeline, Step
from annalyst.pipeline.default import build_pipeline


class _Counting(Step):
    name = "counting"

    def __init__(self) -> None:
        self.prepared = 0

    def prepare(self) -> None:
        self.prepared += 1

    def process(self, doc: Document) -> Document:
        return doc


def test_pipeline_prepares_every_step_in_order_and_returns_itself():
    steps = [_Counting(), _Counting()]
    pipeline = Pipeline(steps)
    assert pipeline.prepare() is pipeline
    assert [s.prepared for s in steps] == [1, 1]


def test_a_step_without_lazy_state_prepares_to_nothing():
    class Plain(Step):
        def process(self, doc: Document) -> Document:
            return doc

    Plain().prepare()  # the default hook: nothing to load, no error


def test_the_standard_pipeline_loads_its_tables_before_the_first_record():
    build_pipeline().prepare()
    for loader in (load_nlp, load_gazetteer, language._identifier, patterns.boilerplate_patterns, lsh_bands):
        assert loader.cache_info().currsize >= 1, loader.__name__
