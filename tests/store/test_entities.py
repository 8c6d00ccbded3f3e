"""Document entities in the store (schema v4, issue 15): the entities table, each mention's source and
target entity, their JSON, and the migration from v3."""

from __future__ import annotations

import datetime as dt

import duckdb

from annalyst.api import code_text
from annalyst.store import SCHEMA_VERSION, EventQuery, Store
from annalyst.store.schema import _entity_link_columns, _folded_columns

TEXT = ("Palestinian Prime Minister Ismail Haniya met Qatar's emir in Doha on Monday. "
        "Haniya, who came to Qatar from Egypt, thanked the emir for his support.")


def _doc():
    return code_text(TEXT, published=dt.date(2006, 5, 2), doc_id="haniya")


def test_entities_and_links_are_stored(tmp_path):
    doc = _doc()
    with Store(tmp_path / "s.duckdb") as store:
        store.write_documents([doc])
        stored = store.list_entities(doc_id="haniya")
        mentions = store.query_mentions(EventQuery(limit=None))
        events = store.query_events(EventQuery(limit=None))
        document = store.get_document("haniya")
    assert [e["id"] for e in stored] == [e.id for e in doc.entities]
    by_id = {e["id"]: e for e in stored}
    for entity in doc.entities:
        row = by_id[entity.id]
        assert (row["name"], row["country"], row["sector"], row["code"], row["resolved_by"], row["evidence"],
                row["mentions"]) == (entity.name, entity.country, entity.sector, entity.code, entity.resolved_by,
                                     entity.evidence, [list(m) for m in entity.mentions])
    haniya = next(e for e in stored if e["country"] == "PSE" and len(e["mentions"]) >= 2)
    # every mention's source names a stored entity, and the stored JSON says which one, as the coder's does
    coded = {ev.event_id: ev for ev in doc.events}
    assert mentions and {m["mention_id"] for m in mentions} == set(coded)
    for m in mentions:
        ev = coded[m["mention_id"]]
        assert m["source"]["entity"] == ev.source.entity and m["source"]["resolved_by"] == ev.source.resolved_by
        assert m["source"]["entity"] in by_id
    assert any(m["source"]["entity"] == haniya["id"] for m in mentions)
    assert {e["source"]["entity"] for e in events} <= set(by_id)
    assert [e["id"] for e in document["entities"]] == [e["id"] for e in stored]


def test_rewriting_a_document_replaces_its_entities(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_documents([_doc()])
        first = store.list_entities(limit=0)
        store.write_documents([_doc()])
        assert store.list_entities(limit=0) == first
        assert store.list_entities(search="haniya") and all(
            "haniya" in (e["name"] or "").lower() or (e["code"] or "").lower() == "haniya"
            for e in store.list_entities(search="haniya"))
        assert store.list_entities(country="ZZZ") == []


def test_v3_store_is_migrated_to_v4(tmp_path):
    path = tmp_path / "old.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    for column in _folded_columns():  # a v3 store has no v5 column either
        con.execute(f"ALTER TABLE mentions DROP COLUMN {column.name}")
    for table in ("mentions", "events"):
        for column in _entity_link_columns():
            con.execute(f"ALTER TABLE {table} DROP COLUMN {column.name}")
    con.execute("DROP TABLE entities")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION == 5
        store.write_documents([_doc()])
        assert store.list_entities(doc_id="haniya")
        assert all(m["source"]["entity"] for m in store.query_mentions(EventQuery(limit=None)))
