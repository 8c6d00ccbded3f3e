"""``annalyst dict import petrarch FILE --kind actors|agents|verbs --out FILE``: convert dictionaries."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("dict", help="user dictionaries: convert PETRARCH/TABARI dictionaries",
                              description="Work with user dictionaries (docs/dictionaries.md).")
    sub = p.add_subparsers(dest="dict_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="convert a dictionary of another coder into a user dictionary file",
                         description="Convert a PETRARCH/TABARI dictionary into an annalyst user dictionary "
                                     "(actors, agents or verbs TSV) and list what could not be converted.")
    imp.add_argument("format", choices=("petrarch",), help="the dictionary's format (PETRARCH/TABARI)")
    imp.add_argument("file", type=Path, metavar="FILE", help="the dictionary to convert")
    imp.add_argument("--kind", required=True, choices=("actors", "agents", "verbs"),
                     help="what the dictionary holds (Phoenix.*.actors.txt, Phoenix.agents.txt, CAMEO.2.0.txt)")
    imp.add_argument("--out", required=True, type=Path, metavar="FILE", help="the user dictionary to write")
    imp.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    from annalyst.dicts import read_file
    from annalyst.dicts.petrarch import convert_file

    conversion = convert_file(args.file, args.kind)
    args.out.write_text(conversion.text(args.file.name), encoding="utf-8")
    read_file(args.out, args.kind)  # what was written loads as a user dictionary (or says why not)
    for where, why in conversion.skipped:
        print(f"not converted: {where}: {why}", file=sys.stderr)
    print(f"{args.out}: {len(conversion.rows)} {args.kind} rows from {args.file}; "
          f"{len(conversion.skipped)} not converted (listed above)")
    return 0
