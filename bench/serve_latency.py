"""Web UI and API latency on a store of real news: time to first render and /api/events p50/p99.

Loopback only, a bounded number of requests.  The store is either given (``--db``, e.g. one
built by ``bench/corpus_ingest.py --corpus bbc --db /tmp/bbc.duckdb``) or built here from the
first ``--limit`` articles of the BBC corpus (``../shared/corpora/bbc-news``).

    python bench/serve_latency.py --limit 200            # ingest 200 BBC articles, then measure
    python bench/serve_latency.py --db /tmp/bbc.duckdb   # measure an existing store
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Optional

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from anywhere: the tests' browser helpers live beside the repo

from annalyst.serve.server import start_in_thread  # noqa: E402
from annalyst.store import EventQuery, Store  # noqa: E402
from tests.serve.browser import CHROMIUM_ARGS, chromium_path  # noqa: E402

BBC = REPO.parent / "shared" / "corpora" / "bbc-news" / "bbc"

# The query mix: what the UI asks for (first page, a 100-row page, filters, a later page).  The
# timeline no longer fetches a 500-row page (its bars come from /api/timeline/view), so the
# API's largest page is timed apart (api_events_500).
QUERIES: list[dict[str, Any]] = [
    {"limit": 50, "sort": "date"},
    {"limit": 100, "sort": "-date"},
    {"country": "GBR", "limit": 50},
    {"country": "USA", "include_flagged": "true", "limit": 50},
    {"event": "ACCUSE", "limit": 50},
    {"cameo": "04", "limit": 50},
    {"since": "2004-06", "until": "2005", "limit": 50},
    {"actor": "Blair", "limit": 50},
    {"limit": 50, "offset": 100, "sort": "-date"},
    {"text": "election", "limit": 50},
    {"material": "true", "limit": 50, "sort": "-date"},
]

# What the UI's other views ask for (timeline aggregate, totals, map, search), timed apart.
VIEW_QUERIES: dict[str, list[dict[str, Any]]] = {
    "/api/summary": [{}, {"country": "GBR"}, {"material": "true"}],
    "/api/timeline/view": [{}, {"country": "GBR"}, {"from": "2004-01-01", "to": "2005-12-31", "period": "week"}],
    "/api/timeline": [{"period": "month"}, {"period": "week", "since": "2004-01-01", "until": "2005-12-31"},
                      {"period": "day", "country": "USA"}],
    "/api/locations": [{}, {"country": "GBR"}],
    "/api/search": [{"q": "election"}, {"q": "prime minister"}, {"q": "trade", "in": "documents"}],
}

TARGETS = {"api_events_p99_ms": 150.0, "first_render_ms": 1000.0}


def build_store(db: Path, limit: int, section: Optional[str]) -> dict[str, Any]:
    from annalyst.pipeline.run import ingest

    folders = [BBC / section] if section else sorted(p for p in BBC.iterdir() if p.is_dir())
    files = sorted(str(f) for folder in folders for f in folder.glob("*.txt"))
    # interleave sections so a small --limit still covers politics, business, world...
    by_folder: dict[str, list[str]] = {}
    for f in files:
        by_folder.setdefault(Path(f).parent.name, []).append(f)
    chosen: list[str] = []
    while len(chosen) < limit and any(by_folder.values()):
        for name in sorted(by_folder):
            if by_folder[name] and len(chosen) < limit:
                chosen.append(by_folder[name].pop(0))
    t0 = time.perf_counter()
    summary = ingest(chosen, db)
    return {"articles": len(chosen), "ingest_s": round(time.perf_counter() - t0, 1), "events": summary.events}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def timed_gets(client: httpx.Client, path: str, params_list: list[dict[str, Any]], n: int) -> list[float]:
    times = []
    for i in range(n):
        t0 = time.perf_counter()
        resp = client.get(path, params=params_list[i % len(params_list)])
        times.append((time.perf_counter() - t0) * 1000)
        resp.raise_for_status()
    return times


def summary_ms(times: list[float]) -> dict[str, float]:
    return {"n": len(times), "p50_ms": round(percentile(times, 50), 2), "p99_ms": round(percentile(times, 99), 2),
            "mean_ms": round(statistics.fmean(times), 2), "max_ms": round(max(times), 2)}


def first_render(url: str, runs: int, expected_total: int) -> dict[str, Any]:
    """Wall time from navigation to the timeline chart (bars counting every matching event) and the
    event table both on screen; checks the page states the store's count of matching events."""
    from playwright.sync_api import sync_playwright

    walls, dom = [], []
    shown = ""
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            t0 = time.perf_counter()
            page.goto(url + "/")
            page.wait_for_selector("#timeline-chart svg.timeline, #timeline-summary:not(:empty)", timeout=60_000)
            page.wait_for_selector("table.events tr.event-row, p.empty", timeout=60_000)
            walls.append((time.perf_counter() - t0) * 1000)
            shown = page.locator("#timeline-summary .total").inner_text()
            dom.append(page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"))
            context.close()
        browser.close()
    counted = shown == f"{expected_total:,} event{'s' * (expected_total != 1)}"
    return {"runs": runs, "first_render_p50_ms": round(statistics.median(walls), 1),
            "first_render_max_ms": round(max(walls), 1), "dom_content_loaded_p50_ms": round(statistics.median(dom), 1),
            "shows": shown.replace(" ", "_"), "all_counted": counted}


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="an existing store (default: build one from the BBC corpus)")
    ap.add_argument("--limit", type=int, default=200, help="BBC articles to ingest when building (default 200)")
    ap.add_argument("--section", help="only this BBC section (politics, business, ...)")
    ap.add_argument("--requests", type=int, default=300, help="timed /api/events requests (default 300)")
    ap.add_argument("--renders", type=int, default=5, help="timed first renders in chromium (default 5)")
    ap.add_argument("--json", action="store_true", help="print the results as one JSON object")
    args = ap.parse_args(argv)

    result: dict[str, Any] = {}
    if args.db:
        db = args.db
    else:
        if not BBC.is_dir():
            print(f"no BBC corpus at {BBC}", file=sys.stderr)
            return 2
        db = Path(tempfile.mkdtemp(prefix="annalyst-bench-")) / "bbc.duckdb"
        result["build"] = build_store(db, args.limit, args.section)
    with Store(db, read_only=True) as store:
        overview = store.overview()
        some_ids = [e["event_id"] for e in store.query_events(EventQuery(limit=50, include_flagged=True))]
    result["store"] = {k: overview[k] for k in ("documents", "mentions", "events")}
    with start_in_thread(db) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        timed_gets(client, "/api/events", QUERIES, 10)  # warm-up: connection, DuckDB caches
        times = timed_gets(client, "/api/events", QUERIES, args.requests)
        result["api_events"] = summary_ms(times)
        # per query of the mix: which filters cost what
        for i, params in enumerate(QUERIES):
            label = ",".join(f"{k}={v}" for k, v in params.items())
            result[f"  {label}"] = {"p50_ms": round(percentile(times[i::len(QUERIES)], 50), 2)}
        if some_ids:
            result["api_event_by_id"] = summary_ms(
                [t for i in some_ids for t in timed_gets(client, f"/api/events/{i}", [{}], 1)])
        result["api_events_500"] = summary_ms(timed_gets(client, "/api/events", [{"limit": 500, "sort": "date"}], 30))
        result["api_dyads"] = summary_ms(timed_gets(client, "/api/dyads", [{}, {"period": "month"}], 40))
        for path, mix in VIEW_QUERIES.items():
            result[path.replace("/api/", "api_")] = summary_ms(timed_gets(client, path, mix, 10 * len(mix)))
        t0 = time.perf_counter()
        csv_resp = client.get("/api/events.csv")
        rows = sum(1 for _ in csv.reader(io.StringIO(csv_resp.text))) - 1  # a sentence may hold a line break
        result["api_events_csv"] = {"rows": rows, "bytes": len(csv_resp.content),
                                    "ms": round((time.perf_counter() - t0) * 1000, 1)}
        matching = client.get("/api/summary").json()["total"]
        result["ui"] = first_render(server.url, args.renders, matching)
    result["targets"] = {
        "api_events_p99_ok": result["api_events"]["p99_ms"] <= TARGETS["api_events_p99_ms"],
        "first_render_ok": result["ui"]["first_render_max_ms"] <= TARGETS["first_render_ms"],
        "all_events_counted": result["ui"]["all_counted"]}
    if args.json:
        print(json.dumps(result))
    else:
        for section, values in result.items():
            print(f"{section:28s} " + "  ".join(f"{k}={v}" for k, v in values.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
