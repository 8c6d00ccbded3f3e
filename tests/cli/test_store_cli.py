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
    assert main(["events", "--db", db, "--since", "last week"]) == 1
    assert "E004" in capsys.readouterr().err


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
