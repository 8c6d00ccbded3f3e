"""A modality cue flags only what it governs in the parse (issue 14, MODAL and wrong flags; session 17):

* an auxiliary counts only on a form it can govern ("Will Moy ... told the BBC": a name, no future);
* a subordinator heading a clause of its own marks that clause, not the reporting verb the parser hangs it on;
* an indirect question on why/how takes its content as given ("asked why ministers attacked");
* a dispute word in the act's own object or content judges no act ("reports urging regulations to combat
  misinformation"); one in a description of what the act names still does ("a claim the army called false").

Sentences from BBC and Reuters stories of the tune sets (shortened where marked) and their controls."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.event_tuples import coded

pytestmark = pytest.mark.slow

EVENT_FIELDS = ("source_text", "cameo", "target_text", "flags")
_events = partial(coded, published=dt.date(2005, 3, 1), fields=EVENT_FIELDS)


def test_a_name_read_as_will_makes_no_plan_of_the_saying():
    assert _events("\"It was an attempt to mislead voters,'' Will Moy, chief executive of the London-based "
                   "fact-checking website Full Fact, told the BBC.") == {("Moy", "010", None, ())}


def test_a_true_future_still_makes_a_plan():
    assert _events("Brown will visit Paris next week.") == {("Brown", "042", "Paris", ("planned", "hypothetical"))}


def test_the_condition_of_what_was_said_leaves_the_saying_asserted():
    # shortened: "Curfews and community service orders were other options ..."
    assert _events("Curfews were other options which could be used if court orders to allow parental access "
                   "were defied, Lord Falconer said.") == {("Lord Falconer", "010", None, ())}


def test_a_condition_on_the_act_still_flags_it():
    assert _events("If the rebels attack the town, the army will respond.") == \
        {("rebels", "190", "town", ("hypothetical",))}


@pytest.mark.parametrize("text,expected", [
    # why: the attack is given, the question is about its reasons (shortened: "... a new 50% tax rate ...")
    ("With that record, he asked why ministers attacked Lib Dem plans for a new tax rate.",
     {("ministers", "111", "Lib Dem", ())}),
    # whether: nothing is asserted
    ("He asked whether ministers had attacked Lib Dem plans for a new tax rate.",
     {("ministers", "111", "Lib Dem", ("hypothetical",))}),
])
def test_an_indirect_question_flags_by_its_wh_word(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the dispute word is what the urged regulations combat (shortened)
    ("Despite parliamentary reports urging new regulations to combat misinformation, officials in Britain have "
     "made no changes to the laws.", {("officials", "020", None, ())}),
    # what the arrest was for (BBC entertainment): the arrest is no claim in doubt
    ("A 18-year-old woman in the car was arrested for providing false information and having a fake ID card.",
     {("", "173", "woman", ())}),
    # the word describes the claim of the killing: the killing is disputed
    ("Rebels said they killed five soldiers, a claim the army called false.",
     {("Rebels", "190", "soldiers", ("disputed",))}),
    # the reports' content is disputed; the saying that disputes it is no claim in doubt
    ("Iran said reports that it had attacked a British tanker were baseless.",
     {("it", "190", "British tanker", ("disputed",))}),
])
def test_a_dispute_word_judges_only_what_it_does_not_belong_to(text, expected):
    assert _events(text) == expected
