"""Issue 16, bad input, from the command line: a record whose metadata date is impossible,
unreadable or out of range is reported on standard error by ``code`` and ``ingest`` (and shown by
``clean``), and is coded with ``publication`` precision from its dateline, or left undated."""

from __future__ import annotations

import json
from pathlib import Path

from annalyst.cli import main
from annalyst.store import Store

RECORDS = [
    {"id": "impossible", "published": "2022-02-30",
     "text": "PYONGYANG, July 14, 2022 -- North Korea has recognised the independence of the Donetsk People's Republic."},
    {"id": "unreadable", "published": "not a date",
     "text": "JAKARTA, March 2 - Indonesian police arrested three men on Monday."},
    {"id": "ancient", "published": "0001-01-01",
     "text": "MANILA, March 4 - Philippine troops attacked a rebel camp on Tuesday."},
]


def _input(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    return path


def test_code_reports_the_bad_dates_and_makes_up_no_day(tmp_path, capsys):
    assert main(["code", str(_input(tmp_path)), "--format", "jsonl", "--all"]) == 0
    out, err = capsys.readouterr()
    warnings = [line for line in err.splitlines() if line.startswith("annalyst: warning:")]
    assert len(warnings) == 3
    assert "line 1: publication date '2022-02-30' is not a date" in warnings[0]
    assert "line 2: publication date 'not a date' is not a date" in warnings[1]
    assert "line 3: publication date 0001-01-01 is outside the years" in warnings[2]
    dates = {(e["date"], e["date_precision"]) for e in map(json.loads, out.splitlines())}
    # the full dateline dates the first record; the year-less ones leave their events undated
    assert dates == {("2022-07-14", "publication"), (None, None)}


def test_ingest_reports_the_bad_dates_and_stores_the_records(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(_input(tmp_path)), "--db", str(db), "--quiet"]) == 0
    err = capsys.readouterr().err
    warnings = [line for line in err.splitlines() if line.startswith("annalyst: warning:")]
    assert [w.split(": ", 3)[2] for w in warnings] == [f"{tmp_path / 'in.jsonl'} line {n}" for n in (1, 2, 3)]
    assert "3 records: 3 processed" in err
    with Store(str(db), read_only=True) as store:
        days = {row[0] for row in store.con.execute("select date from events").fetchall()}
    assert {str(d) if d is not None else None for d in days} <= {"2022-07-14", None}


def test_clean_shows_the_unreadable_date(tmp_path, capsys):
    assert main(["clean", str(_input(tmp_path)), "--no-text"]) == 0
    out = capsys.readouterr().out
    shown = [line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("published_invalid:")]
    assert shown == ["2022-02-30", "not a date"]
