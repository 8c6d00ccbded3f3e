"""``annalyst clean``: human and JSON output."""

from __future__ import annotations

import json

from annalyst.cli import main


def test_clean_json(example_path, capsys):
    assert main(["clean", str(example_path), "--format", "json"]) == 0
    (line,) = capsys.readouterr().out.strip().splitlines()
    record = json.loads(line)
    assert record["title"] == "DPRK Recognizes Donetsk and Lugansk"
    assert record["status"] == "processed" and record["language"] == "en"
    assert {"text", "reason", "line_no"} <= set(record["removed"][0])
    assert "siteleri" not in record["text"]


def test_clean_text_output(example_path, capsys):
    assert main(["clean", str(example_path), "--no-text"]) == 0
    out = capsys.readouterr().out
    assert "published:    2022-07-18" in out
    assert "[boilerplate:download-prompt] line 47: Please select digest to download:" in out


def test_missing_input_is_an_error(tmp_path, capsys):
    assert main(["clean", str(tmp_path / "nope.txt")]) == 1
    assert "E001" in capsys.readouterr().err
