"""``annalyst eval``: score the event coder on the dev sets in ../shared."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from annalyst.cli._format import print_table
from annalyst.evaluate import EvalOptions, evaluate
from annalyst.evaluate.run import SETS


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("eval", help="score the event coder on the dev sets",
                              description="Code the dev sets (CAMEO codebook examples, PLOVER GSR, IndiaPoliceEvents, "
                                          "GLOCON) with the full coder and print the scores.")
    p.add_argument("--shared", type=Path, default=Path("../shared"), metavar="PATH",
                   help="the shared data folder (default: ../shared)")
    p.add_argument("--sets", default=",".join(SETS), help=f"comma-separated subset of {','.join(SETS)}")
    p.add_argument("--limit", type=int, default=600,
                   help="sentences sampled from each real-news set (0 = all; default 600)")
    p.add_argument("--seed", type=int, default=13, help="sampling seed (default 13)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=run_eval, json_errors=False)


def run_eval(args: argparse.Namespace) -> int:
    args.json_errors = args.json
    options = EvalOptions(shared_dir=args.shared, sets=tuple(s.strip() for s in args.sets.split(",") if s.strip()),
                          limit=args.limit, seed=args.seed)
    report = evaluate(options, on_progress=lambda msg: print(f"annalyst eval: {msg}", file=sys.stderr))
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print_table(report.rows(), ("set", "metric", "value"), max_width=50)
        print(f"({report.seconds:.0f}s)")
    return 0
