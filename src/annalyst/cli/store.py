"""Store commands: ``ingest``, ``events``, ``export``, ``stats``."""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from pathlib import Path
from typing import Any, Optional, TextIO

from annalyst.cli._dicts import add_dict_options, dict_resources
from annalyst.cli._format import EVENT_COLUMNS, event_row, print_csv, print_jsonl, print_table
from annalyst.cli.clean import add_jsonl_options, jsonl_fields_of
from annalyst.cli.code import probability
from annalyst.pipeline.default import PipelineOptions
from annalyst.errors import InputError
from annalyst.store import EXPORT_FORMATS, PERIODS, SORTS, EventQuery, Store
from annalyst.store.export import FLAT_COLUMNS, STDOUT, Column, export, flat_row, resolve_format, write_table
from annalyst.store.filters import FilterError
from annalyst.store.store import PANEL_FREQS, PANEL_UNITS, RuleChange

DEFAULT_DB = "annalyst.duckdb"

STAT_COLUMNS = ("events", "mentions", "goldstein_sum", "goldstein_mean", "verbal_coop", "material_coop",
                "verbal_conflict", "material_conflict")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("ingest", help="code documents and store their events in a DuckDB file",
                              description="Read files, folders or globs (or - for stdin), code them, and store "
                                          "documents, mentions and de-duplicated events. Re-running skips what is stored.")
    p.add_argument("inputs", nargs="+", metavar="PATH", help="files, folders, globs, or - for stdin")
    _db(p)
    p.add_argument("--batch-size", type=int, default=32, help="records per batch and per transaction (default 32)")
    p.add_argument("--no-dedup", action="store_true", help="keep duplicate documents")
    p.add_argument("--json", action="store_true", help="print the run summary as JSON on stdout")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add_jsonl_options(p)
    add_dict_options(p)
    scale = p.add_argument_group("scale-out")
    scale.add_argument("--workers", type=int, default=1, metavar="N",
                       help="code in N worker processes (default 1: in this process); with --engine dask, "
                            "the size of the local Dask cluster")
    scale.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="where the coding runs: local processes (default) or a Dask cluster")
    scale.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --engine dask: an existing scheduler (tcp://HOST:8786); default a local cluster")
    p.set_defaults(func=run_ingest)

    p = subparsers.add_parser("events", help="query stored events",
                              description="List de-duplicated events from the store (asserted events only unless "
                                          "--include-flagged).")
    _db(p)
    _filters(p, limit=50)
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON lines (event JSON contract + store counts)")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")
    p.add_argument("--mentions", action="store_true", help="list mentions (each report) instead of events")
    p.set_defaults(func=run_events)

    p = subparsers.add_parser("export", help="export stored events (csv, parquet, plover-jsonl, gdelt-tsv, "
                                             "gdelt-mentions-tsv)",
                              description="Write the events (gdelt-mentions-tsv: the mentions) matching the filters "
                                          "to a file, or to standard output with --out -.")
    _db(p)
    p.add_argument("--format", choices=EXPORT_FORMATS,
                   help="the format; without it, the one --out's extension names (.csv, .parquet, .jsonl, .tsv)")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="the file to write, or - for standard output (text formats); a CSV file gets a "
                        "datapackage.json beside it")
    _filters(p, limit=None)
    p.set_defaults(func=run_export)

    p = subparsers.add_parser("stats", help="store counts and event aggregates over time",
                              description="Without --by or --dyads: what the store holds. --by PERIOD: events per "
                                          "period with Goldstein sums and QuadClass counts (for the filtered actor or dyad). "
                                          "--dyads: the same per (source country, target country).")
    _db(p)
    p.add_argument("--by", choices=(*PERIODS, *PANEL_UNITS),
                   help="aggregate per day, week, month or year; with --panel, the panel's unit (dyad)")
    p.add_argument("--dyads", action="store_true", help="aggregate per dyad (source country → target country)")
    p.add_argument("--panel", action="store_true",
                   help="a zero-filled panel: every dyad x every --freq period, with counts and Goldstein sums")
    p.add_argument("--freq", choices=PANEL_FREQS, default="month", help="the panel's period (default month)")
    p.add_argument("--out", metavar="FILE", help="with --panel: write the panel to FILE (.csv or .parquet)")
    p.add_argument("--migrate", action="store_true", help="open the store for writing (migrates an older schema)")
    p.add_argument("--remerge", action="store_true",
                   help="first re-merge every stored mention with this version's merge rule (after an upgrade)")
    _filters(p, limit=None)
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON (lines for aggregates)")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")
    p.set_defaults(func=run_stats)


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the DuckDB store (default {DEFAULT_DB})")


