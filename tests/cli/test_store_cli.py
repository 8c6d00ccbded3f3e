"""CLI: ``events``, ``export``, ``stats`` over a hand-built store; ``ingest``/``demo`` end to end (slow)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from annalyst.cli import main  # noqa: E402
from annalyst.store import Store  # noqa: E402
from store_records import make_doc  # noqa: E402

D = dt.date


@pytest.fixture()
def db(tmp_path) -> str:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_documents([
            make_doc("a", D(2022, 7, 13), [
                dict(source="PRKGOV", target="UKR", cameo="054", date=D(2022, 7, 13)),
                dict(source="PRKGOV", target="USA", cameo="111", date=D(2022, 2, 26)),
            ]),
            make_doc("b", D(2022, 7, 14), [
                dict(source="PRKGOV", target="UKR", cameo="054", date=D(2022, 7, 13)),
                dict(source="RUS", target="USA", cameo="111", date=D(2022, 7, 14), flags=["hypothetical"]),
            ], outlet="Wire B"),
        ])
    return str(path)


def test_events_table(db, capsys):
    assert main(["events", "--db", db]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:6] == ["date", "source", "cameo", "event", "target", "n"]
    assert len(lines) == 4  # header, rule, two asserted events
    assert "2022-07-13" in out and "PRKGOV (Pyongyang)" in out


def test_events_json_filters(db, capsys):
    assert main(["events", "--db", db, "--json", "--cameo", "05", "--since", "2022-07"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 1 and rows[0]["cameo"] == "054" and rows[0]["num_mentions"] == 2
    assert main(["events", "--db", db, "--json", "--actor", "USA", "--include-flagged"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {tuple(r["flags"]) for r in rows} == {(), ("hypothetical",)}


def test_events_csv_and_mentions(db, capsys):
    assert main(["events", "--db", db, "--csv", "--event", "SUPPORT"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 1 and rows[0]["cameo"] == "054"
    assert main(["events", "--db", db, "--json", "--mentions", "--event", "SUPPORT"]) == 0
    mentions = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(mentions) == 2 and len({m["event_id"] for m in mentions}) == 1


def test_export_each_format(db, tmp_path, capsys):
    for fmt, name in (("csv", "e.csv"), ("parquet", "e.parquet"), ("plover-jsonl", "e.jsonl"), ("gdelt-tsv", "e.tsv")):
        out = tmp_path / name
        assert main(["export", "--db", db, "--format", fmt, "--out", str(out), "--actor", "PRK"]) == 0
        assert out.stat().st_size > 0
        assert "exported 2 events" in capsys.readouterr().err
    assert len((tmp_path / "e.tsv").read_text().splitlines()) == 2


def test_stats_overview_and_aggregates(db, capsys):
    assert main(["stats", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "mentions   4" in out and "events     3" in out
    assert main(["stats", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["compression"] == round(4 / 3, 3)
    assert main(["stats", "--db", db, "--by", "month", "--actor", "PRK", "--json"]) == 0
    months = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(m["period"], m["events"], m["verbal_conflict"]) for m in months] == [("2022-02-01", 1, 1), ("2022-07-01", 1, 0)]
    assert main(["stats", "--db", db, "--dyads", "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {(r["source"], r["target"]) for r in rows} == {("PRK", "UKR"), ("PRK", "USA")}


def test_missing_store_and_bad_filter_are_errors_with_a_fix(tmp_path, capsys):
    assert main(["events", "--db", str(tmp_path / "none.duckdb")]) == 1
    err = capsys.readouterr().err
    assert "E003" in err and "fix:" in err and "annalyst ingest" in err
    assert main(["events", "--db", str(tmp_path / "none.duckdb"), "--json"]) == 1
    assert json.loads(capsys.readouterr().err)["error"]["code"] == "E003"


def test_bad_date_is_a_query_error(db, capsys):
    # a usage error: exit 2 (was 1 before filters were validated in one place)
    assert main(["events", "--db", db, "--since", "last week"]) == 2
    assert "E004" in capsys.readouterr().err


@pytest.mark.parametrize("argv,message,fix", [
    (["--country", "Iran"], "unknown country code 'Iran'", "did you mean IRN (Iran)?"),
    (["--country", "XYZ"], "unknown country code 'XYZ'", "valid values: AFG, AGO, ALB"),
    (["--event", "FIGHT"], "unknown PLOVER event 'FIGHT'", "did you mean ASSAULT?"),
    (["--root", "33"], "unknown CAMEO root '33'", "valid values: 01, 02"),
    (["--since", "2022-08", "--until", "2022-07"], "the date range is empty: since 2022-08-01 is after", "swap"),
])
@pytest.mark.parametrize("command", ["events", "export", "stats"])
def test_a_filter_that_matches_nothing_exits_2_and_says_why(db, tmp_path, capsys, argv, message, fix, command):
    extra = ["--out", str(tmp_path / "x.csv")] if command == "export" else ["--by", "month"] if command == "stats" else []
    assert main([command, "--db", db, *extra, *argv]) == 2
    err = capsys.readouterr().err
    assert f"error E004: {message}" in err and fix in err
    assert not (tmp_path / "x.csv").exists()


def test_sort_descending_as_a_separate_word(db, capsys):
    assert main(["events", "--db", db, "--json", "--sort", "-goldstein", "--include-flagged"]) == 0
    by_separate = [json.loads(line)["goldstein"] for line in capsys.readouterr().out.splitlines()]
    assert main(["events", "--db", db, "--json", "--sort=-goldstein", "--include-flagged"]) == 0
    by_equals = [json.loads(line)["goldstein"] for line in capsys.readouterr().out.splitlines()]
    assert by_separate == by_equals == sorted(by_equals, reverse=True) and len(by_equals) == 3
    assert main(["events", "--db", db, "--sort", "-date", "--limit", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["date"] == "2022-07-13"


def test_material_leaves_out_statements_and_appeals(db, capsys):
    with Store(db) as store:  # make the accusation a statement (root 01), as the coder stores one
        store.con.execute("UPDATE events SET cameo = '010', cameo_root = '01', plover_event = NULL WHERE cameo = '111'")
    assert main(["events", "--db", db, "--json", "--include-flagged"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3
    assert main(["events", "--db", db, "--json", "--include-flagged", "--material"]) == 0
    assert [json.loads(line)["cameo"] for line in capsys.readouterr().out.splitlines()] == ["054"]


def test_table_rows_stay_on_one_line(db, capsys):
    with Store(db) as store:
        store.con.execute("UPDATE events SET sentence = 'North Korea\nrecognised\r\nDonetsk.', "
                          "source_text = 'Pyong\nyang' WHERE cameo = '054'")
    assert main(["events", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4  # header, rule, two events: nothing broke a row
    support = next(line for line in lines[2:] if "SUPPORT" in line)
    assert "North Korea recognised Donetsk." in support and "PRKGOV (Pyong yang)" in support


@pytest.mark.parametrize("fmt,lines", [("csv", 3), ("plover-jsonl", 2), ("gdelt-tsv", 2), ("gdelt-mentions-tsv", 3)])
def test_export_to_standard_output(db, tmp_path, capsys, fmt, lines, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--db", db, "--format", fmt, "--out", "-", "--actor", "PRK"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == lines
    assert "to standard output" in captured.err
    assert not (tmp_path / "-").exists() and not (tmp_path / "datapackage.json").exists()


def test_export_format_and_extension(db, tmp_path, capsys):
    assert main(["export", "--db", db, "--out", str(tmp_path / "x.parquet"), "--format", "csv"]) == 1
    assert "does not match the file name" in capsys.readouterr().err and not (tmp_path / "x.parquet").exists()
    assert main(["export", "--db", db, "--out", str(tmp_path / "e.parquet")]) == 0  # inferred
    assert (tmp_path / "e.parquet").read_bytes()[:4] == b"PAR1"
    assert main(["export", "--db", db, "--out", "-", "--format", "parquet"]) == 1
    assert "binary format" in capsys.readouterr().err
    assert main(["export", "--db", db, "--out", str(tmp_path / "e.csv")]) == 0
    assert "datapackage.json" in capsys.readouterr().err and (tmp_path / "datapackage.json").exists()


def test_plover_export_says_what_it_left_out(db, tmp_path, capsys):
    with Store(db) as store:
        store.con.execute("UPDATE events SET plover_event = NULL, cameo = '010', cameo_root = '01' WHERE cameo = '111'")
    assert main(["export", "--db", db, "--out", str(tmp_path / "e.jsonl"), "--include-flagged"]) == 0
    err = capsys.readouterr().err
    assert "exported 1 events" in err
    assert "left out 2: no PLOVER event (CAMEO statement without a PLOVER category)" in err


def test_stats_panel(db, tmp_path, capsys):
    assert main(["stats", "--db", db, "--panel", "--by", "dyad", "--freq", "month", "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {(r["source"], r["target"]) for r in rows} == {("PRK", "UKR"), ("PRK", "USA")}
    assert len(rows) == 2 * 6  # February to July 2022, zero-filled
    assert [r["events"] for r in rows if r["target"] == "USA"] == ["1", "0", "0", "0", "0", "0"]
    out = tmp_path / "panel.parquet"
    assert main(["stats", "--db", db, "--panel", "--by", "dyad", "--freq", "week", "--out", str(out)]) == 0
    import pyarrow.parquet as pq

    table = pq.read_table(out)
    assert table.column_names[:4] == ["period", "source", "target", "events"] and table.num_rows % 2 == 0
    assert main(["stats", "--db", db, "--panel", "--by", "dyad", "--out", str(tmp_path / "p.csv")]) == 0
    assert (tmp_path / "datapackage.json").exists() and "panel of 12 rows" in capsys.readouterr().err
    assert main(["stats", "--db", db, "--by", "dyad"]) == 2  # a unit without --panel


def test_a_sqlite_file_as_db_is_refused_offline(tmp_path, capsys):
    import sqlite3

    path = tmp_path / "notes.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE t (x INTEGER)").connection.commit()
    for command in (["events"], ["stats"], ["export", "--out", str(tmp_path / "e.csv")]):
        assert main([*command, "--db", str(path)]) == 1
        err = capsys.readouterr().err
        assert "is not an annalyst store: it is a SQLite database" in err and "extension" not in err


@pytest.mark.slow
def test_ingest_and_demo_end_to_end(tmp_path, capsys, example_path):
    pytest.importorskip("annalyst.read", reason="the reader stage is built in parallel")
    db = str(tmp_path / "demo.duckdb")
    assert main(["ingest", str(example_path), "--db", db, "--json"]) == 0
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    assert summary["processed"] == 1 and summary["events"] > 0
    assert "1 records: 1 processed" in captured.err
    assert main(["ingest", str(example_path), "--db", db, "--json"]) == 0  # again: nothing new
    assert json.loads(capsys.readouterr().out)["skip_reasons"] == {"stored": 1}
    assert main(["demo", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["date", "source", "event", "target", "sentence"]
    assert "2022-07-13" in out and "SUPPORT" in out


def test_progress_bar_line():
    from annalyst.cli.store import ProgressBar
    from annalyst.pipeline.base import RunSummary
    from annalyst.pipeline.run import IngestProgress

    out = io.StringIO()
    bar = ProgressBar(out)
    bar(IngestProgress(summary=RunSummary(processed=25, seconds=5.0), total=100))
    bar(IngestProgress(summary=RunSummary(processed=30, seconds=6.0), total=None))
    bar.finish()
    first, second = out.getvalue().split("\r")[1:]
    assert "25/100 records" in first and "5.0 rec/s" in first and "ETA 0:15" in first and "[######" in first
    assert "30 records" in second and "ETA" not in second and second.endswith("\n")
