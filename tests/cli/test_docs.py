"""A command that is not documented does not exist: the README must show each one."""

import re

from annalyst.cli import command_names
from annalyst.model import ActorRef, Event

from tests.conftest import REPO


def test_every_command_has_a_readme_section_with_an_example():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    names = command_names()
    assert "code" in names
    for name in names:
        assert re.search(rf"^###+ .*`?annalyst {name}\b", readme, re.M), f"no README section for `annalyst {name}`"
        assert re.search(rf"^\$? ?annalyst {name}\b", readme, re.M), f"no README example for `annalyst {name}`"


def test_every_event_json_field_is_documented():
    doc = (REPO / "docs" / "event-json.md").read_text(encoding="utf-8")
    ev = Event(doc_id="d", sentence_index=0, text="t", span=(0, 1), source=ActorRef("a"), target=None, cameo="010")
    for key in ev.to_json():
        assert f"`{key}`" in doc, key


def test_readme_has_exactly_the_two_setup_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = [l for l in setup.splitlines() if l.startswith("make ")]
    assert [c.split()[1] for c in commands] == ["demo", "test"]
