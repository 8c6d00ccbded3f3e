"""A quotation's tense is the speaker's: a sentence inside a quote (opened in its own sentence or run on from
an earlier sentence of its paragraph) neither takes the story to now nor ahead, so the story's day carries
past it (``DocumentDates._quoted``, ``_present_frame``, ``_moves_on``); a sentence in the present or future
outside quotation marks still stops the carry.  Built on judged-6 ipe-394's shape (a speech dated once, its
quoted words in the present and future, the speaker's later remarks) in a Reuters lead; events added by hand
on real parses (``_dated``)."""

from __future__ import annotations

import datetime as dt

from tests.dates.test_running_time import _dated

LEAD = ("JAKARTA, March 9 - Murdani told a meeting of the ruling Golkar party in Jakarta yesterday that he believed "
        "the security situation was now stable. ")
LATER = "He also said mass meetings should be avoided."


def test_the_day_carries_past_a_present_sentence_a_quote_runs_on_into():
    text = LEAD + ("\"We will not allow any disturbance during the campaign. The army is ready. Every citizen "
                   "wants calm,\" he said. ") + LATER
    assert _dated(text, dt.date(1987, 3, 9), "also said") == [(dt.date(1987, 3, 8), "day")]


def test_a_present_sentence_after_the_quote_closes_still_stops_the_carry():
    text = LEAD + "\"We will not allow any disturbance,\" he said. The army is ready in every town. " + LATER
    assert _dated(text, dt.date(1987, 3, 9), "also said") == [(dt.date(1987, 3, 9), "publication")]


def test_the_running_time_carries_past_a_quoted_future():
    text = LEAD + "\"We will not allow any disturbance. The campaign will be calm,\" he said.\n\n" + LATER
    assert _dated(text, dt.date(1987, 3, 9), "also said") == [(dt.date(1987, 3, 8), "day")]


def test_a_future_sentence_outside_quotes_still_moves_on():
    text = LEAD + "The army will not allow any disturbance during the campaign.\n\n" + LATER
    assert _dated(text, dt.date(1987, 3, 9), "also said") == [(dt.date(1987, 3, 9), "publication")]
