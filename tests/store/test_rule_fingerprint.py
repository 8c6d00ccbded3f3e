"""The store knows which merge rule grouped its events (``merge.rule_fingerprint``; docs/store.md,
"Merge rule fingerprint"): a write into a store merged by another rule, or before fingerprints,
re-merges it first, and readers report the mismatch."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from annalyst.cli import main
from annalyst.store import Store
from annalyst.store.merge import MergeRule, load_features, rule_fingerprint
from store_records import make_doc
from tests.snapshots import store_snapshot

D = dt.date
STRIKE = "Russian forces shelled Kharkiv overnight, killing 4 civilians."


def _strike(doc_id: str, day: int):
    return make_doc(doc_id, D(2024, 3, day), [{"source": "RUSMIL", "target": "UKR", "cameo": "195",
                                               "date": D(2024, 3, day), "sentence": STRIKE}])


def _fresh(path: Path, docs) -> dict:
    with Store(path) as store:
        store.write_documents(docs)
        return store_snapshot(store)


def test_fingerprint_is_the_same_in_another_process():
    src = str(Path(__file__).resolve().parents[2] / "src")
    code = "from annalyst.store.merge import MergeRule, rule_fingerprint; print(rule_fingerprint(MergeRule()))"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONPATH": src, "PYTHONHASHSEED": "12345"}).stdout.strip()
    assert other == rule_fingerprint(MergeRule())


def test_every_part_of_the_rule_changes_the_fingerprint():
    base = rule_fingerprint(MergeRule())
    weights = dict(load_features().weights)
    weights[next(iter(weights))] += 1.0
    features = dataclasses.replace(load_features(), weights=weights)
    changed = [MergeRule(window_days=3), MergeRule(min_text_overlap=0.4), MergeRule(same_document_fallback=False),
               MergeRule(features=features),
               MergeRule(features=dataclasses.replace(load_features(), remarks_families=frozenset()))]
    prints = [rule_fingerprint(rule) for rule in changed]
    assert base not in prints and len(set(prints)) == len(prints)
    assert rule_fingerprint(MergeRule(features=dataclasses.replace(load_features()))) == base


def test_a_new_store_records_its_rule_on_first_write(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.merge_rule_status()["current"]  # empty: nothing was grouped by any rule
        store.write_documents([_strike("a", 1)])
        status = store.merge_rule_status()
        assert status["stored"] == rule_fingerprint(MergeRule()) and status["current"]
        assert status["warning"] is None and store.rule_changes == []


def test_a_store_merged_by_another_rule_is_reported_and_re_merged_by_the_next_write(tmp_path):
    path = tmp_path / "s.duckdb"
    wide = MergeRule(window_days=10)
    with Store(path, merge_rule=wide) as store:
        store.write_documents([_strike("a", 1), _strike("b", 8)])
        assert [e["num_mentions"] for e in store.query_events()] == [2]  # a week apart: one event by this rule
    with Store(path, read_only=True) as reader:
        status = reader.overview()["merge_rule"]
        assert status["current"] is False and status["stored"] == rule_fingerprint(wide)
        assert "--remerge" in status["warning"]
    with Store(path) as store:
        store.write_documents([_strike("c", 2)])
        assert len(store.rule_changes) == 1
        change = store.rule_changes[0]
        assert (change.stored, change.current, change.mentions, change.events_before) == \
            (rule_fingerprint(wide), rule_fingerprint(MergeRule()), 2, 1)
        written = store_snapshot(store)
        status = store.merge_rule_status()
        assert status["current"] and status["last_remerge"]["events_after"] == 2
    assert written == _fresh(tmp_path / "fresh.duckdb", [_strike("a", 1), _strike("b", 8), _strike("c", 2)])


def test_a_store_from_before_fingerprints_is_re_merged_as_a_fresh_ingest_would(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_documents([_strike("a", 1), _strike("b", 1)])
        # an older store: no fingerprint, and blocks keyed the old way (by dyad and article)
        store.con.execute("DELETE FROM meta WHERE key LIKE 'merge_rule%'")
        store.con.execute("UPDATE mentions SET block = 'RUS:MIL>UKR:|FIGHT|asserted|' || doc_id")
        store.con.execute("DELETE FROM events")
        store._remerge({r[0] for r in store.con.execute("SELECT DISTINCT block FROM mentions").fetchall()})
    with Store(path, read_only=True) as reader:
        assert reader.merge_rule_status()["current"] is False
    with Store(path) as store:
        store.write_documents([_strike("c", 1)])
        assert [c.stored for c in store.rule_changes] == [None]
        written = store_snapshot(store)
        assert [e["num_mentions"] for e in store.query_events()] == [3]
    assert written == _fresh(tmp_path / "fresh.duckdb", [_strike("a", 1), _strike("b", 1), _strike("c", 1)])


def test_a_second_write_does_not_re_merge_again(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path, merge_rule=MergeRule(window_days=10)) as store:
        store.write_documents([_strike("a", 1)])
    with Store(path) as store:
        store.write_documents([_strike("b", 2)])
        store.write_documents([_strike("c", 3)])
    with Store(path) as store:
        store.write_documents([_strike("d", 4)])
        assert len(store.rule_changes) == 0
    with Store(path, read_only=True) as reader:
        assert json.loads(reader.con.execute(
            "SELECT value FROM meta WHERE key = 'merge_rule_remerged'").fetchone()[0])["mentions"] == 1


def test_stats_shows_the_mismatch_and_remerge_clears_it(tmp_path, capsys):
    path = tmp_path / "s.duckdb"
    with Store(path, merge_rule=MergeRule(window_days=10)) as store:
        store.write_documents([_strike("a", 1)])
    assert main(["stats", "--db", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["merge_rule"]["current"] is False
    assert main(["stats", "--db", str(path)]) == 0
    captured = capsys.readouterr()
    assert "warning: the events of" in captured.err and "merge rule" in captured.out
    assert main(["stats", "--db", str(path), "--remerge"]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", str(path)]) == 0
    assert "warning" not in capsys.readouterr().err


def test_events_warns_on_a_store_of_another_rule(tmp_path, capsys):
    path = tmp_path / "s.duckdb"
    with Store(path, merge_rule=MergeRule(window_days=10)) as store:
        store.write_documents([_strike("a", 1)])
    assert main(["events", "--db", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1 and "annalyst: warning: the events of" in captured.err


def test_ingest_re_merges_a_store_of_another_rule_and_says_so(tmp_path, capsys):
    path = tmp_path / "s.duckdb"
    with Store(path, merge_rule=MergeRule(window_days=10)) as store:
        store.write_documents([_strike("a", 1), _strike("b", 8)])
    text = tmp_path / "note.txt"
    text.write_text("The weather was mild in London on Tuesday.\n", encoding="utf-8")
    assert main(["ingest", str(text), "--db", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["merge_rule_remerged"]["events_after"] == 2
    assert "annalyst: re-merged 2 mentions with this version's merge rule" in captured.err
    assert main(["ingest", str(text), "--db", str(path), "--json"]) == 0  # again: nothing to re-merge
    captured = capsys.readouterr()
    assert "merge_rule_remerged" not in json.loads(captured.out) and "re-merged" not in captured.err
    with Store(path, read_only=True) as reader:
        assert [e["num_mentions"] for e in reader.query_events()] == [1, 1]
        assert reader.merge_rule_status()["current"]
