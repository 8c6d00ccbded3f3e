"""Refusals and denials (issue 15's recall, issue 14's "events are made from frames"):

- a negated acceptance verb (lexicon ``cue acceptance``: accept, approve, endorse) is a rejection,
  asserted (CAMEO 12x, sub-coded through ``reject_for`` in codes/data/code_rules.tsv), unless it only
  describes something ("proposals it did not accept") or is merely coordinated with the event;
- a statement whose content is denied ("said the decision was not made under pressure") is the
  speaker's own position: the statement stays, it is no report of a happening.

Each test gives the exact event set (what must appear and what must not)."""

from __future__ import annotations

import pytest


def events(code, text):
    return sorted(((e.cameo, e.source.country, e.target.country if e.target else None, tuple(e.flags))
                   for e in code(text)), key=str)


@pytest.mark.parametrize("text,expected", [
    # not accepting a plan rejects it (PETRARCH2 ACCEPT + PLAN = 030; its rejection 127)
    ("Iran did not accept the plan.", [("127", "IRN", None, ())]),
    ("Iran would not accept the plan.", [("127", "IRN", None, ())]),
    # not accepting an offer or approving a plan rejects it
    ("Iran did not accept the offer.", [("127", "IRN", None, ())]),
    ("Iran did not approve the plan.", [("127", "IRN", None, ())]),
])
def test_a_negated_acceptance_is_a_rejection(code, text, expected):
    assert events(code, text) == expected


def test_an_acceptance_stays_an_acceptance(code):
    assert events(code, "Iran accepted the offer.") == [("030", "IRN", None, ())]


def test_a_refused_intent_is_a_rejection_only_when_its_verb_is_an_acceptance(code):
    # "determined not to make promises" rejects nothing; "did not agree to talks" stays a negated intent
    assert events(code, "Iran did not agree to the talks.") == [("036", "IRN", None, ("negated",))]
    assert events(code, "Iran was determined not to make any promises to Israel.") == []


def test_a_negated_act_that_is_no_acceptance_is_no_refusal(code):
    # "did not attack": nothing happened; it is no refusal of anything, and an act not done is no event
    # (session 12: the ``negated_act`` veto, events/unasserted.py; before it the attack was kept, flagged negated)
    assert events(code, "Israel did not attack Syria.") == []
    # a negated stance is a position: kept, flagged
    assert events(code, "Israel does not support Syria.") == [("051", "ISR", "SYR", ("negated",))]


def test_a_denied_content_keeps_the_statement(code):
    text = "Japan said the decision was not made under outside pressure."
    assert events(code, text) == [("010", "JPN", None, ())]


def test_a_reported_happening_still_drops_the_statement(code):
    # the happening is the news; the reporting verb is no statement of the speaker's position
    text = "Japan said the decision was made under outside pressure."
    assert events(code, text) == []


def test_a_verb_coordinated_with_a_negated_acceptance_is_no_refusal(code):
    # "does not accept X, but has said Y": the statement is no refusal (no 12x, not made hypothetical); a
    # conjunct with its own auxiliary heads its own clause and does not share the first verb's negation
    # (structure._own_clause; news-audit-1 judged this statement made, its negated flag wrong)
    text = "Japan does not accept the concept of dual nationality, but has said Iran may keep its passports."
    assert events(code, text) == [("010", "JPN", "IRN", ())]


# ----------------------------------------------------------------------------- statements to the press


@pytest.mark.parametrize("text,expected", [
    # the press is the audience, never the target (lexicon ``pattern telling @audience``)
    ("Japan told reporters the decision was not made under outside pressure.", [("010", "JPN", None, ())]),
    ("Japan told Reuters that Iran is strong.", [("010", "JPN", "IRN", ())]),
    ("Japan told Radio Iran that it was strong.", [("010", "JPN", None, ())]),
    ("Japan told a news conference that it would not accept the plan.", [("127", "JPN", None, ())]),
])
def test_telling_the_press_is_a_statement(code, text, expected):
    assert events(code, text) == expected


def test_telling_someone_else_is_not_a_press_statement(code):
    # "told X that ...": no press audience, so no statement of tell's own; the content is coded, as before
    assert events(code, "Japan told Iran that Israel attacked Syria.") == [("190", "ISR", "SYR", ())]