def _filters(p: argparse.ArgumentParser, *, limit: Optional[int]) -> None:
    g = p.add_argument_group("filters")
    g.add_argument("--actor", help="either side: code/country in capitals (PRK, PRKGOV) or name words")
    g.add_argument("--country", help="either side's country (ISO alpha-3)")
    g.add_argument("--country-of-location", metavar="ISO3", help="where it happened: the event's place in this country")
    g.add_argument("--near", metavar="LAT,LON,KM", help="where it happened: within KM km of LAT,LON")
    g.add_argument("--source", help="the source actor (as --actor)")
    g.add_argument("--target", help="the target actor (as --actor)")
    g.add_argument("--cameo", help="CAMEO code prefix (054, 11)")
    g.add_argument("--root", help="CAMEO root (two digits)")
    g.add_argument("--event", help="PLOVER event (ACCUSE, ASSAULT...)")
    g.add_argument("--quad", type=int, choices=(1, 2, 3, 4), help="QuadClass")
    g.add_argument("--since", help="from this date (YYYY-MM-DD, YYYY-MM or YYYY)")
    g.add_argument("--until", help="to this date, inclusive")
    g.add_argument("--text", help="words in the sentence")
    g.add_argument("--min-mentions", type=int, help="events reported at least this often")
    g.add_argument("--min-confidence", type=probability, metavar="P",
                   help="confidence at least P, 0-1 (docs/event-json.md: the probability that type, source and "
                        "target are right)")
    g.add_argument("--include-flagged", action="store_true",
                   help="also negated, hypothetical and disputed events (default: asserted only)")
    g.add_argument("--material", action="store_true",
                   help="leave out statements and appeals (CAMEO roots 01 and 02)")
    g.add_argument("--sort", choices=tuple(SORTS), default="date", help="order (a leading - means descending)")
    # `--sort -goldstein`: argparse takes a value starting with "-" for an option unless it looks
    # like a negative number, so the descending sort names are declared number-like here
    descending = "|".join(re.escape(name) for name in SORTS if name.startswith("-"))
    p._negative_number_matcher = re.compile(rf"^-\d+$|^-\d*\.\d+$|^(?:{descending})$")
    g.add_argument("--limit", type=int, default=limit, help="at most this many rows" + (f" (default {limit})" if limit else ""))
    g.add_argument("--offset", type=int, default=0)


def _query_without_location(args: argparse.Namespace) -> EventQuery:
    return EventQuery(actor=args.actor, country=args.country, source=args.source, target=args.target,
                      cameo=args.cameo, root=args.root, event=args.event, quad_class=args.quad,
                      since=args.since, until=args.until, text=args.text, min_mentions=args.min_mentions,
                      min_confidence=args.min_confidence,
                      include_flagged=args.include_flagged, material=args.material, sort=args.sort,
                      limit=args.limit, offset=args.offset)


class ProgressBar:
    """One updating line on a terminal: records, records/s, ETA when the total is known."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.shown = False

    def __call__(self, progress: Any) -> None:
        total = f"/{progress.total}" if progress.total is not None else ""
        line = f"ingest: {progress.done}{total} records  {progress.rate:.1f} rec/s"
        if progress.eta_seconds is not None:
            minutes, seconds = divmod(int(progress.eta_seconds), 60)
            line += f"  ETA {minutes}:{seconds:02d}"
        if progress.total:
            width = 24
            filled = min(width, int(width * progress.done / progress.total))
            line = f"[{'#' * filled}{'.' * (width - filled)}] " + line
        self.out.write("\r" + line + "\033[K")
        self.out.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.out.write("\n")
            self.out.flush()


def _ensure_merge_rule(db: str) -> Optional[RuleChange]:
    """An existing store merged by another merge rule (an upgrade) is re-merged with this version's
    before the run adds to it, so its events and the run's are grouped alike (docs/store.md, "Merge
    rule fingerprint").  A missing store is left to the run to create."""
    if db == ":memory:" or not Path(db).is_file() or Path(db).stat().st_size == 0:
        return None
    with Store(db) as store:
        return store.ensure_merge_rule()


