"""A time clause in the simple present tells a time ahead ("after it takes a round ... on thursday"): its date
is no day of a past act above it (``_in_present_time_clause``); a past time clause still dates its act, and a
future act takes the clause's date.  Sentences written for the test in the shapes of Indian and wire news;
events added by hand on real parses."""

from __future__ import annotations

import datetime as dt

from tests.dates.test_running_time import _dated

TUESDAY = dt.date(2002, 3, 12)


def test_a_present_time_clause_does_not_date_a_past_request():
    text = ("the commission members have requested the state government to arrange meetings with the governor "
            "after it takes a round of the riot-affected areas on thursday.")
    assert _dated(text, TUESDAY, "requested") == [(TUESDAY, "publication")]


def test_a_past_time_clause_dates_the_act():
    text = "Police arrested two men when they arrived at the border on Monday."
    assert _dated(text, TUESDAY, "arrested") == [(dt.date(2002, 3, 11), "day")]


def test_a_future_act_takes_the_present_time_clauses_date():
    text = "The commission will meet the governor after it tours the riot-affected areas on Thursday."
    assert _dated(text, TUESDAY, "meet") == [(dt.date(2002, 3, 14), "day")]
