"""Read anything a news archive holds: text, HTML, JSON lines, WARC/ARC, gzip, folders, globs, stdin.

``iter_documents(inputs)`` is the one entry point.  It yields one `Document` per record with
``raw`` (plain text) or ``raw_html`` (HTML), ``source``, ``position`` and what the container
says (url, title, published).  Formats are told from content, not from file names.  A record
that cannot be read is yielded FAILED (with file and position); only a missing input path
raises (`annalyst.errors.InputError`), before anything is read.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Iterator, Optional, Sequence

from annalyst.errors import InputError
from annalyst.model import Document
from annalyst.read.records import JsonlFields, parse_date
from annalyst.read.sniff import Format, classify_head, open_input
from annalyst.read.warc import warc_date

__all__ = ["JsonlFields", "Format", "classify_head", "expand_inputs", "iter_documents", "parse_date",
           "read_path", "walk_files", "warc_date"]

_GLOB_CHARS = set("*?[")


def _walk(folder: str) -> Iterator[str]:
    """Files under a folder, sorted, following symlinks but never visiting a folder twice."""
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        try:
            info = os.stat(root)
        except OSError:
            dirs[:] = []
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:  # a symlink loop (or a second link to the same folder)
            dirs[:] = []
            continue
        seen.add(key)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def walk_files(folder: str) -> Iterator[str]:
    """The files of a folder in the order ``iter_documents`` reads them (hidden ones left out)."""
    return _walk(folder)


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """Check every input now (a typo should fail before a long run starts) and list the sources.

    Folders stay folders here and are walked lazily by `iter_documents`.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]  # one path given bare: not a sequence of one-character paths
    inputs = [os.fspath(item) for item in inputs]
    if not inputs:
        raise InputError("no input given.", "Pass a file, folder or glob, or - to read standard input.")
    sources: list[str] = []
    for item in inputs:
        if item == "-":
            sources.append(item)
        elif os.path.exists(item):
            sources.append(item)
        elif _GLOB_CHARS & set(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError(f"no file matches {item!r}.", "Check the pattern (quote it so the shell does not expand it).")
            sources.extend(matches)
        else:
            raise InputError(f"input {item!r} does not exist.", "Check the path, or pass - to read standard input.")
    return sources


def read_path(path: str, *, jsonl_fields: Optional[JsonlFields] = None) -> Iterator[Document]:
    """The records of one file (or ``-``), whatever its format."""
    from annalyst.read.records import failed_record, records_of

    fields = jsonl_fields or JsonlFields()
    try:
        sniffed = open_input(path)
    except OSError as exc:
        yield failed_record(path, None, f"open: {type(exc).__name__}: {exc}")
        return
    try:
        yield from records_of(sniffed, path, fields)
    finally:
        if path != "-":
            sniffed.stream.close()


def iter_documents(inputs: Sequence[str], *, jsonl_fields: Optional[JsonlFields] = None) -> Iterator[Document]:
    """Every record of every input, in order.  Raises `InputError` at once for a missing path."""
    sources = expand_inputs(inputs)
    return _iter_sources(sources, jsonl_fields)


def _iter_sources(sources: list[str], jsonl_fields: Optional[JsonlFields]) -> Iterator[Document]:
    for source in sources:
        if source != "-" and Path(source).is_dir():
            for path in _walk(source):
                yield from read_path(path, jsonl_fields=jsonl_fields)
        else:
            yield from read_path(source, jsonl_fields=jsonl_fields)
