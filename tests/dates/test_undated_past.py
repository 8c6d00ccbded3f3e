"""An adverb of an untold earlier time ("recently", "previously"; ``undated_past`` in
data/time_words.tsv) keeps the day of another sentence or clause off its clause: the event keeps a date of
its own clause, else the reference date at ``publication`` precision, else none (``DateStep``,
``_told_earlier``).  Real sentences from Reuters-21578 and BBC stories; events added by hand on real parses."""

from __future__ import annotations

import datetime as dt

from tests.dates.test_running_time import _dated


def test_an_earlier_sentence_year_does_not_date_a_recent_statement():
    # reuters-2404 (TORONTO, March 5): the Ontario government's statement is not of February 1984
    text = ("TORONTO, March 5 - Toronto Dominion started Green Line in February 1984 and became the first Canadian "
            "bank to offer discount brokerage services. The Ontario government recently said banks will be "
            "permitted to buy brokerage firms after June 30.")
    assert _dated(text, dt.date(1987, 3, 5), "recently said") == [(dt.date(1987, 3, 5), "publication")]


def test_the_paragraph_day_before_does_not_date_a_recent_act():
    text = ("The minister met party leaders on Thursday.\n\n"
            "The chief minister recently expressed concern over such a menace.")
    assert _dated(text, dt.date(2002, 3, 22), "expressed") == [(dt.date(2002, 3, 22), "publication")]


def test_another_clause_day_does_not_date_a_recent_act():
    text = ("The minister met party leaders on Thursday and said the chief minister had recently expressed "
            "concern over such a menace.")
    assert _dated(text, dt.date(2002, 3, 22), "met", "expressed") == [
        (dt.date(2002, 3, 21), "day"), (dt.date(2002, 3, 22), "publication")]


def test_a_recent_act_keeps_a_date_of_its_own_clause():
    text = "The Toronto Dominion Bank recently raised its prime rate to 9 pct on March 3."
    assert _dated(text, dt.date(1987, 3, 20), "raised") == [(dt.date(1987, 3, 3), "day")]


def test_without_a_reference_date_a_recent_act_has_no_day():
    # bbc-business-119: the governor's warning is not of November 2003 (an undated BBC story)
    text = ("Interest rates rose five times between November 2003 and August 2004 as soaring house prices sparked "
            "inflation fears. Bank of England governor Mervyn King has recently warned against placing too much "
            "weight on one month's economic data.")
    assert _dated(text, None, "warned") == [(None, None)]


def test_without_the_adverb_the_day_carries():
    text = ("The minister met party leaders on Thursday.\n\n"
            "The chief minister expressed concern over such a menace.")
    assert _dated(text, dt.date(2002, 3, 22), "expressed") == [(dt.date(2002, 3, 21), "day")]
