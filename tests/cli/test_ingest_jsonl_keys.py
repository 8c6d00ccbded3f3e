"""``ingest`` and ``clean`` name the keys of a JSON lines dump the same way, and the reader uses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annalyst.cli import build_parser
from annalyst.cli.clean import jsonl_fields_of
from annalyst.read import iter_documents


@pytest.mark.parametrize("command", [["ingest", "--db", "x.duckdb"], ["clean"]])
def test_jsonl_key_options_reach_the_reader(command, tmp_path: Path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"uid": "r7", "story": "Ministers met on Monday.", "when": "2020-03-05",
                                "hed": "Ministers meet", "pub": "Daily Example", "link": "http://example.com/7"}) + "\n")
    args = build_parser().parse_args(command + [str(path), "--jsonl-id", "uid", "--jsonl-text", "story",
                                                "--jsonl-date", "when", "--jsonl-title", "hed",
                                                "--jsonl-outlet", "pub", "--jsonl-url", "link"])
    (doc,) = iter_documents(args.inputs, jsonl_fields=jsonl_fields_of(args))
    assert doc.raw == "Ministers met on Monday." and doc.meta["record_id"] == "r7"
    assert doc.published.isoformat() == "2020-03-05" and doc.title == "Ministers meet"
    assert doc.outlet == "Daily Example" and doc.url == "http://example.com/7"


def test_without_options_the_default_keys_apply(tmp_path: Path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": 1, "text": "Body.", "publisher": "Wire"}) + "\n")
    args = build_parser().parse_args(["ingest", str(path)])
    (doc,) = iter_documents(args.inputs, jsonl_fields=jsonl_fields_of(args))
    assert doc.raw == "Body." and doc.outlet == "Wire"
