"""``annalyst demo``: ingest the bundled founding article and print its timeline."""

from __future__ import annotations

import argparse
import sys

from annalyst.cli._format import actor_label, print_table

TIMELINE_COLUMNS = ("date", "source", "event", "target", "sentence")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("demo", help="ingest the bundled example article and print its timeline",
                              description="Ingest the founding example (a 2022 article on the DPRK's recognition of "
                                          "Donetsk and Lugansk) into a store and print its events in date order.")
    p.add_argument("--db", default="annalyst.duckdb", metavar="PATH", help="the DuckDB store (default annalyst.duckdb)")
    p.add_argument("--all", action="store_true", dest="include_flagged",
                   help="also negated, hypothetical and disputed events")
    p.set_defaults(func=run_demo)


def timeline_row(ev: dict) -> dict[str, str]:
    date = ev.get("date") or "-"
    if ev.get("date_precision") and ev["date_precision"] != "day":
        date = f"{date}~{ev['date_precision'][0]}"
    event = f"{ev.get('event') or '?'} ({ev.get('cameo')})"
    flags = ev.get("flags") or []
    if flags:
        event += " [" + ",".join(flags) + "]"
    return {"date": date, "source": actor_label(ev.get("source")), "event": event,
            "target": actor_label(ev.get("target")), "sentence": ev.get("text") or ""}


def run_demo(args: argparse.Namespace) -> int:
    from annalyst.pipeline.run import demo

    result = demo(args.db, include_flagged=args.include_flagged)
    print(f"{result.summary.describe()}; store: {result.db_path}", file=sys.stderr)
    print_table([timeline_row(ev) for ev in result.timeline], TIMELINE_COLUMNS, out=sys.stdout)
    db = result.db_path
    print(f"\nnext: `annalyst events --db {db} --include-flagged`, `annalyst stats --db {db}`, "
          f"`annalyst serve --db {db}` (web UI on http://127.0.0.1:8000)", file=sys.stderr)
    return 0
