"""Which resources coded each stored document, and re-coding the documents coded with others.

Every document ``ingest`` codes is recorded in the store's ``document_resources`` table with the
fingerprint of the resources that coded it (``Resources.fingerprint``: the annalyst version and a
hash of each user dictionary).  ``recode`` re-codes, from the stored cleaned text, the coded
documents whose fingerprint differs from the active one (or that have none), replaces their actor
mentions and event mentions (``Store.write_documents``, which re-merges every event block the
documents touch) and reports what changed.  Documents coded with the same resources, and skipped
or failed ones, are left alone: on an unchanged store ``recode`` reads one query and stops.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence

from annalyst.dicts.active import activate
from annalyst.dicts.files import Resources

TABLE = "document_resources"
DDL = f"CREATE TABLE IF NOT EXISTS {TABLE} (doc_id VARCHAR, fingerprint VARCHAR)"
DOC_COLUMNS = ("doc_id", "source", "position", "url", "title", "author", "outlet", "published", "language",
               "text", "content_hash", "removed")


def record(con: Any, doc_ids: Sequence[str], fingerprint: str) -> None:
    """Record that ``doc_ids`` were coded with the resources of ``fingerprint`` (replacing what was recorded)."""
    if not doc_ids:
        return
    con.execute(DDL)
    con.execute(f"DELETE FROM {TABLE} WHERE list_contains(?, doc_id)", [list(doc_ids)])
    con.execute(f"INSERT INTO {TABLE} SELECT unnest(?::VARCHAR[]), ?", [list(doc_ids), fingerprint])


def stale(con: Any, fingerprint: str) -> list[str]:
    """The processed documents not recorded as coded with ``fingerprint``, in store order."""
    has_table = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [TABLE]).fetchone()[0]
    join = f"LEFT JOIN {TABLE} r USING (doc_id)" if has_table else ""
    recorded = "r.fingerprint" if has_table else "NULL"
    rows = con.execute(f"SELECT d.doc_id FROM documents d {join} WHERE d.status = 'processed' "
                       f"AND {recorded} IS DISTINCT FROM ? ORDER BY d.doc_id", [fingerprint]).fetchall()
    return [r[0] for r in rows]


@dataclass
class RecodeReport:
    fingerprint: str
    documents: int = 0  # re-coded
    changed: list[str] = field(default_factory=list)  # documents whose events changed
    removed: list[tuple] = field(default_factory=list)  # (doc_id, source code, cameo, target code, sentence)
    added: list[tuple] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # "doc_id: reason" of documents that failed to re-code

    def to_json(self) -> dict[str, Any]:
        keys = ("doc_id", "source", "cameo", "target", "sentence")
        return {"fingerprint": self.fingerprint, "recoded": self.documents, "changed": self.changed,
                "removed": [dict(zip(keys, r)) for r in self.removed], "added": [dict(zip(keys, r)) for r in self.added], "failed": self.failed}


def _events(con: Any, doc_ids: Sequence[str]) -> set[tuple]:
    rows = con.execute("SELECT doc_id, source_code, cameo, target_code, sentence FROM mentions "
                       "WHERE list_contains(?, doc_id)", [list(doc_ids)]).fetchall()
    return {tuple(r) for r in rows}


def _document(row: dict[str, Any]) -> Any:
    from annalyst.model import Document, RemovedLine

    removed = [RemovedLine(**r) for r in json.loads(row.pop("removed") or "[]")]
    return Document(**row, removed=removed)


def _batched(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def recode(db: str, resources: Optional[Resources], *, batch_size: int = 32) -> RecodeReport:
    """Re-code the documents of the store at ``db`` that were coded with other resources than ``resources``."""
    from pathlib import Path

    from annalyst.errors import StoreError
    from annalyst.store import Store

    if not Path(db).is_file():
        raise StoreError(f"There is no store at {db}.", "Give the store to re-code with --db FILE (made by annalyst ingest).")
    fingerprint = activate(resources).fingerprint()
    report = RecodeReport(fingerprint)
    with Store(db) as store:
        ids = stale(store.con, fingerprint)
        if not ids:
            return report
        from annalyst.pipeline.default import PipelineOptions, build_pipeline
        from annalyst.pipeline.executors import split_pipeline

        tail = split_pipeline(build_pipeline(PipelineOptions(dictionaries=resources, dedup=False))).tail
        before = _events(store.con, ids)
        for chunk in _batched(ids, batch_size):
            cursor = store.con.execute(f"SELECT {', '.join(DOC_COLUMNS)} FROM documents WHERE list_contains(?, doc_id)",
                                       [list(chunk)])
            docs = [_document(dict(zip(DOC_COLUMNS, row))) for row in cursor.fetchall()]
            coded = tail.run_batch(docs)
            # a document that fails now keeps what it had: only re-coded ones replace the stored rows
            done = [d for d in coded if d.status.value == "processed"]
            report.failed += [f"{d.doc_id}: {d.reason}" for d in coded if d.status.value != "processed"]
            store.write_documents(done)
            record(store.con, [d.doc_id for d in done], fingerprint)
            report.documents += len(done)
        after = _events(store.con, ids)
    report.removed = sorted(before - after, key=str)
    report.added = sorted(after - before, key=str)
    report.changed = sorted({r[0] for r in report.removed + report.added})
    return report
