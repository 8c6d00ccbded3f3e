"""``Step.requires`` / ``Step.sets`` are checked when a ``Pipeline`` is built."""

from __future__ import annotations

import pytest

from annalyst.errors import AnnalystError
from annalyst.pipeline.base import Pipeline, PipelineError, Step, check_requirements


def step(name: str, requires: tuple[str, ...] = (), sets: tuple[str, ...] = ()) -> Step:
    class Made(Step):
        def process(self, doc):
            return doc

    made = Made()
    made.name, made.requires, made.sets = name, requires, sets
    return made


def test_a_step_requiring_what_no_earlier_step_sets_fails_at_construction():
    with pytest.raises(PipelineError) as err:
        Pipeline([step("parse", ("text",), ("parsed",)), step("events", ("parsed", "actors"), ("events",))])
    error = err.value
    assert isinstance(error, AnnalystError) and error.code == "E010"
    assert error.cause == ("Step 2 (events) requires actors, which no earlier step sets (earlier steps: parse).")
    assert "Put a step that sets actors before events" in error.fix


def test_order_matters_a_later_step_does_not_satisfy_an_earlier_one():
    with pytest.raises(PipelineError, match=r"Step 1 \(actors\) requires parsed"):
        Pipeline([step("actors", ("parsed",), ("actors",)), step("parse", ("text",), ("parsed",))])


def test_requirements_met_by_earlier_steps_given_fields_and_parent_fields():
    pipeline = Pipeline([step("parse", ("text",), ("parsed",)), step("actors", ("parsed",), ("actors",)),
                         step("events", ("parsed", "actors"), ("events",)), step("dates", ("events.trigger_span",))])
    assert [s.name for s in pipeline.steps] == ["parse", "actors", "events", "dates"]
    check_requirements([step("clean", ("raw",), ("text",))])  # ``raw`` comes with the record
    with pytest.raises(PipelineError, match="requires text"):
        check_requirements([step("parse", ("text",))], given=("raw",))


def test_the_standard_pipeline_and_the_evaluation_steps_pass_the_check():
    from annalyst.evaluate.run import _default_steps
    from annalyst.pipeline.default import PipelineOptions, build_pipeline

    assert [s.name for s in build_pipeline(PipelineOptions()).steps][2:5] == ["parse", "actors", "events"]
    Pipeline(_default_steps())
    events = next(s for s in build_pipeline().steps if s.name == "events")
    assert events.requires == ("parsed_view", "actors")
    with pytest.raises(PipelineError, match=r"Step 1 \(events\) requires parsed_view, actors"):
        Pipeline([events])
