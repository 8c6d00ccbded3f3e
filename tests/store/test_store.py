"""The DuckDB store with hand-built documents: writes, merges, idempotence, queries, schema."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from annalyst.errors import QueryError, StoreError
from annalyst.model import RemovedLine, Status
from annalyst.store import SCHEMA_VERSION, EventQuery, Store
from annalyst.store.store import migrate
from store_records import make_doc
from tests.snapshots import store_snapshot

D = dt.date


def strike_docs():
    """Two wires on the 1st/2nd March strike, one on a strike a week later, plus other events."""
    return [
        make_doc("wireA", D(2024, 3, 1), [
            dict(source="RUSMIL", target="UKR", cameo="195", date=D(2024, 3, 1), location=("Kharkiv", "UKR", "Kharkiv")),
            dict(source="PRKGOV", target="USA", cameo="111", date=D(2024, 2, 28), said_by="KCNA"),
        ], outlet="Wire A"),
        make_doc("wireB", D(2024, 3, 2), [
            # the wire of the 2nd reports the strike of the 1st, coded with another code of one group of
            # compatible codes (merge_code_groups.tsv: two codes merge on one day only)
            dict(source="RUSMIL", target="UKR", cameo="190", date=D(2024, 3, 1)),
            dict(source="RUS", target="UKR", cameo="042", date=D(2024, 3, 2), flags=["hypothetical"]),
        ], outlet="Wire B"),
        make_doc("wireC", D(2024, 3, 9), [
            dict(source="RUSMIL", target="UKR", cameo="195", date=D(2024, 3, 8)),
            dict(source="PRKGOV", target="UNO", cameo="054", date=D(2024, 3, 9), flags=["negated"]),
        ], outlet="Wire A"),
    ]


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        s.write_documents(strike_docs())
        yield s


def test_consecutive_day_wires_merge_week_apart_do_not(store):
    strikes = store.query_events(EventQuery(event="ASSAULT"))
    assert [(e["date"], e["num_mentions"], e["num_articles"], e["num_sources"]) for e in strikes] == [
        ("2024-03-01", 2, 2, 2), ("2024-03-08", 1, 1, 1)]
    merged = store.get_event(strikes[0]["event_id"])
    assert {m["doc_id"] for m in merged["mentions"]} == {"wireA", "wireB"}
    # conflicting details stay on the mentions
    assert {m["cameo"] for m in merged["mentions"]} == {"195", "190"}
    assert merged["location"]["city"] == "Kharkiv"


def test_counts_and_compression(store):
    o = store.overview()
    assert (o["documents"], o["mentions"], o["events"]) == (3, 6, 5)
    assert o["compression"] == 1.2 and o["schema_version"] == SCHEMA_VERSION


def test_rewriting_is_idempotent(store):
    before = store_snapshot(store)
    store.write_documents(strike_docs())
    store.write_documents(strike_docs()[1:])
    assert store_snapshot(store) == before


def test_merge_is_independent_of_ingest_order(tmp_path):
    docs = strike_docs()
    with Store(tmp_path / "ab.duckdb") as ab, Store(tmp_path / "ba.duckdb") as ba, Store(tmp_path / "all.duckdb") as one:
        for doc in docs:
            ab.write_documents([doc])
        for doc in reversed(strike_docs()):
            ba.write_documents([doc])
        one.write_documents(strike_docs())
        assert store_snapshot(ab) == store_snapshot(ba) == store_snapshot(one)


def test_new_documents_update_counts(store):
    event_id = store.query_events(EventQuery(event="ASSAULT"))[0]["event_id"]
    store.write_documents([make_doc("wireD", D(2024, 3, 2), [
        dict(source="RUSMIL", target="UKR", cameo="195", date=D(2024, 3, 1))], outlet="Wire C")])
    event = store.get_event(event_id)
    assert (event["num_mentions"], event["num_articles"], event["num_sources"]) == (3, 3, 3)
    assert store.overview()["events"] == 5


def test_mention_id_finds_its_event(store):
    doc = store.get_document("wireB")
    mention = next(m for m in doc["mentions"] if m["cameo"] == "190")
    assert store.get_event(mention["mention_id"])["event_id"] == mention["event_id"]
    assert store.get_event("no-such-id") is None


def test_default_query_shows_asserted_only(store):
    asserted = store.query_events(EventQuery())
    assert all(not e["flags"] for e in asserted) and len(asserted) == 3
    flagged = store.query_events(EventQuery(include_flagged=True))
    assert len(flagged) == 5 and store.count_events(EventQuery(include_flagged=True)) == 5
    assert {tuple(e["flags"]) for e in flagged} == {(), ("hypothetical",), ("negated",)}


@pytest.mark.parametrize("query,expected", [
    (EventQuery(actor="PRK"), {"111"}),
    (EventQuery(actor="PRKGOV", include_flagged=True), {"111", "054"}),
    (EventQuery(actor="pyongyang"), {"111"}),
    (EventQuery(source="RUS"), {"195"}),
    (EventQuery(target="USA"), {"111"}),
    (EventQuery(country="usa"), {"111"}),
    (EventQuery(cameo="11"), {"111"}),
    (EventQuery(root="19"), {"195"}),
    (EventQuery(event="accuse"), {"111"}),
    (EventQuery(since="2024-03-02"), {"195"}),
    (EventQuery(until="2024-02"), {"111"}),
    (EventQuery(quad_class=3), {"111"}),
    (EventQuery(text="sentence 1 of wirea"), {"111"}),
    (EventQuery(min_mentions=2), {"195"}),
    (EventQuery(actor="x' OR 1=1 --"), set()),
])
def test_filters(store, query, expected):
    assert {e["cameo"] for e in store.query_events(query)} == expected


@pytest.mark.parametrize("since, until, expected", [
    ("2024-04", "2024-04", {"day", "week in April", "April"}),
    (None, "2024-04-15", {"day", "week in April"}),  # April and 2024 go on after the 15th
    (None, "2024-04-14", {"day", "week in April"}),  # the week of April 8-14 ends on the 14th itself
    (None, "2024-04-13", {"day"}),
    ("2024-04-02", None, {"day", "week in April", "week across months"}),  # April and 2024 begin before
    ("2024", "2024", {"day", "week in April", "April", "2024", "week across months"}),
    ("2024-04-29", "2024-05-05", {"week across months"}),
])
def test_since_and_until_keep_an_event_whose_whole_period_lies_in_the_range(tmp_path, since, until, expected):
    # issue 16: a week, month or year is dated by its first day; a range holds it only when it holds
    # all of it, so a filter never claims an event it cannot be sure of
    periods = {"day": (D(2024, 4, 3), "day"), "week in April": (D(2024, 4, 8), "week"),
               "April": (D(2024, 4, 1), "month"), "2024": (D(2024, 1, 1), "year"),
               "week across months": (D(2024, 4, 29), "week")}
    speakers = ("Ahmed", "Boris", "Chen", "Dmitri", "Erik")  # named apart: five happenings, never merged
    docs = [make_doc(f"w{n}", D(2025, 1, 1), [dict(source="RUSMIL", target="UKR", cameo="195", date=date,
                                                   precision=precision, said_by=speaker)])
            for n, ((date, precision), speaker) in enumerate(zip(periods.values(), speakers))]
    with Store(tmp_path / "p.duckdb") as s:
        s.write_documents(docs)
        found = s.query_events(EventQuery(since=since, until=until))
        names = {name for name, (date, precision) in periods.items()
                 if any((D.fromisoformat(e["date"]), e["date_precision"]) == (date, precision) for e in found)}
    assert names == expected


def test_sort_limit_offset(store):
    dates = [e["date"] for e in store.query_events(EventQuery(sort="-date"))]
    assert dates == sorted(dates, reverse=True)
    page = store.query_events(EventQuery(limit=1, offset=1))
    assert len(page) == 1 and page[0]["date"] == "2024-03-01"


def test_bad_filters_raise_query_error():
    for bad in (dict(since="yesterday"), dict(sort="random()"), dict(root="1; DROP"), dict(limit=-1), dict(cameo="x")):
        with pytest.raises(QueryError):
            EventQuery(**bad)


def test_event_json_contract(store):
    event = store.query_events(EventQuery(actor="PRK"))[0]
    for key in ("event_id", "doc_id", "date", "date_precision", "source", "target", "cameo", "cameo_root", "goldstein",
                "quad_class", "event", "mode", "context", "text", "span", "trigger", "attribution", "flags",
                "confidence", "location", "num_mentions", "num_articles", "num_sources", "first_seen"):
        assert key in event
    assert event["attribution"]["text"] == "KCNA"
    assert event["source"]["country"] == "PRK" and event["target"]["code"] == "USA"
    doc = store.get_document(event["doc_id"])
    start, end = event["span"]
    assert doc["text"][start:end] == event["text"]


def test_skipped_and_failed_documents_keep_their_reason(tmp_path):
    dup = make_doc("dup", D(2024, 3, 1), [], status=Status.SKIPPED, reason="duplicate:exact")
    dup.duplicate_of = "wireA"
    bad = make_doc("bad", None, [], status=Status.FAILED, reason="read: truncated gzip")
    ok = make_doc("ok", D(2024, 3, 1), [dict(source="RUS", target="UKR", cameo="042", date=D(2024, 3, 1))])
    ok.removed = [RemovedLine(text="Please select digest to download:", reason="boilerplate", line_no=3)]
    with Store(tmp_path / "s.duckdb") as s:
        s.write_documents([dup, bad, ok])
        assert s.get_document("dup")["reason"] == "duplicate:exact" and s.get_document("dup")["duplicate_of"] == "wireA"
        assert s.get_document("bad")["status"] == "failed"
        assert s.get_document("ok")["removed"] == [{"text": "Please select digest to download:", "reason": "boilerplate",
                                                   "line_no": 3}]
        assert s.stored_doc_ids(["dup", "bad", "ok", "new"]) == {"dup", "ok"}  # failed ones are retried
        assert s.known_hashes() == {"hash-ok": "ok"}
        assert [d["doc_id"] for d in s.list_documents(status="failed")] == ["bad"]


def test_timeline_and_dyads(store):
    weeks = store.timeline(EventQuery(include_flagged=True), period="week")
    assert [(w["period"], w["events"]) for w in weeks] == [("2024-02-26", 3), ("2024-03-04", 2)]
    months = store.timeline(EventQuery(source="RUS"), period="month")
    assert months == [{"period": "2024-03-01", "events": 2, "mentions": 3, "goldstein_sum": -20.0,
                       "goldstein_mean": -10.0, "verbal_coop": 0, "material_coop": 0, "verbal_conflict": 0,
                       "material_conflict": 2}]
    dyads = store.dyads()
    assert (dyads[0]["source"], dyads[0]["target"], dyads[0]["events"]) == ("RUS", "UKR", 2)
    per_week = store.dyads(EventQuery(source="PRK"), period="week")
    assert [(r["period"], r["target"], r["verbal_conflict"]) for r in per_week] == [("2024-02-26", "USA", 1)]
    with pytest.raises(QueryError):
        store.timeline(period="fortnight")


def test_list_actors(store):
    actors = {a["actor_key"]: a for a in store.list_actors()}
    assert actors["RUSMIL"]["mentions"] == 3 and actors["UKR"]["documents"] == 3
    assert [a["actor_key"] for a in store.list_actors("north korea")] == ["PRKGOV"]
    assert {a["actor_key"] for a in store.list_actors(country="prk")} == {"PRKGOV"}


def test_read_only_store_refuses_writes_and_missing_store(tmp_path):
    with pytest.raises(StoreError, match="annalyst ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    Store(tmp_path / "s.duckdb").close()
    with Store(tmp_path / "s.duckdb", read_only=True) as s:
        with pytest.raises(StoreError):
            s.write_documents(strike_docs())


def test_reading_a_zero_byte_store_says_how_to_rebuild_it(tmp_path):
    path = tmp_path / "killed.duckdb"
    path.write_bytes(b"")
    with pytest.raises(StoreError, match="rebuilds the store"):
        Store(path, read_only=True)
    Store(path).close()  # a writer rebuilds it
    Store(path, read_only=True).close()


def test_foreign_duckdb_file_is_refused(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not an annalyst store"):
        Store(path)


def _set_version(path, version):
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
    con.close()


def test_newer_store_says_upgrade(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    _set_version(path, SCHEMA_VERSION + 1)
    with pytest.raises(StoreError) as err:
        Store(path)
    assert "newer annalyst" in err.value.cause and "upgrade" in err.value.fix


def test_older_store_without_migration_says_what_to_do(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    _set_version(path, 0)
    with pytest.raises(StoreError) as err:
        Store(path)
    assert "cannot migrate" in err.value.cause and "annalyst ingest" in err.value.fix
    with pytest.raises(StoreError, match="needs migrating"):
        Store(path, read_only=True)


def test_migrate_applies_steps_in_one_transaction(tmp_path):
    con = duckdb.connect(str(tmp_path / "m.duckdb"))
    con.execute("CREATE TABLE meta (key VARCHAR, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("CREATE TABLE events (event_id VARCHAR)")
    steps = {1: ["ALTER TABLE events ADD COLUMN tone DOUBLE"], 2: ["UPDATE events SET tone = 0"]}
    migrate(con, 1, 3, steps)
    assert con.execute("SELECT value FROM meta").fetchone()[0] == "3"
    assert "tone" in [r[0] for r in con.execute("DESCRIBE events").fetchall()]
    broken = {3: ["ALTER TABLE events ADD COLUMN extra INTEGER", "SELECT * FROM no_such_table"]}
    with pytest.raises(StoreError, match="unchanged"):
        migrate(con, 3, 4, broken)
    assert "extra" not in [r[0] for r in con.execute("DESCRIBE events").fetchall()]
    assert con.execute("SELECT value FROM meta").fetchone()[0] == "3"
    con.close()


def test_remerge_all_with_a_wider_window(store):
    from annalyst.store.merge import MergeRule

    store.merge_rule = MergeRule(window_days=10)
    assert store.remerge_all() == 4  # the two strikes a week apart now count as one


def test_setting_a_merge_rule_drops_the_cache_of_the_old_rule(store):
    from annalyst.store.merge import MergeRule

    old_cache = store._merge_cache
    wider = MergeRule(window_days=10)
    store.merge_rule = wider
    assert store.merge_rule is wider
    assert store._merge_cache is not old_cache and store._merge_cache.rule is wider
    assert store._merge_cache.missing(["any-block"]) == ["any-block"]  # nothing linked by the old rule kept


def test_store_held_by_another_process_is_a_store_error(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "s.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom annalyst.store import Store\n"
         "s = Store(sys.argv[1])\nprint('open', flush=True)\ntime.sleep(30)", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError) as err:
            Store(path, read_only=True, lock_timeout=0.3)
        # the error names the holder (pid and command), not a bare DuckDB lock message
        assert f"process {holder.pid} (" in err.value.cause and "time.sleep(30)" in err.value.cause
        assert f"kill {holder.pid}" in err.value.fix
    finally:
        holder.kill()
        holder.wait()


def test_known_hashes_stream_in_chunks_as_the_mapping_has_them(store):
    assert dict(store.iter_known_hashes(chunk=1)) == store.known_hashes()
    assert len(store.known_hashes()) == 3


def test_a_batch_mixing_stored_and_new_documents_replaces_the_stored_ones(tmp_path):
    docs = strike_docs()
    with Store(tmp_path / "a.duckdb") as mixed, Store(tmp_path / "b.duckdb") as whole:
        mixed.write_documents(docs[:1])
        mixed.write_documents(docs)  # wireA stored already, wireB/wireC new: one batch
        whole.write_documents(docs)
        assert store_snapshot(mixed) == store_snapshot(whole)
