"""Protest in three more of its forms, each a word class of the language bundle and a small
mechanism (events/protest.py, docs/events.md "Protest forms"):

* a protest noun that an act presupposes took place: put down (``cue quell``: "quell a protest",
  "dispersed the rally", "cracked down on protests") or otherwise witnessed (``cue witness``, for
  the unambiguous protest nouns only: "marked by protests"), or the agent of a passive a protest
  does (``cue occur``: "rocked by riots");
* a civilian crowd (``set @civilcrowd``) stoning, looting or torching protests violently (145), an
  armed group doing the same destroys or seizes property (1712, 1711);
* an adjunct participle's understood subject is its clause's subject, a passive one included
  ("students were arrested while protesting");

and one sense chosen by its argument: calling off or abandoning a ceasefire breaks it (196), it
does not declare one (0871).

Each test gives the exact event set (what must appear and what must not)."""

from __future__ import annotations

import pytest


def events(code, text):
    return sorted((e.cameo, e.source.country, e.source.sector, e.target.country if e.target else None, e.asserted)
                  for e in code(text))


def test_a_protest_put_down_took_place(code):
    # the police act and the protest it puts down, by unnamed protesters of the place (its civilians, CVL)
    # (this test's actor table gives "police" no country)
    assert events(code, "The rally in Serbia was dispersed by police.") == [
        ("141", "SRB", "CVL", "SRB", True), ("175", None, "COP", "SRB", True)]
    # (this test's actor table places neither: "in Egypt" hangs on the police, not on the protest)
    assert events(code, "The police in Egypt cracked down on protests.") == [
        ("140", None, None, None, True), ("175", None, "COP", None, True)]


def test_a_protest_witnessed_or_doing_a_passive_took_place(code):
    # the place is the passive's subject
    assert events(code, "Egypt was rocked by riots on Sunday.") == [("145", "EGY", "CVL", None, True)]
    assert events(code, "Serbia was marked by protests on Tuesday.") == [("140", "SRB", "CVL", None, True)]


def test_a_ban_or_a_plan_presupposes_no_protest(code):
    # a ban restricts freedoms (1721); it reports no protest
    assert events(code, "Egypt banned the protest.") == [("1721", "EGY", None, None, True)]
    assert events(code, "The union called off the strike.") == [("082", None, None, None, True)]
    # "attended a rally" may be a party's campaign rally: only unambiguous nouns are witnessed
    assert events(code, "Thousands attended a rally in Serbia.") == []


def test_a_civilian_crowd_stoning_or_looting_riots(code):
    assert events(code, "Residents stoned police vehicles in Egypt.") == [("145", "EGY", "CVL", None, True)]
    # (capitalised, "Protesters" is not in this test's actor table: a civilian crowd of the place)
    assert events(code, "Protesters looted shops in Serbia.") == [("145", "SRB", "CVL", "SRB", True)]
    # protests that turn violent (CAMEO 145's usage note); a market does not protest
    assert events(code, "Protesters turned violent in Egypt.") == [("145", "EGY", "CVL", "EGY", True)]
    assert events(code, "The market turned violent.") == []


def test_a_civilian_crowd_clashing_riots_against_the_police(code):
    # the police coordinated with the crowd are the side protested against, not rioters
    assert events(code, "Students and police clashed in Egypt.") == [("145", None, None, None, True)]
    assert [e.target.sector for e in code("Students and police clashed in Egypt.")] == ["COP"]
    # armed groups clashing fight
    assert events(code, "Rebels clashed with troops in Syria.") == [("190", None, None, "SYR", True)]


def test_an_armed_group_looting_or_torching_does_not_riot(code):
    assert events(code, "Rebels looted shops in Syria.") == [("1711", None, None, "SYR", True)]
    assert events(code, "Militants torched a police station in Pakistan.") == [("1712", None, None, "PAK", True)]


def test_the_subject_of_an_adjunct_participle(code):
    assert events(code, "Students were arrested while protesting in Egypt.") == [
        ("140", "EGY", "CVL", "EGY", True), ("173", None, "COP", None, True)]


@pytest.mark.parametrize("text", [
    "The group called off a five-year ceasefire.",
    "Rebels in Syria abandoned the truce.",
])
def test_calling_off_a_ceasefire_breaks_it(code, text):
    assert [e.cameo for e in code(text)] == ["196"]


def test_declaring_a_ceasefire_is_still_one(code):
    assert [e.cameo for e in code("The rebels declared a ceasefire on Sunday.")] == ["0871"]
