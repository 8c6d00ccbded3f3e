"""``annalyst dict import petrarch``: PETRARCH/TABARI dictionaries into user dictionary files."""

from __future__ import annotations

from pathlib import Path

import pytest

from annalyst.cli import main
from annalyst.dicts import read_file
from annalyst.dicts.petrarch import convert_agents, convert_file, convert_verbs

ACTORS = """\
KOGI_VALLEY_BRIGADE_ [NGAREB]
+KVB_
IRAQ_ [IRQ]
+BAGHDAD_
JOHN_DOE_
+DOE_ [USAGOV 090120-170120] [USAELI >170121]
UNKNOWN_LAND_FRONT_ [XYZREB]
KVB_ [NGAMIL]
"""


def test_actors_rows_and_what_is_not_converted(tmp_path):
    src = tmp_path / "mine.actors.txt"
    src.write_text(ACTORS, encoding="utf-8")
    conv = convert_file(src, "actors")
    assert conv.rows == ["Kogi Valley Brigade\tNGAREB\tNGA\tREB\t\t\tKVB",
                         "John Doe\tUSAELI\tUSA\tELI\t2017-01-21\t\tDOE"]  # short words stay as written (abbreviations)
    assert [why.split(":")[0] for _, why in conv.skipped] == [
        "a country block [IRQ]", "partly", "no code with a known country", "name 'KVB' already taken by an earlier entry"]
    out = tmp_path / "mine.tsv"
    out.write_text(conv.text(src.name), encoding="utf-8")
    assert read_file(out).kind == "actors"  # what is written loads


def test_agents_and_verbs():
    agents = convert_agents(["VIGILANTE_ [~CVL]", "CATTLE!PERSON! [~AGR]", "WIZARD_ [~XYZ]", "VIGILANTE_ [~COP]"])
    assert agents.rows == ["vigilante\tCVL"]
    assert [w for w, _ in agents.skipped] == ["line 2", "line 3", "line 4"]
    verbs = convert_verbs(["&FOOD", "+RICE", "VERB PATTERNS", "--- RAID [190]", "RAID", "- * VILLAGE [193]",
                           "- * TOWN [---]", "STORM [999]"])
    assert verbs.rows == ["set @food rice -", "verb raid raid 190", "pattern raid village 193"]
    assert [why for _, why in verbs.skipped] == ["a pattern without a code", "code '999' is not in the CAMEO codebook"]


@pytest.mark.shared
def test_cli_converts_the_phoenix_agents(tmp_path, capsys):
    src = Path(__file__).resolve().parents[2].parent / "shared/reference/petrarch2-dictionaries/Phoenix.agents.txt"
    if not src.is_file():
        pytest.skip("../shared is absent")
    out = tmp_path / "agents.tsv"
    assert main(["dict", "import", "petrarch", str(src), "--kind", "agents", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    rows = [l for l in out.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")][1:]
    assert len(rows) > 1000 and "not converted: line " in captured.err
    assert read_file(out).kind == "agents"
