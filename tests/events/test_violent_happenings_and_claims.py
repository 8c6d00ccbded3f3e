"""Violence an analyst codes that the coder missed (issue 14, GLOCON contentious recall; docs/events.md
"Frames and roles"):

* a violent event noun reported as taking place with no doer named ("the attack occurred in X", "fighting
  broke out", "there was an ambush") is coded with an unknown doer, as an agentless "a bomb killed ..." is
  (``role agent violent violent_happening``; events/structure.py ``_agent_protest_organisers``);
* violence whose doer claims it ("X claimed / admitted responsibility for the attack") took place and was
  done by the claimer: it is no mere topic of the claim (events/structure.py ``claimed_act``); a denied or
  negated claim ("denied responsibility", "no group has claimed responsibility") names no doer and leaves
  the act a topic;
* a violent noun only named as a topic is still no event ("condemned the attack").

Each test gives the exact event set (what must appear and what must not)."""

from __future__ import annotations


def events(code, text):
    """The text's events as (code, source text, source country, source sector, target text, asserted), sorted."""
    return sorted(_row(e) for e in code(text))


def _row(e):
    return (e.cameo, e.source.text, e.source.country, e.source.sector, e.target.text if e.target else None,
            e.asserted)


def test_an_attack_that_occurred_is_coded_with_an_unknown_doer(code):
    assert events(code, "The attack occurred in a busy street in Pakistan.") == [
        ("190", "", "PAK", "UAF", None, True)]


def test_fighting_that_broke_out_is_coded_with_an_unknown_doer(code):
    assert events(code, "Fighting broke out after midnight.") == [("190", "", None, None, None, True)]


def test_a_named_attack_is_still_only_the_topic_of_a_condemnation(code):
    assert events(code, "Israel condemned the attack.") == [("111", "Israel", "ISR", None, None, True)]


def test_an_attack_whose_responsibility_is_claimed_was_done_by_the_claimer(code):
    assert events(code, "Hamas claimed responsibility for the bombing.", ) == [
        ("015", "Hamas", None, None, None, True), ("183", "Hamas", None, None, None, True)]


def test_a_negated_or_denied_claim_names_no_doer(code):
    assert events(code, "No group has claimed responsibility for the attack.") == [
        ("015", "group", None, None, None, False)]
    assert events(code, "Hamas denied responsibility for the bombing.") == [("016", "Hamas", None, None, None, True)]
