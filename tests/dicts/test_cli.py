"""The issue's check, end to end: a militia no entry names is harvested from a store, and a user actors
file gives it the user's code (``code --dict``); a bad file stops before anything is coded."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from annalyst.cli import main
from annalyst.dicts import activate

ARTICLE = """Gunmen attack village in northern Nigeria

KANO, Nigeria, March 3, 2021 - Fighters of the Iron Crescent Brigade attacked a village near Kano on Tuesday, \
killing six farmers, police said.

The Iron Crescent Brigade also kidnapped two teachers. Nigeria's government condemned the Iron Crescent Brigade \
and promised to protect the farmers.
"""
OTHER = """Russia criticises Ukraine

MOSCOW, May 4, 2021 - Russia's foreign ministry criticised Ukraine on Tuesday for closing its border.
"""
HEADER = "name\tcode\tcountry\tsector\tvalid_from\tvalid_to\taliases\n"


@pytest.fixture(autouse=True)
def package_only_after():
    yield
    activate(None)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("militia")
    (folder / "militia.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    (folder / "mine.tsv").write_text(HEADER + "Iron Crescent Brigade\tNGAREBICB\tNGA\tREB\t\t\tICB\n", encoding="utf-8")
    (folder / "bad.tsv").write_text(HEADER + "Iron Crescent Brigade\tNGAREBICB\tNGA\tRBL\t\t\t\n", encoding="utf-8")
    return {p.stem: p for p in folder.iterdir()} | {"db": folder / "store.duckdb"}


def _brigade_events(capsys, argv) -> set[tuple]:
    assert main(argv) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    return {(e["source"]["code"], e["cameo"], e["target"]["code"]) for e in events
            if "Iron Crescent" in (e["source"]["text"] or "") + (e["target"]["text"] or "")}


@pytest.mark.slow
def test_harvest_then_code_with_the_users_code(files, capsys):
    assert main(["ingest", str(files["militia"]), str(files["other"]), "--db", str(files["db"]), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["actors", "--unresolved", "--db", str(files["db"]), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    brigade = [u for u in found if u["name"] == "Iron Crescent Brigade"]
    assert len(brigade) == 1 and brigade[0]["mentions"] == 2 and "kidnapped" in brigade[0]["example"]
    assert brigade[0]["tsv"].split("\t")[0] == "Iron Crescent Brigade"

    # "kidnapped two teachers": teachers are civilians of the education sector, placed by the local state (session 10)
    without = _brigade_events(capsys, ["code", str(files["militia"]), "--format", "jsonl"])
    assert "NGAREBICB" not in {code for event in without for code in (event[0], event[2])}
    mine = _brigade_events(capsys, ["code", str(files["militia"]), "--format", "jsonl", "--dict", str(files["mine"])])
    # the attack and its killing of six farmers are one event (issue 14), the farmers its target
    assert mine == {("NGAREBICB", "190", "NGACVL"), ("NGAREBICB", "181", "NGAEDU"), ("NGAGOV", "111", "NGAREBICB")}

    # once the user's file names it, the brigade is no longer unresolved
    assert main(["actors", "--unresolved", "--db", str(files["db"]), "--format", "json", "--dict", str(files["mine"])]) == 0
    assert "Iron Crescent Brigade" not in {u["name"] for u in json.loads(capsys.readouterr().out)}


def test_bad_dictionary_stops_before_coding(files, capsys, tmp_path):
    db = tmp_path / "untouched.duckdb"
    assert main(["ingest", str(files["militia"]), "--db", str(db), "--dict", str(files["bad"]), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "E020" in err and "bad.tsv:2: unknown sector 'RBL'" in err and "fix:" in err
    assert not db.exists()


def test_recode_needs_an_existing_store(tmp_path, capsys):
    assert main(["recode", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "E003" in capsys.readouterr().err and not (tmp_path / "none.duckdb").exists()


def test_unresolved_needs_a_store(capsys):
    assert main(["actors", "--unresolved"]) == 1
    assert "--unresolved --db FILE" in capsys.readouterr().err


def _stored(db: Path) -> dict[str, set[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT d.source, m.source_code, m.cameo, m.target_code, m.event_id FROM mentions m "
                           "JOIN documents d USING (doc_id)").fetchall()
        events = con.execute("SELECT event_id, source_code, cameo, target_code, num_mentions FROM events").fetchall()
    finally:
        con.close()
    out: dict[str, set[tuple]] = {"events": set(events)}
    for source, *coded in rows:
        out.setdefault(Path(source).name, set()).add(tuple(coded))
    return out


@pytest.mark.slow
def test_recode_changes_only_the_article_coded_with_other_resources(files, capsys):
    """Runs after the harvest test (same store): recode with nothing changed is a no-op; with the user's file
    it re-codes both documents, and only the militia article's events change."""
    if not files["db"].exists():
        assert main(["ingest", str(files["militia"]), str(files["other"]), "--db", str(files["db"]), "--quiet"]) == 0
    capsys.readouterr()
    before = _stored(files["db"])
    assert main(["recode", "--db", str(files["db"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["recoded"] == 0
    assert _stored(files["db"]) == before

    assert main(["recode", "--db", str(files["db"]), "--dict", str(files["mine"]), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["recoded"] == 2 and len(report["changed"]) == 1
    assert {(r["source"], r["cameo"], r["target"]) for r in report["added"]} == {
        ("NGAREBICB", "190", "NGACVL"), ("NGAREBICB", "181", "NGAEDU"), ("NGAGOV", "111", "NGAREBICB")}
    after = _stored(files["db"])
    assert after["other.txt"] == before["other.txt"]
    assert {(s, c, t) for s, c, t, _ in after["militia.txt"]} >= {("NGAREBICB", "190", "NGACVL"),
                                                                  ("NGAREBICB", "181", "NGAEDU"),
                                                                  ("NGAGOV", "111", "NGAREBICB")}
    other_events = {e for e in before["events"] if e[0] in {m[3] for m in before["other.txt"]}}
    assert other_events and other_events <= after["events"]
    # and again: now everything was coded with these resources
    assert main(["recode", "--db", str(files["db"]), "--dict", str(files["mine"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["recoded"] == 0
