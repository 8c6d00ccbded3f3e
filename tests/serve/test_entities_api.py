"""``/api/entities`` and the entity links of stored events over the API (schema v4, issue 15)."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from annalyst.api import code_text
from annalyst.serve import create_app
from annalyst.store import Store

TEXT = ("Palestinian Prime Minister Ismail Haniya met Qatar's emir in Doha on Monday. "
        "Haniya, who came to Qatar from Egypt, thanked the emir for his support.")


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    doc = code_text(TEXT, published=dt.date(2006, 5, 2), doc_id="haniya")
    db = tmp_path_factory.mktemp("entities") / "s.duckdb"
    with Store(db) as store:
        store.write_documents([doc])
    with TestClient(create_app(db), raise_server_exceptions=False) as client:
        yield doc, client


def test_entities_endpoint_lists_the_documents_entities(coded):
    doc, client = coded
    body = client.get("/api/entities", params={"doc": "haniya"}).json()
    assert [e["id"] for e in body["entities"]] == [e.id for e in doc.entities]
    assert {(e["id"], e["country"], e["code"]) for e in body["entities"]} == {
        (e.id, e.country, e.code) for e in doc.entities}
    assert all(e["country"] == "PSE" for e in client.get("/api/entities", params={"country": "pse"}).json()["entities"])
    assert client.get("/api/entities", params={"doc": "none"}).json()["entities"] == []


def test_stored_events_name_their_entities(coded):
    doc, client = coded
    events = client.get("/api/events", params={"include_flagged": "true"}).json()["events"]
    ids = {e.id for e in doc.entities}
    assert events and all(e["source"]["entity"] in ids for e in events)
    assert {e["source"]["resolved_by"] for e in events} <= {ev.source.resolved_by for ev in doc.events}
    document = client.get("/api/documents/haniya").json()
    assert [e["id"] for e in document["entities"]] == [e.id for e in doc.entities]
