"""``annalyst serve`` (HTTP API and web UI) and ``annalyst report`` (static HTML report)."""

from __future__ import annotations

import argparse
import sys

from annalyst.cli.store import DEFAULT_DB, _filters, query_from_args
from annalyst.store import PERIODS


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("serve", help="serve the JSON API and the web UI over a store",
                              description="Serve the JSON API (/api/..., OpenAPI at /openapi.json) and the web UI "
                                          "(timeline, actor network, event and document pages) over a store.")
    p.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the DuckDB store (default {DEFAULT_DB})")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 exposes it to the network)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"))
    p.set_defaults(func=run_serve)

    r = subparsers.add_parser("report", help="write a static HTML report (timeline and network as images)",
                              description="Write index.html, timeline.png and network.png for the events matching "
                                          "the filters (the same filters as `annalyst events`).")
    r.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the DuckDB store (default {DEFAULT_DB})")
    r.add_argument("--out", required=True, metavar="DIR", help="folder for the report (created if missing)")
    r.add_argument("--title", help="the report's title")
    r.add_argument("--period", choices=PERIODS, help="bar width of the per-period chart (default: suits the dates)")
    _filters(r, limit=200)
    r.set_defaults(func=run_report)


def run_serve(args: argparse.Namespace) -> int:
    from annalyst.serve import serve
    from annalyst.serve.server import check_store

    check_store(args.db)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"annalyst: serving {args.db} on http://{shown}:{args.port}/ (Ctrl-C to stop)", file=sys.stderr)
    serve(args.db, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def run_report(args: argparse.Namespace) -> int:
    from annalyst.report import build_report

    result = build_report(args.db, args.out, query_from_args(args), title=args.title, period=args.period)
    print(f"annalyst: wrote {result.index} ({result.events} events, {result.listed} listed; "
          f"images: {', '.join(p.name for p in result.images)})", file=sys.stderr)
    print(result.index)
    return 0
