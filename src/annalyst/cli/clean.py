"""``annalyst clean``: print what the cleaner keeps of each record (metadata, text, removed lines)."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from annalyst.cli._format import print_jsonl
from annalyst.clean import CleanStep, DedupStep
from annalyst.model import Document, Status
from annalyst.pipeline.base import batched
from annalyst.pipeline.default import PipelineOptions
from annalyst.read import JsonlFields, iter_documents

_METADATA = ("source", "position", "url", "title", "author", "outlet", "published", "language", "status", "reason",
             "duplicate_of")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "clean", help="print the cleaned article of each record: metadata, text, removed lines",
        description="Read records (text, HTML, JSON lines, WARC/ARC, gzip, folders, globs, - for stdin) and "
                    "print what the cleaner keeps: metadata, the article text, and each removed line with its reason.")
    p.add_argument("inputs", nargs="+", metavar="PATH", help="files, folders, globs, or - for stdin")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for people; json: one JSON object per record (JSON lines)")
    p.add_argument("--dedup", action="store_true", help="also mark duplicates of earlier records")
    p.add_argument("--no-text", action="store_true", help="print metadata and removed lines only")
    add_jsonl_options(p)
    p.set_defaults(func=run_clean)


JSONL_KEYS = ("id", "text", "html", "url", "published", "title", "outlet")


def add_jsonl_options(p: argparse.ArgumentParser) -> None:
    """``--jsonl-KEY NAME``: which key of a JSON record holds what (shared by ``clean`` and ``ingest``)."""
    g = p.add_argument_group("JSON lines keys", "for dumps whose keys the defaults do not cover "
                                                "(see docs/reading-and-cleaning.md)")
    for name in JSONL_KEYS:
        flags = [f"--jsonl-{name}"] + (["--jsonl-date"] if name == "published" else [])
        g.add_argument(*flags, dest=f"jsonl_{name}", metavar="KEY",
                       help=f"the key holding the record's {'publication date' if name == 'published' else name}")


def jsonl_fields_of(args: argparse.Namespace) -> JsonlFields:
    return JsonlFields.of(**{name: getattr(args, f"jsonl_{name}", None) for name in JSONL_KEYS})


def clean_paths(args: argparse.Namespace):
    fields = jsonl_fields_of(args)
    steps = [CleanStep()] + ([DedupStep()] if args.dedup else [])
    # in a run's batches: the cleaner reads a batch twice (a site's first pages see its later pages' furniture)
    for batch in batched(iter_documents(args.inputs, jsonl_fields=fields), PipelineOptions.batch_size):
        for step in steps:
            batch = step.process_batch(batch)
        for doc in batch:
            if doc.status is Status.PENDING:
                doc.status = Status.PROCESSED  # cleaning is all this command does
            yield doc


def run_clean(args: argparse.Namespace) -> int:
    failed = 0
    for doc in clean_paths(args):
        failed += doc.status.value == "failed"
        if args.format == "json":
            record = doc.to_json(with_text=not args.no_text)
            record["content_hash"] = doc.content_hash
            record["meta"] = doc.meta
            if args.no_text:
                record["removed"] = [r.to_json() for r in doc.removed]
            print_jsonl([record])
        else:
            print_document(doc, sys.stdout, with_text=not args.no_text)
    return 1 if failed else 0


def print_document(doc: Document, out: TextIO, *, with_text: bool = True) -> None:
    data = doc.to_json(with_text=False)
    print("=" * 72, file=out)
    for key in _METADATA:
        if data.get(key) not in (None, ""):
            print(f"{key + ':':<14}{data[key]}", file=out)
    # what a corpus file said about the story; a metadata date that could not be read or used
    for key in ("record_id", "dateline", "published_invalid", "published_rejected"):
        if doc.meta.get(key):
            print(f"{key + ':':<14}{doc.meta[key]}", file=out)
    if doc.meta.get("author_bio"):
        print(f"{'author_bio:':<14}{doc.meta['author_bio']}", file=out)
    if with_text and doc.text:
        print("-" * 72, file=out)
        print(doc.text, file=out)
    if doc.removed:
        print("-" * 72, file=out)
        print(f"removed ({len(doc.removed)}):", file=out)
        for line in doc.removed:
            where = f"line {line.line_no + 1}" if line.line_no is not None else "-"
            print(f"  [{line.reason}] {where}: {line.text}", file=out)
