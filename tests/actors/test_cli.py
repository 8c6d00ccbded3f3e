from __future__ import annotations

import json

from annalyst.cli import command_names, main


def test_actors_command_registered():
    assert "actors" in command_names()


def test_actors_json(capsys):
    assert main(["actors", "Ukrainian lawmakers criticized Moscow.", "--format", "json", "--date", "2022-07-18"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["as_of"] == "2022-07-18"
    assert [(a["text"], a["country"], a["sector"]) for a in data["actors"]] == [
        ("Ukrainian lawmakers", "UKR", "LEG"), ("Moscow", "RUS", "GOV")]


def test_actors_table_on_a_file(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("The Kremlin rejected the demand of the European Union.", encoding="utf-8")
    assert main(["actors", str(path), "--no-clean"]) == 0
    out = capsys.readouterr().out
    assert "Kremlin" in out and "RUS" in out and "EUR" in out


def test_actors_bad_date(capsys):
    assert main(["actors", "text", "--date", "July"]) == 1
    assert "E001" in capsys.readouterr().err


def test_actors_json_lists_entities(capsys):
    text = "Palestinian premier Ismail Haniya spoke in Doha. Haniya said he would return."
    assert main(["actors", text, "--format", "json", "--date", "2006-12-02"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(a["text"], a["entity"]) for a in data["actors"]] == [
        ("Palestinian premier Ismail Haniya", "E1"), ("Doha", "E2"), ("Haniya", "E1"), ("he", "E1")]
    first = data["entities"][0]
    assert (first["id"], first["code"], first["resolved_by"], len(first["mentions"])) == ("E1", "PSEGOV",
                                                                                         "title+name", 3)


def test_actors_table_shows_entities_and_why_one_has_no_country(capsys):
    assert main(["actors", "Rockwell said the talks went well.", "--date", "1997-04-21"]) == 0
    out = capsys.readouterr().out
    assert "1 entities" in out and "no country: a name the" in out  # (the table cuts long cells)


def test_actors_db_lists_stored_entities(tmp_path, capsys):
    import datetime as dt

    from annalyst.api import code_text
    from annalyst.store import Store

    text = "Palestinian premier Ismail Haniya spoke in Doha. Haniya said he would return."
    doc = code_text(text, published=dt.date(2006, 12, 2), doc_id="h")
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write_documents([doc])
    assert main(["actors", "--db", str(db), "--doc", "h", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(e["doc_id"], e["id"], e["code"]) for e in data] == [("h", e.id, e.code) for e in doc.entities]
    assert main(["actors", "--db", str(db), "--country", "PSE"]) == 0
    out = capsys.readouterr().out
    assert "stored entities" in out and "PSEGOV" in out and "Doha" not in out
