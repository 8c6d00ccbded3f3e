"""``bench/locations.py``: its gold files are well formed, the halves stay put, incidents score as documented."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import REPO, SHARED


@pytest.fixture(scope="module")
def bl():
    spec = importlib.util.spec_from_file_location("locations_bench", REPO / "bench" / "locations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["locations_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_gold_and_incident_rows_are_complete(bl):
    gold = bl.load_gold()
    incidents = bl.load_incidents()
    assert {row["set"] for row in gold} == {"audit", "wire", "wire2", "wire3", "web"}
    assert all(row["country"] and len(row["country"]) == 3 for row in gold if row["precision"] in bl.PRECISIONS)
    assert all(row["names"] for row in gold if row["precision"] in ("city", "admin1"))
    assert all(len(i["country"]) == 3 and i["towns"] and i["types"] for i in incidents)


def test_wire3_stories_are_in_no_judged_set(bl):
    # wire3 is new dev evidence: none of its stories may be one a judged set already scores
    import json

    wire3 = {row["doc"] for row in bl.load_gold() if row["set"] == "wire3"}
    judged = set()
    for name in ("judged-1", "judged-2"):
        for line in (REPO / "bench" / "data" / name / "sample.jsonl").read_text(encoding="utf-8").splitlines():
            judged.add(json.loads(line)["id"])
    others = {row["doc"] for row in bl.load_gold() if row["set"] != "wire3"} | {i["doc"] for i in bl.load_incidents()}
    assert len(wire3) == 12 and not wire3 & (judged | others)
    assert all(int(doc.split("-")[1]) > 2000 for doc in wire3)


def test_web_pages_are_in_no_judged_set(bl):
    # web is dev evidence beside judged-3, which stays a check set: none of its pages may be judged-3's
    import json

    web = {row["doc"] for row in bl.load_gold() if row["set"] == "web"}
    judged = set()
    for name in ("judged-1", "judged-2", "judged-3"):
        for line in (REPO / "bench" / "data" / name / "sample.jsonl").read_text(encoding="utf-8").splitlines():
            judged.add(json.loads(line)["id"])
    others = {row["doc"] for row in bl.load_gold() if row["set"] != "web"} | {i["doc"] for i in bl.load_incidents()}
    assert len(web) == 18 and not web & (judged | others)
    assert all(doc.startswith(("zyte-", "trafilatura-")) for doc in web)


def test_a_later_set_moves_no_first_round_document(bl):
    gold = bl.load_gold()
    first = sorted({row["doc"] for row in gold if row["set"] in bl.FIRST_ROUND})
    halves = bl.halves_of(gold)
    assert {d: halves[d] for d in first} == bl.split(first)
    later = {row["doc"] for row in gold if row["set"] not in bl.FIRST_ROUND}
    assert {halves[d] for d in later} == {"dev", "test"}


def test_an_incident_counts_only_a_right_type_event_and_a_named_town(bl):
    class Judge:
        @staticmethod
        def norm(text):
            return text.lower()

    incident = {"doc": "d", "sentence": "Police fired", "types": {"ASSAULT"}, "country": "IND", "towns": ["Surat"]}
    place = {"country": "IND", "name": "Surat", "city": "Surat", "precision": "city"}
    events = [
        {"doc": "d", "sentence": "Police fired on a mob.", "trigger": "said", "type": "CONSULT", "location": place},
        {"doc": "d", "sentence": "Police fired on a mob.", "trigger": "fired", "type": "ASSAULT",
         "location": {"country": "IND", "name": "Gujarat", "precision": "admin1"}},
    ]
    stats = bl.score_incidents(events, [incident], {"d": "dev"}, Judge())
    assert dict(stats["all/dev"]) == {"incidents": 1, "typed": 1, "country": 1, "town": 0}
    events[1]["location"] = place
    stats = bl.score_incidents(events, [incident], {"d": "dev"}, Judge())
    assert dict(stats["all/dev"]) == {"incidents": 1, "typed": 1, "country": 1, "town": 1}


@pytest.mark.skipif(not (SHARED / "eval" / "india-police-events").exists(), reason="needs ../shared")
def test_every_gold_document_is_found(bl):
    wanted = {row["doc"] for row in bl.load_gold()} | {i["doc"] for i in bl.load_incidents()}
    found = {story["id"] for story in bl._stories(SHARED, wanted)}
    assert found == wanted