def run_ingest(args: argparse.Namespace) -> int:
    from annalyst.pipeline.run import ingest

    args.json_errors = args.json
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() and not args.quiet else None
    options = PipelineOptions(batch_size=max(1, args.batch_size), dedup=not args.no_dedup,
                              dictionaries=dict_resources(args))
    executor = None
    if args.engine != "local" or args.workers > 1 or args.scheduler:
        from annalyst.pipeline.executors import make_executor

        executor = make_executor(args.engine, workers=args.workers, scheduler=args.scheduler)
    rule_change = _ensure_merge_rule(args.db)
    try:
        summary = ingest(args.inputs, args.db, options, on_progress=bar, executor=executor,
                         read_options={"jsonl_fields": jsonl_fields_of(args)})
    finally:
        if executor is not None:
            executor.close()
        if bar is not None:
            bar.finish()
    for source, position, error in summary.failures[:20]:
        print(f"annalyst: failed {source} {position}: {error}", file=sys.stderr)
    for source, position, warning in summary.date_warnings[:20]:
        print(f"annalyst: warning: {source} {position}: {warning}", file=sys.stderr)
    if args.json:
        extra = {"merge_rule_remerged": rule_change.to_json()} if rule_change else {}
        print(json.dumps({**summary.to_json(), "db": args.db, **extra}))
    if rule_change:
        print(f"annalyst: {rule_change.describe()}", file=sys.stderr)
    print(summary.describe() + f"; store: {args.db}", file=sys.stderr)
    return 1 if summary.failed and not summary.processed else 0


def _warn_merge_rule(store: Store) -> None:
    """Say on standard error when the stored events were grouped by another merge rule."""
    warning = store.merge_rule_status()["warning"]
    if warning:
        print(f"annalyst: warning: {warning}", file=sys.stderr)


def run_events(args: argparse.Namespace) -> int:
    args.json_errors = args.json
    q = query_from_args(args)
    with Store(args.db, read_only=True) as store:
        if args.csv and not args.mentions:  # the flat columns of `annalyst export --format csv`
            flat = [flat_row(r) for r in store.event_rows(q, with_document=True)]
            print_csv(flat, [name for name, _ in FLAT_COLUMNS], out=sys.stdout)
            return 0
        rows = store.query_mentions(q) if args.mentions else store.query_events(q)
        _warn_merge_rule(store)
    if args.json:
        print_jsonl(rows, out=sys.stdout)
    elif args.csv:
        columns = list(rows[0]) if rows else ["mention_id"]
        print_csv(rows, columns, out=sys.stdout)
    else:
        table = []
        for ev in rows:
            row = event_row(ev)
            row["n"] = str(ev.get("num_mentions", ""))
            table.append(row)
        columns = list(EVENT_COLUMNS) if args.mentions else ["date", "source", "cameo", "event", "target", "n", "flags", "text"]
        print_table(table, columns, out=sys.stdout)
    return 0


def run_export(args: argparse.Namespace) -> int:
    fmt = resolve_format(args.format, args.out)  # before the store is opened: a wrong name costs nothing
    q = query_from_args(args)
    with Store(args.db, read_only=True) as store:
        if args.out == STDOUT:
            report = export(store, q, fmt, sys.stdout)
            sys.stdout.flush()
        else:
            report = export(store, q, fmt, args.out)
    what = "mentions" if fmt == "gdelt-mentions-tsv" else "events"
    where = "standard output" if args.out == STDOUT else ", ".join(report.files)
    print(f"exported {report.rows} {what} to {where} ({fmt})", file=sys.stderr)
    for reason, n in sorted(report.skipped.items()):
        print(f"  left out {n}: {reason}", file=sys.stderr)
    return 0


