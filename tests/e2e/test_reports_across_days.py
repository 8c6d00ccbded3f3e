"""Acceptance (issue 16, item 7): two wire reports of one recognition, filed on different days and
ingested together, are one stored event per recognised republic with both articles.

The coder must read the same happening out of both: the lede's actor is North Korea, not the
dateline's filing place the parser hung on the verb as a second subject ("PYONGYANG, July 14, 2022
-- North Korea on Wednesday recognised ..."), and the passive report's subject ("The independence of
... was recognised by the North Korean government") gives the same target.  The date stage dates
both by their words ("on Wednesday" in a story of Thursday July 14; "on July 13"), not by the
datelines.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annalyst.cli import main

pytestmark = pytest.mark.slow

REPORTS = [
    {"id": "kcna-0714", "published": "2022-07-14",
     "text": "PYONGYANG, July 14, 2022 -- North Korea on Wednesday recognised the independence of the Donetsk "
             "People's Republic and the Luhansk People's Republic, the official KCNA news agency said."},
    {"id": "wire-0715", "published": "2022-07-15",
     "text": "PYONGYANG, July 15, 2022 -- The independence of the Donetsk People's Republic and the Luhansk "
             "People's Republic was formally recognised by the North Korean government on July 13, the "
             "foreign ministry said."},
]


def test_the_two_pyongyang_reports_ingest_as_one_recognition(tmp_path: Path, capsys):
    dump = tmp_path / "reports.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    db = tmp_path / "store.duckdb"
    assert main(["ingest", "--db", str(db), "--quiet", str(dump)]) == 0
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--json"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    got = sorted((e["date"], e["date_precision"], e["source"]["country"], e["cameo"], e["target"]["code"],
                  e["num_articles"], e["first_seen"], e["last_seen"]) for e in events)
    assert got == [("2022-07-13", "day", "PRK", "054", target, 2, "2022-07-14", "2022-07-15")
                   for target in ("UKRDPR", "UKRLPR")]
