"""The standard annalyst pipeline: clean → dedup → parse → actors → events → dates → geo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from annalyst.pipeline.base import Pipeline


@dataclass
class PipelineOptions:
    batch_size: int = 32
    dedup: bool = True
    # near-duplicate threshold (MinHash Jaccard estimate) for DedupStep
    near_duplicate_threshold: float = 0.85
    # how many of the most recent original articles near duplicates are sought among (exact
    # duplicates are found across the whole run); bounds DedupStep's memory (~3 KB each)
    near_duplicate_window: int = 50_000


def build_pipeline(options: Optional[PipelineOptions] = None) -> Pipeline:
    from annalyst.actors import ActorStep
    from annalyst.clean import CleanStep, DedupStep
    from annalyst.dates import DateStep
    from annalyst.events import EventStep
    from annalyst.geo import LocationStep
    from annalyst.parse import ParseStep

    options = options or PipelineOptions()
    steps = [CleanStep()]
    if options.dedup:
        steps.append(DedupStep(threshold=options.near_duplicate_threshold,
                               near_window=options.near_duplicate_window))
    steps += [ParseStep(batch_size=options.batch_size), ActorStep(), EventStep(), DateStep(), LocationStep()]
    return Pipeline(steps)
