"""``annalyst code``: print the events of documents (no store)."""

from __future__ import annotations

import argparse
import sys

from annalyst.api import code_paths
from annalyst.cli._dicts import add_dict_options, dict_resources
from annalyst.cli._format import EVENT_COLUMNS, event_row, print_jsonl, print_table
from annalyst.pipeline.base import publication_warning
from annalyst.pipeline.default import PipelineOptions


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("code", help="print the events of one or more documents",
                              description="Read, clean and code documents; print their events.")
    p.add_argument("inputs", nargs="+", metavar="PATH", help="files, folders, globs, or - for stdin")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.add_argument("--all", action="store_true", dest="include_all",
                   help="also show negated, hypothetical and disputed events (flagged)")
    p.add_argument("--no-dedup", action="store_true", help="code duplicate documents too")
    add_dict_options(p)
    p.add_argument("--min-confidence", type=probability, metavar="P",
                   help="only events whose confidence (the fitted probability that type, source and target "
                        "are right) is at least P, 0-1")
    p.set_defaults(func=run_code)


def probability(text: str) -> float:
    """An argparse type: a number from 0 to 1 (``--min-confidence``)."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a probability (a number from 0 to 1)")
    return value


def run_code(args: argparse.Namespace) -> int:
    options = PipelineOptions(dedup=not args.no_dedup, dictionaries=dict_resources(args))
    rows = []
    failed = 0
    for doc in code_paths(args.inputs, options):
        if doc.status.value == "failed":
            failed += 1
            print(f"annalyst: failed {doc.source} {doc.position or ''}: {doc.reason}", file=sys.stderr)
            continue
        if doc.status.value == "skipped":
            print(f"annalyst: skipped {doc.source} {doc.position or ''}: {doc.reason}", file=sys.stderr)
            continue
        warning = publication_warning(doc)
        if warning:
            print(f"annalyst: warning: {doc.source} {doc.position or ''}: {warning}", file=sys.stderr)
        events = [e for e in doc.events if (args.include_all or e.asserted)
                  and (args.min_confidence is None or round(e.confidence, 3) >= args.min_confidence)]
        if args.format == "jsonl":
            print_jsonl(e.to_json() for e in events)
        else:
            rows.extend(event_row(e.to_json()) for e in events)
    if args.format == "table":
        print_table(rows, EVENT_COLUMNS)
    return 1 if failed else 0
