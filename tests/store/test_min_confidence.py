"""``EventQuery.min_confidence``: events by their merged confidence, mentions by their own."""

from __future__ import annotations

import datetime as dt

import pytest

from annalyst.errors import QueryError
from annalyst.store import EventQuery, Store
from store_records import make_doc

D = dt.date


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "c.duckdb") as s:
        s.write_documents([
            make_doc("a", D(2024, 3, 1), [
                dict(source="PRKGOV", target="USA", cameo="111", date=D(2024, 3, 1), confidence=0.9),
                dict(source="RUS", target="UKR", cameo="195", date=D(2024, 3, 1), confidence=0.3),
            ]),
            # the same 195 in a second article: the event's confidence is the noisy-or 1 - 0.7 * 0.5 = 0.65
            make_doc("b", D(2024, 3, 1), [
                dict(source="RUS", target="UKR", cameo="195", date=D(2024, 3, 1), confidence=0.5),
            ], outlet="Wire B"),
        ])
        yield s


@pytest.mark.parametrize("threshold,expected", [
    (None, {"111", "195"}), (0.0, {"111", "195"}), (0.65, {"111", "195"}), (0.66, {"111"}), (0.9, {"111"}),
    (0.91, set()), (1.0, set()),
])
def test_events_by_merged_confidence(store, threshold, expected):
    assert {e["cameo"] for e in store.query_events(EventQuery(min_confidence=threshold))} == expected


def test_mentions_by_their_own_confidence(store):
    rows = store.query_mentions(EventQuery(min_confidence=0.4))
    assert sorted((r["doc_id"], r["cameo"]) for r in rows) == [("a", "111"), ("b", "195")]


@pytest.mark.parametrize("bad", [-0.1, 1.5])
def test_out_of_range_is_a_query_error(bad):
    with pytest.raises(QueryError):
        EventQuery(min_confidence=bad)
