"""Streaming check: a large JSON-lines input is read and cleaned with bounded memory.

    python bench/big_jsonl.py                      # 256 MB in /tmp, read all + clean for 60 s
    python bench/big_jsonl.py --mb 1024 --clean-seconds 300 --code 200

1. Writes ``--mb`` megabytes of JSON lines into ``--path`` (default under /tmp, never in the
   repository): records made of real BBC and Reuters sentences (``../shared/corpora``) drawn at
   random, so records are unique to the de-duplicator, as a real feed's mostly are.
2. Reads the whole file through ``annalyst.read.iter_documents``, sampling the resident set size
   (RSS) as it goes.
3. Reads and cleans (and de-duplicates: the driver's half of every executor) for at most
   ``--clean-seconds``.  The de-duplicator's two bounded structures fill first (``--near-window``
   sketches, ``--exact-keys`` exact keys in memory, older ones spilled to disk); growth is
   measured after them.
4. Optionally codes the first ``--code`` records end to end (parse → events), to show the
   coding stage is just as bounded (it runs in fixed-size batches).

The check passes when RSS after the first tenth of each phase grows by less than ``--max-growth``
MB, with a phase that stopped early (``--clean-seconds``) extrapolated to the whole input at its
measured MB-per-record slope: memory must be bounded by batch size, not by input size.  Exit
code 1 otherwise.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import SHARED, bbc_stories, reuters_stories  # noqa: E402  (the bench's corpus readers)


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def generate(path: Path, megabytes: int, seed: int = 7) -> tuple[int, int]:
    """Write at least ``megabytes`` MB of perturbed stories; returns (records, bytes)."""
    base = list(itertools.islice(bbc_stories(SHARED / "corpora" / "bbc-news" / "bbc"), 2000))
    base += list(itertools.islice(reuters_stories(SHARED / "corpora" / "reuters21578"), 2000))
    rng = random.Random(seed)
    # records are new mixes of real sentences: unique as far as dedup can tell (as a real feed's
    # articles mostly are), so its per-record state shows up in the trace
    sentences = [s.strip() + "." for story in base for s in story["text"].replace("\n", " ").split(". ")
                 if len(s.split()) >= 5]
    target = megabytes * 2**20
    written = records = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < target:
            story = base[records % len(base)]
            paragraphs = [" ".join(rng.choice(sentences) for _ in range(rng.randint(2, 4)))
                          for _ in range(rng.randint(2, 5))]
            text = "\n\n".join(paragraphs)
            line = json.dumps({"id": f"big-{records}", "title": f"{story['title']} ({records})",
                               "text": text, "published": story.get("published")}, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            records += 1
    return records, written


@dataclass
class Trace:
    """RSS samples along one phase: (records so far, RSS MB)."""

    name: str
    samples: list[tuple[int, float]] = field(default_factory=list)
    records: int = 0
    seconds: float = 0.0
    # records a phase may legitimately fill memory with before it must stay flat (the
    # de-duplicator's near-duplicate window); growth is measured after them
    warmup_records: int = 0

    def _steady(self) -> list[tuple[int, float]]:
        return [s for s in self.samples[len(self.samples) // 10:] if s[0] >= self.warmup_records]

    def growth_after_warmup(self) -> float:
        """RSS at the end minus RSS once a tenth of the phase was done (model loads excluded)."""
        steady = self._steady()
        if len(steady) < 2:
            return 0.0
        return max(rss for _, rss in steady) - steady[0][1]

    def slope_mb_per_1k(self) -> float:
        """RSS growth per 1,000 records after warm-up: what a longer run would add."""
        tail = self._steady()
        if len(tail) < 2 or tail[-1][0] == tail[0][0]:
            return 0.0
        return (tail[-1][1] - tail[0][1]) / (tail[-1][0] - tail[0][0]) * 1000

    def describe(self) -> str:
        peak = max((r for _, r in self.samples), default=rss_mb())
        rate = self.records / self.seconds if self.seconds else 0.0
        return (f"{self.name:18} {self.records:9d} records {self.seconds:8.1f}s {rate:9.1f}/s  "
                f"peak RSS {peak:7.1f} MB  growth after warm-up {self.growth_after_warmup():+7.1f} MB "
                f"({self.slope_mb_per_1k():+.2f} MB per 1k records)")


def traced(name: str, items: Iterable, *, every: int, seconds: Optional[float] = None,
           count: Callable[[object], int] = lambda _: 1) -> tuple[Trace, Iterator]:
    trace = Trace(name)

    def run() -> Iterator:
        started = time.perf_counter()
        for item in items:
            trace.records += count(item)
            if trace.records // every != (trace.records - count(item)) // every or not trace.samples:
                trace.samples.append((trace.records, rss_mb()))
            trace.seconds = time.perf_counter() - started
            yield item
            if seconds is not None and trace.seconds > seconds:
                break
        trace.samples.append((trace.records, rss_mb()))
        trace.seconds = time.perf_counter() - started

    return trace, run()


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=int, default=256, help="size of the generated input (default 256)")
    ap.add_argument("--path", type=Path, default=Path("/tmp/annalyst-big.jsonl"))
    ap.add_argument("--keep", action="store_true", help="reuse an existing file and keep it afterwards")
    ap.add_argument("--clean-seconds", type=float, default=60.0, help="time budget for read+clean+dedup")
    ap.add_argument("--code", type=int, default=0, help="also code the first N records end to end")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--near-window", type=int, default=10_000,
                    help="near-duplicate window of the de-duplicator (memory is measured once it is full)")
    ap.add_argument("--exact-keys", type=int, default=20_000,
                    help="exact-duplicate keys the de-duplicator holds in memory before older ones go to disk "
                         "(the product's default is 100,000; memory is measured once this many are held)")
    ap.add_argument("--max-growth", type=float, default=64.0, help="allowed RSS growth after warm-up, MB")
    args = ap.parse_args(argv)

    from annalyst.pipeline.base import batched
    from annalyst.read import iter_documents

    if not (args.keep and args.path.exists()):
        t0 = time.perf_counter()
        records, size = generate(args.path, args.mb)
        print(f"generated {args.path}: {records} records, {size / 2**20:.0f} MB in {time.perf_counter() - t0:.1f}s")
    size_mb = args.path.stat().st_size / 2**20
    print(f"input {size_mb:.0f} MB; RSS at start {rss_mb():.1f} MB")
    traces: list[Trace] = []
    try:
        trace, docs = traced("read", iter_documents([str(args.path)]), every=2000)
        for _ in docs:
            pass
        traces.append(trace)
        print(trace.describe(), flush=True)

        from annalyst.pipeline.default import PipelineOptions, build_pipeline
        from annalyst.pipeline.executors import split_pipeline

        split = split_pipeline(build_pipeline(PipelineOptions(batch_size=args.batch_size,
                                                              near_duplicate_window=args.near_window,
                                                              exact_keys_in_memory=args.exact_keys)))
        trace, batches = traced("read+clean+dedup", batched(iter_documents([str(args.path)]), args.batch_size),
                                every=500, seconds=args.clean_seconds, count=len)
        # both bounded structures fill first: the sketch window, and the exact keys held in memory
        trace.warmup_records = max(args.near_window, args.exact_keys)
        for batch in batches:
            split.run_head(batch)
        traces.append(trace)
        print(trace.describe(), f"  ({' → '.join(s.name for s in split.head)})", flush=True)

        if args.code:
            from annalyst.api import code_text
            from annalyst.pipeline.executors import LocalExecutor

            code_text("Warm up: the ministry said on Monday it had recalled its ambassador.")  # loads, off the trace
            head = itertools.islice(iter_documents([str(args.path)]), args.code)
            executor = LocalExecutor()
            options = PipelineOptions(batch_size=args.batch_size)
            trace, done = traced("code (end to end)", executor.map_batches(batched(head, args.batch_size), options),
                                 every=args.batch_size, count=len)
            events = sum(len(d.events) for batch in done for d in batch)
            traces.append(trace)
            print(trace.describe(), f"  ({events} events)", flush=True)
    finally:
        if not args.keep:
            args.path.unlink(missing_ok=True)
    # a phase that stopped early (time budget) is extrapolated to the whole input: memory that
    # grows per record is not bounded, however little of it a short run shows
    # the coding phase is a sample (--code): its growth is shown, not extrapolated; in a long run
    # ProcessExecutor replaces workers every recycle_after batches, which bounds spaCy's vocabulary
    total = traces[0].records
    streaming = [t for t in traces if not t.name.startswith("code")]
    worst = max(max(t.growth_after_warmup(), t.slope_mb_per_1k() * total / 1000) for t in streaming)
    ok = worst < args.max_growth
    print(f"{'PASS' if ok else 'FAIL'}: largest RSS growth after warm-up, extrapolated to all {total} records: "
          f"{worst:+.1f} MB (limit {args.max_growth:.0f} MB) over a {size_mb:.0f} MB input")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
