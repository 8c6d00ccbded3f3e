"""The JSON API: filters, pagination, one error shape, and nothing reaching the file system."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annalyst.serve import MAX_PAGE, create_app
from annalyst.serve.app import PeriodName, SortName
from annalyst.store import PERIODS, SORTS, Store


def assert_error_shape(resp, status: int, code: str | None = None) -> dict:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "fix"}
    assert body["error"]["code"].startswith("E") and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body["error"]


def test_default_lists_asserted_events_only(client):
    body = client.get("/api/events").json()
    assert body["total"] == 3 == len(body["events"])
    assert all(not ({"hypothetical", "disputed", "negated"} & set(e["flags"])) for e in body["events"])
    flagged = client.get("/api/events", params={"include_flagged": "true"}).json()
    assert flagged["total"] == 4
    assert any("hypothetical" in e["flags"] for e in flagged["events"])


@pytest.mark.parametrize("params,expected", [
    ({"country": "PRK"}, {("PRK", "SUPPORT"), ("UKR", "SANCTION"), ("PRK", "ACCUSE")}),
    ({"country": "prk", "event": "support"}, {("PRK", "SUPPORT")}),
    ({"source": "UKR"}, {("UKR", "SANCTION")}),
    ({"cameo": "05"}, {("PRK", "SUPPORT")}),
    ({"root": "16"}, {("UKR", "SANCTION")}),
    ({"quad_class": 3}, {("PRK", "ACCUSE")}),
    ({"since": "2022-07-14", "until": "2022-07"}, {("UKR", "SANCTION")}),
    ({"actor": "Donetsk"}, {("PRK", "SUPPORT")}),
    ({"text": "severing"}, {("UKR", "SANCTION")}),
    ({"country": "", "actor": "  "}, {("PRK", "SUPPORT"), ("UKR", "SANCTION"), ("PRK", "ACCUSE")}),
])
def test_filters(client, params, expected):
    body = client.get("/api/events", params=params).json()
    assert {(e["source"]["country"], e["event"]) for e in body["events"]} == expected
    assert body["total"] == len(expected)


def test_pagination_walks_every_event_once(client):
    seen, offset = [], 0
    while offset is not None:
        body = client.get("/api/events", params={"limit": 1, "offset": offset, "include_flagged": "true"}).json()
        assert body["total"] == 4 and len(body["events"]) <= 1
        seen += [e["event_id"] for e in body["events"]]
        offset = body["next_offset"]
    assert len(seen) == len(set(seen)) == 4


def test_sort_orders(client):
    dates = [e["date"] for e in client.get("/api/events", params={"sort": "-date"}).json()["events"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("params", [{"limit": MAX_PAGE + 1}, {"limit": 0}, {"offset": -1}, {"sort": "random()"},
                                    {"quad_class": 9}, {"include_flagged": "perhaps"}])
def test_bad_parameters_are_422_in_the_one_shape(client, params):
    err = assert_error_shape(client.get("/api/events", params=params), 422, "E004")
    assert next(iter(params)) in err["message"]


@pytest.mark.parametrize("params", [{"since": "13/07/2022"}, {"cameo": "05x"}, {"root": "1a"}])
def test_malformed_filters_are_422(client, params):
    # 422 like every other refused value (filters are checked in one place: annalyst.store.filters)
    assert_error_shape(client.get("/api/events", params=params), 422, "E004")


def test_page_size_cap_holds_at_the_boundary(client):
    assert client.get("/api/events", params={"limit": MAX_PAGE}).status_code == 200


def test_event_with_its_mentions(client):
    prk = client.get("/api/events", params={"country": "PRK", "event": "SUPPORT"}).json()["events"][0]
    body = client.get(f"/api/events/{prk['event_id']}").json()
    ev, mentions = body["event"], body["mentions"]
    assert ev["cameo"] == "054" and ev["cameo_name"] and ev["num_mentions"] == 1
    (m,) = mentions
    assert m["text"].startswith("North Korea has officially recognized")
    assert m["document"]["title"] == "DPRK Recognizes Donetsk and Lugansk"
    assert m["document"]["outlet"] == "New Eastern Outlook" and m["document"]["published"] == "2022-07-18"
    start, end = m["trigger_span"]
    doc = client.get(f"/api/documents/{m['doc_id']}").json()
    assert doc["text"][start:end] == m["trigger"] == "recognized"
    assert doc["text"][m["span"][0]:m["span"][1]] == m["text"]


def test_document_with_removed_lines(client, sample):
    doc = client.get(f"/api/documents/{sample.prk_doc}").json()
    assert doc["status"] == "processed" and "North Korea" in doc["text"]
    assert {(r["text"], r["reason"]) for r in doc["removed"]} >= {("Please select digest to download:", "boilerplate")}
    failed = client.get(f"/api/documents/{sample.failed_doc}").json()
    assert failed["status"] == "failed" and "bad gzip" in failed["reason"]


def test_not_found_is_404_in_the_one_shape(client):
    assert_error_shape(client.get("/api/events/nope"), 404, "E404")
    assert_error_shape(client.get("/api/documents/nope"), 404, "E404")
    assert_error_shape(client.get("/api/nothing-here"), 404, "E404")
    assert_error_shape(client.get("/static/missing.js"), 404, "E404")


@pytest.mark.parametrize("path", ["/static/../../../../etc/passwd", "/static/..%2F..%2Fpyproject.toml",
                                  "/static/%2e%2e/app.py", "/static/static_files.py", "/static/__init__.py"])
def test_no_path_reaches_the_file_system(client, path):
    resp = client.get(path)
    assert resp.status_code == 404
    assert "root:" not in resp.text and "import" not in resp.text


def test_wrong_method_is_405_in_the_one_shape(client):
    assert_error_shape(client.post("/api/events"), 405, "E405")
    assert_error_shape(client.delete("/api/events/x"), 405)


def test_missing_store_is_an_error_with_a_fix(tmp_path):
    from fastapi.testclient import TestClient

    with TestClient(create_app(tmp_path / "absent.duckdb"), raise_server_exceptions=False) as c:
        err = assert_error_shape(c.get("/api/events"), 500, "E003")
    assert "annalyst ingest" in err["fix"]


def test_injection_attempts_are_only_values(client, sample):
    for attack in ("PRK' OR 1=1 --", "x'); DROP TABLE events; --", "%' OR '%'='"):
        body = client.get("/api/events", params={"actor": attack, "include_flagged": "true"}).json()
        assert body["total"] == 0
    assert client.get("/api/events", params={"include_flagged": "true"}).json()["total"] == 4


def test_dyads_actors_timeline(client):
    dyads = client.get("/api/dyads").json()["dyads"]
    pairs = {(d["source"], d["target"]): d for d in dyads}
    assert pairs[("UKR", "PRK")]["events"] == 1 and pairs[("UKR", "PRK")]["goldstein_mean"] < 0
    assert pairs[("PRK", "UKR")]["goldstein_mean"] > 0
    per_month = client.get("/api/dyads", params={"period": "month"}).json()["dyads"]
    assert {d["period"] for d in per_month} == {"2022-07-01", "2022-08-01"}
    actors = client.get("/api/actors", params={"country": "PRK"}).json()["actors"]
    assert actors and all(a["country"] == "PRK" for a in actors)
    months = client.get("/api/timeline", params={"period": "month", "include_flagged": "true"}).json()["timeline"]
    assert sum(m["events"] for m in months) == 4
    assert_error_shape(client.get("/api/timeline", params={"period": "fortnight"}), 422, "E004")


def test_health_and_openapi(client):
    assert client.get("/api/health").json()["events"] == 4
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/actors", "/api/dyads", "/api/documents/{doc_id}"):
        assert path in paths
    assert client.get("/docs").status_code == 404  # FastAPI's docs page would load a CDN


def test_ui_is_served_with_a_strict_policy(client):
    resp = client.get("/")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/html")
    csp = resp.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert resp.headers["x-content-type-options"] == "nosniff"
    for name in ("app.js", "style.css"):
        assert client.get(f"/static/{name}").status_code == 200
    assert "http" not in client.get("/").text.replace("http-equiv", "")  # no CDN, no external link


def test_ui_script_never_writes_html_from_data(client):
    js = client.get("/static/app.js").text
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in js.replace("Never innerHTML", "")


def test_literal_choices_follow_the_store():
    assert set(SortName.__args__) == set(SORTS)
    assert set(PeriodName.__args__) == set(PERIODS)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actor=st.text(max_size=30), limit=st.integers(-5, MAX_PAGE + 5), since=st.text(max_size=12))
def test_any_request_is_a_page_or_the_one_error_shape(client, actor, limit, since):
    resp = client.get("/api/events", params={"actor": actor, "limit": limit, "since": since})
    if resp.status_code == 200:
        body = resp.json()
        assert len(body["events"]) <= limit <= MAX_PAGE
    else:
        assert resp.status_code in (400, 422)
        assert set(resp.json()["error"]) == {"code", "message", "fix"}


def test_store_left_untouched_by_serving(sample):
    with Store(sample.db, read_only=True) as store:
        assert store.overview()["events"] == 4
