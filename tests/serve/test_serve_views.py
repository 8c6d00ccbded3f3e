"""The API endpoints behind the UI's views: /api/summary, /api/locations(/events), /api/search,
/api/events.csv, the material filter, and the shipped map data."""

from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources

import pytest
from fastapi.testclient import TestClient

from annalyst.codes import lookup
from annalyst.serve import create_app
from annalyst.serve.queries import SEARCH_MAX_WORDS, country_points
from annalyst.store.filters import material_roots as statement_roots

from tests.serve.sample_store import BUSY_EVENTS, build_busy_store


@pytest.fixture(scope="module")
def busy(tmp_path_factory):
    db = build_busy_store(tmp_path_factory.mktemp("busy") / "busy.duckdb")
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def test_summary_counts_every_matching_event(client):
    body = client.get("/api/summary").json()
    # the sample: three asserted dated events (the hypothetical one is left out by default)
    assert body == {"total": 3, "dated": 3, "undated": 0, "first_date": "2022-07-13", "last_date": "2022-08-01",
                    "core_first": "2022-07-13", "core_last": "2022-08-01"}
    flagged = client.get("/api/summary", params={"include_flagged": "true"}).json()
    assert flagged["total"] == 4


def test_timeline_view_counts_what_lies_outside_the_window(client):
    body = client.get("/api/timeline/view", params={"from": "2022-07-14", "to": "2022-07-31", "period": "week"}).json()
    assert (body["before"], body["inside"], body["after"]) == (1, 1, 1)
    assert body["view"] == ["2022-07-14", "2022-07-31"] and body["period"] == "week"
    assert sum(r["events"] for r in body["timeline"]) == 1
    assert body["total"] == 3  # the summary's counts come along


def test_timeline_view_opens_on_the_dense_span(busy):
    """12 dates, one in 1939: the view is the shortest span holding 80% of them (10)."""
    body = busy.get("/api/timeline/view").json()
    assert body["view"] == ["2004-03-02", "2005-05-05"]
    assert (body["before"], body["inside"], body["after"]) == (1, 10, 1)
    assert body["period"] == "week"  # 429 days: weekly bars
    assert sum(r["events"] for r in body["timeline"]) == 10


def test_timeline_view_keeps_the_filters_dates(busy):
    body = busy.get("/api/timeline/view", params={"since": "2005-01-01", "from": "2004-01-01", "to": "2005-12-31"}).json()
    assert all(r["period"] >= "2004-12-27" for r in body["timeline"])  # the week holding 2005-01-01 at the earliest
    assert sum(r["events"] for r in body["timeline"]) == body["dated"] == 6


def test_timeline_view_refuses_a_bad_window_or_period(client):
    # a filter value that can match nothing is a 422, as every filter of the API (store/filters.py)
    resp = client.get("/api/timeline/view", params={"from": "July"})
    assert resp.status_code == 422 and resp.json()["error"]["code"] == "E004"
    assert client.get("/api/timeline/view", params={"period": "decade"}).status_code == 422
    reversed_ = client.get("/api/timeline/view", params={"from": "2022-08-01", "to": "2022-07-01"})
    assert reversed_.status_code == 400 and "after it ends" in reversed_.json()["error"]["message"]


def test_timeline_totals_match_the_summary(busy):
    """The chart's bars sum to the summary's dated count: every matching event is counted."""
    for period in ("day", "week", "month", "year"):
        rows = busy.get("/api/timeline", params={"period": period}).json()["timeline"]
        assert sum(r["events"] for r in rows) == busy.get("/api/summary").json()["dated"] == len(BUSY_EVENTS)


def test_locations_split_point_country_and_none(client):
    body = client.get("/api/locations").json()
    assert (body["total"], body["at_point"], body["at_country"], body["unplaced"], body["unlocated"]) == (3, 1, 1, 0, 1)
    by_key = {p["key"]: p for p in body["places"]}
    assert set(by_key) == {"point:39.03,125.75", "country:UKR"}
    assert by_key["country:UKR"]["lat"] == country_points()["UKR"].lat


def test_locations_follow_the_filters(busy):
    body = busy.get("/api/locations", params={"country": "UKR"}).json()
    assert body["total"] == 3 and body["at_point"] == 2 and body["unlocated"] == 1
    assert [p["key"] for p in body["places"]] == ["point:50.45,30.52"]


def test_events_at_a_place(busy):
    page = busy.get("/api/locations/events", params={"place": "point:51.51,-0.13"}).json()
    assert page["total"] == 2
    assert {e["location"]["city"] for e in page["events"]} == {"London"}
    country = busy.get("/api/locations/events", params={"place": "country:DEU"}).json()
    assert [e["date"] for e in country["events"]] == ["1939-09-01"]


@pytest.mark.parametrize("place", ["bogus", "point:north,south", "country:"])
def test_events_at_a_bad_place_is_refused(busy, place):
    resp = busy.get("/api/locations/events", params={"place": place})
    assert resp.status_code == 400 and "place" in resp.json()["error"]["message"]


def test_search_needs_every_word_case_insensitively(client):
    body = client.get("/api/search", params={"q": "KOREA north"}).json()
    assert body["words"] == ["KOREA", "north"]
    assert [r["sentence_index"] for r in body["results"]] == [0, 2]
    assert (body["total"], body["documents"]) == (2, 1)
    assert body["results"][0]["title"] == "DPRK Recognizes Donetsk and Lugansk"
    assert len(body["results"][0]["events"]) == 1
    only = client.get("/api/search", params={"q": "north recognized"}).json()
    assert [r["sentence_index"] for r in only["results"]] == [0]


def test_search_can_leave_out_flagged_sentences(client):
    body = client.get("/api/search", params={"q": "korea", "include_flagged": "false"}).json()
    assert [r["sentence_index"] for r in body["results"]] == [0]


