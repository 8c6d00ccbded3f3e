"""`annalyst serve` and an ingest share one store: the server keeps answering while batches land.

The writer runs in another process, as `annalyst ingest` does: DuckDB's file lock is per
process, so a writer in this process would not show the conflict.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from annalyst.serve.server import start_in_thread
from annalyst.store import Store

STORE_TESTS = str(Path(__file__).resolve().parents[1] / "store")

# A writer with the ingest runner's access pattern: Store(path, hold=False), one write per batch,
# "coding" time between batches.
WRITER = f"""
import datetime as dt, sys, time
sys.path.insert(0, {STORE_TESTS!r})
from annalyst.store import Store
from store_records import make_doc
store = Store(sys.argv[1], hold=False)
for i in range(int(sys.argv[2])):
    day = dt.date(2024, 1, 1) + dt.timedelta(days=3 * i)
    store.write_documents([make_doc(f"w{{i}}", day, [dict(source="RUSMIL", target="UKR", cameo="195", date=day,
                           sentence=f"Russian forces struck Ukraine near town {{i}}.")])])
    print("batch", i, flush=True)
    time.sleep(0.15)
store.close()
"""


def _seed(path: Path) -> None:
    sys.path.insert(0, STORE_TESTS)
    from store_records import make_doc

    with Store(path) as store:
        store.write_documents([make_doc("seed", dt.date(2023, 12, 1), [
            dict(source="PRKGOV", target="USA", cameo="111", date=dt.date(2023, 12, 1))])])


def test_an_ingest_writes_while_the_server_answers(tmp_path):
    db = tmp_path / "shared.duckdb"
    _seed(db)
    batches = 12
    with start_in_thread(db) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        assert client.get("/api/events").json()["total"] == 1
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(batches)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        statuses, totals = [], []
        while writer.poll() is None:
            resp = client.get("/api/events", params={"limit": 5})
            statuses.append(resp.status_code)
            if resp.status_code == 200:
                totals.append(resp.json()["total"])
            time.sleep(0.02)
        out, err = writer.communicate()
        assert writer.returncode == 0, err
        assert out.count("batch") == batches
        assert set(statuses) == {200} and len(statuses) > batches  # the server answered all along
        assert totals == sorted(totals) and totals[-1] >= 1  # it saw the store grow
        assert client.get("/api/events").json()["total"] == 1 + batches
        assert len(set(totals)) > 2  # answers came between batches, not only before and after


@pytest.mark.slow
def test_annalyst_ingest_runs_into_a_served_store(tmp_path, example_path):
    pytest.importorskip("annalyst.read", reason="the reader stage is built in parallel")
    db = tmp_path / "served.duckdb"
    _seed(db)
    with start_in_thread(db) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        ingest = subprocess.Popen([sys.executable, "-m", "annalyst", "ingest", str(example_path), "--db", str(db),
                                   "--quiet", "--batch-size", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True)
        statuses = []
        while ingest.poll() is None:
            statuses.append(client.get("/api/health").status_code)
            time.sleep(0.1)
        _, err = ingest.communicate()
        assert ingest.returncode == 0, err
        assert "1 processed" in err
        assert set(statuses) == {200}
        assert client.get("/api/health").json()["documents"] == 2
