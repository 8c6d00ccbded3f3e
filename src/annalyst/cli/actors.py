"""``annalyst actors``: which actors a text mentions and how each was resolved."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TYPE_CHECKING

from annalyst.cli._dicts import add_dict_options, dict_resources
from annalyst.cli._format import print_table
from annalyst.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from annalyst.actors.describe import ActorReport
    from annalyst.model import Entity

COLUMNS = ("offsets", "text", "entity", "country", "sector", "code", "kind", "resolved_by", "name")
ENTITY_COLUMNS = ("entity", "name", "country", "sector", "code", "kind", "resolved_by", "evidence", "mentions")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "actors", help="show the actors a text mentions and how each was resolved",
        description="Resolve every actor mention of a text (or of a file) against the knowledge base: "
                    "country, PLOVER sector, code, and how it was resolved (knowledge-base phrase, title+name, "
                    "adjective+sector, capital, apposition, coreference...).")
    p.add_argument("text", metavar="TEXT|PATH", nargs="?",
                   help="the text itself, or a path to a text file (cleaned first); not with --unresolved")
    p.add_argument("--date", default=None, help="resolve people as of this date (YYYY-MM-DD); default: the "
                   "file's publication date, else today's knowledge")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--no-clean", action="store_true", help="resolve a file's raw text without cleaning it")
    harvest = p.add_argument_group("harvesting (docs/dictionaries.md)")
    harvest.add_argument("--unresolved", action="store_true",
                         help="list the names and group nouns stored events carry without a knowledge-base entry, "
                              "most frequent first, with an example sentence and an actors-TSV line to edit")
    harvest.add_argument("--db", default=None, metavar="FILE",
                         help="the store: alone, list its documents' entities; with --unresolved, harvest")
    harvest.add_argument("--limit", type=int, default=50, help="with --db: at most this many (0 = all)")
    stored = p.add_argument_group("stored entities (--db FILE without TEXT; docs/actors.md)")
    stored.add_argument("--doc", default=None, metavar="ID", help="only this document's entities")
    stored.add_argument("--search", default=None, help="only entities whose name holds this (or whose code it is)")
    stored.add_argument("--country", default=None, help="only entities of this country code")
    add_dict_options(p)
    p.set_defaults(func=run_actors)


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"--date {value!r} is not a date.", "Write it as YYYY-MM-DD, e.g. --date 2022-07-18.") from exc


def run_actors(args: argparse.Namespace) -> int:
    from annalyst.actors import describe_actors

    dict_resources(args)
    if args.unresolved:
        return run_unresolved(args)
    if args.text is None and args.db:
        return run_stored(args)
    if args.text is None:
        raise InputError("annalyst actors needs a TEXT or PATH (or --db FILE, or --unresolved --db FILE).",
                         "Give the text to resolve, list a store's entities with --db FILE, or its unresolved actors "
                         "with --unresolved --db FILE.")

    report = describe_actors(args.text, parse_date(args.date), clean=not args.no_clean)
    if args.format == "json":
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return 0
    rows = [{"offsets": f"{a.start}-{a.end}", "text": a.text, "entity": a.entity or "-", "country": a.country or "-",
             "sector": a.sector or "-", "code": a.code or "-", "kind": a.kind or "-",
             "resolved_by": a.resolved_by or "-", "name": a.name or ""} for a in report.actors]
    as_of = report.published.isoformat() if report.published else \
        f"{report.era.isoformat()} (undated: when most of its known people held office)" if report.era else \
        "today's knowledge"
    print(f"{report.source}: {len(rows)} actor mentions, people resolved as of {as_of}")
    home = report.home
    if home is not None and (home.police or home.state):
        print(f"home country: {home.police or '-'} (police, by {home.evidence}); about: {home.state or '-'}; "
              f"civilians: {home.local or '-'}")
    else:
        print("home country: none (no dateline, and no one state the places and mentions name)")
    print_table(rows, COLUMNS, out=sys.stdout)
    print(f"\n{len(report.entities)} entities (the actors those mentions name)")
    print_table([_entity_row(e, report) for e in report.entities], ENTITY_COLUMNS, out=sys.stdout)
    return 0


def _entity_row(entity: "Entity", report: "ActorReport") -> dict:
    """One entity: what it resolved to, the evidence (or why it has no country), and its mentions' words."""
    texts = [a.text for a in report.actors if a.entity == entity.id]
    how = entity.resolved_by or "-"
    evidence = entity.evidence if entity.country else f"no country: {entity.reason}"
    return {"entity": entity.id, "name": entity.name or "", "country": entity.country or "-",
            "sector": entity.sector or "-", "code": entity.code or "-", "kind": entity.kind or "-",
            "resolved_by": how, "evidence": evidence or "", "mentions": " | ".join(texts)}


STORED_COLUMNS = ("doc_id", "entity", "name", "country", "sector", "code", "kind", "resolved_by", "evidence",
                  "mentions")


def run_stored(args: argparse.Namespace) -> int:
    """``--db FILE``: the stored documents' entities (schema v4), with the evidence that placed each."""
    from annalyst.store import Store

    with Store(args.db, read_only=True) as store:
        found = store.list_entities(doc_id=args.doc, search=args.search, country=args.country,
                                    limit=max(0, args.limit))
    if args.format == "json":
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    rows = [{"doc_id": e["doc_id"], "entity": e["id"], "name": e["name"] or "", "country": e["country"] or "-",
             "sector": e["sector"] or "-", "code": e["code"] or "-", "kind": e["kind"] or "-",
             "resolved_by": e["resolved_by"] or "-",
             "evidence": e["evidence"] if e["country"] else f"no country: {e['reason']}",
             "mentions": str(len(e["mentions"]))} for e in found]
    print(f"{args.db}: {len(rows)} stored entities")
    print_table(rows, STORED_COLUMNS, out=sys.stdout)
    return 0


def run_unresolved(args: argparse.Namespace) -> int:
    """``--unresolved``: the harvest table, then the actors-TSV lines to paste into a user dictionary."""
    from annalyst.dicts.harvest import TSV_HEADER, harvest
    from annalyst.store import Store

    if args.text is not None or not args.db:
        raise InputError("--unresolved reads a store, not a text.", "Run: annalyst actors --unresolved --db FILE.")
    with Store(args.db, read_only=True) as store:
        found = harvest(store.con, limit=args.limit or None)
    if args.format == "json":
        print(json.dumps([u.to_json() for u in found], ensure_ascii=False, indent=2))
        return 0
    rows = [{"name": u.name, "mentions": str(u.mentions), "documents": str(u.documents),
             "context": f"{u.country or '-'} {u.sector or '-'}", "evidence": u.evidence, "example": u.example}
            for u in found]
    print(f"{args.db}: {len(found)} names and group nouns that stored events carry without a knowledge-base entry")
    print_table(rows, UNRESOLVED_COLUMNS, out=sys.stdout)
    print("\n# actors-TSV lines to edit (fill in the code, country and sector; docs/dictionaries.md)")
    print(TSV_HEADER)
    for u in found:
        print(u.tsv_line())
    return 0


UNRESOLVED_COLUMNS = ("name", "mentions", "documents", "context", "evidence", "example")