def test_search_pages(busy):
    first = busy.get("/api/search", params={"q": "trade", "limit": 5}).json()
    second = busy.get("/api/search", params={"q": "trade", "limit": 5, "offset": 5}).json()
    assert first["total"] == len(BUSY_EVENTS)
    assert not {r["doc_id"] for r in first["results"]} & {r["doc_id"] for r in second["results"]}


def test_search_refuses_empty_and_too_many_words(client):
    assert client.get("/api/search", params={"q": "  "}).status_code == 400
    assert client.get("/api/search").status_code == 422
    many = " ".join(f"w{i}" for i in range(SEARCH_MAX_WORDS + 1))
    assert client.get("/api/search", params={"q": many}).status_code == 400


def _csv(resp):
    return list(csv.DictReader(io.StringIO(resp.text)))


def test_csv_holds_every_matching_event_with_the_same_filters(busy):
    resp = busy.get("/api/events.csv", params={"country": "GBR"})
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/csv")
    assert "attachment" in resp.headers["content-disposition"]
    rows = _csv(resp)
    assert len(rows) == busy.get("/api/events", params={"country": "GBR"}).json()["total"] == 9
    assert all("GBR" in (r["source_country"], r["target_country"]) for r in rows)
    assert {r["cameo"] for r in rows} >= {"036", "042", "010"}  # codes keep their leading zero


def test_csv_streams_in_chunks(busy, monkeypatch):
    from annalyst.serve import queries

    monkeypatch.setattr(queries, "CSV_CHUNK", 5)
    rows = _csv(busy.get("/api/events.csv", params={"sort": "date"}))
    assert [r["date"] for r in rows] == sorted(e[4].isoformat() for e in BUSY_EVENTS)
    assert len({r["event_id"] for r in rows}) == len(BUSY_EVENTS)


def test_csv_bad_filter_is_a_json_error(busy):
    resp = busy.get("/api/events.csv", params={"since": "soon"})
    assert resp.status_code == 422 and resp.json()["error"]["code"] == "E004"


def test_material_leaves_out_statements_and_appeals(busy):
    every = busy.get("/api/events", params={"limit": 100}).json()["events"]
    material = busy.get("/api/events", params={"limit": 100, "material": "true"}).json()["events"]
    assert {e["cameo"] for e in every} - {e["cameo"] for e in material} == {"010", "020"}
    assert len(material) == len(BUSY_EVENTS) - 2
    assert busy.get("/api/summary", params={"material": "true"}).json()["total"] == len(BUSY_EVENTS) - 2
    assert len(_csv(busy.get("/api/events.csv", params={"material": "true"}))) == len(BUSY_EVENTS) - 2


def test_statement_roots_are_known_cameo_roots():
    roots = statement_roots()
    assert roots == ("01", "02")
    assert all(re.fullmatch(r"\d{2}", r) and lookup(r).code == r for r in roots)


def test_centroid_table_is_valid():
    points = country_points()
    assert len(points) > 200
    for iso3, p in points.items():
        assert re.fullmatch(r"[A-Z]{3}", iso3) and p.iso3 == iso3
        assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180
        assert p.basis in {"ne110m", "capital"}
    # spot checks against the map: a country's point lies in it (roughly: its own bounding box)
    assert 45 < points["FRA"].lat < 50 and 0 < points["FRA"].lon < 5
    assert 35 < points["USA"].lat < 45 and -105 < points["USA"].lon < -90
    assert points["SGP"].basis == "capital"


def test_world_map_is_shipped_and_keyed_by_iso3():
    text = resources.files("annalyst.serve").joinpath("static", "world-110m.json").read_text(encoding="utf-8")
    world = json.loads(text)
    assert "Natural Earth" in world["source"]
    codes = [c["iso3"] for c in world["countries"] if c["iso3"]]
    assert len(codes) > 160 and {"FRA", "USA", "RUS", "CHN", "BRA"} <= set(codes)
    assert set(codes) <= set(country_points())  # every drawn country has its point
    for c in world["countries"]:
        assert re.fullmatch(r"(M[-0-9.,L]+Z)+", c["d"]), c["name"]
    notice = resources.files("annalyst.serve").joinpath("static", "NOTICE-world-110m.txt").read_text(encoding="utf-8")
    assert "public domain" in notice and "ISC" in notice


def test_map_file_is_served(client):
    resp = client.get("/static/world-110m.json")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/json")


def test_document_search_finds_text_without_events(client, sample):
    # "Officials said ... nothing more." gave no event: only the document search finds it
    assert client.get("/api/search", params={"q": "nothing more"}).json()["total"] == 0
    body = client.get("/api/search", params={"q": "nothing more", "in": "documents"}).json()
    assert body["total"] == 1
    hit = body["results"][0]
    assert hit["doc_id"] == sample.xss_doc
    doc = client.get(f"/api/documents/{sample.xss_doc}").json()
    start, end = hit["match"]
    assert doc["text"][start:end] == "nothing"
    assert hit["snippet"] in doc["text"] and doc["text"].index(hit["snippet"]) == hit["snippet_start"]


def test_document_search_needs_every_word(client):
    assert client.get("/api/search", params={"q": "korea", "in": "documents"}).json()["total"] == 1
    assert client.get("/api/search", params={"q": "korea sabotage", "in": "documents"}).json()["total"] == 0
    assert client.get("/api/search", params={"q": "korea", "in": "everything"}).status_code == 422


def test_totals_match_health(busy):
    health = busy.get("/api/health").json()
    assert busy.get("/api/totals").json() == {**{k: health[k] for k in ("documents", "mentions", "events")},
                                              "merge_rule_warning": None}

