"""The clauses folded into a mention as the same happening told again (``Event.folded``, issue 14) are
its evidence in the store (schema v5): kept on the mention, given back by ``query_mentions`` as the coder
wrote them, absent where nothing was folded, and never on the de-duplicated event."""

from __future__ import annotations

import datetime as dt

import duckdb

from annalyst.store import SCHEMA_VERSION, EventQuery, Store
from annalyst.store.schema import _folded_columns
from store_records import make_doc

DAY = dt.date(2024, 3, 1)
MEETING = "Russia met Ukraine in Istanbul to discuss a ceasefire."
DISCUSS = {"trigger": "discuss", "cameo": "040", "rule": "restated_root", "trigger_span": (36, 43)}


def _reports():
    folded = make_doc("a", DAY, [dict(source="RUS", target="UKR", cameo="042", date=DAY, sentence=MEETING,
                                      folded=[DISCUSS])])
    plain = make_doc("b", DAY, [dict(source="RUS", target="UKR", cameo="042", date=DAY, sentence=MEETING)],
                     outlet="Wire B")
    return [folded, plain]


def test_folded_clauses_are_kept_on_their_mention(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_documents(_reports())
        mentions = {m["doc_id"]: m for m in store.query_mentions(EventQuery(limit=None))}
        (event,) = store.query_events(EventQuery(limit=None))
    assert mentions["a"]["folded"] == [{"trigger": "discuss", "cameo": "040", "rule": "restated_root",
                                        "trigger_span": [36, 43]}]
    assert mentions["a"]["folded"] == _reports()[0].events[0].to_json()["folded"]
    assert "folded" not in mentions["b"]
    assert event["num_articles"] == 2 and "folded" not in event


def test_v4_store_gains_the_folded_column(tmp_path):
    path = tmp_path / "old.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    for column in _folded_columns():
        con.execute(f"ALTER TABLE mentions DROP COLUMN {column.name}")
    con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    con.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION == 5
        store.write_documents(_reports()[:1])
        (mention,) = store.query_mentions(EventQuery(limit=None))
    assert mention["folded"][0]["rule"] == "restated_root"
