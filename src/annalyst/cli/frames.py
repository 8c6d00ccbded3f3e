"""``annalyst frames``: each predicate's frame (its roles, who fills them and by which rule, its
modality and reporting clause) and the event it made, so a user can see why an event has its actors."""

from __future__ import annotations

import argparse
import json
import sys

from annalyst.cli._dicts import add_dict_options, dict_resources

ROLE_ORDER = ("agent", "patient", "recipient", "instrument", "place", "time", "agent actors", "target actors", "sense")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "frames", help="show each predicate's frame (roles, fillers, modality) and the event it made",
        description="Parse a text (or a file, cleaned first), resolve its actors and show, for every "
                    "predicate the event coder finds (verb, event noun, light-verb construction), its frame: "
                    "agent, patient, recipient, instrument, place and time words, the actors filling agent and "
                    "target and the rule that filled each (docs/events.md \"Frames and roles\"), its modality "
                    "and reporting clause, and the event it made or why it made none.")
    p.add_argument("text", metavar="TEXT|PATH", help="the text itself, or a path to a text file")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--no-clean", action="store_true", help="read a file's raw text without cleaning it")
    add_dict_options(p)
    p.set_defaults(func=run_frames)


def run_frames(args: argparse.Namespace) -> int:
    from annalyst.events.describe import describe_frames

    dict_resources(args)  # user dictionaries, made active for the stages below
    source, sentences, records = describe_frames(args.text, clean=not args.no_clean)
    if args.format == "json":
        print(json.dumps({"source": source, "sentences": sentences, "frames": [r.to_json() for r in records]},
                         ensure_ascii=False, indent=2))
        return 0
    out = sys.stdout
    print(f"{source}: {len(records)} predicate frames in {len(sentences)} sentences", file=out)
    last = 0
    for r in records:
        if r.sentence != last:
            last = r.sentence
            print(f"\n[{r.sentence}] {sentences[r.sentence - 1]}", file=out)
        print(f"  {r.trigger!r} (lexicon {r.lexicon_code})", file=out)
        for role in ROLE_ORDER:
            if role in r.roles:
                how = r.filled_by.get(role.split()[0]) if role.endswith("actors") else None
                print(f"    {role:<14}{r.roles[role]}" + (f"   <- {how}" if how else ""), file=out)
        if r.speaker:
            print(f"    {'reported by':<14}{r.speaker}", file=out)
        if r.modality:
            print(f"    {'modality':<14}{', '.join(r.modality)}", file=out)
        print(f"    {'event':<14}{r.event}", file=out)
    return 0
