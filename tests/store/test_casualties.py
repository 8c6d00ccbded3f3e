"""Casualty counts folded into an act (``Event.killed`` / ``injured``, issue 14) are stored (schema v3),
carried by the de-duplicated event, and kept apart from the JSON where the text gives none."""

from __future__ import annotations

import datetime as dt

import duckdb

from annalyst.store import SCHEMA_VERSION, EventQuery, Store
from annalyst.store.schema import _casualty_columns, _entity_link_columns, _folded_columns
from store_records import make_doc

DAY = dt.date(2024, 3, 1)
ATTACK = "Russian forces shelled the town, killing three people and wounding five."


def _reports():
    counted = make_doc("a", DAY, [dict(source="RUSMIL", target="UKR", cameo="190", date=DAY, sentence=ATTACK,
                                       killed=3, injured=5)])
    uncounted = make_doc("b", DAY, [dict(source="RUSMIL", target="UKR", cameo="190", date=DAY, sentence=ATTACK)],
                         outlet="Wire B")
    talks = make_doc("c", DAY, [dict(source="RUS", target="UKR", cameo="042", date=DAY)], outlet="Wire C")
    return [counted, uncounted, talks]


def test_casualties_are_stored_and_carried_by_the_event(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_documents(_reports())
        events = {e["cameo"]: e for e in store.query_events(EventQuery(limit=None))}
        mentions = store.query_mentions(EventQuery(limit=None))
    assert (events["190"]["killed"], events["190"]["injured"], events["190"]["num_articles"]) == (3, 5, 2)
    assert "killed" not in events["042"] and "injured" not in events["042"]
    assert sorted((m["doc_id"], m.get("killed"), m.get("injured")) for m in mentions) == [
        ("a", 3, 5), ("b", None, None), ("c", None, None)]


def test_v2_store_gains_the_casualty_columns(tmp_path):
    path = tmp_path / "old.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    for column in _folded_columns():  # nor the v5 folded clauses of mentions
        con.execute(f"ALTER TABLE mentions DROP COLUMN {column.name}")
    for table in ("mentions", "events"):
        # a v2 store has neither the v3 casualty columns nor the v4 entity links after them
        for column in (*_casualty_columns(), *_entity_link_columns()):
            con.execute(f"ALTER TABLE {table} DROP COLUMN {column.name}")
    con.execute("DROP TABLE entities")
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION == 5
        store.write_documents(_reports()[:1])
        (event,) = store.query_events(EventQuery(limit=None))
    assert (event["killed"], event["injured"]) == (3, 5)
