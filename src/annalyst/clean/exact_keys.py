"""Exact-duplicate keys with bounded memory: recent keys in a dict, older ones on disk.

``DedupStep`` must remember one key per distinct text for the whole run (an exact copy may come
back after any number of other articles), which in a dict grows ~0.25 MB per 1,000 distinct
texts without end.  ``ExactKeys`` keeps the ``memory_keys`` most recently added keys in a dict
and moves older ones, a chunk at a time, to a private temporary SQLite database (the standard
library's; an empty file name makes SQLite create an on-disk file that is deleted when the
connection closes).  SQLite's page cache is capped (``CACHE_KIB``), so memory stays bounded
whatever the input; a look-up that misses the dict costs one B-tree search of the 64-bit key
(a few microseconds, against milliseconds to clean the article).  Answers are exact: a key is in
exactly one of the two places.

Trade-off (``docs/performance.md``): a fixed-size structure alone (a Bloom filter) would be
smaller still but can only say "maybe seen", and it cannot return the original's ``doc_id``
that ``duplicate_of`` needs; the store cannot serve as the fallback because the documents of
the batches in flight are not written yet and DuckDB has no index on ``content_hash``.
"""

from __future__ import annotations

import itertools
import sqlite3
from typing import Iterable, Iterator, Optional

# Keys kept in memory (~250 bytes each in a dict: 100,000 ≈ 25 MB); older ones go to disk.
MEMORY_KEYS = 100_000
CACHE_KIB = 4096  # SQLite page cache of the spill database
_SIGN = 2 ** 63  # keys are unsigned 64-bit; SQLite integers are signed


class ExactKeys:
    """A mapping of 64-bit exact-duplicate keys to the original's ``doc_id``, bounded in memory."""

    def __init__(self, items: Iterable[tuple[int, str]] = (), *, memory_keys: int = MEMORY_KEYS) -> None:
        self._db: Optional[sqlite3.Connection] = None
        if memory_keys < 1:
            raise ValueError(f"memory_keys must be at least 1, got {memory_keys}")
        self.memory_keys = memory_keys
        self._recent: dict[int, str] = {}  # insertion order = age, oldest first
        self.spilled = 0  # keys on disk
        for key, doc_id in items:
            self[key] = doc_id

    def get(self, key: int) -> Optional[str]:
        found = self._recent.get(key)
        if found is not None or self._db is None:
            return found
        row = self._db.execute("SELECT doc_id FROM keys WHERE key = ?", (key - _SIGN,)).fetchone()
        return row[0] if row else None

    def __contains__(self, key: int) -> bool:
        return self.get(key) is not None

    def __setitem__(self, key: int, doc_id: str) -> None:
        if self._recent.pop(key, None) is None and self._db is not None:
            # a key lives in one place only: the newest value, in memory
            self.spilled -= self._db.execute("DELETE FROM keys WHERE key = ?", (key - _SIGN,)).rowcount
        self._recent[key] = doc_id
        if len(self._recent) > self.memory_keys:
            self._spill(max(1, self.memory_keys // 4))

    def __len__(self) -> int:
        return len(self._recent) + self.spilled

    def items(self) -> Iterator[tuple[int, str]]:
        """Every key and its doc_id: those on disk (by key), then the recent ones, oldest first."""
        if self._db is not None:
            for key, doc_id in self._db.execute("SELECT key, doc_id FROM keys").fetchall():
                yield key + _SIGN, doc_id
        yield from list(self._recent.items())

    def _connect(self) -> sqlite3.Connection:
        # the caller's thread may differ between batches (executors), never two at a time
        db = sqlite3.connect("", check_same_thread=False, isolation_level=None)
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        db.execute("PRAGMA journal_mode = OFF")  # scratch data: nothing to recover after a crash
        db.execute("PRAGMA synchronous = OFF")
        db.execute("CREATE TABLE keys (key INTEGER PRIMARY KEY, doc_id TEXT NOT NULL)")
        return db

    def _spill(self, count: int) -> None:
        """Move the ``count`` oldest in-memory keys to disk, in one transaction."""
        if self._db is None:
            self._db = self._connect()
        oldest = list(itertools.islice(self._recent.items(), count))
        self._db.execute("BEGIN")
        self._db.executemany("INSERT INTO keys VALUES (?, ?)", [(k - _SIGN, d) for k, d in oldest])
        self._db.execute("COMMIT")
        for key, _ in oldest:
            del self._recent[key]
        self.spilled += len(oldest)

    def _close(self) -> None:
        """Close the spill database; SQLite deletes its file (the keys on it go with it)."""
        if self._db is not None:
            self._db.close()
            self._db = None
            self.spilled = 0

    def __getstate__(self) -> dict:
        # a connection does not pickle: a copy carries every key in memory and spills afresh
        return {"memory_keys": self.memory_keys, "items": list(self.items())}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["items"], memory_keys=state["memory_keys"])

    def __del__(self) -> None:
        self._close()
