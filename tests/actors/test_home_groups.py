"""Group nouns placed by the article's home (issue 15 point 5; actors/resolver.py ``_home_states``,
``_take_home``): a state named only as the modifier of a thing ("the Iraq war") is no place of the story;
courts and judges act at home as police do; parties take the state the article is about; students and teachers
live where the story is, as civilians do.  Real BBC News 2004-5 and Reuters 1987 text, shortened only where
noted."""

from __future__ import annotations

import datetime as dt

from annalyst.actors.resolver import article_home
from annalyst.clean.dateline import dateline_spans

MARCH_1987 = dt.date(1987, 3, 31)
FEB_2005 = dt.date(2005, 2, 1)

# bbc-politics-131 (judged-4), the first two paragraphs and a sentence of the police's statement
PEACE_DEMO = (
    "Peace demo appeal rejected\n\n"
    "Peace protestors have lost a landmark appeal over police actions in stopping an anti-war demonstration days "
    "after the start of the Iraq war.\n\n"
    "They had appealed against a High Court decision that it was not unlawful for police to forcibly turn "
    "protestors away near RAF Fairford, Glos, in 2003. The police had also sought to overturn a breach of human "
    "rights ruling arising from the same case. Sitting on Wednesday, three Appeal Court judges dismissed both "
    "appeals. It followed action by police, when three coachloads of people were searched and detained on the way "
    "to RAF Fairford and forced to return to London under police escort.\n\n"
    "\"Given these circumstances, and the fact that RAF Fairford, and other military installations in the UK, had "
    "been the scene of increasingly destructive disorder in the weeks preceding this incident, the police commander "
    "on the ground made the decision to turn back the coaches.\"\n")

# reuters-11442 (judged-3), the dateline paragraph and the fourth
CENSURE = (
    "LISBON, March 31 - Portugal's minority centre-right government, which faces a crucial censure vote in "
    "parliament on Friday, unveiled an eight-year economic plan aimed at reducing foreign debt and boosting jobs "
    "and investment.\n\n"
    "The censure motion has been proposed by a centre-left party which says the government has failed to tackle "
    "economic ills.\n")


def _refs(resolver, nlp, text, when):
    parsed = nlp(text)
    refs = resolver.resolve(parsed, when, dateline_spans(text))
    return parsed, [(a.text, a.code or a.country, a.resolved_by) for a in refs]


def test_a_war_named_as_a_topic_is_no_place_of_the_story(resolver, nlp):
    parsed, refs = _refs(resolver, nlp, PEACE_DEMO, FEB_2005)
    home = article_home(parsed)
    # London and the UK place the story; "the Iraq war" only says what the protest was about
    assert (home.police, home.local, home.evidence) == ("GBR", "GBR", "places")
    assert [(text, code) for text, code, how in refs if how == "home"] == [
        ("protestors", "GBRCVL"),  # "Peace protestors" (the title's "Peace" is a word of its own)
        ("police", "GBRCOP"),
        ("High Court", "GBRJUD"),  # courts act at home, as police do
        ("police", "GBRCOP"),
        ("protestors", "GBRCVL"),
        ("police", "GBRCOP"),
        ("Court judges", "GBRJUD"),
        ("people", "GBRCVL"),
    ]
    assert ("Iraq", "IRQ", "kb-phrase") in refs


def test_a_war_alone_gives_no_home(resolver, nlp):
    # the first sentence alone names only the war: no place, so the police keep no country (before: IRQCOP)
    parsed, refs = _refs(resolver, nlp, PEACE_DEMO.split("\n\n")[1], FEB_2005)
    assert refs == [("police", None, "sector"), ("Iraq", "IRQ", "kb-phrase")]
    assert article_home(parsed).police is None


def test_a_party_takes_the_state_of_the_dateline(resolver, nlp):
    _, refs = _refs(resolver, nlp, CENSURE, MARCH_1987)
    assert refs == [
        ("Portugal", "PRT", "kb-phrase"),
        ("government", "PRTGOV", "context"),
        ("parliament", "PRTLEG", "context"),
        ("party", "PRTPTY", "home"),  # before: no country
        ("government", "PRTGOV", "home"),
    ]
