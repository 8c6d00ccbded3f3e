"""Two vetoes of issue 14 (MODAL, NONEVENT), session 12:

* ``possible_only`` (events/unasserted.py): an act said only to be possible (a modal of possibility,
  ``possibility_aux``) is no event, flagged or not; a negated one, a conditional threat and the speaker's own
  option stay;
* ``named_saying`` (events/nonevents.py): a verbal act named by a free relative or by a relative clause on an
  indefinite pronoun (``free_relative_words``, ``indefinite_things``) is referred to, not told;
* ``press_question`` (events/nonevents.py): an appeal asked by the press (``commentator_nouns``) is an
  interview question.

Each test gives the exact event set."""

from __future__ import annotations

import pytest


def events(code, text):
    return sorted((e.trigger, e.cameo, e.source.country or e.source.text,
                   (e.target.country or e.target.text) if e.target else None, tuple(sorted(e.flags)))
                  for e in code(text))


def test_a_possibility_is_no_event(code):
    assert events(code, "OPEC might hold a formal meeting in Vienna this week.") == []
    assert events(code, "Syria might have attacked Israel.") == []
    # the statement around it stays: what the speaker said is told
    assert events(code, "Israel said Syria could attack Lebanon.") == [("said", "010", "ISR", "SYR", ())]


def test_a_negated_possibility_a_threat_and_an_own_option_stay(code):
    # twins: "cannot support" refuses; a condition makes the act a threat (asserted); the speaker's own option
    assert events(code, "Iran said it cannot support the plan.") == [
        ("support", "051", "IRN", None, ("hypothetical", "negated"))]
    assert events(code, "Israel may attack Syria if Syria arms Hezbollah.") == [("attack", "138", "ISR", "SYR", ())]
    assert events(code, "Israel said it could attack Syria.") == [("attack", "190", "ISR", "SYR", ("hypothetical",))]
    # and a plain act is an act
    assert events(code, "Israel attacked Syria.") == [("attacked", "190", "ISR", "SYR", ())]


def test_a_saying_named_by_a_free_relative_is_no_statement(code):
    assert events(code, "We had what Ken Livingstone said, we had what Alastair Campbell has said and we have "
                        "what others have said.") == []
    assert events(code, "What did the prosecutors say?") == []
    assert events(code, "Gordon Brown told Tony Blair: \"There is nothing you could say to me now that I could "
                        "ever believe.\"") == []


def test_a_wh_word_after_the_verb_is_its_object_and_the_act_stays(code):
    # twins: "rejected what it called interference", "condemned what Syria said": the act on the named saying
    # is told
    assert events(code, "Iran rejected what it called American interference in Iraq.") == [
        ("rejected", "120", "IRN", None, ())]
    assert events(code, "Israel condemned what Syria said about the border.") == [("condemned", "111", "ISR", "SYR", ())]


def test_a_question_from_the_press_is_no_appeal(code):
    # judged-5 (BBC): "was asked by journalists about his view"
    assert events(code, "Later the Israeli spokesman was asked by journalists about his view on the Syrian "
                        "proposal.") == []
    # twin: an actor asking an actor appeals
    assert events(code, "Israel asked Syria for an explanation.") == [("asked", "020", "ISR", "SYR", ())]


def test_a_press_question_the_parser_reads_as_active_is_no_appeal():
    """judged-5 (BBC 2005): the parser hangs "by reporters" on "remark" and reads "asked" as a finite verb with
    Howard its subject; the by-phrase under the verb's own prepositional object still names the askers (session
    13).  Twin: an actor asking an actor about an act done by others appeals."""
    from tests.events.test_habits_frameworks_wishes import _events

    assert _events("Tory leader Michael Howard, asked about Mr Livingstone's remark by reporters, said it was "
                   "important for politicians to be mindful about the language they use.") == {
        ("said", "010", "GBRCON", None, ())}
    assert _events("Britain asked the U.N. about the attack by the rebels.") == {("asked", "020", "GBR", "UNO", ())}


@pytest.mark.parametrize("text,expected", [
    # judged-4 (AP 2019): a question asked in a hearing, no one asked, nothing asked for
    ("Schiff asked.", set()),
    # judged-3 (AP 2019): a remembered question, its content a question
    ("\"And I asked, well, on whose authority?\" said Hill, who will testify Thursday.", set()),
    # a question clause as the content: no appeal
    ("The MP asked what the government would do about the strike.", set()),
    # twins: something asked for, someone asked, an act asked of someone: appeals
    ("Omar asked for compassion during the sentencing.", {("asked", "020", None, None, ())}),
    ("Britain asked the U.N. to send troops.", {("asked", "0234", "GBR", "UNO", ())}),
    # twin: someone asked, as the passive subject (an over-firing story: "Kondo was asked by Volcker ... what Japan
    # could do")
    ("The Japanese foreign minister was asked by Britain what Japan would do about the embargo.",
     {("asked", "020", "GBR", "JPNGOV", ())}),
])
def test_a_question_put_is_no_appeal(text, expected):
    """``question_put`` (session 13): a verb of asking with no one asked, nothing asked for and, if any, a question
    as its content puts a question, no appeal (judged-3 and judged-4 judged both such 020s not real)."""
    from tests.events.test_habits_frameworks_wishes import _events

    assert _events(text) == expected
