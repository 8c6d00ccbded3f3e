"""Pipeline contract and executors (see ``base.py``)."""

from annalyst.pipeline.base import Pipeline, RunSummary, Step

__all__ = ["Pipeline", "RunSummary", "Step"]
