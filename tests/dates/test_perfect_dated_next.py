"""The news told in the present perfect takes the day the next sentence gives the same named actor's act
(``DocumentDates._perfect_dated_next``): wire copy leads with "X has accused ..." and dates it right after
("X said in a speech ... yesterday").  Another actor's day, a later act's day, a span on the perfect, a day
outside the news week or a day two sentences on date nothing.  Real leads from Reuters-21578; events added by
hand on real parses (``_dated``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.dates.test_running_time import _dated

# judged-10 reuters-12438 (LUSAKA, April 2): the accusation was made in yesterday's speech
MWAPE = ("LUSAKA, April 2 - Bank of Zambia general manager Michael Mwape has accused the International Monetary Fund "
         "of ignoring social conditions when drawing up its economic reform programmes for African countries.\n\n")
APRIL_1, APRIL_2 = dt.date(1987, 4, 1), dt.date(1987, 4, 2)


def test_a_perfect_lead_takes_the_day_of_the_same_speaker_next():
    text = MWAPE + ("Mwape said in a speech to businessmen in the southern town of Livingstone yesterday that the "
                    "IMF's approach had caused social and political unrest across the continent.")
    assert _dated(text, APRIL_2, "accused", "said in a speech") == [(APRIL_1, "day"), (APRIL_1, "day")]


@pytest.mark.parametrize("text, published, trigger, day", [
    # reuters-11779 (SYDNEY, April 1): the same actor under a report of others, his act's day through "after meeting"
    ("SYDNEY, April 1 - Prime Minister Bob Hawke has decided against an early election despite a leadership crisis "
     "in the opposition coalition, Australian government officials said.\n\nThey said Hawke made the decision after "
     "meeting senior advisers and high-ranking members of the ruling Labour Party in Canberra last night.",
     APRIL_1, "decided", dt.date(1987, 3, 31)),
    # a pronoun continues the named person
    (MWAPE + "He told businessmen in the southern town of Livingstone yesterday that the IMF had failed.",
     APRIL_2, "accused", APRIL_1),
])
def test_the_same_actors_act_next_dates_the_perfect(text, published, trigger, day):
    assert _dated(text, published, trigger) == [(day, "day")]


@pytest.mark.parametrize("text, published, trigger", [
    # judged-3 reuters-11865 (WASHINGTON, April 1): the Pentagon's announcement is not the charge
    ("WASHINGTON, April 1 - A second U.S. Marine has been charged with spying in a growing scandal involving the "
     "American Embassy in Moscow.\n\nThe Pentagon made the announcements yesterday and the State Department said "
     "the ambassador had been called home.", APRIL_1, "charged"),
    # reuters-16631 (SANTA BARBARA, April 13): Friday is the proclamation's, still ahead; "Talks" is no name
    ("SANTA BARBARA, April 13 - Talks between the United States and Japan on alleged Japanese dumping of computer "
     "microchips have failed to head off U.S. imposition of retaliatory tariffs, two senior White House officials "
     "said.\n\nPresident Reagan's chief of staff, Howard Baker told reporters here that he saw no developments that "
     "would cause the president to back away from his plan to issue a proclamation on Friday slapping 100 per cent "
     "tariffs on a range of Japanese electronic products.", dt.date(1987, 4, 13), "failed"),
    # a span on the perfect
    ("LUSAKA, April 2 - Zambia has criticised the International Monetary Fund since 1985 for ignoring social "
     "conditions.\n\nZambia said in a statement yesterday that the IMF's approach had caused unrest.",
     APRIL_2, "criticised"),
    # a day outside the news week
    (MWAPE + "Mwape said in a speech to businessmen in Livingstone on March 12 that the IMF's approach had caused "
     "unrest.", APRIL_2, "accused"),
    # the day two sentences on
    (MWAPE + "Zambia has had five IMF adjustment programmes.\n\nMwape said in a speech to businessmen in Livingstone "
     "yesterday that the IMF had failed.", APRIL_2, "accused"),
])
def test_no_day_of_the_actors_act_next_dates_nothing(text, published, trigger):
    assert _dated(text, published, trigger) == [(published, "publication")]
