"""The news told in the present perfect takes the day the next sentence gives the same named actor's act
(``DocumentDates._perfect_dated_next``): wire copy leads with "X has accused ..." and dates it right after
("X said in a speech ... yesterday").  Another actor's day, a span on the perfect, a day outside the news week
or two days in the next sentence date nothing.  Real leads from Reuters-21578; events added by hand on real
parses (``_dated``)."""

from __future__ import annotations

import datetime as dt

from tests.dates.test_running_time import _dated

# judged-10 reuters-12438 (LUSAKA, April 2): the accusation was made in yesterday's speech
MWAPE = ("LUSAKA, April 2 - Bank of Zambia general manager Michael Mwape has accused the International Monetary Fund "
         "of ignoring social conditions when drawing up its economic reform programmes for African countries.\n\n")


def test_a_perfect_lead_takes_the_day_of_the_same_speaker_next():
    text = MWAPE + ("Mwape said in a speech to businessmen in the southern town of Livingstone yesterday that the "
                    "IMF's approach had caused social and political unrest across the continent.")
    assert _dated(text, dt.date(1987, 4, 2), "accused", "said in a speech") == [
        (dt.date(1987, 4, 1), "day"), (dt.date(1987, 4, 1), "day")]


def test_the_same_actor_under_a_report_of_others():
    # reuters-11779 (CANBERRA, April 14): the decision was made last night
    text = ("CANBERRA, April 14 - Prime Minister Bob Hawke has decided against an early election despite a leadership "
            "crisis in the opposition coalition, Australian government officials said.\n\n"
            "They said Hawke made the decision after meeting senior advisers and high-ranking members of the ruling "
            "Labour Party in Canberra last night.")
    assert _dated(text, dt.date(1987, 4, 14), "decided") == [(dt.date(1987, 4, 13), "day")]


def test_a_pronoun_continues_the_named_speaker():
    text = MWAPE + "He told businessmen in the southern town of Livingstone yesterday that the IMF had failed."
    assert _dated(text, dt.date(1987, 4, 2), "accused") == [(dt.date(1987, 4, 1), "day")]


def test_another_actors_day_dates_nothing():
    # judged-3 reuters-11865 (WASHINGTON, April 1): the Pentagon's announcement is not the charge
    text = ("WASHINGTON, April 1 - A second U.S. Marine has been charged with spying in a growing scandal involving "
            "the American Embassy in Moscow.\n\n"
            "The Pentagon made the announcements yesterday and the State Department said the ambassador had been "
            "called home.")
    assert _dated(text, dt.date(1987, 4, 1), "charged") == [(dt.date(1987, 4, 1), "publication")]


def test_a_span_on_the_perfect_dates_nothing():
    text = ("LUSAKA, April 2 - Zambia has criticised the International Monetary Fund since 1985 for ignoring social "
            "conditions.\n\n"
            "Zambia said in a statement yesterday that the IMF's approach had caused unrest.")
    assert _dated(text, dt.date(1987, 4, 2), "criticised") == [(dt.date(1987, 4, 2), "publication")]


def test_an_old_day_next_dates_nothing():
    text = MWAPE + ("Mwape said in a speech to businessmen in Livingstone on March 12 that the IMF's approach had "
                    "caused unrest.")
    assert _dated(text, dt.date(1987, 4, 2), "accused") == [(dt.date(1987, 4, 2), "publication")]


def test_a_sentence_later_dates_nothing():
    text = MWAPE + ("Zambia has had five IMF adjustment programmes.\n\n"
                    "Mwape said in a speech to businessmen in Livingstone yesterday that the IMF had failed.")
    assert _dated(text, dt.date(1987, 4, 2), "accused") == [(dt.date(1987, 4, 2), "publication")]


def test_a_later_acts_day_dates_nothing():
    # reuters-16631 (SANTA BARBARA, April 13): Friday is the proclamation's, still ahead; "Talks" is no name
    text = ("SANTA BARBARA, April 13 - Talks between the United States and Japan on alleged Japanese dumping of "
            "computer microchips have failed to head off U.S. imposition of retaliatory tariffs, two senior White "
            "House officials said.\n\n"
            "President Reagan's chief of staff, Howard Baker told reporters here that he saw no developments that "
            "would cause the president to back away from his plan to issue a proclamation on Friday slapping 100 "
            "per cent tariffs on a range of Japanese electronic products.")
    assert _dated(text, dt.date(1987, 4, 13), "failed") == [(dt.date(1987, 4, 13), "publication")]
