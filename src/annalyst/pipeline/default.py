"""The standard annalyst pipeline: clean → dedup → parse → actors → events → dates → geo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from annalyst.pipeline.base import Pipeline


@dataclass
class PipelineOptions:
    batch_size: int = 32
    # records per store transaction when ingesting: finished batches are written together until
    # they hold this many (each DuckDB transaction and event re-merge has a fixed cost: 128
    # records per write halve the store's CPU time against 32); a killed run loses at most this many
    write_batch_size: int = 128
    dedup: bool = True
    # near-duplicate threshold (MinHash Jaccard estimate) for DedupStep
    near_duplicate_threshold: float = 0.85
    # how many of the most recent original articles near duplicates are sought among (exact
    # duplicates are found across the whole run); bounds DedupStep's memory (~3 KB each)
    near_duplicate_window: int = 50_000
    # exact-duplicate keys held in memory (~250 bytes each); older ones move to a temporary
    # on-disk table, so a run of any length needs no more (see annalyst.clean.exact_keys)
    exact_keys_in_memory: int = 100_000
    # user dictionaries layered over the package's (annalyst.dicts.Resources: the files' texts, so
    # they travel to worker processes and Dask workers with the options); None: package data only
    dictionaries: Optional[Any] = None


def build_pipeline(options: Optional[PipelineOptions] = None) -> Pipeline:
    from annalyst.actors import ActorStep
    from annalyst.clean import CleanStep, DedupStep
    from annalyst.dicts.active import activate
    from annalyst.dates import DateStep
    from annalyst.events import EventStep
    from annalyst.events.identity import HappeningStep
    from annalyst.geo import LocationStep
    from annalyst.parse import ParseStep

    options = options or PipelineOptions()
    # the knowledge base, resolver and lexicon the steps load are those of these dictionaries
    activate(options.dictionaries)
    steps = [CleanStep()]
    if options.dedup:
        steps.append(DedupStep(threshold=options.near_duplicate_threshold,
                               near_window=options.near_duplicate_window,
                               memory_keys=options.exact_keys_in_memory))
    steps += [ParseStep(batch_size=options.batch_size), ActorStep(), EventStep(), DateStep(), LocationStep(),
              HappeningStep()]
    return Pipeline(steps)
