"""Lower-cased documents (IndiaPoliceEvents is lower-cased as a whole): ``DocTable.case_blind`` tells them
from cased ones, their knowledge-base names match case-insensitively, a one-word place counts where the
document's own entity reading or a line-opening dateline shape says it is one, and a lower-case colon
dateline gives the article its home (issue 15)."""

from __future__ import annotations

import datetime as dt

from annalyst.actors.tokens import DocTable
from annalyst.clean.dateline import lower_case_dateline_candidates

MARCH_2002 = dt.date(2002, 3, 1)

LOWER = ("lucknow: the special task force of the state police on tuesday arrested two men carrying rifles. "
         "the arrests were made when the two were intercepted on faizabad road. the police are now "
         "investigating if those arrested have links with a gang. a mob later gathered outside the station.")
CASED = ("Lucknow: The special task force of the state police on Tuesday arrested two men carrying rifles. "
         "The arrests were made when the two were intercepted on Faizabad road. The police are now "
         "investigating if those arrested have links with a gang. A mob later gathered outside the station.")


def refs(resolver, nlp, text):
    return [(r.text, r.code, r.resolved_by) for r in resolver.resolve(nlp(text), MARCH_2002)]


def test_case_blind_needs_lower_case_words_and_sentences(nlp):
    assert DocTable(nlp(LOWER)).case_blind
    assert not DocTable(nlp(CASED)).case_blind
    # a short lower-case line is no evidence
    assert not DocTable(nlp("police arrested two men in lucknow.")).case_blind
    # a cased story with few capitals: its sentences still open with capitals
    cased_few = " ".join(["The talks went on through the night and into the morning without any result."] * 4)
    assert not DocTable(nlp(cased_few)).case_blind


def test_lower_case_dateline_places_the_police(resolver, nlp):
    # the dateline is the filing place, no actor; the police and the mob are the article's (the state police
    # by the sentence's state, read from the dateline too); men and a gang have no state of their own
    assert refs(resolver, nlp, LOWER) == [
        ("state police", "INDCOP", "context"), ("men", None, "sector"), ("police", "INDCOP", "home"),
        ("gang", None, "sector"), ("mob", "INDCVL", "home")]


def test_lower_case_names_match_the_knowledge_base(resolver, nlp):
    text = ("the violence spread to several towns on monday night and the curfew was extended. residents said "
            "mobs burnt shops in ahmedabad and vadodara. chief minister narendra modi said the police had "
            "orders to shoot rioters on sight, and the army was called in.")
    # the chief minister by the knowledge base, "vadodara" by the gazetteer, the police by the article's places
    # (soldiers need the state most of the article names: one place is not enough)
    assert refs(resolver, nlp, text) == [
        ("towns", None, "sector"), ("residents", None, "sector"), ("mobs", "INDCVL", "event-location"),
        ("vadodara", "INDCVL", "place"), ("chief minister narendra modi", "INDGOV", "kb-person"),
        ("police", "INDCOP", "home"), ("army", None, "sector")]


def test_dateline_candidates_are_line_opening_lower_case_shapes():
    text = "This story is from March 27, 2002\n\nahmedabad/vadodara: one person was killed. note: this is not one"
    spans = lower_case_dateline_candidates(text)
    assert [text[s:e] for s, e in spans] == ["ahmedabad/vadodara: "]
