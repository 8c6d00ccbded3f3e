"""Store contents for equality checks (idempotence, order independence, kill/resume)."""

from __future__ import annotations

from pathlib import Path
from typing import Union

from annalyst.store import Store

_TABLES = (("documents", "doc_id"), ("mentions", "mention_id"), ("events", "event_id"),
           ("actor_mentions", "doc_id, char_start, text"))


def store_snapshot(store: Store) -> dict[str, list]:
    """Every table's rows in a fixed order, without the wall-clock column."""
    out = {}
    for table, order in _TABLES:
        cols = [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall() if r[0] != "ingested_at"]
        out[table] = store.con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}").fetchall()
    return out


def snapshot(path: Union[str, Path]) -> dict[str, list]:
    with Store(path, read_only=True) as store:
        return store_snapshot(store)
