"""Store growth bench: does the store's write time grow linearly with the store's size?

The parse is most of a run's time and has nothing to do with the store, so the bench works in two
steps:

1. ``--code N``: run the standard pipeline over the first N Reuters-21578 stories
   (``../shared/corpora/reuters21578``, file order, which is roughly publication order) and keep
   the finished records (status, text, sentences, actors, events; the parse dropped) in a pickle
   cache (``--cache``, default under /tmp).  Slow (minutes per thousand stories on a loaded
   machine); done once.
2. (default) ``--sizes 2500,5000,10000``: write the cached records into a new store in batches of
   ``--batch-size`` (as ``annalyst ingest`` does), timing only ``Store.write_documents``.  For each
   size S the store is filled from empty to S stories and the report gives the store's seconds per
   1,000 stories for the whole fill and for the last 1,000 (linear growth: a flat column), with
   the process's peak resident memory, and, side by side, each size's ratios to the smallest: of
   the stories, of the store's CPU seconds, of the seconds per story and of the last 1,000's
   (merge time that grows no faster than the store: ratios per story near 1); and the store's share
   of a run (its CPU seconds against the coding's, which ``--code`` records beside the cache in
   ``<cache>.timing.json``; issue 21's goal: under 5 %).

    nice python bench/merge_growth.py --code 10000
    nice python bench/merge_growth.py --sizes 2500,5000,10000
    nice python bench/merge_growth.py --sizes 625,1250,2500      # what a 2,500-story cache allows
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import pickle
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_ingest import reuters_documents  # noqa: E402  (the bench folder's Reuters adapter)

from annalyst.model import Document  # noqa: E402
from annalyst.store import Store  # noqa: E402

DEFAULT_CACHE = Path(tempfile.gettempdir()) / "annalyst-merge-growth.pickle"


def _slim(doc: Document) -> Document:
    """The record as the store sees it: the in-flight parse and raw input dropped."""
    doc.parsed = None
    doc.parsed_view = None
    doc.raw = None
    doc.raw_html = None
    return doc


def code(n: int, cache: Path, batch_size: int) -> int:
    """Code the first ``n`` Reuters stories and append them to ``cache`` batch by batch (a killed run
    resumes after the last whole batch)."""
    from annalyst.pipeline.default import PipelineOptions, build_pipeline

    done = sum(1 for _ in _cached(cache)) if cache.exists() else 0
    spent = 0.0  # the pipeline's CPU seconds over this call's stories (the store's share is read against it)
    pipeline = build_pipeline(PipelineOptions(batch_size=batch_size))
    docs = reuters_documents()
    batch: list[Document] = []
    with cache.open("ab") as out:
        for i, doc in enumerate(docs):
            if i >= n:
                break
            if i < done:
                continue
            batch.append(doc)
            if len(batch) == batch_size:
                spent += _coded(out, pipeline, batch)
                batch = []
                print(f"\r{i + 1} coded", end="", file=sys.stderr, flush=True)
        if batch:
            spent += _coded(out, pipeline, batch)
    print(file=sys.stderr)
    total = sum(1 for _ in _cached(cache))
    _record_timing(cache, total - done, spent)
    return total


def _coded(out, pipeline, batch: list[Document]) -> float:
    """Code one batch into the cache; the pipeline's CPU seconds."""
    from annalyst.pipeline.run import process_batch

    t0 = time.process_time()
    docs = process_batch(pipeline, batch)
    spent = time.process_time() - t0
    _dump(out, docs)
    return spent


def _timing_path(cache: Path) -> Path:
    return cache.with_name(cache.name + ".timing.json")


def _record_timing(cache: Path, stories: int, cpu_s: float) -> None:
    """Add this call's coded stories and the pipeline's CPU seconds to the cache's timing record."""
    path = _timing_path(cache)
    known = json.loads(path.read_text()) if path.exists() else {"stories": 0, "code_cpu_s": 0.0}
    known = {"stories": known["stories"] + stories, "code_cpu_s": round(known["code_cpu_s"] + cpu_s, 2)}
    path.write_text(json.dumps(known))


def code_cpu_per_story(cache: Path) -> Optional[float]:
    """The pipeline's CPU seconds per coded story, from the cache's timing record (None without one)."""
    path = _timing_path(cache)
    if not path.exists():
        return None
    known = json.loads(path.read_text())
    return known["code_cpu_s"] / known["stories"] if known["stories"] else None


def with_ratios(rows: list[dict], per_story_code_s: Optional[float]) -> list[dict]:
    """Each size's ratios to the smallest size's, side by side: stories, the store's CPU seconds, the
    seconds per story over the whole fill and over the last 1,000 (linear growth: ~1); and the store's
    share of a run when the coding's CPU per story is known."""
    first = rows[0]
    out = []
    for r in rows:
        ratio = {"x_stories": round(r["stories"] / first["stories"], 2),
                 "x_store_cpu": round(r["store_cpu_s"] / first["store_cpu_s"], 2) if first["store_cpu_s"] else None,
                 "x_per_story": round(r["s_per_1000"] / first["s_per_1000"], 2) if first["s_per_1000"] else None,
                 "x_last_1000": round(r["last_1000_s"] / first["last_1000_s"], 2) if first["last_1000_s"] else None}
        if per_story_code_s:
            coding = per_story_code_s * r["stories"]
            ratio["store_share"] = round(r["store_cpu_s"] / (coding + r["store_cpu_s"]), 4)
        out.append({**r, **ratio})
    return out


