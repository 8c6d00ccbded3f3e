"""A report's time is its speaker's: an earlier sentence's time does not carry to a report whose named
speaker differs from that sentence's subject (``DateStep._carried``, ``_running_time``,
``_other_speaker``); a pronoun speaker ("he said") carries on; a named speaker's undated report takes the
occasion another sentence gives his words (``_speaker_occasion``).  Real sentences from Reuters-21578;
events added by hand on real parses."""

from __future__ import annotations

import datetime as dt

import pytest

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


# judged-7 reuters-4947: the occasion of the president's words is told in the next sentence, by "he"
EMANUEL = ("Quito, march 13 - ecuador cannot service its debt owed to private foreign banks, central bank officials "
           "said.\n\n"
           "\"we hope to obtain a tacit, explicit acceptance from foreign banks ... that we are not able to service "
           "the debt,\" central bank president carlos julio emanuel said.\n\n"
           "\"the reality is that our debt service capacity has been totally affected by the recent cataclysm,\" he "
           "added in a news conference last night.\n\n"
           "A central bank spokesman said emanuel was referring to payments owed private foreign banks.")
# dates-2 reuters-11881 (dev half): "He" of the occasion sentence is the minister the lead names
TANZANIA = ("DAR ES SALAAM, April 1 - Tanzania will need about 1.2 billion dlrs of hard currency investment to support "
            "its 1987-1992 five-year plan which begins in July, Minister of State for Finance Damas Mbogoro said.\n\n"
            "He told an economic planning seminar in the northern town of Arusha yesterday that the new plan would "
            "concentrate on rehabilitating Tanzania's existing infrastructure.\n\n"
            "The aim is to boost agricultural production by five pct a year, he said.\n\n"
            "In 1985, before president Ali Hassan Mwinyi began dismantling Tanzania's doctrinaire socialist "
            "policies, agricultural production grew by only 0.6 pct.\n\n"
            "Mbogoro said the success of the new five-year plan would depend greatly on the ability to exercise "
            "self-discipline.")
# a conjoined report shares its subject's occasion (the present sentence with its own year stops the running time)
CONJOINED = ("Quito, march 13 - central bank president carlos julio emanuel told a news conference last night that "
             "ecuador cannot service its debt.\n\n"
             "The earthquake damage gives the country no choice, as it has since last year, he added.\n\n"
             "Emanuel described the losses as very grave and said ecuador was seeking soft loans.")
# reuters-458 (LONDON, March 2): "said on Friday" is Funaro's own time; his "earlier today" is another report
FUNARO = ("LONDON, March 2 - Funaro said on Saturday in Washington that Brazil would not have suspended payment.\n\n"
          "He said earlier today that Brazil was first approaching governments.\n\n"
          "Funaro said on Friday that his talks with U.S. Officials had resulted in no new financial arrangement "
          "to help resolve Brazil's debt crisis.")
MARCH_12, MARCH_13 = (dt.date(1987, 3, 12), "day"), (dt.date(1987, 3, 13), "publication")


@pytest.mark.parametrize("text, published, triggers, expected", [
    pytest.param(EMANUEL, dt.date(1987, 3, 13), ("emanuel said", "added"), [MARCH_12, MARCH_12], id="next-sentence"),
    # "he added ... last night" continues Emanuel: the spokesman's report is not of that night
    pytest.param(EMANUEL, dt.date(1987, 3, 13), ("spokesman said",), [MARCH_13], id="not-the-next-speaker"),
    pytest.param(EMANUEL.replace("\"the reality is that our debt service capacity has been totally affected by the "
                                 "recent cataclysm,\" he added", "finance minister domingo cordovez spoke", 1),
                 dt.date(1987, 3, 13), ("emanuel said",), [MARCH_13], id="another-speakers-occasion"),
    pytest.param(TANZANIA, dt.date(1987, 4, 1), ("Mbogoro said the",), [(dt.date(1987, 3, 31), "day")],
                 id="pronoun-continuing-the-name"),
    pytest.param(CONJOINED, dt.date(1987, 3, 13), ("said ecuador",), [MARCH_12], id="conjoined-report"),
    pytest.param(FUNARO, dt.date(1987, 3, 2), ("resolve",), [(dt.date(1987, 2, 27), "publication")],
                 id="own-time-first"),
])
def test_the_speakers_occasion_told_in_another_sentence(text, published, triggers, expected):
    assert _dated(text, published, *triggers) == expected
