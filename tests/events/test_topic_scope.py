"""A sub-code's cue word must be the act's own argument (issue 14): words under a circumstance of the
act (time, cause, condition: "following", "in the wake of", "at the same time as", "when ...") or in a
report on it ("in what observers said") do not choose the demand's, appeal's or
strike's topic (events/coder.py ``_circumstance_words``; lang/en words ``topic_adjunct_*``, labels
``topic_speech_aside``).  Sentences are real BBC / Reuters-21578 sentences from the tune sets
(judged-1, judged-2, judged-3), whose judges found the root right and the sub-code wrong."""

from __future__ import annotations

import pytest


def _codes(evs):
    return sorted(e.cameo for e in evs)


@pytest.mark.parametrize("text, codes", [
    # Reuters-21578: the dismissal is why the company refused arbitration, not what the strikers demand
    ("The strike began on March 14 when workers walked out following the railway company's refusal to go "
     "to formal arbitration talks over the dismissal of a train driver.", ["143", "143"]),
    # BBC: the elections are when the exit strategy is wanted, not a demand for new leaders (was 1044)
    ("Tony Blair should set out a proper exit strategy from Iraq in the wake of next Sunday's elections in the "
     "country, Lib Dem leader Charles Kennedy has said.", ["100"]),
    # Reuters 2019: the stalled military aid is the time of the request, not what was asked (0232 in its
    # article in judged-3; alone the parse already keeps it out)
    ("The envoy is likely to face tough questions from lawmakers of both parties about Trump's July 25 call when "
     "he asked Ukraine President Volodymyr Zelenskiy for the political investigations at the same time as U.S. "
     "military aid for the ally was being stalled.", ["020"]),
    # Reuters-21578: "in what some observers said" reports on the appeal; observers are no monitors (was 0234)
    ("QUEBEC, MARCH 23 - Prime Minister Brian Mulroney called on Americans to pressure Congress in the fight "
     "against acid rain in what some observers said may represent a shift in Canada's lobbying strategy with "
     "the United States.", ["020"]),
])
def test_circumstance_words_choose_no_sub_code(code, text, codes):
    assert _codes(code(text)) == codes


@pytest.mark.parametrize("text, codes", [
    # the topic in the act's own content still decides, with a circumstance beside it
    ("Egypt staged rallies demanding the resignation of the president after the elections.", ["1411"]),
    ("Japan promised to provide humanitarian aid to Pakistan following the floods.", ["0333"]),
    ("France urged Iran to respect human rights, saying the elections were unfair.", ["0243"]),
    # the rallies' purpose is what they demonstrate for: one protest, as with "demanding" above
    ("Egypt staged rallies to demand the resignation of the president.", ["1411"]),
])
def test_the_acts_own_arguments_still_choose_it(code, text, codes):
    assert _codes(code(text)) == codes
