"""A run over hostile input completes, accounts for every record, and loses nothing valid.

The corpus (tests/robustness/hostile.py) is built by the tests; ``../shared/corpora/warc`` adds
real broken archives.  Both the library (``ingest``) and the CLI (``annalyst ingest``) run over it.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path

import pytest

from annalyst.cli import main
from annalyst.model import Document, Status
from annalyst.pipeline.run import ingest
from annalyst.read import iter_documents
from annalyst.store import Store

from tests.robustness.hostile import MUST_KEEP, Corpus

pytestmark = pytest.mark.slow

ENDS = {s.value for s in (Status.PROCESSED, Status.SKIPPED, Status.FAILED)}


def stored_documents(db: Path) -> dict[str, dict]:
    with Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT doc_id, source, position, status, reason, text FROM documents").fetchall()
    return {r[0]: dict(zip(("doc_id", "source", "position", "status", "reason", "text"), r)) for r in rows}


def reader_records(inputs: list[str]) -> list[Document]:
    return [Document(doc_id=d.doc_id, source=d.source, position=d.position) for d in iter_documents(inputs)]


@pytest.fixture(scope="module")
def run(hostile: Corpus, shared_dir: Path, tmp_path_factory):
    inputs = [str(hostile.root), str(shared_dir / "corpora" / "warc")]
    db = tmp_path_factory.mktemp("hostile-db") / "run.duckdb"
    started = time.perf_counter()
    summary = ingest(inputs, db)
    seconds = time.perf_counter() - started
    return inputs, db, summary, seconds


def _rel(hostile: Corpus, source: str) -> str:
    return str(Path(source).relative_to(hostile.root)) if source.startswith(str(hostile.root)) else source


def test_every_record_is_accounted_for(run):
    inputs, db, summary, _ = run
    expected = reader_records(inputs)
    stored = stored_documents(db)
    assert summary.records == len(expected)
    assert set(stored) == {d.doc_id for d in expected}
    for row in stored.values():
        assert row["status"] in ENDS
        if row["status"] != "processed":
            assert row["reason"], row
    # a failure names its file, and its place in the file when the file holds many records
    multi = {d.source for d in expected if d.position}
    for source, position, error in summary.failures:
        assert source and error
        if source in multi:
            assert position, (source, error)
    assert summary.processed > 0 and summary.skipped > 0 and summary.failed > 0


def test_each_hostile_file_ends_as_expected(run, hostile: Corpus):
    _, db, _, _ = run
    by_file: dict[str, list[dict]] = defaultdict(list)
    for row in stored_documents(db).values():
        by_file[_rel(hostile, row["source"])].append(row)
    for rel, expect in hostile.expect.items():
        rows = by_file.get(rel, [])
        assert rows, f"{rel}: no record stored"
        if expect.records is not None:
            assert len(rows) == expect.records, (rel, rows)
        for row in rows:
            assert row["status"] in expect.ends, (rel, row["status"], row["reason"])
            if row["status"] != "processed" and expect.reasons:
                assert row["reason"].startswith(expect.reasons), (rel, row["reason"])


def test_nothing_valid_is_lost(run, hostile: Corpus):
    _, db, _, _ = run
    rows = stored_documents(db).values()
    for key, phrase in MUST_KEEP.items():
        rel, _, position = key.partition("#")
        found = [r for r in rows if _rel(hostile, r["source"]) == rel and (not position or r["position"] == position)]
        assert len(found) == 1, key
        assert found[0]["status"] == "processed", (key, found[0]["reason"])
        assert phrase in found[0]["text"], (key, found[0]["text"][:200])


def test_a_truncated_gzip_keeps_the_records_before_the_cut(run, hostile: Corpus):
    _, db, _, _ = run
    rows = [r for r in stored_documents(db).values() if _rel(hostile, r["source"]) == "truncated.jsonl.gz"]
    failed = [r for r in rows if r["status"] == "failed"]
    read = sorted(int(r["position"].split()[1]) for r in rows if r["status"] != "failed")
    assert len(failed) == 1 and failed[0]["reason"].startswith("read:")
    assert len(read) >= 20 and read == list(range(1, len(read) + 1))
    assert failed[0]["position"] == f"line {len(read) + 1}"  # the failure is where the stream was cut


def test_oversized_documents_are_skipped_not_parsed(run, hostile: Corpus):
    _, db, _, seconds = run
    rows = {_rel(hostile, r["source"]): r for r in stored_documents(db).values()}
    for rel in ("huge.txt", "one_line.txt"):
        assert rows[rel]["status"] == "skipped" and rows[rel]["reason"].startswith("oversize")
    assert seconds < 300  # 50 MB never reaches spaCy: the run takes seconds, not minutes


def test_the_cli_ingests_the_corpus_and_reports_it(run, hostile: Corpus, tmp_path, capsys):
    _, _, _, _ = run  # the models are warm: the CLI runs in-process over the same corpus
    db = tmp_path / "cli.duckdb"
    code = main(["ingest", str(hostile.root), "--db", str(db), "--json", "--quiet"])
    out = capsys.readouterr()
    summary = json.loads(out.out.strip().splitlines()[-1])
    assert code == 0
    assert summary["records"] == len(reader_records([str(hostile.root)]))
    assert summary["records"] == summary["processed"] + summary["skipped"] + summary["failed"]
    assert summary["failed"] == len(summary["failures"])
    assert all(f["source"] for f in summary["failures"])
    assert "failed" in out.err  # failures are named on stderr, not hidden
    # re-running finishes nothing twice: everything but the failed records is already stored
    code = main(["ingest", str(hostile.root), "--db", str(db), "--json", "--quiet"])
    again = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert again["processed"] == 0 and again["skip_reasons"].get("stored") == summary["records"] - summary["failed"]
