"""Predicates analysts code that made no frame (issues 14/21 recall, session 14; lang/en/lexicon.tsv section
"session 14, recall"; docs/events.md "Lexicon files"):

* PETRARCH2 verbs whose bare code counts only through patterns, made core: assuring (030), recommending
  (020; what is recommended is not done: ``cue unrealized``), overpowering and repelling (190);
* brushing off (aside) a suggestion rejects it (120); terming something a disparaging name criticizes it
  (111); a speech to a conference or a gathering (a meeting, a rally, a committee, a summit ...) is a
  statement (010), as to a press conference;
* an infinitive with its own subject opened by "for" (the parser's advcl) is the verb's infinitive
  complement: "called for Israel to withdraw" is an appeal to Israel (events/structure.py
  ``subject_infinitive``).

Each test gives the exact event set (what must appear and what must not)."""

from __future__ import annotations


def events(code, text):
    """The text's events as (code, source country, target country, asserted), sorted."""
    return sorted((e.cameo, e.source.country, e.target.country if e.target else None, e.asserted) for e in code(text))


def test_assuring_is_a_pledge(code):
    assert events(code, "Pakistan assured India that the talks would continue.") == [("030", "PAK", "IND", True)]


def test_recommending_is_an_appeal_for_an_act_not_done(code):
    # the recommended act has not happened (cue unrealized), as an urged one
    assert events(code, "Britain recommended that Pakistan attack the militants.") == [
        ("020", "GBR", "PAK", True), ("190", "PAK", None, False)]


def test_overpowering_and_repelling_an_armed_force_is_force(code):
    assert events(code, "Pakistan overpowered the militants in 2004.") == [("190", "PAK", None, True)]
    # one state overpowering another with no sign of arms stays the game it usually is ("Pakistan beat India")
    assert events(code, "Pakistan overpowered India.") == []
    assert events(code, "Israel repelled an attack by Syria.") == [("190", "ISR", "SYR", True)]


def test_brushing_off_a_suggestion_rejects_it(code):
    assert events(code, "Israel brushed off suggestions by Egypt that the talks had failed.") == [
        ("120", "ISR", "EGY", True)]
    assert events(code, "Israel brushed aside criticism from Egypt.") == [("120", "ISR", "EGY", True)]
    # without the particle, brushing is no political act
    assert events(code, "Israel brushed the dust from the Egypt files.") == []


def test_terming_a_plan_a_disparaging_name_is_criticism(code):
    assert events(code, "India termed the plan of Pakistan a farce.") == [("111", "IND", "PAK", True)]
    assert events(code, "India termed the plan a new start.") == []


def test_a_speech_to_a_conference_or_a_gathering_is_a_statement(code):
    assert events(code, "Israel told a news conference in Cairo that it would not leave.") == [
        ("010", "ISR", None, True)]
    assert events(code, "Israel told the rally that it would never give up Jerusalem.") == [("010", "ISR", None, True)]
    assert events(code, '"We should not leave such matters to bureaucrats," the Japan finance chairman told the '
                        'meeting.') == [("010", "JPN", None, True)]
    # what is reported to the gathering is coded by its content, as for "told reporters"
    assert events(code, "Pakistan told the forum that India had attacked its border posts.") == [
        ("190", "IND", None, True)]


def test_a_for_infinitive_with_its_own_subject_is_the_verbs_complement(code):
    # the parser makes "for Israel to withdraw" an adverbial clause; it is what is called for, and
    # its subject is the one called on (words.tsv infinitive_subject_marks)
    assert events(code, "The UN called for Israel to withdraw from Gaza.") == [("0256", "UNO", "ISR", True)]
    assert events(code, "Pakistan pressed for India to release the prisoners.") == [("1053", "PAK", "IND", True)]
    # the act called for is not done
    assert events(code, "Iran called for Syria to attack Israel.") == [("020", "IRN", "SYR", True)]
    # a for-infinitive of a verb that is no predicate stays nothing
    assert events(code, "Israel waited for Egypt to respond.") == []
