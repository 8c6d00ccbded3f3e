"""Opening a store: other files refused by their header, turns between processes, lock errors naming the holder."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager
from typing import Iterator

import duckdb
import pytest

from annalyst.errors import StoreError
from annalyst.store import Store
from annalyst.store.access import DUCKDB_CONFIG, describe_file, writer_waiting, waiting_marker
from store_records import make_doc

D = dt.date


def _doc(i: int):
    # a week apart: never merged into one event
    return make_doc(f"d{i}", D(2024, 3, 7 * i), [dict(source="RUSMIL", target="UKR", cameo="195", date=D(2024, 3, 7 * i),
                                                  sentence=f"Russian forces struck Ukraine in town {i}.")])


def test_a_sqlite_file_is_refused_before_duckdb_sees_it(tmp_path):
    path = tmp_path / "notes.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x INTEGER)")
    con.commit()
    con.close()
    before = path.read_bytes()
    for read_only in (True, False):
        with pytest.raises(StoreError, match="is not an annalyst store: it is a SQLite database") as err:
            Store(path, read_only=read_only)
        assert "--db" in err.value.fix
    assert path.read_bytes() == before  # never touched
    assert not (tmp_path / "notes.db.wal").exists()


@pytest.mark.parametrize("content,what", [
    (b"event_id,cameo\n1,054\n", "not a DuckDB database"),
    (b"PAR1" + b"\0" * 20, "a Parquet file"),
    (b"abc", "a 3-byte file"),
])
def test_other_files_are_named(tmp_path, content, what):
    path = tmp_path / "x.duckdb"
    path.write_bytes(content)
    assert describe_file(str(path)) == what
    with pytest.raises(StoreError, match="is not an annalyst store"):
        Store(path, read_only=True)


def test_duckdb_never_loads_or_installs_extensions_on_its_own(tmp_path):
    assert DUCKDB_CONFIG == {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    with Store(tmp_path / "s.duckdb") as store:
        settings = dict(store.con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name LIKE 'auto%_known_extensions'").fetchall())
    assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


def test_a_duckdb_store_still_opens(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_documents([_doc(1)])
    assert describe_file(str(path)) is None
    with Store(path, read_only=True) as store:
        assert store.count_events() == 1


@contextmanager
def _hold(path, seconds: float, read_only: bool) -> Iterator[subprocess.Popen]:
    """Another process that opens the store and keeps it for ``seconds`` (killed on leaving)."""
    code = ("import sys, time\nfrom annalyst.store import Store\n"
            f"s = Store(sys.argv[1], read_only={read_only})\ns.count_events()\nprint('open', flush=True)\n"
            f"time.sleep({seconds})\ns.close()\nprint('closed', flush=True)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "open"
        yield proc
    finally:
        proc.kill()
        proc.wait()


def test_a_reader_waits_for_its_turn_and_then_reads(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_documents([_doc(1)])
    with _hold(path, 1.0, read_only=False):
        start = time.monotonic()
        with Store(path, read_only=True, lock_timeout=20) as store:
            assert store.count_events() == 1
        assert time.monotonic() - start > 0.3  # it waited for the writer to let go


def test_a_lock_held_too_long_names_the_process(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    with _hold(path, 30, read_only=True) as holder:
        with pytest.raises(StoreError) as err:
            Store(path, lock_timeout=0.5)
        assert f"process {holder.pid} (" in err.value.cause and "waited" in err.value.cause
        assert f"kill {holder.pid}" in err.value.fix
        assert not waiting_marker(str(path)).exists()  # the writer's marker goes with it


def test_a_waiting_writer_leaves_a_marker_while_it_waits(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    with _hold(path, 30, read_only=True):
        seen = []
        import threading

        def watch():
            for _ in range(40):
                seen.append(writer_waiting(str(path)))
                time.sleep(0.02)

        watcher = threading.Thread(target=watch)
        watcher.start()
        with pytest.raises(StoreError):
            Store(path, lock_timeout=0.6)
        watcher.join()
        assert any(seen) and not writer_waiting(str(path))


def test_a_store_that_does_not_hold_lets_other_processes_in_between_calls(tmp_path):
    path = tmp_path / "s.duckdb"
    store = Store(path, hold=False)
    store.write_documents([_doc(1)])
    # between calls the file is free: another process can write and read it
    reader = subprocess.run([sys.executable, "-c", "import sys\nfrom annalyst.store import Store\n"
                             "print(Store(sys.argv[1], read_only=True, lock_timeout=1).count_events())", str(path)],
                            capture_output=True, text=True, timeout=120)
    assert reader.stdout.strip() == "1", reader.stderr
    store.write_documents([_doc(2)])
    assert store.count_events() == 2
    assert dict(store.iter_known_hashes()) == store.known_hashes()
    assert store._con is None  # the last call let go of the file
    store.close()


def test_a_held_store_keeps_its_connection(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        con = store.con
        store.write_documents([_doc(1)])
        assert store.con is con
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True, config=DUCKDB_CONFIG) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 1


def test_a_batch_and_its_provenance_are_one_turn_and_the_file_is_let_go_after_it(tmp_path, monkeypatch):
    from annalyst.pipeline.run import write_batch
    from annalyst.store import access as store_access

    opened = []
    real_connect = store_access.connect
    monkeypatch.setattr(store_access, "connect", lambda *a, **k: opened.append(1) or real_connect(*a, **k))
    store = Store(tmp_path / "s.duckdb", hold=False)
    opened.clear()
    assert write_batch(store, [_doc(1)]) == 1
    # one connection for the write and the provenance rows, closed before the next batch is coded
    assert len(opened) == 1 and store._con is None
    with store.turn():
        assert store.count_events() == 1 and store._con is not None
    assert store._con is None
    store.close()
