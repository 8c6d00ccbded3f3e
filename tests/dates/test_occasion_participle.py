"""The occasion a speaker takes part in, told by a present participle on his verb ("Speaking at a news
conference on Thursday, X said"), dates his act however deep the parser hangs the date
(``_in_occasion_participle``, ``attending`` rows of data/time_words.tsv), and, as the speaker's dated speech,
his later undated reports and acts of speech (``DocumentDates._speaker_occasion``, ``verbal`` codes).
Sentences from judged-11's ipe-876 (a tune set) and Reuters-21578; events added by hand on real parses."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.dates.test_running_time import _dated

# ipe-876, published Friday 2002-03-22: the politburo member spoke at Thursday's meet-the-press
KARAT = ("participating in a meet-the-press programme organised by the andhra pradesh union of working journalists "
         "on thursday, karat said that he was puzzled as to why the issue of leadership has become a matter of "
         "speculation in the media. karat's statement assumes significance in the light of media speculation that "
         "the cpm was gearing up for a leadership change. the senior cpm leader also rejected speculation that the "
         "party has decided to replace surjeet by him. taking exception to queries by reporters that the party was in "
         "the hands of gerontocrats, karat said that the party had a good combination of old and youth. karat "
         "appealed to the state governments of all non-bjp parties not to implement the act in their respective "
         "states.")
FRIDAY = dt.date(2002, 3, 22)
THURSDAY = dt.date(2002, 3, 21)


@pytest.mark.parametrize("text, trigger", [
    (KARAT, "said that he was puzzled"),
    # the same occasion told in the commoner wire shapes
    ("Speaking at a news conference on Thursday, Karat said that he was puzzled.", "said"),
    ("Addressing a rally in Lahore on Thursday, Sharif accused the government of rigging the vote.", "accused"),
])
def test_the_occasion_of_a_participle_on_the_verb_dates_the_act(text, trigger):
    assert _dated(text, FRIDAY, trigger) == [(THURSDAY, "day")]


@pytest.mark.parametrize("text, trigger", [
    # another happening named by a participle of reference, a thing with a day of its own
    ("Referring to the attack on Thursday, the minister said the army would respond.", "said"),
    ("Commenting on the report published on Thursday, the minister said the army would respond.", "said"),
])
def test_a_date_of_another_happening_in_a_participle_does_not_date_the_act(text, trigger):
    assert _dated(text, FRIDAY, trigger) == [(FRIDAY, "publication")]


def test_the_speakers_occasion_dates_his_later_reports_and_acts_of_speech():
    # his later report and appeal by name: Thursday; the statement noun in a present sentence and the act told
    # of "the senior cpm leader" (a description, not his name) keep the publication day
    assert _dated(KARAT, FRIDAY, "statement assumes", "also rejected", "karat said that the party", "appealed",
                  codes={"also rejected": "120", "appealed": "020"}) == [
        (FRIDAY, "publication"), (FRIDAY, "publication"), (THURSDAY, "day"), (THURSDAY, "day")]


def test_an_act_not_of_speech_takes_no_speakers_occasion():
    # a material act of the speaker named again (he gave aid) is not made where he spoke; his appeal is
    text = ("Speaking at a news conference on Thursday, Karat said that he was puzzled. Karat sent relief to the "
            "camps. Karat appealed to the state governments not to implement the act.")
    assert _dated(text, FRIDAY, "sent relief", "appealed", codes={"sent relief": "073", "appealed": "020"}) == [
        (FRIDAY, "publication"), (THURSDAY, "day")]
