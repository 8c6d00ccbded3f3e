"""Sense rows of ``lang/en/lexicon.tsv`` counted on GLOCON's dev half false positives (issue 14, session 15):

* an attack by a politician on a person (test ``personal_contest``: every doer a named person of a
  ``political_person_sectors`` sector, every one attacked a person of no armed sector or none named, no
  ``@sportguard`` word in the sentence) is criticism (111); a private person's attack, an attack with a weapon
  and an attack on a state keep their force;
* mobilizing money (``@money``) is no mobilization of forces (no event); mobilizing troops stays 154;
* violence done to a lifeless thing (``@lifeless``: the economy, a deal, hopes) is a figure: no event;
* fighting violence is fighting a scourge (``@scourge``): no event;
* a warning of a harm to come (``@forecastharm``: a rise, a risk, a crisis) is a pessimistic comment (012); a
  warning of retaliation stays a threat (130).

Sentences are shortened GLOCON dev-half sentences (marked "glocon dev") with the names the test needs; the
counter-examples marked "constructed" guard what must stay.  Each test gives the exact event set."""

from __future__ import annotations

import re

import pytest

from annalyst.model import ActorRef
from tests.events.conftest import resolve_by_table

# name -> (country, sector, kind): the persons these sentences name (the actor table of conftest.py has none)
PERSONS = {
    "Clinton": ("USA", "ELI", "person"), "Trump": ("USA", "GOV", "person"), "Mair": ("GBR", None, "person"),
    "Cox": ("GBR", "LEG", "person"),
}


def actors(text: str) -> list[ActorRef]:
    refs = resolve_by_table(text)
    for name, (country, sector, kind) in PERSONS.items():
        for m in re.finditer(r"\b" + name + r"\b", text):
            refs.append(ActorRef(text=name, country=country, sector=sector, kind=kind, start=m.start(),
                                 end=m.end(), resolved_by="test-table"))
    return sorted(refs, key=lambda r: r.start)


def events(code, text):
    """The sorted CAMEO codes of the events (the actors are the actor layer's business, tested there)."""
    return sorted(e.cameo for e in code(text, actors(text)))


@pytest.mark.parametrize("text, expected", [
    # glocon dev: a candidate's attacks on another candidate are words
    ("Clinton continued her attacks on Trump.", ["111"]),
    ("Clinton attacked Trump.", ["111"]),
    # glocon dev: a private person's attack on a legislator is a blow
    ("Mair attacked Cox.", ["190"]),
    # constructed: a weapon in the sentence keeps the force
    ("Clinton attacked Trump with a knife.", ["190"]),
    # constructed: a politician's attack on a state keeps its force
    ("Trump attacked Syria.", ["190"]),
])
def test_an_attack_between_politicians_is_criticism(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # glocon dev: mobilizing money
    ("France has mobilized more than 1 billion euros to help farmers.", []),
    # constructed: mobilizing troops stays a mobilization
    ("Russia mobilized troops on the border with Ukraine.", ["154"]),
])
def test_mobilizing_money_is_no_mobilization(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # glocon dev: killing the economy harms no one
    ("If you do not compensate, Britain kills the economy of the country.", []),
    # constructed: attacking the economy
    ("Britain attacked the economy of the country.", []),
    # constructed: killing people stays force
    ("Israeli soldiers killed three people in Syria.", ["190"]),
])
def test_violence_to_a_lifeless_thing_is_a_figure(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # glocon dev: a union federation calling to help fight violence and crime
    ("Germany called on the police to help fight violence and crime.", ["020"]),
])
def test_fighting_violence_is_no_force(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # glocon dev: a warning of a rise in clashes forecasts a harm, it threatens no one
    ("Officials at the UN were warning on Thursday of a worrying rise in violent clashes.", ["012"]),
    # constructed: a warning of retaliation stays a threat
    ("Iran warned of retaliation.", ["138"]),
])
def test_a_warning_of_harm_to_come_is_a_pessimistic_comment(code, text, expected):
    assert events(code, text) == expected
