"""A report's time is its speaker's: an earlier sentence's time does not carry to a report whose named
speaker differs from that sentence's subject (``DateStep._carried``, ``_running_time``,
``_other_speaker``); a pronoun speaker ("he said") carries on.  Real sentences from Reuters-21578;
events added by hand on real parses."""

from __future__ import annotations

import datetime as dt

from tests.dates.test_running_time import MURDANI, _dated

# reuters-4947 (Quito, March 13, a Friday): the finance minister spoke two days ago, the central bank's
# president at his own news conference
ECUADOR = ("Quito, march 13 - ecuador cannot service its debt owed to private foreign banks, central bank officials "
           "said.\n\n"
           "Emanuel did not specify how long ecuador would be unable service private foreign banks. But finance "
           "minister domingo cordovez said two days ago the government is seeking to postpone all payments due to "
           "private foreign banks in 1987 until next year through negotiations with creditors.\n\n")


def test_another_speakers_day_a_paragraph_before_does_not_date_a_report():
    text = ECUADOR + "Emanuel said ecuador was seeking soft loans from multilateral organisations for reconstruction."
    assert _dated(text, dt.date(1987, 3, 13), "cordovez said", "Emanuel said") == [
        (dt.date(1987, 3, 11), "day"), (dt.date(1987, 3, 13), "publication")]


def test_another_speakers_day_in_the_paragraph_does_not_date_a_report():
    # reuters-1994 (March 5): Hughes spoke late yesterday; Baker's statement is not given that day
    text = ("Late yesterday, Hughes said it had terminated the merger agreement because Baker would not agree to "
            "an alternative divestiture plan. Baker said it believes the vote was overwhelmingly in favor of the "
            "merger.")
    assert _dated(text, dt.date(1987, 3, 5), "Hughes said", "Baker said") == [
        (dt.date(1987, 3, 4), "day"), (dt.date(1987, 3, 5), "publication")]


def test_the_same_speaker_by_pronoun_carries_on():
    text = MURDANI + "However, he also said mass meetings during the election campaign period should be avoided."
    assert _dated(text, dt.date(1987, 3, 9), "also said") == [(dt.date(1987, 3, 8), "day")]


def test_the_same_speaker_named_again_carries_on():
    text = ("Late yesterday, Hughes said it had terminated the merger agreement. Hughes said it had found the "
            "consent decree unacceptable.")
    assert _dated(text, dt.date(1987, 3, 5), "Hughes said it had found") == [(dt.date(1987, 3, 4), "day")]
