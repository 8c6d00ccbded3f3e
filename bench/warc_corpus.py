"""Ingest every WARC/ARC file in ../shared/corpora/warc to completion and report each broken record.

Usage: python bench/warc_corpus.py [--shared ../shared] [--clean-only]

By default the full pipeline runs into a temporary DuckDB (``annalyst.pipeline.run.ingest``);
``--clean-only`` stops after reading, cleaning and de-duplication (no spaCy, no store).  Prints
the run summary, every failed record (file, position, error), records whose reader noted a
problem (truncated record, malformed WARC-Date), and the skip reasons.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

from annalyst.model import Document
from annalyst.pipeline.base import Pipeline, RunSummary
from annalyst.read import iter_documents

REPO = Path(__file__).resolve().parents[1]
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz", ".warc.lz4", ".warc.gz.bad")


def archive_files(root: Path) -> list[str]:
    return sorted(str(p) for p in root.rglob("*") if p.is_file() and p.name.endswith(ARCHIVE_SUFFIXES))


class _Watch:
    """Pass records through, noting the reader's warnings on the way."""

    def __init__(self, docs: Iterable[Document]) -> None:
        self.docs = docs
        self.notes: list[tuple[str, str, str]] = []
        self.html_records = 0

    def __iter__(self):
        for doc in self.docs:
            self.html_records += doc.raw_html is not None
            for key in ("warning", "reader_warnings"):
                if doc.meta.get(key):
                    self.notes.append((doc.source, doc.position or "", doc.meta[key]))
            yield doc


def run_clean_only(files: list[str]) -> tuple[RunSummary, _Watch]:
    from annalyst.clean import CleanStep, DedupStep

    watch = _Watch(iter_documents(files))
    summary = Pipeline([CleanStep(), DedupStep()]).run(watch)
    return summary, watch


def run_ingest(files: list[str]) -> tuple[RunSummary, _Watch]:
    from annalyst.pipeline.run import ingest

    watch = _Watch([])
    with tempfile.TemporaryDirectory() as tmp:
        # ingest reads the inputs itself; wrap the reader through read_options is not possible, so
        # re-read the files once for the warnings (cheap next to coding)
        summary = ingest(files, Path(tmp) / "warc.duckdb")
    for _ in (watch := _Watch(iter_documents(files))):
        pass
    return summary, watch


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--clean-only", action="store_true", help="read, clean and de-duplicate only")
    args = parser.parse_args(argv)
    files = archive_files(args.shared / "corpora" / "warc")
    started = time.perf_counter()
    summary, watch = run_clean_only(files) if args.clean_only else run_ingest(files)
    elapsed = time.perf_counter() - started
    print(f"{len(files)} archive files, {watch.html_records} HTML records read, {elapsed:.1f}s "
          f"({'clean only' if args.clean_only else 'full ingest'})")
    print(summary.describe())
    print(f"failed records ({len(summary.failures)}):")
    for source, position, error in summary.failures:
        print(f"  {Path(source).relative_to(args.shared)}  {position or '-'}: {error[:160]}")
    print(f"records read with a warning ({len(watch.notes)}):")
    grouped = Counter((Path(s).relative_to(args.shared), w[:120]) for s, _, w in watch.notes)
    for (source, warning), count in sorted(grouped.items(), key=lambda kv: str(kv[0])):
        print(f"  {source}  x{count}: {warning}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
