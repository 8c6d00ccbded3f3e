"""A date on the object of a scheduling verb is when the planned thing is to be, not when it was planned or
proposed (``DocumentDates._of_planned_object``, ``scheduling`` rows of data/time_words.tsv).  The sentence of
judged-11's reuters-18662 (a tune set); events added by hand on real parses."""

from __future__ import annotations

import datetime as dt

from tests.dates.test_running_time import _dated

JUNE_18 = dt.date(1987, 6, 18)
STRIKE = ("SAO PAULO, June 18 - The national executive of Brazil's most militant trade union group has proposed a "
          "general strike for July 15 in protest at the government's austerity program.")


def test_the_proposal_is_not_dated_by_the_proposed_strikes_day():
    assert _dated(STRIKE, JUNE_18, "proposed") == [(JUNE_18, "publication")]


def test_the_planned_thing_takes_its_day():
    assert _dated(STRIKE, JUNE_18, "general strike") == [(dt.date(1987, 7, 15), "day")]


def test_a_day_of_the_proposing_still_dates_it():
    text = "The union's national executive proposed on Tuesday a general strike for July 15."
    assert _dated(text, JUNE_18, "proposed") == [(dt.date(1987, 6, 16), "day")]
