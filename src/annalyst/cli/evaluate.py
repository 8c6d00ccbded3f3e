"""``annalyst eval``: score the event coder on the dev sets in ../shared, dev and test halves."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from annalyst.cli._dicts import add_dict_options, dict_resources
from annalyst.cli._format import print_table
from annalyst.evaluate import EvalOptions, evaluate_halves, side_by_side
from annalyst.evaluate.run import HALVES, SETS


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("eval", help="score the event coder on the dev sets (dev and test halves)",
                              description="Code the dev sets (CAMEO codebook examples, PLOVER GSR, IndiaPoliceEvents, "
                                          "GLOCON) with the full coder and print the scores of their dev half and "
                                          "their test half side by side (fixed split, by document), and for each goal an "
                                          "issue set (GLOCON: issue 14, read on glocon-contentious, GLOCON's label "
                                          "being any contentious event) whether it is met.")
    p.add_argument("--shared", type=Path, default=Path("../shared"), metavar="PATH",
                   help="the shared data folder (default: ../shared)")
    p.add_argument("--sets", default=",".join(SETS), help=f"comma-separated subset of {','.join(SETS)}")
    p.add_argument("--half", choices=(*HALVES, "both"), default="both",
                   help="score the dev half, the test half, or both side by side (default both); "
                        "tune on dev, report test")
    p.add_argument("--limit", type=int, default=600,
                   help="sentences sampled from each half of each real-news set (0 = all; default 600)")
    p.add_argument("--seed", type=int, default=13, help="sampling seed (default 13; the split's seed is fixed)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON, one object per half")
    add_dict_options(p)
    p.set_defaults(func=run_eval, json_errors=False)


def run_eval(args: argparse.Namespace) -> int:
    args.json_errors = args.json
    dict_resources(args)  # the coder's steps load the knowledge base and lexicon under these
    options = EvalOptions(shared_dir=args.shared, sets=tuple(s.strip() for s in args.sets.split(",") if s.strip()),
                          limit=args.limit, seed=args.seed)
    halves = HALVES if args.half == "both" else (args.half,)
    reports = evaluate_halves(options, halves, on_progress=lambda msg: print(f"annalyst eval: {msg}", file=sys.stderr))
    if args.json:
        print(json.dumps({h: r.to_json() for h, r in reports.items()}, indent=2))
        return 0
    print_table(side_by_side(reports), ("set", "metric", *halves), max_width=50)
    for half, report in reports.items():
        sizes = ", ".join(f"{s.name} {s.units} {s.unit}s / {s.items}" for s in report.split)
        print(f"{half} half: {sizes} ({report.seconds:.0f}s)")
    for half, report in reports.items():
        for g in report.goals():
            print(f"{half} half: {g['issue']} goal R >= {g['recall_floor']:.2f} at P >= {g['precision_floor']:.2f} "
                  f"is read on {g['metric']}: P/R {g['precision']:.3f}/{g['recall']:.3f}, "
                  f"{'met' if g['met'] else 'not met'}")
    return 0
