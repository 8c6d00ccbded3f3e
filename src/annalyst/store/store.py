"""The event store: one DuckDB file with documents, mentions, de-duplicated events and actors.

``Store`` is the only code in annalyst that writes SQL against the store; the CLI, the runner,
the HTTP API and the reports all go through its methods (docs/store.md lists them).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import os
import time
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, TypeVar, Union

import duckdb

from annalyst.errors import QueryError, StoreError
from annalyst.model import Document, Status
from annalyst.store import access, schema
from annalyst.store.blocks import MergeCache, group_rows, held_rows, plan_block, stored_needed
from annalyst.store.merge import MergeRule, block_of_row, facts_of_rows, merge_block, rule_fingerprint, summarize
from annalyst.store.query import PERIODS, EventQuery, page, where
from annalyst.store.rows import (actor_row, document_row, entity_row, event_json, mention_json, mention_row,
                                  stored_entity_json)

PathLike = Union[str, Path]
T = TypeVar("T")

PANEL_UNITS = ("dyad",)
PANEL_FREQS = ("day", "week", "month")

_MENTION_SORTS = {
    "date": "date ASC NULLS LAST, mention_id",
    "-date": "date DESC NULLS LAST, mention_id",
    "goldstein": "goldstein ASC NULLS LAST, mention_id",
    "-goldstein": "goldstein DESC NULLS LAST, mention_id",
    "confidence": "confidence DESC, mention_id",
}


RULE_KEY = "merge_rule"  # meta row: the fingerprint of the rule the stored events were merged by
RULE_CHANGE_KEY = "merge_rule_remerged"  # meta row: JSON record of the last automatic re-merge


@dataclass(frozen=True)
class RuleChange:
    """A store found merged by another rule (or before fingerprints existed) and re-merged by a write."""

    stored: Optional[str]  # the fingerprint it had (None: written before fingerprints)
    current: str  # the fingerprint of this store's rule
    mentions: int
    events_before: int
    events_after: int
    seconds: float
    at: str  # UTC time, ISO

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        was = f"merge rule {self.stored}" if self.stored else "a merge rule from before annalyst recorded one"
        return (f"re-merged {self.mentions} mentions with this version's merge rule {self.current} "
                f"(the store was merged by {was}): {self.events_before} -> {self.events_after} events "
                f"in {self.seconds:.1f} s")


def _create_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("BEGIN TRANSACTION")
    for stmt in schema.DDL:
        con.execute(stmt)
    con.execute("INSERT INTO meta VALUES ('schema_version', ?), ('created_at', ?)",
                [str(schema.SCHEMA_VERSION), dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")])
    con.execute("COMMIT")


def _holds_data(path: str) -> bool:
    """A file that exists and is not empty (a zero-byte file is what a kill during creation left)."""
    try:
        return os.path.getsize(path) > 0
    except OSError:
        return False


def _create_file(path: str) -> None:
    """Build a new store beside ``path`` and rename it into place.

    DuckDB writes a new file in several steps; a process killed between them leaves a file
    DuckDB refuses to open.  Built aside and renamed, a store is either absent or whole.
    """
    building = f"{path}.creating"
    for leftover in (building, f"{building}.wal"):
        Path(leftover).unlink(missing_ok=True)
    try:
        con = duckdb.connect(building, config=access.DUCKDB_CONFIG)
    except duckdb.Error as exc:
        raise StoreError(f"cannot create the store {path}: {exc}",
                         "check that the folder exists and is writable, or choose another --db") from exc
    try:
        _create_schema(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(building, path)


def _as_date(value: Optional[dt.date]) -> Optional[dt.date]:
    """A value as a DATE column gives it back (a datetime loses its time of day)."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _rows_select(columns: Sequence[tuple[str, str]], rows: list[dict[str, Any]]) -> tuple[str, list[list[Any]]]:
    """A SELECT giving ``rows`` as a relation, and its parameters: one typed list per column, bound
    by DuckDB and unnested side by side (the lists are equally long, so the i-th values form row i).

    Rows go in as bound lists rather than an Arrow table because building one from Python
    objects (``pa.array``, ``Table.from_pylist``) imports pandas: about 43 MB and 0.3 CPU s
    once per process, the ingest's only use of it (docs/performance.md).  A key missing from a
    row is NULL, as it was for the Arrow table."""
    select = ", ".join(f"unnest(${i}::{sql_type}[]) AS {name}" for i, (name, sql_type) in enumerate(columns, 1))
    return f"SELECT {select}", [[row.get(name) for row in rows] for name, _ in columns]


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _one_turn(method: Callable[..., T]) -> Callable[..., T]:
    """A public call is one turn on the store: a ``hold=False`` store lets go of it afterwards."""

    @functools.wraps(method)
    def call(self: "Store", *args: Any, **kwargs: Any) -> T:
        self._depth += 1
        try:
            return method(self, *args, **kwargs)
        finally:
            self._depth -= 1
            self._release_unheld()

    return call


