"""Two general rules, each a word class of the language bundle and a small mechanism:

* natural forces, accidents and illnesses are no agents (``natural_causes``, ``accident_verbs``):
  an act of harm whose only cause is one of them is no event;
* protest in its common forms: a protest noun taken part in or held in the passive, protesters
  who rally or gather, and a crowd named only by a plural noun (a civilian actor of the place).

Each test gives the exact event set (what must appear and what must not)."""

from __future__ import annotations

import pytest


def events(code, text):
    return sorted((e.cameo, e.source.country, e.source.sector, e.target.country if e.target else None, e.asserted)
                  for e in code(text))


@pytest.mark.parametrize("text", [
    "A strong earthquake killed eight people in Iran on Sunday.",
    "Eight people were killed in an earthquake in Iran.",
    "Floods have killed at least 40 people in Pakistan.",
    "Cholera killed dozens of people in Syria.",
    "The storm destroyed hundreds of homes in Japan.",
    "Two people were injured when a train derailed in India.",
    "A landslide buried a village in Pakistan, killing 30.",
    "Twelve people died in a fire in Egypt.",
    "The fire which destroyed the building in Cairo killed two people.",
])
def test_nature_accidents_and_illness_are_no_agents(code, text):
    assert events(code, text) == []


def test_an_agent_named_in_the_cause_keeps_the_attack(code):
    # "Israeli fire": the fire has an agent; an explosion may be an attack (not a natural cause)
    assert events(code, "Israeli fire killed two people in Syria.") == [("190", "ISR", None, "SYR", True)]
    assert events(code, "An explosion killed two soldiers in Syria.") == [("183", None, None, "SYR", True)]


def test_protests_held_in_the_passive_are_protests(code):
    # held by unnamed protesters of the place (its civilians, CVL: structure.implied_protesters), addressed to its state
    assert events(code, "Rallies and sit-ins were held across Serbia.") == [("141", "SRB", "CVL", "SRB", True)]


def test_protesters_who_rally_demonstrate(code):
    # (this test's actor table reads "protesters" as opposition: OPP)
    assert events(code, "Thousands of protesters rallied across Serbia.") == [("141", "SRB", "OPP", "SRB", True)]
    # the verb alone is no protest
    assert events(code, "Stocks rallied in Japan on Monday.") == []
    assert events(code, "Stocks demonstrated resilience in Japan.") == []


def test_a_crowd_named_by_a_plural_noun_is_a_civilian_actor(code):
    assert events(code, "Detainees protested in Egypt.") == [("140", "EGY", "CVL", "EGY", True)]
    # an event noun is no crowd ("strikes have demonstrated the displeasure")
    assert events(code, "Strikes in Egypt have demonstrated the displeasure of workers.") == []


def test_taking_part_in_an_act_is_the_act(code):
    # ("workers" is not in this test's actor table: a crowd named by its plural noun (`set @civilcrowd`),
    # so a civilian actor of the place where it marched, addressing that state, as "detainees protested")
    assert events(code, "Workers took part in marches in Serbia.") == [("141", "SRB", "CVL", "SRB", True)]
    assert events(code, "Russia took part in talks with Ukraine.") == [("040", "RUS", None, "UKR", True)]
