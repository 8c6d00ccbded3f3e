"""The API's ``min_confidence`` query parameter on the events endpoints."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from annalyst.serve import create_app  # noqa: E402
from annalyst.store import Store  # noqa: E402
from store_records import make_doc  # noqa: E402

D = dt.date


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("conf") / "c.duckdb"
    with Store(path) as store:
        store.write_documents([make_doc("a", D(2024, 3, 1), [
            dict(source="PRKGOV", target="USA", cameo="111", date=D(2024, 3, 1), confidence=0.82),
            dict(source="RUS", target="UKR", cameo="195", date=D(2024, 3, 2), confidence=0.31),
        ])])
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("threshold,expected", [(None, {"111", "195"}), (0.31, {"111", "195"}),
                                                (0.5, {"111"}), (0.83, set())])
def test_events_min_confidence(client, threshold, expected):
    params = {} if threshold is None else {"min_confidence": threshold}
    body = client.get("/api/events", params=params).json()
    assert {e["cameo"] for e in body["events"]} == expected and body["total"] == len(expected)


def test_timeline_counts_only_the_surer_events(client):
    rows = client.get("/api/timeline", params={"min_confidence": 0.5, "period": "day"}).json()
    assert [(r["period"], r["events"]) for r in rows["timeline"]] == [("2024-03-01", 1)]


@pytest.mark.parametrize("bad", ["1.5", "-1", "sure"])
def test_out_of_range_is_a_400_or_422(client, bad):
    resp = client.get("/api/events", params={"min_confidence": bad})
    assert resp.status_code in (400, 422) and set(resp.json()) == {"error"}