def _dump(out, docs: list[Document]) -> None:
    for doc in docs:
        pickle.dump(_slim(doc), out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()


def _cached(cache: Path) -> Iterator[Document]:
    with cache.open("rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def fill(size: int, cache: Path, batch_size: int, dump: Optional[Path] = None) -> dict:
    """Write the first ``size`` cached stories into a new store batch by batch, streaming them from
    the cache (the bench holds one batch, so the peak memory is the store's); the store's CPU
    seconds in total and for the last 1,000."""
    tail_from = max(0, size - 1000)
    total = tail = 0.0
    written = 0
    with tempfile.TemporaryDirectory() as tmp:
        with Store(str(Path(tmp) / "growth.duckdb")) as store:
            batch: list[Document] = []
            for doc in _cached(cache):
                if written + len(batch) >= size:
                    break
                batch.append(doc)
                if len(batch) == batch_size:
                    spent = _write(store, batch)
                    total += spent
                    tail += spent if written >= tail_from else 0.0
                    written += len(batch)
                    batch = []
            if batch:
                spent = _write(store, batch)
                total += spent
                tail += spent if written >= tail_from else 0.0
                written += len(batch)
            overview = store.overview()
            if dump is not None:
                _dump_events(store, dump)
    return {"stories": written, "mentions": overview["mentions"], "events": overview["events"],
            "store_cpu_s": round(total, 2), "s_per_1000": round(total / written * 1000, 3),
            "last_1000_s": round(tail / min(1000, written) * 1000, 3), "peak_rss_mb": round(_peak_rss_mb(), 1)}


def _dump_events(store: Store, path: Path) -> None:
    """Every stored event row and every mention's event, sorted, as JSON lines (to compare two
    versions of the merge: ``cmp`` the files)."""
    with path.open("w", encoding="utf-8") as out:
        for table, key in (("events", "event_id"), ("mentions", "mention_id")):
            cursor = store.con.execute(f"SELECT * FROM {table} ORDER BY {key}")
            names = [d[0] for d in cursor.description]
            for row in cursor.fetchall():
                record = dict(zip(names, row))
                if table == "mentions":
                    record = {"mention_id": record["mention_id"], "event_id": record["event_id"]}
                out.write(json.dumps(record, sort_keys=True, default=str) + "\n")


def _write(store: Store, batch: list[Document]) -> float:
    t0 = time.process_time()
    store.write_documents(batch)
    return time.process_time() - t0


def _fill_apart(size: int, cache: Path, batch_size: int, dump: Optional[Path]) -> dict:
    """``fill`` in a fresh process, so each size's peak memory is its own."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(fill, (size, cache, batch_size, dump))


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--code", type=int, help="code this many Reuters stories into the cache, then stop")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    ap.add_argument("--sizes", default="2500,5000,10000", help="store sizes to fill, comma-separated")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--dump", type=Path, help="write the largest store's events and mention→event pairs here (JSON lines)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.code:
        print(f"{code(args.code, args.cache, args.batch_size)} stories in {args.cache}")
        return 0
    cached = sum(1 for _ in _cached(args.cache)) if args.cache.exists() else 0
    sizes = [int(s) for s in args.sizes.split(",")]
    if max(sizes) > cached:
        print(f"the cache holds {cached} stories; code more with --code {max(sizes)}", file=sys.stderr)
        return 2
    rows = [_fill_apart(size, args.cache, args.batch_size, args.dump if size == sizes[-1] else None) for size in sizes]
    rows = with_ratios(rows, code_cpu_per_story(args.cache))
    if args.json:
        print(json.dumps(rows))
        return 0
    print(f"{'stories':>8} {'mentions':>9} {'events':>8} {'store CPU s':>12} {'s/1000':>8} {'last 1000':>10} "
          f"{'peak RSS MB':>12} | {'x stories':>9} {'x store':>8} {'x /story':>9} {'x last':>7} {'store share':>11}")
    for r in rows:
        share = f"{r['store_share']:.2%}" if "store_share" in r else "-"
        print(f"{r['stories']:>8} {r['mentions']:>9} {r['events']:>8} {r['store_cpu_s']:>12} {r['s_per_1000']:>8} "
              f"{r['last_1000_s']:>10} {r['peak_rss_mb']:>12} | {r['x_stories']:>9} {r['x_store_cpu']:>8} "
              f"{r['x_per_story']:>9} {r['x_last_1000']:>7} {share:>11}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
