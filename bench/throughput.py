"""Throughput: annalyst end to end against spaCy parsing alone, side by side.

    python bench/throughput.py                       # 250 Reuters + 250 BBC documents
    python bench/throughput.py --docs 1000 --workers 2
    python bench/throughput.py --profile /tmp/annalyst-profile.html   # pyinstrument, phase (b)
    python bench/throughput.py --repeat 5            # 5 alternating (a)/(b) pairs: median and spread

For each corpus (``../shared/corpora/reuters21578``, SGML; ``../shared/corpora/bbc-news``, one
text file per story) the bench writes N stories to a JSON-lines file in a temporary folder, then
measures, each in a fresh child process so that peak RSS is its own:

(a) ``parse``: spaCy alone, ``nlp.pipe`` over the cleaned texts with the model, disabled
    components and batch size that ``ParseStep`` uses (the cleaning is done before the clock);
(b) ``annalyst``: ``annalyst.pipeline.run.ingest`` from the JSON-lines file into a fresh DuckDB
    store (read, clean, dedup, parse, actors, events, dates, geo, store).

Both exclude one-off loads (measured and printed apart as "load"): the model and one short
text parsed through it, and in (b) also every step's ``prepare()`` (tables, indexes, library
set-up), the store's import and one write into a throw-away in-memory store (what the first write
loads: pyarrow imports pandas on its first conversion), which a long run pays once.  ratio = docs/s (b) /
docs/s (a) over the same input, i.e. seconds (a) / seconds (b): 1.0 means annalyst costs no
more than its parse.
The bench reads ``../shared``; the product never does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterator, Optional

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPORA = ("reuters", "bbc")

_REUTERS = re.compile(r"<REUTERS\b[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_TAG = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATE", "TITLE", "DATELINE", "BODY")}
_REUTERS_MONTHS = {m: i for i, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1)}


# --------------------------------------------------------------------------- corpora


def _tag(name: str, block: str) -> str:
    match = _TAG[name].search(block)
    return html.unescape(match.group(1)).strip() if match else ""


def _reuters_date(value: str) -> Optional[str]:
    match = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})", value)
    if not match or match[2] not in _REUTERS_MONTHS:
        return None
    return f"{match[3]}-{_REUTERS_MONTHS[match[2]]:02d}-{int(match[1]):02d}"


def reuters_stories(folder: Path) -> Iterator[dict]:
    """Stories with a body from the Reuters-21578 SGML files (latin-1), in file order."""
    for path in sorted(folder.glob("reut2-*.sgm")):
        data = path.read_text(encoding="latin-1")
        for match in _REUTERS.finditer(data):
            block = match.group(2)
            body = _tag("BODY", block)
            if not body:
                continue
            body = re.sub(r"\s*Reuter\s*$", "", body.replace("\x03", "")).strip()
            dateline = _tag("DATELINE", block).rstrip(" -")
            text = f"{dateline} - {body}" if dateline else body
            yield {"id": f"reuters-{match.group(1)}", "title": _tag("TITLE", block), "text": text,
                   "published": _reuters_date(_tag("DATE", block))}


def bbc_stories(folder: Path) -> Iterator[dict]:
    """BBC stories, interleaved across the five sections so any N is a mix (headline = line 1)."""
    sections = [sorted(p.glob("*.txt")) for p in sorted(folder.iterdir()) if p.is_dir()]
    for rank in range(max((len(s) for s in sections), default=0)):
        for files in sections:
            if rank < len(files):
                path = files[rank]
                data = path.read_bytes()
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:  # a few stories are latin-1
                    text = data.decode("latin-1")
                title, _, body = text.partition("\n")
                yield {"id": f"bbc-{path.parent.name}-{path.stem}", "title": title.strip(),
                       "text": body.strip(), "published": None}


def write_sample(corpus: str, n: int, out: Path) -> int:
    stories = reuters_stories(SHARED / "corpora" / "reuters21578") if corpus == "reuters" \
        else bbc_stories(SHARED / "corpora" / "bbc-news" / "bbc")
    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for story in stories:
            if count >= n:
                break
            fh.write(json.dumps(story, ensure_ascii=False) + "\n")
            count += 1
    return count


# --------------------------------------------------------------------------- measured phases


@dataclass
class Measure:
    phase: str
    docs: int
    sentences: int
    seconds: float
    load_seconds: float
    peak_rss_mb: float
    cpu_seconds: float = 0.0  # this process and its finished children: robust on a shared machine
    workers_peak_rss_mb: float = 0.0
    events: int = 0
    note: str = ""
    stages: dict = field(default_factory=dict)  # stage → CPU seconds (workers=1 only)

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def sents_per_s(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


class StageClock:
    """CPU seconds per pipeline stage and for the store, by timing the classes' batch methods.

    Class-level, so it also times step instances that ``ingest`` creates itself (the DedupStep it
    seeds with the store's hashes).  Bench-only instrumentation in a throw-away child process.
    A timed call inside another one counts to the outer one only.  Besides the steps: ``store``
    (``Store.write_documents``: rows, incremental merge, insert), ``store-open`` (opening and
    creating the store, opening and closing DuckDB connections between turns, the stored-records
    look-ups, the provenance rows) and ``read`` (the reader's records); ``other`` is what is left
    (batching, de-duplication seeding, the runner's own loop, garbage collection).
    """

    def __init__(self) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self._depth = 0

    def _timed(self, label: str, fn):
        clock = self

        def timed(*args, **kwargs):
            if clock._depth:
                return fn(*args, **kwargs)
            clock._depth += 1
            started = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                clock.cpu[label] += time.process_time() - started
                clock._depth -= 1

        return timed

    def _timed_iter(self, label: str, fn):
        clock = self

        def records(*args, **kwargs):
            items = clock._timed(label, lambda: iter(fn(*args, **kwargs)))()
            step = clock._timed(label, lambda: next(items, _END))
            while (item := step()) is not _END:
                yield item

        return records

    def install(self) -> None:
        import annalyst.read
        from annalyst.dicts import provenance
        from annalyst.pipeline.default import build_pipeline
        from annalyst.store import Store

        for step in build_pipeline().steps:
            cls = type(step)
            cls.process_batch = self._timed(step.name, cls.process_batch)
        Store.write_documents = self._timed("store", Store.write_documents)
        for name in ("__init__", "stored_doc_ids", "_release_unheld", "close"):
            setattr(Store, name, self._timed("store-open", getattr(Store, name)))
        provenance.record = self._timed("store-open", provenance.record)
        annalyst.read.iter_documents = self._timed_iter("read", annalyst.read.iter_documents)


_END = object()


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _parse_settings() -> tuple[tuple[str, ...], int]:
    """The components ParseStep disables and its batch size: (a) must parse exactly as (b) does."""
    from annalyst.parse import ParseStep, spacy_parse

    return tuple(getattr(spacy_parse, "DISABLED", ())), ParseStep().batch_size


def _cleaned_texts(jsonl: Path) -> list[str]:
    from annalyst.read import iter_documents

    docs = list(iter_documents([str(jsonl)]))
    try:
        from annalyst.clean import CleanStep
    except ImportError:  # before the cleaner exists, parse what the reader gives
        return [d.raw or "" for d in docs]
    return [d.text for d in CleanStep().process_batch(docs) if d.alive and d.text]


def phase_parse(jsonl: Path) -> Measure:
    from annalyst.parse import load_nlp
    from annalyst.parse.spacy_parse import MAX_CHARS

    disabled, batch_size = _parse_settings()
    texts = [t[:MAX_CHARS] for t in _cleaned_texts(jsonl)]
    t0 = time.perf_counter()
    nlp = load_nlp(disabled) if disabled else load_nlp()
    nlp(_WARM_UP_TEXT)  # as (b) does before its clock: the first call allocates buffers
    load = time.perf_counter() - t0
    t0, cpu0 = time.perf_counter(), _cpu()
    sentences = sum(1 for doc in nlp.pipe(texts, batch_size=batch_size) for _ in doc.sents)
    return Measure("parse", len(texts), sentences, time.perf_counter() - t0, load, _peak_rss_mb(),
                   _cpu() - cpu0, note=f"disabled={list(disabled)} batch_size={batch_size}")


_WARM_UP_TEXT = ("North Korea recognized the independence of Donetsk last month, officials said on Wednesday. "
                 "The two sides had met on July 13, 2022.")


def _warm_up() -> float:
    """Load spaCy and every stage's tables once, outside the clock (a long run pays this once)."""
    from annalyst.api import code_text

    t0 = time.perf_counter()
    from annalyst.pipeline.default import build_pipeline

    prepare = getattr(build_pipeline(), "prepare", None)
    if prepare is not None:  # every step's tables and indexes (Step.prepare), as workers do
        prepare()
    import annalyst.pipeline.run  # noqa: F401 -- the store and DuckDB: imported once per process
    # and one document through every stage (the parse's first batch allocates its buffers)
    doc = code_text(_WARM_UP_TEXT, published=dt.date(2022, 7, 18))
    # and into a throw-away store, so that any one-time cost of a first write stays outside the
    # clock (none left to speak of: the store binds column lists, no pyarrow/pandas conversion)
    from annalyst.store import Store

    with Store(":memory:") as store:
        store.write_documents([doc])
    return time.perf_counter() - t0


def phase_annalyst(jsonl: Path, workers: int, profile: Optional[str]) -> Measure:
    from annalyst.pipeline.default import PipelineOptions

    load = _warm_up()
    clock = StageClock()
    if workers == 1:
        clock.install()
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.002)
        profiler.start()
    t0, cpu0 = time.perf_counter(), _cpu()
    try:
        from annalyst.pipeline.run import ingest
    except ImportError:
        ingest = None
    with tempfile.TemporaryDirectory(prefix="annalyst-bench-") as tmp:
        if ingest is not None:
            from annalyst.pipeline.executors import make_executor

            # workers start (spawn, load spaCy) inside the clock: a real run pays that too
            with make_executor("local", workers=workers) as executor:
                summary = ingest([str(jsonl)], str(Path(tmp) / "bench.duckdb"), PipelineOptions(),
                                 executor=executor if workers > 1 else None)
            note = f"ingest into a fresh store, workers={workers}"
        else:  # before the store exists: the pipeline alone, through the same executors
            from annalyst.pipeline.executors import make_executor, run_executor
            from annalyst.read import iter_documents

            with make_executor("local", workers=workers) as ex:
                summary = run_executor(ex, iter_documents([str(jsonl)]), PipelineOptions())
            note = f"pipeline without store (no annalyst.pipeline.run yet), workers={workers}"
    seconds, cpu = time.perf_counter() - t0, _cpu() - cpu0
    if profiler is not None:
        profiler.stop()
        Path(profile).write_text(profiler.output_html(), encoding="utf-8")
        Path(profile).with_suffix(".txt").write_text(
            profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
    stages = {k: round(v, 2) for k, v in clock.cpu.items()}
    if stages:
        stages["other"] = round(cpu - sum(clock.cpu.values()), 2)
    return Measure("annalyst", summary.records, summary.sentences, seconds, load, _peak_rss_mb(), cpu,
                   _peak_rss_mb(resource.RUSAGE_CHILDREN), summary.events,
                   note=note + f"; {summary.skipped} skipped, {summary.failed} failed", stages=stages)


# --------------------------------------------------------------------------- driver


def _child(phase: str, jsonl: Path, workers: int, profile: Optional[str]) -> Measure:
    cmd = [sys.executable, __file__, "--phase", phase, "--jsonl", str(jsonl), "--workers", str(workers)]
    if profile:
        cmd += ["--profile", profile]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase {phase} failed:\n{done.stderr[-4000:]}")
    return Measure(**json.loads(done.stdout.strip().splitlines()[-1]))


def _row(corpus: str, m: Measure) -> str:
    rss = f"{m.peak_rss_mb:7.0f}" + (f" (+{m.workers_peak_rss_mb:.0f} workers)" if m.workers_peak_rss_mb else "")
    return (f"{corpus:8} {m.phase:9} {m.docs:6d} {m.sentences:7d} {m.seconds:8.1f} {m.cpu_seconds:8.1f} "
            f"{m.docs_per_s:8.1f} {m.sents_per_s:9.1f} {m.load_seconds:6.1f} {rss}")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=250, help="documents per corpus (default 250)")
    ap.add_argument("--corpus", choices=CORPORA, action="append", help="repeat for several (default: both)")
    ap.add_argument("--workers", type=int, default=1, help="worker processes for phase (b)")
    ap.add_argument("--profile", metavar="HTML", help="profile phase (b) with pyinstrument into this file (+ .txt)")
    ap.add_argument("--json", action="store_true", help="print the measures as JSON too")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run (a) and (b) this many times, alternating, and keep each one's fastest run "
                         "(CPU time; wall time apart): on a shared machine the minimum is the least disturbed")
    ap.add_argument("--phase", choices=("parse", "annalyst"), help=argparse.SUPPRESS)
    ap.add_argument("--jsonl", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.phase:  # a child: one measure as a JSON line on stdout
        m = phase_parse(args.jsonl) if args.phase == "parse" else phase_annalyst(args.jsonl, args.workers, args.profile)
        print(json.dumps(asdict(m)))
        return 0

    if not SHARED.is_dir():
        print(f"bench: {SHARED} is missing (the corpora live there)", file=sys.stderr)
        return 2
    results = []
    print(f"{'corpus':8} {'phase':9} {'docs':>6} {'sents':>7} {'wall s':>8} {'CPU s':>8} {'docs/s':>8} {'sents/s':>9} "
          f"{'load':>6} peak RSS MB")
    with tempfile.TemporaryDirectory(prefix="annalyst-bench-") as tmp:
        for corpus in args.corpus or CORPORA:
            jsonl = Path(tmp) / f"{corpus}.jsonl"
            write_sample(corpus, args.docs, jsonl)
            profile = None
            if args.profile:
                base = Path(args.profile)
                profile = str(base.with_name(f"{base.stem}-{corpus}{base.suffix or '.html'}"))
            runs_a, runs_b = [], []
            for _ in range(max(1, args.repeat)):
                runs_a.append(_child("parse", jsonl, args.workers, None))
                print(_row(corpus, runs_a[-1]), flush=True)
                runs_b.append(_child("annalyst", jsonl, args.workers, profile))
                print(_row(corpus, runs_b[-1]), flush=True)
            a, b = (min(runs, key=lambda m: m.cpu_seconds) for runs in (runs_a, runs_b))
            wall_a, wall_b = (min(m.seconds for m in runs) for runs in (runs_a, runs_b))
            ratio = wall_a / wall_b if wall_b else 0.0
            cpu_ratio = a.cpu_seconds / b.cpu_seconds if b.cpu_seconds else 0.0
            # each (a) and the (b) run right after it saw about the same machine: their ratio is
            # one paired measure; the median of the pairs and their spread say how stable it is
            paired = sorted(ra.cpu_seconds / rb.cpu_seconds for ra, rb in zip(runs_a, runs_b) if rb.cpu_seconds)
            if len(runs_a) > 1:
                print(f"{corpus:8} fastest of {len(runs_a)}: (a) {a.cpu_seconds:.1f} CPU s, {wall_a:.1f} s wall; "
                      f"(b) {b.cpu_seconds:.1f} CPU s, {wall_b:.1f} s wall", flush=True)
                print(f"{corpus:8} CPU ratio of the {len(paired)} pairs: median {statistics.median(paired):.3f}, "
                      f"min {paired[0]:.3f}, max {paired[-1]:.3f}", flush=True)
            print(f"{corpus:8} ratio b/a = {ratio:.2f} (wall), {cpu_ratio:.2f} (CPU)   "
                  f"({b.events} events; {b.note}; parse: {a.note})", flush=True)
            if b.stages:
                print(f"{corpus:8} CPU s by stage: " + ", ".join(f"{k} {v:.2f}" for k, v in b.stages.items()))
            results.append({"corpus": corpus, "parse": asdict(a), "annalyst": asdict(b), "ratio": round(ratio, 3),
                            "cpu_ratio": round(cpu_ratio, 3), "paired_cpu_ratios": [round(r, 3) for r in paired]})
            if profile:
                print(f"{corpus:8} profile: {profile} (+ .txt)")
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
