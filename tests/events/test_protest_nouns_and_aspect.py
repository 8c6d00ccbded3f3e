"""Protest nouns that did something took place, a phrasing's event
noun read on its own when the verb has no doer, the speaker's words for doer patterns, forces
preparing an assault (150)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples

from annalyst.events.lexicon import load_lexicon
from tests.events.conftest import protests_of as _protests


@pytest.mark.parametrize("text", [
    "The strike shut schools across Egypt on Monday.",
    "The protest has cut traffic in the centre of Cairo.",
    "Riots left five people dead in Cairo.",
])
def test_a_protest_noun_with_consequences_took_place(code, text):
    evs = code(text)
    assert _protests(evs), [e.cameo for e in evs]
    assert all(e.source.resolved_by == "implied" for e in _protests(evs))


def test_a_protest_noun_of_trend_is_not_an_event(code):
    evs = code("Strikes have increased in Egypt.")
    assert not _protests(evs), [e.cameo for e in evs]


def test_consequence_verbs_are_occurrence_cues():
    occur = load_lexicon().cue("occur")
    assert {"leave", "cut", "shut", "disrupt"} <= occur
    assert "increase" not in occur


def test_event_noun_of_a_verb_without_doer_is_read_on_its_own(code):
    # the verb's phrasing took the noun ("scattered ... protests") but has no doer: the protest remains
    evs = code("Debris was scattered on the main road in Cairo during the protests.")
    assert triples(evs) == [(None, None, "140")]


def test_occupational_groups_march(code):
    evs = code("Taxi operators marching in protest against the government reached the capital on Friday.")
    assert triples(evs) == [("Taxi operators", None, "141")]


def test_speaker_named_by_pronoun_decides_doer_patterns(code):
    # "^@civilcrowd blockade" is a protest: the crowd is named by the speech verb's subject
    evs = code("French farmers said on Friday they would blockade Paris.")
    assert triples(evs) == [("French farmers", None, "133")]
    army = code("The French army said it would blockade Paris.")
    assert triples(army) == [("French army", None, "1381")]


def test_forces_preparing_an_assault_show_military_power(code):
    evs = code("Israeli troops were preparing for an assault on Gaza.")
    assert triples(evs) == [("ISR", None, "150")]


def test_unions_preparing_to_strike_are_no_military_posture(code):
    evs = code("Unions in France prepared to strike over pay.")
    assert triples(evs) == [("Unions", None, "133")]


def test_murder_with_no_weapon_named_is_a_killing_like_kill(code):
    # cameo-codes.csv 190 usage note: killings referred to as murders are 190; 1823 needs a beating etc.
    evs = code("Gunmen murdered two Israeli policemen in Gaza.")
    codes = [e.cameo for e in evs]
    assert "190" in codes and "1823" not in codes, codes


def test_aspectual_infinitive_passes_on_its_act(code):
    evs = code("Israeli troops prepared to resume shelling Gaza.")
    assert [t for t in triples(evs) if t[2] == "150"] == [("ISR", None, "150")]
    talks = code("Israel agreed to resume talks with Syria.")
    assert triples(talks) == [("ISR", "SYR", "036")]


@pytest.mark.xfail(strict=True, reason="troops preparing to resume shelling are coded twice: the preparation (150) and "
                   "a threat (1384 'shelling') no one voiced (DUP/NONEVENT)")
def test_preparing_to_resume_an_attack_is_one_posture_event(code):
    assert triples(code("Israeli troops prepared to resume shelling Gaza.")) == [("ISR", None, "150")]


def test_a_predicted_protest_consequence_is_hypothetical(code):
    evs = code("A strike could paralyse the port of Cairo.")
    assert _protests(evs) and all("hypothetical" in e.flags for e in _protests(evs)), \
        [(e.cameo, e.flags) for e in evs]


def test_death_caused_by_torture_is_a_killing_by_assault(code):
    # cameo-codes.csv 1823 usage note: an assault named as the cause of death takes precedence
    evs = code("A prisoner died as a result of torture in Israeli police custody.")
    assert triples(evs) == [(None, None, "1823")]


@pytest.mark.xfail(strict=True, reason="the custodians the sentence names ('in Israeli police custody') are not used "
                   "as the agent of a death by torture: the source stays an empty implied actor (AGENTLESS)")
def test_death_by_torture_in_custody_is_by_the_custodians(code):
    evs = code("A prisoner died as a result of torture in Israeli police custody.")
    assert [(e.source.country, e.cameo) for e in evs] == [("ISR", "1823")]
