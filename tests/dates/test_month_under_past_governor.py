"""A month named without its year in a clause governed by a verb in the past ("decided to reopen the
investigation in May", "was due to be released in September") is read where it lies nearer the reference
date, behind it when it is no farther behind than ahead (``DocumentDates._nearer_behind``,
``syntax.past_governor``); a future clause keeps the forward reading.  Sentences of judged-3 (a 2019 news page)
and made-up contrasts; events added by hand on real parses."""

from __future__ import annotations

import datetime as dt

from tests.dates.test_running_time import _dated

PUBLISHED = dt.date(2019, 11, 19)
ASSANGE = ("However, Swedish prosecutors decided to reopen the investigation in May after he was hauled out of the "
           "Ecuadorean Embassy in London by the UK police.\n\n"
           "Assange was due to be released from HMP Belmarsh in September after serving the custody period of his "
           "jail term.")


def test_a_month_under_a_past_commitment_is_the_one_behind_when_no_farther():
    assert _dated(ASSANGE, PUBLISHED, "reopen") == [(dt.date(2019, 5, 1), "month")]


def test_a_month_under_a_past_schedule_is_the_one_behind():
    assert _dated(ASSANGE, PUBLISHED, "released") == [(dt.date(2019, 9, 1), "month")]


def test_a_month_nearer_ahead_under_a_past_commitment_stays_ahead():
    text = "The ministers decided to meet again in January."
    assert _dated(text, PUBLISHED, "meet") == [(dt.date(2020, 1, 1), "month")]


def test_a_month_in_a_future_clause_stays_ahead():
    text = "The ministers will meet again in May."
    assert _dated(text, PUBLISHED, "meet") == [(dt.date(2020, 5, 1), "month")]
