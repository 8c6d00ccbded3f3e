"""User entries layered over the package's knowledge base and lexicon: a user entry wins."""

from __future__ import annotations

import pytest

from annalyst.actors.kb import load_kb
from annalyst.dicts import activate, read_resources
from annalyst.events.lexicon import load_lexicon

ACTORS_HEADER = "name\tcode\tcountry\tsector\tvalid_from\tvalid_to\taliases\n"


@pytest.fixture(autouse=True)
def package_only_after():
    yield
    activate(None)


def _resources(tmp_path, **files):
    paths = []
    for name, text in files.items():
        path = tmp_path / f"{name}.tsv"
        path.write_text(text, encoding="utf-8")
        paths.append((path, None))
    return read_resources(paths)


def test_user_actor_replaces_the_package_entry_of_the_same_name(tmp_path):
    package = load_kb()
    assert {a.target for a in package.by_text()["unicef"]} == {"UNICEF"}
    activate(_resources(tmp_path, mine=ACTORS_HEADER
                        + "Iron Crescent Brigade\tNGAREBICB\tNGA\tREB\t\t\tICB|Crescent fighters\n"
                        + "UNICEF\tMYUNICEF\tUNO\tMED\t\t\t\n"
                        + "Musa Dauda\tNGAGOV\tNGA\tGOV\t2021-01-01\t2022-06-30\t\n"))
    kb = load_kb()
    assert kb is not package
    by_text = kb.by_text()
    assert [(a.target, a.type) for a in by_text["iron crescent brigade"]] == [("NGAREBICB", "org")]
    assert [a.target for a in by_text["icb"]] == ["NGAREBICB"]
    assert [a.target for a in by_text["unicef"]] == ["MYUNICEF"]
    assert kb.actors["NGAREBICB"].kind == "group" and kb.actors["NGAREBICB"].country == "NGA"
    person = kb.people[by_text["musa dauda"][0].target]
    assert [(t.country, t.sector, str(t.start), str(t.end)) for t in person.terms] == \
        [("NGA", "GOV", "2021-01-01", "2022-06-30")]
    activate(None)
    assert load_kb() is package  # cached per set of dictionaries


def test_user_agents_and_verbs(tmp_path):
    activate(_resources(tmp_path, nouns="noun\tsector\tcountry\nvigilante\tCVL\t\nHisbah\tCOP\tNGA\n",
                        verbs="kind group item code\nverb mine say 012\nnoun mine stampede 145\n"))
    kb = load_kb()
    assert kb.sectors["vigilante"].sector == "CVL" and kb.sectors["vigilantes"].sector == "CVL"
    hisbah = kb.actors[kb.by_text()["hisbah"][0].target]
    assert (hisbah.country, hisbah.sector, hisbah.code) == ("NGA", "COP", "NGACOP")
    lex = load_lexicon()
    assert lex.verbs["say"].code == "012" and lex.nouns["stampede"] == "145"
    activate(None)
    assert load_lexicon().verbs["say"].code == "010"