class Store:
    """An annalyst event store (DuckDB).  Use as a context manager, or call ``close()``.

    ``Store(path)`` creates the file if needed; ``Store(path, read_only=True)`` requires an
    existing store and allows other readers at the same time.  ``":memory:"`` is a throwaway store.
    """

    def __init__(self, path: PathLike = "annalyst.duckdb", read_only: bool = False, *,
                 merge_rule: Optional[MergeRule] = None, hold: bool = True,
                 lock_timeout: float = access.LOCK_TIMEOUT, merge_cache_mentions: int = 100_000) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._merge_cache_mentions = merge_cache_mentions
        self.merge_rule = merge_rule or MergeRule()  # the setter builds the merge cache
        self.hold = hold or self.path == ":memory:"
        self.created = False  # this object built the file (an empty store until something is written)
        # automatic re-merges this object made (a store merged by another rule); the CLI reports them
        self.rule_changes: list[RuleChange] = []
        self._rule_checked_at: Optional[int] = None  # merge generation at which the stored rule was ours
        self.lock_timeout = lock_timeout
        self._con: Optional[duckdb.DuckDBPyConnection] = None
        self._depth = 0
        on_disk = self.path != ":memory:"
        if read_only and on_disk and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}",
                             f"create one with `annalyst ingest PATH... --db {self.path}` (or `annalyst demo --db {self.path}`)")
        if read_only and on_disk and not _holds_data(self.path):
            raise StoreError(f"the store {self.path} is an empty file (a run was killed while creating it)",
                             f"run `annalyst ingest PATH... --db {self.path}` again: it rebuilds the store")
        if on_disk and _holds_data(self.path):
            access.check_header(self.path)  # before DuckDB sees it: a SQLite file must not reach DuckDB
        if not read_only and on_disk and not _holds_data(self.path):
            # built whole at this schema version a moment ago: checking it would only open the
            # file once more (a DuckDB open and close cost more CPU than a batch's look-ups)
            _create_file(self.path)
            self.created = True
            return
        try:
            self._check_schema()
        except Exception:
            self.close()
            raise
        self._release_unheld()

    @property
    def merge_rule(self) -> MergeRule:
        """The rule this object merges by; setting another one drops the merge cache built by the old."""
        return self._merge_rule

    @merge_rule.setter
    def merge_rule(self, rule: MergeRule) -> None:
        # the cache holds blocks linked by the old rule's window and gates: kept, the next write
        # would plan against links the new rule would not make
        self._merge_rule = rule
        self._merge_cache = MergeCache(rule, self._merge_cache_mentions)

    @property
    def rule_fingerprint(self) -> str:
        """The fingerprint of this store's merge rule (``merge.rule_fingerprint``)."""
        return rule_fingerprint(self.merge_rule)

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, opened on first use (again after a ``hold=False`` store let go)."""
        if self._con is None:
            self._con = access.connect(self.path, read_only=self.read_only, timeout=self.lock_timeout)
        return self._con

    def _release_unheld(self) -> None:
        """A ``hold=False`` store closes its connection (and DuckDB's file lock) between calls."""
        if not self.hold and self._depth == 0 and self._con is not None:
            self._con.close()
            self._con = None

    @contextlib.contextmanager
    def turn(self) -> Iterator["Store"]:
        """Several calls as one turn on the store: a ``hold=False`` store keeps one connection (and
        DuckDB's file lock) until the block ends, then lets go, so work done between turns (coding
        the next batch) never holds the file."""
        self._depth += 1
        try:
            yield self
        finally:
            self._depth -= 1
            self._release_unheld()

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _tables(self) -> set[str]:
        rows = self.con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()
        return {r[0] for r in rows}

    @_one_turn
    def schema_version(self) -> Optional[int]:
        if "meta" not in self._tables():
            return None
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else None

    def _check_schema(self) -> None:
        tables = self._tables()
        if "meta" not in tables:
            if tables:
                raise StoreError(
                    f"{self.path} is a DuckDB file but not an annalyst store (no meta table; tables: {', '.join(sorted(tables))})",
                    "choose another file with --db, or move this one aside and re-run `annalyst ingest`")
            if self.read_only:
                raise StoreError(f"{self.path} is empty, not an annalyst store",
                                 f"create it with `annalyst ingest PATH... --db {self.path}`")
            self._create()
            return
        version = self.schema_version()
        if version is None:
            raise StoreError(f"{self.path} has no schema_version in its meta table",
                             "the file is damaged: move it aside and re-run `annalyst ingest` into a new store")
        if version > schema.SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer annalyst (store schema v{version}; this annalyst reads v{schema.SCHEMA_VERSION})",
                "upgrade annalyst (pip install -U annalyst), or choose another --db")
        if version < schema.SCHEMA_VERSION:
            if self.read_only:
                raise StoreError(
                    f"{self.path} uses store schema v{version} and needs migrating to v{schema.SCHEMA_VERSION}",
                    f"open it once for writing, e.g. `annalyst stats --db {self.path} --migrate`, then retry")
            migrate(self.con, version, schema.SCHEMA_VERSION, schema.MIGRATIONS, path=self.path)

    def _create(self) -> None:
        _create_schema(self.con)

    # -- writing ---------------------------------------------------------------------------

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} was opened read-only", "open it with Store(path) to write")

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = [(c.name, c.sql_type) for c in schema.TABLES[table]]
        select, params = _rows_select(columns, rows)
        self.con.execute(f"INSERT INTO {table} BY NAME {select}", params)

    @_one_turn
    def write_documents(self, docs: Iterable[Document]) -> int:
        """Store finished records (any status) in one transaction; returns the documents written.

        A document already in the store is replaced (same ``doc_id``), so writing the same batch
        twice changes nothing.  The batch's mentions are merged into the events of the blocks they
        fall in, re-sweeping only the linked components they touch (``annalyst.store.blocks``;
        docs/store.md, "Incremental merging"): the events a full re-merge would give.
        """
        self._require_writable()
        latest: dict[str, Document] = {}
        for doc in docs:
            latest[doc.doc_id] = doc  # the same record twice in a batch: keep the last
        if not latest:
            return 0
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        doc_rows, actor_rows, mention_rows, entity_rows = [], [], [], []
        seen_mentions: set[str] = set()
        for doc in latest.values():
            doc_rows.append(document_row(doc, now))
            if doc.status in (Status.SKIPPED, Status.FAILED):
                continue
            actor_rows.extend(actor_row(doc.doc_id, ref) for ref in doc.actors)
            entity_rows.extend(entity_row(doc.doc_id, entity) for entity in doc.entities)
            for ev in doc.events:
                row = mention_row(ev, doc.published)
                if row["mention_id"] not in seen_mentions:
                    seen_mentions.add(row["mention_id"])
                    mention_rows.append(row)
        ids = list(latest)
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._sync_merge_cache()
            self._ensure_rule()  # before anything is read by block: a re-merge changes the block keys
            old = self._stored_mentions(ids)
            rewritten = old is not None
            old = old or {}
            foreign = {r["block"] for r in mention_rows if r["doc_id"] not in latest}
            blocks = (set(old) | {r["block"] for r in mention_rows}) - foreign
            self._load_blocks(blocks)  # before the delete: the indexes see what is stored now
            if rewritten:
                for table in ("documents", "mentions", "actor_mentions", "entities"):
                    self.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
            events, dropped, moved = self._merge_incremental(mention_rows, latest, old, blocks)
            self._insert("documents", doc_rows)
            self._insert("actor_mentions", actor_rows)
            self._insert("entities", entity_rows)
            self._insert("mentions", mention_rows)
            self._write_events(events, dropped, moved)
            # a mention whose article is not in the batch takes its article's facts from the store
            self._remerge(foreign)
            self._bump_generation()
            self._rule_checked_at = self._merge_cache.generation
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            self._merge_cache.clear()
            raise StoreError(f"writing {len(ids)} documents to {self.path} failed: {exc}",
                             "nothing of this batch was written; check disk space and permissions, then re-run") from exc
        except BaseException:
            self.con.execute("ROLLBACK")
            self._merge_cache.clear()
            raise
        self._merge_cache.trim()
        return len(ids)

    # -- incremental merging (annalyst.store.blocks; docs/store.md, "Incremental merging") ----

    def _sync_merge_cache(self) -> None:
        """Drop the block indexes when another writer changed the store since this one last wrote."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'merge_generation'").fetchone()
        generation = int(row[0]) if row else 0
        if self._merge_cache.generation != generation:
            self._merge_cache.clear()
            self._merge_cache.generation = generation

    def _bump_generation(self) -> None:
        """Count this write in the meta table, so other writers' block indexes know they are stale."""
        generation = (self._merge_cache.generation or 0) + 1
        self.con.execute("DELETE FROM meta WHERE key = 'merge_generation'")
        self.con.execute("INSERT INTO meta VALUES ('merge_generation', ?)", [str(generation)])
        self._merge_cache.generation = generation

    def _stored_mentions(self, ids: list[str]) -> Optional[dict[str, list[str]]]:
        """The stored mentions of these documents by block (inside the caller's transaction); None
        when none of them is stored.  Every stored document has a ``documents`` row, so one look
        there spares a fresh batch (the usual case) the mention query."""
        if not self.con.execute("SELECT 1 FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) LIMIT 1", [ids]).fetchone():
            return None
        out: dict[str, list[str]] = defaultdict(list)
        for block, mention_id in self.con.execute(
                "SELECT block, mention_id FROM mentions WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall():
            out[block].append(mention_id)
        return dict(out)

    def _merge_rows(self, clause: str, params: list[Any]) -> list[dict[str, Any]]:
        return _dicts(self.con.execute(
            "SELECT m.*, d.published, d.outlet, d.title FROM mentions m JOIN documents d USING (doc_id) " + clause,
            params))

    def _load_blocks(self, blocks: set[str]) -> None:
        """Index the blocks not held yet from their stored mentions (one query for all of them)."""
        missing = self._merge_cache.missing(blocks)
        if not missing:
            return
        by_block: dict[str, list[dict[str, Any]]] = {b: [] for b in missing}
        for row in self._merge_rows("WHERE m.block IN (SELECT unnest(?::VARCHAR[]))", [missing]):
            by_block[row["block"]].append(row)
        for block, rows in by_block.items():
            self._merge_cache.load(block, facts_of_rows(rows, self.merge_rule),
                                   {r["mention_id"]: r["event_id"] for r in rows}, rows)

    def _merge_incremental(self, mention_rows: list[dict[str, Any]], docs: dict[str, Document],
                           old: dict[str, list[str]], blocks: set[str]
                           ) -> tuple[list[dict[str, Any]], set[str], dict[str, str]]:
        """Merge the batch's mentions into the indexed blocks: the event rows to write, the stored
        events they replace and the stored mentions whose event changes; the batch's mention rows
        get their event id.  The rows get the document's ``published``, ``outlet`` and ``title``
        exactly as the store's join gives them, so a merge from memory and one from the store
        look at the same values."""
        by_block: dict[str, list[dict[str, Any]]] = defaultdict(list)
        merge_rows: dict[str, dict[str, Any]] = {}
        for row in mention_rows:
            if row["block"] not in blocks:
                continue
            doc = docs[row["doc_id"]]
            merge_row = {**row, "date": _as_date(row["date"]), "published": _as_date(doc.published),
                         "outlet": doc.outlet, "title": doc.title}
            merge_rows[row["mention_id"]] = merge_row
            by_block[row["block"]].append(merge_row)
        changes = []
        for block in sorted(blocks):
            new = facts_of_rows(by_block.get(block, []), self.merge_rule)
            changes.append(plan_block(self._merge_cache.get(block), new, old.get(block, ()), self.merge_rule, block))
        for block in blocks:  # the batch's rows join their block's held rows, for later writes
            self._merge_cache.get(block).keep_rows(by_block.get(block, ()))
        stored = stored_needed(changes, set(merge_rows))
        rows_by_id = dict(merge_rows)
        rows_by_id.update(held_rows(self._merge_cache, changes, stored))
        unheld = [m for m in stored if m not in rows_by_id]
        if unheld:  # every indexed mention's row is held; read back only what is not (none, normally)
            rows_by_id.update((r["mention_id"], r) for r in self._merge_rows("WHERE m.mention_id IN (SELECT unnest(?::VARCHAR[]))", [unheld]))
        events = [summarize(rows) for change in changes for rows, _ in group_rows(change, rows_by_id)]
        event_of = {m.mention_id: g[0].mention_id for c in changes for g in c.groups for m in g}
        for row in mention_rows:
            if row["mention_id"] in merge_rows:
                row["event_id"] = event_of[row["mention_id"]]
        dropped = {e for c in changes for e in c.dropped_events}
        moved = {m: e for c in changes for m, e in c.moved.items()}
        return events, dropped, moved

    def _write_events(self, events: list[dict[str, Any]], dropped: set[str], moved: dict[str, str]) -> None:
        if dropped:
            self.con.execute("DELETE FROM events WHERE event_id IN (SELECT unnest(?::VARCHAR[]))", [sorted(dropped)])
        self._insert("events", events)
        self._assign_events([{"mention_id": m, "event_id": e} for m, e in moved.items()])

    def _assign_events(self, assignment: list[dict[str, Any]]) -> None:
        if not assignment:
            return
        select, params = _rows_select([("mention_id", "VARCHAR"), ("event_id", "VARCHAR")], assignment)
        self.con.execute(f"UPDATE mentions SET event_id = a.event_id FROM ({select}) a "
                         "WHERE mentions.mention_id = a.mention_id", params)

    def _remerge(self, blocks: set[str], merged: Optional[list[dict[str, Any]]] = None) -> None:
        """Recompute the events of the given blocks from all their mentions (order-independent);
        ``merged`` are event rows of other blocks, already merged, to insert with them."""
        if not blocks:
            self._insert("events", merged or [])
            return
        self._merge_cache.clear()  # the indexes of these blocks no longer hold their events
        block_list = sorted(blocks)
        rows = _dicts(self.con.execute(
            "SELECT m.*, d.published, d.outlet, d.title FROM mentions m JOIN documents d USING (doc_id) "
            "WHERE m.block IN (SELECT unnest(?::VARCHAR[]))", [block_list]))
        by_block: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            by_block[row["block"]].append(row)
        event_rows: list[dict[str, Any]] = list(merged or [])
        assignment: list[dict[str, Any]] = []
        for block in sorted(by_block):
            for event, mention_ids in merge_block(by_block[block], self.merge_rule):
                event_rows.append(event)
                assignment.extend({"mention_id": m, "event_id": event["event_id"]} for m in mention_ids)
        self.con.execute("DELETE FROM events WHERE block IN (SELECT unnest(?::VARCHAR[]))", [block_list])
        self._insert("events", event_rows)
        self._assign_events(assignment)

    @_one_turn
    def remerge_all(self) -> int:
        """Recompute every block key and event from the mentions (after changing the rule); returns events."""
        self._require_writable()
        with self._merge_transaction():
            self._remerge_everything()
            self._set_meta(RULE_KEY, self.rule_fingerprint)
            self._bump_generation()
        return self.con.execute("SELECT count(*) FROM events").fetchone()[0]

    @contextlib.contextmanager
    def _merge_transaction(self):
        """One transaction over a re-merge: committed with the rule marked checked at its generation,
        or rolled back with the merge cache dropped (it may hold what the transaction undid)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self._rule_checked_at = self._merge_cache.generation
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            self._merge_cache.clear()
            raise

    def _remerge_everything(self) -> int:
        """Every mention's block key recomputed and every block re-merged (inside the caller's
        transaction); returns the mentions."""
        rows = _dicts(self.con.execute(
            "SELECT m.mention_id, m.doc_id, m.plover_event, m.cameo, m.cameo_root, m.negated, m.hypothetical, m.disputed, m.flags, m.date, "
            "m.date_precision, d.published FROM mentions m JOIN documents d USING (doc_id)"))
        keys = [{"mention_id": r["mention_id"], "block": block_of_row(r)} for r in rows]
        if keys:
            select, params = _rows_select([("mention_id", "VARCHAR"), ("block", "VARCHAR")], keys)
            self.con.execute(f"UPDATE mentions SET block = b.block FROM ({select}) b "
                             "WHERE mentions.mention_id = b.mention_id", params)
        self.con.execute("DELETE FROM events")
        self._remerge({k["block"] for k in keys})
        return len(keys)

    # -- which rule merged the stored events (docs/store.md, "Merge rule fingerprint") -------

    def _set_meta(self, key: str, value: str) -> None:
        self.con.execute("DELETE FROM meta WHERE key = ?", [key])
        self.con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])

    def _meta(self, key: str) -> Optional[str]:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _ensure_rule(self) -> None:
        """Inside a write's transaction: a store whose events another rule merged (another
        fingerprint, or none: written before fingerprints) is re-merged whole with this rule
        first, once, and the re-merge recorded (``rule_changes``, meta ``merge_rule_remerged``);
        new mentions must never be merged under block keys the stored ones lack."""
        if self._rule_checked_at is not None and self._rule_checked_at == self._merge_cache.generation:
            return  # this object wrote last: the stored rule is its own
        stored = self._meta(RULE_KEY)
        if stored == self.rule_fingerprint:
            return
        if self.con.execute("SELECT 1 FROM mentions LIMIT 1").fetchone():
            started = time.perf_counter()
            events_before = self.con.execute("SELECT count(*) FROM events").fetchone()[0]
            mentions = self._remerge_everything()
            change = RuleChange(
                stored=stored, current=self.rule_fingerprint, mentions=mentions, events_before=events_before,
                events_after=self.con.execute("SELECT count(*) FROM events").fetchone()[0],
                seconds=round(time.perf_counter() - started, 3),
                at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
            self._set_meta(RULE_CHANGE_KEY, json.dumps(change.to_json()))
            self.rule_changes.append(change)
        self._set_meta(RULE_KEY, self.rule_fingerprint)

    @_one_turn
    def ensure_merge_rule(self) -> Optional[RuleChange]:
        """Bring a store merged by another rule (or before fingerprints) to this store's rule now, in
        one transaction, rather than at the next write; returns the re-merge made, or None when
        the stored events are this rule's already (``annalyst ingest`` calls it and reports it)."""
        self._require_writable()
        made = len(self.rule_changes)
        with self._merge_transaction():
            self._sync_merge_cache()
            self._ensure_rule()
            if len(self.rule_changes) > made:
                self._bump_generation()
        return self.rule_changes[-1] if len(self.rule_changes) > made else None

    @_one_turn
    def merge_rule_status(self) -> dict[str, Any]:
        """Which rule merged the stored events: ``current`` is False when it is not this store's
        rule (the events mix or predate it), with a ``warning`` saying what to do."""
        stored = self._meta(RULE_KEY) if "meta" in self._tables() else None
        empty = not self.con.execute("SELECT 1 FROM mentions LIMIT 1").fetchone()
        current = stored == self.rule_fingerprint or (stored is None and empty)
        last = self._meta(RULE_CHANGE_KEY)
        warning = None
        if not current:
            was = f"merge rule {stored}" if stored else "a merge rule from before annalyst recorded one"
            warning = (f"the events of {self.path} were merged by {was}, not this version's {self.rule_fingerprint}; "
                       f"the next `annalyst ingest` re-merges them, or run `annalyst stats --db {self.path} --remerge` now")
        return {"fingerprint": self.rule_fingerprint, "stored": stored, "current": current, "warning": warning,
                "last_remerge": json.loads(last) if last else None}

    # -- what is already there -------------------------------------------------------------

    @_one_turn
    def known_hashes(self) -> dict[str, str]:
        """content_hash → doc_id of stored, processed documents (seeds ``DedupStep``)."""
        rows = self.con.execute(
            "SELECT content_hash, min(doc_id) FROM documents WHERE content_hash IS NOT NULL AND status = ? "
            "GROUP BY content_hash", [Status.PROCESSED.value]).fetchall()
        return {h: d for h, d in rows}

    def iter_known_hashes(self, chunk: int = 10_000) -> Iterator[tuple[str, str]]:
        """``known_hashes`` as a stream of (content_hash, doc_id), ``chunk`` rows at a time, so
        seeding a de-duplicator from a large store never holds all of them in a Python dict."""
        self._depth += 1
        cursor = self.con.cursor()
        try:
            cursor.execute(
                "SELECT content_hash, min(doc_id) FROM documents WHERE content_hash IS NOT NULL AND status = ? "
                "GROUP BY content_hash", [Status.PROCESSED.value])
            while rows := cursor.fetchmany(chunk):
                yield from rows
        finally:
            cursor.close()
            self._depth -= 1
            self._release_unheld()

    @_one_turn
    def stored_doc_ids(self, doc_ids: Sequence[str]) -> set[str]:
        """Which of these documents are stored and finished (a failed one is tried again)."""
        if not doc_ids:
            return set()
        rows = self.con.execute("SELECT doc_id FROM documents WHERE list_contains(?, doc_id) AND status <> ?",
                                [list(doc_ids), Status.FAILED.value]).fetchall()
        return {r[0] for r in rows}

    # -- queries ---------------------------------------------------------------------------

    @_one_turn
    def query_events(self, q: Optional[EventQuery] = None) -> list[dict[str, Any]]:
        """De-duplicated events in the event JSON contract, plus num_mentions/articles/sources, first/last_seen."""
        return [event_json(r) for r in self.event_rows(q)]

    @_one_turn
    def event_rows(self, q: Optional[EventQuery] = None, *, with_document: bool = False) -> list[dict[str, Any]]:
        """The same events as flat store rows (column names of docs/store.md), for exports.

        ``with_document`` adds the representative document's ``doc_url``, ``doc_source``,
        ``doc_title``, ``doc_outlet`` and ``doc_language``.
        """
        q = q or EventQuery()
        sql, params = where(q)
        tail, tail_params = page(q)
        # every code its mentions were given (an event merged across compatible codes keeps them all)
        codes = ("(SELECT list(DISTINCT m.cameo ORDER BY m.cameo) FROM mentions m "
                 "WHERE m.event_id = e.event_id AND m.cameo IS NOT NULL) AS mention_codes")
        table = f"(SELECT e.*, {codes} FROM events e)"
        if with_document:
            table = (f"(SELECT e.*, {codes}, d.url AS doc_url, d.source AS doc_source, d.title AS doc_title, "
                     "d.outlet AS doc_outlet, d.language AS doc_language FROM events e LEFT JOIN documents d USING (doc_id))")
        return _dicts(self.con.execute(f"SELECT * FROM {table} WHERE {sql}{tail}", params + tail_params))

    @_one_turn
    def count_events(self, q: Optional[EventQuery] = None) -> int:
        sql, params = where(q or EventQuery())
        return int(self.con.execute(f"SELECT count(*) FROM events WHERE {sql}", params).fetchone()[0])

    @_one_turn
    def query_mentions(self, q: Optional[EventQuery] = None) -> list[dict[str, Any]]:
        """Mentions (each coded occurrence) matching the same filters, with their document."""
        q = q or EventQuery()
        sql, params = where(q, events=False)
        tail, tail_params = page(q, _MENTION_SORTS)
        return [mention_json(r) for r in self._mention_rows(f"WHERE {sql}{tail}", params + tail_params)]

    def _mention_rows(self, clause: str, params: list[Any]) -> list[dict[str, Any]]:
        return _dicts(self.con.execute(
            "SELECT * FROM (SELECT m.*, d.title AS doc_title, d.outlet AS doc_outlet, d.published AS doc_published, "
            "d.url AS doc_url, d.source AS doc_source FROM mentions m LEFT JOIN documents d USING (doc_id)) "
            + clause, params))

    @_one_turn
    def mention_export_rows(self, q: Optional[EventQuery] = None) -> list[dict[str, Any]]:
        """Mentions matching ``q`` as flat rows for the GDELT Mentions export: the mention's
        columns, its document (``doc_*``, ``doc_length``), its event's ``event_first_seen``, and
        the character offsets of its source and target actors (``source_offset``/``target_offset``:
        the actor stage's mention with the same words inside the sentence, else None)."""
        q = q or EventQuery(limit=None)
        sql, params = where(q, events=False)
        tail, tail_params = page(q, _MENTION_SORTS)
        offset_of = ("(SELECT min(a.char_start) FROM actor_mentions a WHERE a.doc_id = m.doc_id AND a.text = m.{0}_text "
                     "AND a.char_start >= m.span_start AND a.char_start < m.span_end)")
        return _dicts(self.con.execute(
            "SELECT * FROM (SELECT m.*, d.title AS doc_title, d.outlet AS doc_outlet, d.published AS doc_published, "
            "d.url AS doc_url, d.source AS doc_source, length(d.text) AS doc_length, e.first_seen AS event_first_seen, "
            f"{offset_of.format('source')} AS source_offset, {offset_of.format('target')} AS target_offset "
            "FROM mentions m LEFT JOIN documents d USING (doc_id) LEFT JOIN events e USING (event_id)) "
            f"WHERE {sql}{tail}", params + tail_params))

    @_one_turn
    def get_event(self, event_id: str) -> Optional[dict[str, Any]]:
        """One event with all its mentions (sentence, offsets, document, attribution, flags).

        A mention id (the coder's ``Event.event_id``) finds the event it was merged into.
        """
        rows = _dicts(self.con.execute("SELECT * FROM events WHERE event_id = ?", [event_id]))
        if not rows:
            owner = self.con.execute("SELECT event_id FROM mentions WHERE mention_id = ?", [event_id]).fetchone()
            if not owner or owner[0] is None:
                return None
            rows = _dicts(self.con.execute("SELECT * FROM events WHERE event_id = ?", [owner[0]]))
            if not rows:
                return None
        out = event_json(rows[0])
        out["mentions"] = [mention_json(r) for r in self._mention_rows(
            "WHERE event_id = ? ORDER BY doc_published NULLS LAST, doc_id, sentence_index, mention_id", [rows[0]["event_id"]])]
        return out

    @_one_turn
    def get_document(self, doc_id: str) -> Optional[dict[str, Any]]:
        """A stored record: metadata, cleaned text, removed lines with reasons, status, its mentions and actors."""
        rows = _dicts(self.con.execute("SELECT * FROM documents WHERE doc_id = ?", [doc_id]))
        if not rows:
            return None
        row = rows[0]
        out = {k: row[k] for k in ("doc_id", "source", "position", "url", "title", "author", "outlet", "language",
                                   "status", "reason", "duplicate_of", "content_hash", "text", "n_sentences")}
        out["published"] = row["published"].isoformat() if row["published"] else None
        out["removed"] = json.loads(row["removed"] or "[]")
        out["mentions"] = [mention_json(r) for r in self._mention_rows(
            "WHERE doc_id = ? ORDER BY span_start, mention_id", [doc_id])]
        out["actors"] = _dicts(self.con.execute(
            "SELECT char_start AS start, char_end AS \"end\", text, country, sector, code, name, kind, resolved_by "
            "FROM actor_mentions WHERE doc_id = ? ORDER BY char_start NULLS LAST", [doc_id]))
        out["entities"] = [stored_entity_json(r) for r in self._entity_rows(doc_id=doc_id, limit=0)]
        return out

    def _entity_rows(self, *, doc_id: Optional[str] = None, search: Optional[str] = None,
                     country: Optional[str] = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Entity rows in document order (``limit`` 0: all)."""
        tail = " LIMIT ? OFFSET ?" if limit else ""
        return _dicts(self.con.execute(
            "SELECT * FROM entities WHERE (? IS NULL OR doc_id = ?) "
            "AND (? IS NULL OR contains(lower(coalesce(name, '')), lower(?)) OR upper(coalesce(code, '')) = upper(?)) "
            "AND (? IS NULL OR country = upper(?)) "
            "ORDER BY doc_id, TRY_CAST(substr(entity_id, 2) AS INTEGER), entity_id" + tail,
            [doc_id, doc_id, search, search, search, country, country]
            + ([int(limit), int(offset)] if limit else [])))

    @_one_turn
    def list_entities(self, *, doc_id: Optional[str] = None, search: Optional[str] = None,
                      country: Optional[str] = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """The stored documents' entities (schema v4), as ``Entity.to_json`` with their ``doc_id``: of one
        document, or those whose name holds ``search`` (or whose code is it), of one ``country``."""
        return [stored_entity_json(r) for r in self._entity_rows(doc_id=doc_id, search=search, country=country,
                                                                  limit=limit, offset=offset)]

    @_one_turn
    def list_documents(self, *, status: Optional[str] = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Stored records without their text, newest publication first."""
        rows = _dicts(self.con.execute(
            "SELECT doc_id, source, position, url, title, outlet, published, status, reason, duplicate_of, n_mentions "
            "FROM documents WHERE (? IS NULL OR status = ?) ORDER BY published DESC NULLS LAST, doc_id LIMIT ? OFFSET ?",
            [status, status, int(limit), int(offset)]))
        for r in rows:
            r["published"] = r["published"].isoformat() if r["published"] else None
        return rows

    @_one_turn
    def list_actors(self, search: Optional[str] = None, *, country: Optional[str] = None,
                    limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Actors seen in the text (from the actor stage), most mentioned first."""
        return _dicts(self.con.execute(
            "SELECT * FROM actors WHERE (? IS NULL OR contains(lower(coalesce(name, '')), lower(?)) "
            "OR upper(coalesce(code, '')) = upper(?)) AND (? IS NULL OR country = upper(?)) "
            "ORDER BY mentions DESC, actor_key LIMIT ? OFFSET ?",
            [search, search, search, country, country, int(limit), int(offset)]))

    # -- aggregates ------------------------------------------------------------------------

    _AGGREGATES = (
        "count(*) AS events, sum(num_mentions) AS mentions, "
        "round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 3) AS goldstein_mean, "
        "count(*) FILTER (WHERE quad_class = 1) AS verbal_coop, count(*) FILTER (WHERE quad_class = 2) AS material_coop, "
        "count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict, count(*) FILTER (WHERE quad_class = 4) AS material_conflict"
    )

    @staticmethod
    def _period(period: str) -> str:
        if period not in PERIODS:
            raise QueryError(f"unknown period {period!r}", f"use one of: {', '.join(PERIODS)}")
        return period

    @_one_turn
    def timeline(self, q: Optional[EventQuery] = None, *, period: str = "month") -> list[dict[str, Any]]:
        """Events per period (dated events only): counts, Goldstein sum/mean, QuadClass counts."""
        sql, params = where(q or EventQuery())
        rows = _dicts(self.con.execute(
            f"SELECT date_trunc(?, date)::DATE AS period, {self._AGGREGATES} FROM events "
            f"WHERE date IS NOT NULL AND {sql} GROUP BY 1 ORDER BY 1", [self._period(period), *params]))
        for r in rows:
            r["period"] = r["period"].isoformat()
        return rows

    @_one_turn
    def dyads(self, q: Optional[EventQuery] = None, *, period: Optional[str] = None,
              limit: Optional[int] = 100) -> list[dict[str, Any]]:
        """Cooperation/conflict per (source country, target country), optionally per period."""
        sql, params = where(q or EventQuery())
        head_params: list[Any] = []
        period_col = ""
        if period:
            period_col = "date_trunc(?, date)::DATE AS period, "
            head_params.append(self._period(period))
        group = "1, 2, 3" if period else "1, 2"
        order = "period, events DESC, 2, 3" if period else "events DESC, 1, 2"
        tail = " LIMIT ?" if limit is not None else ""
        tail_params = [int(limit)] if limit is not None else []
        rows = _dicts(self.con.execute(
            f"SELECT {period_col}coalesce(source_country, '?') AS source, coalesce(target_country, '-') AS target, "
            f"{self._AGGREGATES} FROM events WHERE {sql}{' AND date IS NOT NULL' if period else ''} "
            f"GROUP BY {group} ORDER BY {order}{tail}", head_params + params + tail_params))
        for r in rows:
            if "period" in r and r["period"] is not None:
                r["period"] = r["period"].isoformat()
        return rows

    @_one_turn
    def panel(self, q: Optional[EventQuery] = None, *, by: str = "dyad", freq: str = "month") -> list[dict[str, Any]]:
        """A zero-filled panel: every dyad (source country → target country) seen among the
        dated events matching ``q`` × every ``freq`` period from the first to the last such event,
        with event counts, Goldstein sums and QuadClass counts (0 where nothing happened)."""
        if by not in PANEL_UNITS:
            raise QueryError(f"unknown panel unit {by!r}", f"use one of: {', '.join(PANEL_UNITS)}")
        if freq not in PANEL_FREQS:
            raise QueryError(f"unknown panel frequency {freq!r}", f"use one of: {', '.join(PANEL_FREQS)}")
        sql, params = where(q or EventQuery(limit=None))
        rows = _dicts(self.con.execute(
            "WITH ev AS (SELECT date_trunc(?, date)::DATE AS period, coalesce(source_country, '?') AS source, "
            f"coalesce(target_country, '-') AS target, goldstein, quad_class FROM events WHERE date IS NOT NULL AND {sql}), "
            f"periods AS (SELECT unnest(generate_series(min(period), max(period), INTERVAL 1 {freq}))::DATE AS period FROM ev), "
            "dyads AS (SELECT DISTINCT source, target FROM ev) "
            "SELECT p.period, d.source, d.target, count(ev.period) AS events, "
            "round(coalesce(sum(ev.goldstein), 0), 2) AS goldstein_sum, "
            "count(ev.period) FILTER (WHERE ev.quad_class = 1) AS verbal_coop, "
            "count(ev.period) FILTER (WHERE ev.quad_class = 2) AS material_coop, "
            "count(ev.period) FILTER (WHERE ev.quad_class = 3) AS verbal_conflict, "
            "count(ev.period) FILTER (WHERE ev.quad_class = 4) AS material_conflict "
            "FROM periods p CROSS JOIN dyads d LEFT JOIN ev ON ev.period = p.period AND ev.source = d.source "
            "AND ev.target = d.target GROUP BY 1, 2, 3 ORDER BY 2, 3, 1", [freq, *params]))
        return rows

    @_one_turn
    def overview(self) -> dict[str, Any]:
        """Store-wide counts: documents by status, mentions, events, compression, actors."""
        by_status = dict(self.con.execute("SELECT status, count(*) FROM documents GROUP BY 1 ORDER BY 1").fetchall())
        mentions = self.con.execute("SELECT count(*) FROM mentions").fetchone()[0]
        events = self.con.execute("SELECT count(*) FROM events").fetchone()[0]
        merged = self.con.execute("SELECT count(*) FROM events WHERE num_mentions > 1").fetchone()[0]
        multi_article = self.con.execute("SELECT count(*) FROM events WHERE num_articles > 1").fetchone()[0]
        actors = self.con.execute("SELECT count(*) FROM actors").fetchone()[0]
        first, last = self.con.execute("SELECT min(date), max(date) FROM events").fetchone()
        return {
            "path": self.path,
            "schema_version": self.schema_version(),
            "documents": sum(by_status.values()),
            "documents_by_status": by_status,
            "mentions": mentions,
            "events": events,
            "events_merged": merged,
            "events_multi_article": multi_article,
            "compression": round(mentions / events, 3) if events else None,
            "actors": actors,
            "first_date": first.isoformat() if first else None,
            "last_date": last.isoformat() if last else None,
            "merge_rule": self.merge_rule_status(),
        }

    @_one_turn
    def export(self, q: Optional[EventQuery], fmt: Optional[str], out: PathLike) -> int:
        """Write what matches ``q`` to ``out`` (csv, parquet, plover-jsonl, gdelt-tsv,
        gdelt-mentions-tsv; None: the extension says); returns rows.  ``annalyst.store.export.export``
        also says what it left out."""
        from annalyst.store.export import export_events

        return export_events(self, q, fmt, out)


def migrate(con: duckdb.DuckDBPyConnection, from_version: int, to_version: int,
            migrations: dict[int, list[str]], *, path: str = "the store") -> None:
    """Lift a store from one schema version to another, one version at a time, in one transaction."""
    missing = [v for v in range(from_version, to_version) if v not in migrations]
    if missing:
        raise StoreError(
            f"{path} uses store schema v{from_version}, which this annalyst (v{to_version}) cannot migrate",
            f"re-ingest your inputs into a new store: `annalyst ingest PATH... --db NEW.duckdb` (keep {path} as it is)")
    con.execute("BEGIN TRANSACTION")
    try:
        for version in range(from_version, to_version):
            for stmt in migrations[version]:
                con.execute(stmt)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(to_version)])
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"migrating {path} from schema v{from_version} failed: {exc}",
                         "the store is unchanged; re-ingest into a new store with `annalyst ingest --db NEW.duckdb`") from exc
