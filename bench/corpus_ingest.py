"""Corpus ingest bench: documents, mentions, events and the mention→event compression.

Ingests the BBC News corpus (``../shared/corpora/bbc-news``, one text file per article) and/or
Reuters-21578 (``../shared/corpora/reuters21578``, SGML; the small adapter below turns each
<REUTERS> record into a Document) into a DuckDB store with the standard pipeline, then reports
the counts and prints a sample of merged events (several articles) for spot-checking by hand.

    python bench/corpus_ingest.py --corpus bbc --section politics --db /tmp/bbc.duckdb --sample 20
    python bench/corpus_ingest.py --corpus reuters --limit 1000 --json

Re-running with the same --db resumes (stored documents are skipped).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Iterator, Optional

from annalyst.model import Document
from annalyst.pipeline.default import PipelineOptions, build_pipeline
from annalyst.pipeline.run import ingest_documents, seed_dedup
from annalyst.store import EventQuery, Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BBC = SHARED / "corpora" / "bbc-news" / "bbc"
REUTERS = SHARED / "corpora" / "reuters21578"

_RECORD = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATE", "TITLE", "BODY", "DATELINE")}
_NEWID = re.compile(r'NEWID="(\d+)"')
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _field(name: str, record: str) -> Optional[str]:
    m = _FIELD[name].search(record)
    if not m:
        return None
    return _CONTROL.sub("", html.unescape(m.group(1))).strip()


def _reuters_date(text: Optional[str]) -> Optional[dt.date]:
    if not text:
        return None
    try:
        return dt.datetime.strptime(text.split()[0], "%d-%b-%Y").date()
    except ValueError:
        return None


def reuters_documents(folder: Path = REUTERS) -> Iterator[Document]:
    """Reuters-21578 SGML → one Document per story with a body (title line, then the body)."""
    for path in sorted(folder.glob("reut2-*.sgm")):
        text = path.read_text(encoding="latin-1")
        for attrs, record in _RECORD.findall(text):
            newid = _NEWID.search(attrs)
            body = _field("BODY", record)
            if not newid or not body:
                continue
            body = re.sub(r"\s*Reuter\s*$", "", body)  # the wire's sign-off line
            title = _field("TITLE", record)
            dateline = _field("DATELINE", record)
            # the body is hard-wrapped at ~65 columns: re-flow paragraphs so sentences are whole lines
            paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s{2,}|\n\s*\n", body) if p.strip()]
            if dateline and paragraphs:
                paragraphs[0] = f"{dateline} {paragraphs[0]}"
            raw = "\n".join(([title.title()] if title else []) + paragraphs)
            position = f"NEWID {newid.group(1)}"
            yield Document(doc_id=Document.make_id(str(path), position), source=str(path), position=position,
                           raw=raw, title=title.title() if title else None, published=_reuters_date(_field("DATE", record)),
                           outlet="Reuters")


def bbc_documents(folder: Path = BBC) -> Iterator[Document]:
    from annalyst.read import iter_documents

    yield from iter_documents([str(folder)])


def limited(docs: Iterator[Document], limit: Optional[int], sample_seed: Optional[int]) -> Iterator[Document]:
    if limit is None:
        yield from docs
        return
    if sample_seed is None:
        for i, doc in enumerate(docs):
            if i >= limit:
                return
            yield doc
        return
    pool = list(docs)
    random.Random(sample_seed).shuffle(pool)
    yield from pool[:limit]


def spot_check(store: Store, n: int, seed: int) -> list[dict]:
    """n random events merged from several articles, with their mentions, for a human to judge."""
    merged = [e for e in store.query_events(EventQuery(limit=None, include_flagged=True)) if e["num_articles"] > 1]
    random.Random(seed).shuffle(merged)
    out = []
    for ev in merged[:n]:
        full = store.get_event(ev["event_id"])
        out.append({
            "event_id": ev["event_id"], "date": ev["date"], "cameo": ev["cameo"], "event": ev["event"],
            "source": (ev["source"] or {}).get("text"), "target": (ev["target"] or {}).get("text"),
            "num_mentions": ev["num_mentions"], "num_articles": ev["num_articles"],
            "mentions": [{"doc": m["document"]["title"], "published": m["document"]["published"], "date": m["date"],
                          "precision": m["date_precision"], "cameo": m["cameo"], "sentence": m["text"]}
                         for m in full["mentions"]],
        })
    return out


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=("bbc", "reuters"), required=True)
    ap.add_argument("--section", help="BBC only: one section folder (politics, business, ...)")
    ap.add_argument("--limit", type=int, help="at most this many records")
    ap.add_argument("--shuffle-seed", type=int, help="take a random --limit sample with this seed")
    ap.add_argument("--db", default=None, help="store path (default: a new file under /tmp)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--sample", type=int, default=0, help="print this many merged multi-article events")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    db = args.db or f"/tmp/annalyst-bench-{args.corpus}-{int(time.time())}.duckdb"
    docs = bbc_documents(BBC / args.section if args.section else BBC) if args.corpus == "bbc" else reuters_documents()
    options = PipelineOptions(batch_size=args.batch_size)
    started = time.perf_counter()
    with Store(db) as store:
        pipeline = seed_dedup(build_pipeline(options), store.known_hashes(), options)

        def progress(p) -> None:
            print(f"\r{p.done} records, {p.rate:.2f} rec/s", end="", file=sys.stderr, flush=True)

        summary = ingest_documents(limited(docs, args.limit, args.shuffle_seed), store, pipeline,
                                   batch_size=args.batch_size, on_progress=progress)
        print(file=sys.stderr)
        overview = store.overview()
        samples = spot_check(store, args.sample, seed=7) if args.sample else []
    seconds = time.perf_counter() - started
    report = {"corpus": args.corpus, "db": db, "run": summary.to_json(), "store": overview,
              "seconds": round(seconds, 1), "records_per_second": round(summary.records / seconds, 3) if seconds else None}
    report["run"].pop("failures", None)
    if args.json:
        print(json.dumps({**report, "samples": samples}, ensure_ascii=False, default=str))
    else:
        o = overview
        print(f"{args.corpus}: {summary.describe()}")
        print(f"store {db}: {o['documents']} documents {o['documents_by_status']}, {o['mentions']} mentions, "
              f"{o['events']} events, compression {o['compression']} mentions/event, "
              f"{o['events_merged']} merged events ({o['events_multi_article']} across articles)")
        for i, s in enumerate(samples, 1):
            print(f"\n#{i} {s['date']} {s['source']} -{s['event']}/{s['cameo']}-> {s['target']} "
                  f"({s['num_mentions']} mentions, {s['num_articles']} articles)")
            for m in s["mentions"]:
                print(f"   [{m['published']}|{m['date']}~{m['precision']}|{m['cameo']}] {m['doc']}: {m['sentence'][:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
