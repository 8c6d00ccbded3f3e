"""The occasion of speaking is no event (``events.nonevents.speaking_occasion``, the ``veto`` row of
``codes/data/code_rules.tsv`` for the class ``consult``; words ``occasion_preps``, ``speaking_verbs``): a meeting
with no counterpart that only times a saying ("told reporters after a cabinet meeting", judged-2; "a statement
issued after a cabinet meeting", judged-9) names when the speaker spoke, not an interaction.

Each test gives the exact event set (what must appear and what must not)."""

from __future__ import annotations


def events(code, text):
    return sorted((e.trigger, e.cameo, e.source.country, e.target.country if e.target else None)
                  for e in code(text))


def test_a_meeting_that_times_a_statement_is_no_event(code):
    assert events(code, "A statement issued after an Israeli cabinet meeting said the talks were a failure.") == []
    assert events(code, "A statement issued after Israel's cabinet meeting said the talks were a failure.") == []


def test_a_meeting_told_for_itself_stays(code):
    # the meeting is the clause's own happening, or it comes before the saying (a meeting ahead, not its time)
    assert events(code, "An Israeli cabinet meeting ended without a decision.") == [("meeting", "040", "ISR", None)]
    assert events(code, "Israel held a cabinet meeting after the attack.") == [("held meeting", "040", "ISR", None)]
    assert events(code, "Israel told reporters before an Israeli cabinet meeting that Iran would act.") == [
        ("meeting", "040", "ISR", None)]