def run_stats(args: argparse.Namespace) -> int:
    args.json_errors = args.json
    q = query_from_args(args)
    if args.panel or args.by in PANEL_UNITS:
        return _run_panel(args, q)
    with Store(args.db, read_only=not (args.migrate or args.remerge)) as store:
        if args.remerge:
            print(f"re-merged: {store.remerge_all()} events", file=sys.stderr)
        if args.dyads:
            rows = store.dyads(q, period=args.by, limit=args.limit)
            columns = (["period"] if args.by else []) + ["source", "target", *STAT_COLUMNS]
        elif args.by:
            rows = store.timeline(q, period=args.by)
            columns = ["period", *STAT_COLUMNS]
        else:
            overview = store.overview()
            if args.json:
                print(json.dumps(overview))
            else:
                _print_overview(overview)
            return 0
    if args.json:
        print_jsonl(rows, out=sys.stdout)
    elif args.csv:
        print_csv(rows, columns, out=sys.stdout)
    else:
        print_table(rows, columns, out=sys.stdout)
    return 0


PANEL_COLUMNS: tuple[Column, ...] = (
    ("period", "date32"), ("source", "string"), ("target", "string"), ("events", "int64"),
    ("goldstein_sum", "float64"), ("verbal_coop", "int64"), ("material_coop", "int64"),
    ("verbal_conflict", "int64"), ("material_conflict", "int64"),
)


def _run_panel(args: argparse.Namespace, q: EventQuery) -> int:
    """``stats --panel --by dyad --freq month``: the zero-filled panel, as CSV/Parquet or a table."""
    if not (args.panel and args.by in PANEL_UNITS):
        raise FilterError("a panel needs both --panel and --by " + "|".join(PANEL_UNITS),
                          "write e.g. `annalyst stats --panel --by dyad --freq month`")
    fmt = None
    if args.out:
        fmt = resolve_format(None, args.out)
        if fmt not in ("csv", "parquet"):
            raise InputError(f"a panel is written as CSV or Parquet, not {fmt}", "end --out in .csv or .parquet")
        if not Path(args.out).parent.exists():
            raise InputError(f"the folder {Path(args.out).parent} does not exist", "create it, or choose another --out")
    with Store(args.db, read_only=True) as store:
        rows = store.panel(q, by=args.by, freq=args.freq)
    columns = [name for name, _ in PANEL_COLUMNS]
    if fmt:
        files = write_table(rows, PANEL_COLUMNS, fmt, args.out, title=f"annalyst {args.by} x {args.freq} panel",
                            primary_key=("period", "source", "target"))
        print(f"wrote a {args.by} x {args.freq} panel of {len(rows)} rows to {', '.join(files)}", file=sys.stderr)
    elif args.json:
        print_jsonl(rows, out=sys.stdout)
    elif args.csv:
        write_table(rows, PANEL_COLUMNS, "csv", sys.stdout, title="panel")
    else:
        print_table(rows, columns, out=sys.stdout)
    return 0


def _print_overview(o: dict[str, Any]) -> None:
    statuses = ", ".join(f"{k} {v}" for k, v in o["documents_by_status"].items()) or "none"
    print(f"store      {o['path']} (schema v{o['schema_version']})")
    print(f"documents  {o['documents']} ({statuses})")
    print(f"mentions   {o['mentions']}")
    print(f"events     {o['events']} ({o['events_merged']} merged from several mentions, "
          f"{o['events_multi_article']} from several articles)")
    print(f"compression {o['compression'] if o['compression'] is not None else '-'} mentions per event")
    print(f"actors     {o['actors']}")
    print(f"dates      {o['first_date'] or '-'} .. {o['last_date'] or '-'}")
    rule = o.get("merge_rule")
    if rule:
        state = "current" if rule["current"] else f"NOT current (stored {rule['stored'] or 'none'})"
        print(f"merge rule {rule['fingerprint']} {state}")
        if rule["warning"]:
            print(f"warning: {rule['warning']}", file=sys.stderr)


def query_from_args(args: argparse.Namespace) -> EventQuery:
    """The filters of ``args`` as a query, with the place filters (``--country-of-location``, ``--near``)."""
    # replace() builds the query again, so the place values are checked like the others
    return dataclasses.replace(_query_without_location(args),
                               location_country=getattr(args, "country_of_location", None),
                               near=getattr(args, "near", None))
