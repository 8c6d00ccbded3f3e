"""Opening a store file: refuse what is not a DuckDB store, take turns with other processes.

DuckDB lets one process write a file, or several read it, never both at once, and fails at once
(no waiting) when another process holds the file.  annalyst's processes therefore take turns:

* the ingest runner opens its connection for each call (one batch) and closes it after
  (``Store(path, hold=False)``), so between batches the file is free;
* readers (``annalyst events``/``stats``/``export``, each request of ``annalyst serve``) retry a
  refused open until ``lock_timeout`` seconds have passed;
* a writer that is waiting leaves a marker file (``<store>.write-wanted``) beside the store; the
  server, which keeps its connection between requests while no one waits, sees it and closes its
  connection after the current request.

A lock that stays held past the timeout is reported with the process that holds it (its pid and
command line, read from ``/proc``), never as a bare DuckDB error.  Before DuckDB sees a file its
header is read: a file that is not a DuckDB database (a SQLite file, a CSV...) is refused here,
and DuckDB's automatic extension loading and installing stay off, so opening a store never
reaches for the network.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Optional

import duckdb

from annalyst.errors import StoreError

LOCK_TIMEOUT = 30.0
"""Seconds a process waits for another one's turn on the store before giving up with an error."""

WAITING_MARKER_SECONDS = 10.0
"""A writer's marker older than this is a leftover (the writer died): readers ignore it."""

# DuckDB must never download or load an extension on its own: annalyst runs offline.
DUCKDB_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}

# The file formats a user may give as --db by mistake, named by their first bytes.
_KNOWN_HEADERS = (
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip file"),
    (b"%PDF", "a PDF document"),
)
_DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file (after an 8-byte checksum)
_PID = re.compile(r"\(PID (\d+)\)")


def describe_file(path: str) -> Optional[str]:
    """What the file is, when it is not a DuckDB database (None for a DuckDB file)."""
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head[8:12] == _DUCKDB_MAGIC:
        return None
    for magic, name in _KNOWN_HEADERS:
        if head.startswith(magic):
            return name
    if len(head) < 12:
        return f"a {len(head)}-byte file"
    return "not a DuckDB database"


def check_header(path: str) -> None:
    """Refuse a file that is not a DuckDB database before DuckDB opens it."""
    what = describe_file(path)
    if what is not None:
        raise StoreError(f"{path} is not an annalyst store: it is {what}" if what.startswith("a ")
                         else f"{path} is not an annalyst store ({what}: its header lacks DuckDB's signature)",
                         "give --db the DuckDB file that `annalyst ingest` wrote (or a new path to create one); "
                         "annalyst never opens or changes other files")


def waiting_marker(path: str) -> Path:
    return Path(f"{path}.write-wanted")


def writer_waiting(path: str) -> bool:
    """A writer is waiting for this store (its marker is fresh)."""
    try:
        age = time.time() - waiting_marker(path).stat().st_mtime
    except OSError:
        return False
    return age < WAITING_MARKER_SECONDS


def _command_of(pid: int) -> Optional[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    parts = [p.decode("utf-8", "replace") for p in raw.split(b"\x00") if p]
    # `python .../bin/annalyst serve ...`: show the annalyst part, it is what the user typed
    for i, part in enumerate(parts):
        if os.path.basename(part) == "annalyst" or part.endswith("annalyst/__main__.py"):
            return " ".join(["annalyst", *parts[i + 1:]])
    return " ".join(parts) or None


def lock_holder(message: str) -> Optional[str]:
    """``process 1234 (annalyst serve --db x.duckdb)`` from DuckDB's lock error, when it names one."""
    match = _PID.search(message)
    if not match:
        return None
    pid = int(match.group(1))
    command = _command_of(pid)
    return f"process {pid} ({command})" if command else f"process {pid}"


def is_lock_error(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def lock_error(path: str, exc: BaseException, waited: float) -> StoreError:
    holder = lock_holder(str(exc)) or "another process"
    pid = _PID.search(str(exc))
    stop = f" (`kill {pid.group(1)}`)" if pid else ""
    return StoreError(
        f"the store {path} is held by {holder}; waited {waited:.0f} s for its turn",
        f"annalyst's ingest, serve, events, stats and export share a store by taking turns, so a process that "
        f"keeps it longer is another program or an older annalyst: stop {holder}{stop}, or copy the store and "
        f"give the copy to --db")


def connect(path: str, *, read_only: bool, timeout: float = LOCK_TIMEOUT) -> duckdb.DuckDBPyConnection:
    """Open ``path`` with DuckDB, retrying while another process holds it (up to ``timeout`` s).

    A writer that has to wait leaves the waiting marker, so a server lets go between requests.
    """
    start = time.monotonic()
    delay = 0.02
    marker = waiting_marker(path) if not read_only else None
    try:
        while True:
            try:
                return duckdb.connect(path, read_only=read_only, config=DUCKDB_CONFIG)
            except duckdb.Error as exc:
                waited = time.monotonic() - start
                if not is_lock_error(exc):
                    raise StoreError(f"cannot open the store {path}: {exc}",
                                     "check the path and that the file is an annalyst store") from exc
                if waited >= timeout:
                    raise lock_error(path, exc, waited) from exc
                if marker is not None:
                    marker.touch()
                time.sleep(min(delay, max(0.0, timeout - waited)))
                delay = min(delay * 2, 0.25)
    finally:
        if marker is not None:
            marker.unlink(missing_ok=True)
