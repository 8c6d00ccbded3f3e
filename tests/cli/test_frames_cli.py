"""``annalyst frames``: every predicate's frame and the event it made (or why none)."""

from __future__ import annotations

import json

from annalyst.cli import main

TEXT = "The group called off a five-year ceasefire with Turkey. An earthquake killed eight people in Iran."


def test_frames_json_gives_each_predicate_its_roles_fillers_and_event(capsys):
    assert main(["frames", "--format", "json", TEXT]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["sentences"] == ["The group called off a five-year ceasefire with Turkey.",
                                "An earthquake killed eight people in Iran."]
    got = [(f["sentence"], f["trigger"], f["lexicon_code"], f["filled_by"], f["event"]) for f in out["frames"]]
    assert got == [
        (1, "called ceasefire", "0871", {"agent": "own_slot", "target": "own_slot", "sense": "off object @truce -> 196"},
         "196 group (unresolved) -> Turkey (TUR)"),
        (2, "killed", "190", {"agent": "natural_cause"}, "none: the agent is a natural force, an accident or an illness"),
    ]
    assert out["frames"][1]["roles"] == {"agent": "An earthquake", "place": "Iran"}


def test_frames_table_names_the_filler_of_each_role(capsys):
    assert main(["frames", TEXT]) == 0
    text = capsys.readouterr().out
    assert "target actors Turkey (TUR)   <- own_slot" in text and "event         196 group" in text
