"""``--min-confidence`` on ``code``, ``events`` and ``export``."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from annalyst.cli import main  # noqa: E402
from annalyst.store import Store  # noqa: E402
from store_records import make_doc  # noqa: E402

D = dt.date
TEXT = ("North Korea fired two missiles into the sea on Monday. The United States condemned the launch. "
        "Seoul said it would hold talks with Washington. Protesters rallied in Seoul against the government.")


@pytest.fixture()
def db(tmp_path) -> str:
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store.write_documents([make_doc("a", D(2024, 3, 1), [
            dict(source="PRKGOV", target="USA", cameo="111", date=D(2024, 3, 1), confidence=0.82),
            dict(source="RUS", target="UKR", cameo="195", date=D(2024, 3, 2), confidence=0.31),
        ])])
    return str(path)


def test_events_min_confidence(db, capsys):
    assert main(["events", "--db", db, "--json", "--min-confidence", "0.8"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["cameo"], r["confidence"]) for r in rows] == [("111", 0.82)]
    assert main(["events", "--db", db, "--json", "--min-confidence", "0.3"]) == 0
    assert {json.loads(line)["cameo"] for line in capsys.readouterr().out.splitlines()} == {"111", "195"}


def test_export_min_confidence(db, tmp_path, capsys):
    out = tmp_path / "e.csv"
    assert main(["export", "--db", db, "--format", "csv", "--out", str(out), "--min-confidence", "0.5"]) == 0
    assert "exported 1 events" in capsys.readouterr().err
    assert [r["cameo"] for r in csv.DictReader(out.open())] == ["111"]


@pytest.mark.parametrize("bad", ["1.5", "-0.1", "high"])
def test_min_confidence_must_be_a_probability(db, bad, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["events", "--db", db, "--min-confidence", bad])
    assert exit_.value.code == 2 and "not a probability" in capsys.readouterr().err


def test_code_min_confidence_keeps_exactly_the_surer_events(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    assert main(["code", str(story), "--format", "jsonl", "--all"]) == 0
    every = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    confidences = sorted({e["confidence"] for e in every})
    assert len(confidences) >= 2, every  # the story must give events of different confidence
    threshold = confidences[len(confidences) // 2]
    assert main(["code", str(story), "--format", "jsonl", "--all", "--min-confidence", str(threshold)]) == 0
    kept = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert kept == [e for e in every if e["confidence"] >= threshold]
    assert 0 < len(kept) < len(every)
