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
