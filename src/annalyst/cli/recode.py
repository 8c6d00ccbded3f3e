"""``annalyst recode``: re-code the stored documents that were coded with other resources."""

from __future__ import annotations

import argparse
import json
import sys

from annalyst.cli._dicts import add_dict_options, dict_resources


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("recode", help="re-code stored documents coded with other dictionaries or versions",
                              description="Re-code, from the stored cleaned text, every document coded with other "
                                          "resources (annalyst version, user dictionaries) than these; replace their "
                                          "mentions, re-merge the events they touch and report what changed.")
    p.add_argument("--db", default="annalyst.duckdb", metavar="FILE", help="the store (default annalyst.duckdb)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    add_dict_options(p)
    p.set_defaults(func=run_recode)


def run_recode(args: argparse.Namespace) -> int:
    from annalyst.dicts.provenance import recode

    args.json_errors = args.json
    report = recode(args.db, dict_resources(args))
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
        return 0
    for doc_id, source, cameo, target, sentence in report.removed:
        print(f"- {doc_id}  {source or '?'} {cameo} {target or '?'}  {' '.join((sentence or '').split())[:80]}")
    for doc_id, source, cameo, target, sentence in report.added:
        print(f"+ {doc_id}  {source or '?'} {cameo} {target or '?'}  {' '.join((sentence or '').split())[:80]}")
    for failure in report.failed:
        print(f"annalyst: kept as stored (failed to re-code) {failure}", file=sys.stderr)
    print(f"recode: {report.documents} documents re-coded, {len(report.changed)} with changed events "
          f"({len(report.removed)} event mentions removed, {len(report.added)} added); resources: {report.fingerprint}",
          file=sys.stderr)
    return 0
