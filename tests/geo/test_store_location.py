"""Locations through the store: schema v2 columns, place filters, the GDELT export, migration."""

from __future__ import annotations

import csv
import datetime as dt

import duckdb
import pytest

from annalyst.cli import main
from annalyst.model import ActorRef, Document, Event, Location, Status
from annalyst.store import SCHEMA_VERSION, EventQuery, Store
from annalyst.store.schema import _casualty_columns, _entity_link_columns, _folded_columns, _location_detail_columns

KYIV = Location("Kiev", country="UKR", city="Kyiv", lat=50.45466, lon=30.5238, name="Kyiv", admin1="Kyiv City",
                admin1_code="UA.12", geonames_id=703448, feature_class="P", precision="city", evidence="slot")
DONETSK = Location("Donetsk", country="UKR", lat=48.13, lon=37.75, name="Donetsk", admin1="Donetsk",
                   admin1_code="UA.05", feature_class="A", precision="admin1", evidence="slot")
PARIS = Location("Paris", country="FRA", city="Paris", lat=48.85341, lon=2.3488, name="Paris", admin1="Ile-de-France",
                 admin1_code="FR.11", geonames_id=2988507, feature_class="P", precision="city", evidence="dateline")


def _doc() -> Document:
    sentences = ["Protesters gathered in Kiev.", "Shelling hit the Donetsk region.", "Ministers met in Paris."]
    text = "\n".join(sentences)
    doc = Document(doc_id="d1", source="/in/d1.txt", raw=text, text=text, published=dt.date(2024, 3, 1),
                   language="en", content_hash="h1", status=Status.PROCESSED)
    offset = 0
    for i, (sentence, loc, cameo) in enumerate(zip(sentences, (KYIV, DONETSK, PARIS), ("141", "190", "040"))):
        span = (offset, offset + len(sentence))
        offset = span[1] + 1
        ev = Event(doc_id="d1", sentence_index=i, text=sentence, span=span,
                   source=ActorRef("Protesters", country="UKR"), target=None, cameo=cameo, cameo_root=cameo[:2],
                   trigger=sentence.split()[1], date=dt.date(2024, 3, 1), date_precision="day", location=loc)
        ev.assign_id()
        doc.events.append(ev)
    return doc


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_documents([_doc()])
    return path


def test_location_fields_round_trip(store_path):
    with Store(store_path, read_only=True) as store:
        events = {e["location"]["text"]: e["location"] for e in store.query_events(EventQuery(limit=None))}
    assert events["Kiev"] == KYIV.to_json()
    assert events["Donetsk"]["precision"] == "admin1" and events["Donetsk"]["admin1_code"] == "UA.05"


def test_filters_by_country_of_location_and_distance(store_path):
    with Store(store_path, read_only=True) as store:
        def texts(**kw):
            return sorted(e["location"]["text"] for e in store.query_events(EventQuery(limit=None, **kw)))

        assert texts(location_country="UKR") == ["Donetsk", "Kiev"]
        assert texts(near="50.45,30.52,50") == ["Kiev"]  # Donetsk region's centre is ~550 km away
        assert texts(near=(48.0, 35.0, 700)) == ["Donetsk", "Kiev"]
        assert texts(location_country="FRA", near="50.45,30.52,50") == []


def test_cli_place_options(store_path, capsys):
    assert main(["events", "--db", str(store_path), "--country-of-location", "fra", "--json"]) == 0
    out = capsys.readouterr().out
    assert "Paris" in out and "Kiev" not in out
    assert main(["events", "--db", str(store_path), "--near", "48.85,2.35,10", "--json"]) == 0
    out = capsys.readouterr().out
    assert "Paris" in out and "Donetsk" not in out


def test_api_place_filters(store_path):
    # the same filters as the CLI's, on every endpoint that takes the event filters
    from fastapi.testclient import TestClient

    from annalyst.serve import create_app

    with TestClient(create_app(store_path)) as client:
        def texts(path="/api/events", **params):
            body = client.get(path, params=params).json()
            return sorted(e["location"]["text"] for e in body["events"])

        assert texts(country_of_location="ukr") == ["Donetsk", "Kiev"]
        assert texts(near="50.45,30.52,50") == ["Kiev"]
        assert texts(country_of_location="UKR", near="48.85,2.35,10") == []
        assert texts(country_of_location="", near=" ") == ["Donetsk", "Kiev", "Paris"]  # empty form fields
        places = client.get("/api/locations", params={"country_of_location": "FRA"}).json()["places"]
        assert [p["name"] for p in places] == ["Paris"]
        csv_text = client.get("/api/events.csv", params={"near": "48.85,2.35,10"}).text
        assert "Paris" in csv_text and "Kiev" not in csv_text
        resp = client.get("/api/events", params={"near": "north,30,10"})
        assert resp.status_code == 422 and resp.json()["error"]["code"] == "E004"


def test_cli_refuses_a_bad_place_filter(store_path, capsys):
    assert main(["events", "--db", str(store_path), "--country-of-location", "Ukraine"]) == 2
    assert "did you mean UKR" in capsys.readouterr().err
    assert main(["events", "--db", str(store_path), "--near", "48.85,2.35"]) == 2


def test_gdelt_export_fills_action_geo(store_path, tmp_path):
    out = tmp_path / "e.tsv"
    with Store(store_path, read_only=True) as store:
        store.export(EventQuery(limit=None), "gdelt-tsv", out)
    rows = list(csv.reader(out.open(encoding="utf-8"), delimiter="\t"))
    from annalyst.store.export import gdelt_columns

    cols = list(gdelt_columns())
    geo = {r[cols.index("ActionGeo_FullName")]: r for r in rows if r and r[0] != "GLOBALEVENTID"}
    kyiv = geo["Kyiv, Kyiv City, Ukraine"]
    assert [kyiv[cols.index(f"ActionGeo_{f}")] for f in ("Type", "CountryCode", "ADM1Code", "FeatureID")] == \
        ["4", "UP", "UP12", "703448"]
    donetsk = geo["Donetsk, Ukraine"]
    assert [donetsk[cols.index(f"ActionGeo_{f}")] for f in ("Type", "ADM1Code", "FeatureID")] == ["5", "UP05", "UP05"]


def test_v1_store_is_migrated(tmp_path):
    path = tmp_path / "old.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    for column in _folded_columns():  # nor v5's folded clauses of mentions
        con.execute(f"ALTER TABLE mentions DROP COLUMN {column.name}")
    for table in ("mentions", "events"):
        # a v1 store has neither the v2 location columns nor the v3 casualty columns after them
        for column in (*_location_detail_columns(), *_casualty_columns(), *_entity_link_columns()):
            con.execute(f"ALTER TABLE {table} DROP COLUMN {column.name}")
    con.execute("DROP TABLE entities")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION == 5
        store.write_documents([_doc()])
        assert {e["location"]["precision"] for e in store.query_events(EventQuery(limit=None))} == \
            {"city", "admin1"}
