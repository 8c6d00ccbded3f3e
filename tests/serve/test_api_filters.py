"""The API refuses filter values that can match nothing (422, valid values, "did you mean"), as the CLI does."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from annalyst.serve import create_app
from annalyst.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from store_records import make_doc  # noqa: E402

D = dt.date


@pytest.mark.parametrize("params,message,fix", [
    ({"country": "Iran"}, "unknown country code 'Iran'", "did you mean IRN (Iran)?"),
    ({"country": "XYZ"}, "unknown country code 'XYZ'", "valid values: AFG, AGO"),
    ({"event": "FIGHT"}, "unknown PLOVER event 'FIGHT'", "did you mean ASSAULT?"),
    ({"root": "21"}, "unknown CAMEO root '21'", "valid values: 01, 02, 03"),
    ({"cameo": "99"}, "unknown CAMEO code '99'", "roots: 01, 02"),
    ({"mode": "aireal"}, "unknown PLOVER mode 'aireal'", "did you mean aerial?"),
    ({"since": "2022-08", "until": "2022-07"}, "since 2022-08-01 is after until 2022-07-31", "swap the two dates"),
    ({"since": "last week"}, "bad date 'last week'", "YYYY-MM-DD"),
    ({"country_of_location": "Ukraine"}, "unknown country code 'Ukraine'", "did you mean UKR (Ukraine)?"),
    ({"country_of_location": "IGO"}, "unknown country of location 'IGO'", "valid values: AFG"),
    ({"near": "50.4,30.5"}, "bad near '50.4,30.5': expected LAT,LON,KM", "e.g. 48.5,35.0,100"),
    ({"near": "95,30.5,10"}, "latitude -90..90", "e.g. 48.5,35.0,100"),
    ({"near": "50.4,30.5,0"}, "radius 0..20,040 km", "e.g. 48.5,35.0,100"),
])
def test_a_filter_that_matches_nothing_is_a_422_that_says_why(client, params, message, fix):
    for path in ("/api/events", "/api/timeline", "/api/dyads"):
        resp = client.get(path, params=params)
        assert resp.status_code == 422, resp.text
        error = resp.json()["error"]
        assert error["code"] == "E004" and message in error["message"] and fix in error["fix"]


def test_valid_values_are_normalised(client):
    assert client.get("/api/events", params={"country": "prk", "event": "support", "root": "5"}).json()["total"] == 1


@pytest.fixture()
def statements_db(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_documents([make_doc("a", D(2024, 3, 1), [
            dict(source="RUSMIL", target="UKR", cameo="195", date=D(2024, 3, 1)),
            dict(source="PRKGOV", target="USA", cameo="111", date=D(2024, 3, 2)),
            dict(source="USA", target="UKR", cameo="042", date=D(2024, 3, 3)),
        ])])
        # a statement (root 01) and an appeal (root 02), as the coder stores them
        store.con.execute("UPDATE events SET cameo = '010', cameo_root = '01', plover_event = NULL WHERE cameo = '111'")
        store.con.execute("UPDATE events SET cameo = '020', cameo_root = '02', plover_event = 'REQUEST' WHERE cameo = '042'")
    return path


def test_material_leaves_out_statements_and_appeals(statements_db):
    with TestClient(create_app(statements_db)) as client:
        assert client.get("/api/events").json()["total"] == 3
        material = client.get("/api/events", params={"material": "true"}).json()
        assert [e["cameo"] for e in material["events"]] == ["195"] and material["total"] == 1
        timeline = client.get("/api/timeline", params={"material": "true", "period": "month"}).json()["timeline"]
        assert [(t["period"], t["events"]) for t in timeline] == [("2024-03-01", 1)]
        assert client.get("/api/events", params={"sort": "-goldstein"}).json()["events"][0]["cameo"] == "020"


def test_totals_carry_the_merge_rule_warning_of_a_store_merged_by_another_rule(tmp_path):
    from annalyst.store.merge import MergeRule

    path = tmp_path / "other-rule.duckdb"
    with Store(path, merge_rule=MergeRule(window_days=10)) as store:
        store.write_documents([make_doc("a", D(2024, 3, 1), [{"source": "RUSMIL", "target": "UKR", "cameo": "195",
                                                              "date": D(2024, 3, 1),
                                                              "sentence": "Russian forces shelled Kharkiv."}])])
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        totals = c.get("/api/totals").json()
    assert totals["events"] == 1
    assert totals["merge_rule_warning"].startswith(f"the events of {path} were merged by merge rule ")
