"""An event dated two days or more after its story is a plan (issue 16 point 4): whatever its clause's
mood it is flagged ``planned`` (``DocumentDates._dated_ahead``), unless its clause is in the past (the
text asserts it happened).  Sentences in the shape of wire copy, events added by hand on real parses;
each test names every event's date and planned flag."""

from __future__ import annotations

import datetime as dt

from tests.dates.test_event_own_time import _dated


def test_a_present_tense_act_dated_ahead_is_planned():
    # a schedule in the present tense: Reagan's visit on June 12, written on May 28
    dated = _dated("Reagan travels to West Berlin on June 12 for talks with Kohl.", dt.date(1987, 5, 28),
                   "travels")
    assert dated == {"travels": (dt.date(1987, 6, 12), "day", True)}


def test_a_noun_dated_ahead_is_planned():
    dated = _dated("The meeting of the ministers on March 31, 1987 is in Geneva.", dt.date(1987, 3, 18), "meeting")
    assert dated == {"meeting": (dt.date(1987, 3, 31), "day", True)}


def test_the_next_day_is_not_ahead():
    # one day after the reference date may be the writer's today (time zones, a late dateline)
    dated = _dated("The union stages a strike on March 19.", dt.date(1987, 3, 18), "strike")
    assert dated == {"strike": (dt.date(1987, 3, 19), "day", False)}


def test_a_past_clause_dated_ahead_is_asserted():
    # the text says it happened: a date ahead of the story is a wrong date, not a plan (the reference date
    # stands for it)
    dated = _dated("Police arrested 12 protesters on March 25, 1987.", dt.date(1987, 3, 18), "arrested")
    assert dated == {"arrested": (dt.date(1987, 3, 18), "publication", False)}


def test_a_noun_in_an_adjunct_of_a_past_clause_dated_ahead_is_planned():
    # Reuters-21578 (judged-7): the plan was drawn up; the visit, next week, is ahead
    dated = _dated("TOKYO, April 24 - Japan's ruling Liberal Democratic Party (LDP) drew up a final plan to expand "
                   "domestic demand and boost imports in time for Prime Minister Yasuhiro Nakasone's visit to "
                   "Washington next week, LDP officials said.", dt.date(1987, 4, 24), "drew up", "visit")
    assert dated == {"drew up": (dt.date(1987, 4, 24), "publication", False),
                     "visit": (dt.date(1987, 4, 27), "week", True)}
