"""An arrest with no agent and no place in its clause is made by the police of the state the article is about
(issue 15, AGENTLESS; events/structure.py ``implied_source`` reading actors.resolver.ArticleHome): the wire
dateline's state, else the one state all the article's places belong to.  Wording of AFP/Reuters stories."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.event_tuples import coded


APRIL_1997 = dt.date(1997, 4, 9)


# what each expected event tuple holds, in order (named projections of tests/event_tuples.FIELDS)
EVENT_FIELDS = ("trigger", "cameo", "source_country", "source_sector", "target")
_events = partial(coded, published=APRIL_1997, fields=EVENT_FIELDS)


def test_agentless_arrest_takes_the_dateline_state_police():
    assert _events("KINSHASA, April 9 (AFP) - Opposition leader Etienne Tshisekedi was arrested on Wednesday as he "
                   "walked to the office building.") == {("arrested", "173", "COD", "COP", "CODOPP")}


def test_a_place_in_the_clause_still_decides():
    # the arrest's own place beats the article's home (a Lagos arrest in a story filed from London)
    assert _events("LONDON, April 9 - Two opposition activists were arrested in Lagos on Tuesday, their lawyer "
                   "said.") == {("arrested", "173", "NGA", "COP", "NGAOPP")}


def test_no_home_no_country():
    # nothing names a state: the police stay unplaced (never guessed)
    assert _events("Two men were arrested on Tuesday, a spokesman said.") == {("arrested", "173", None, "COP", None)}


# a court's legal action (lang/en/words.tsv court_act_verbs): the unnamed agent is the home state's judiciary
def test_agentless_sentence_takes_the_dateline_state_courts():
    assert _events("KINSHASA, April 9 (AFP) - Opposition leader Etienne Tshisekedi was sentenced to two years in "
                   "prison on Wednesday.") == {("sentenced to years", "173", "COD", "JUD", "CODOPP")}


def test_agentless_jailing_takes_the_dateline_state_courts():
    assert _events("KINSHASA, April 9 (AFP) - Two opposition activists were jailed for five years on "
                   "Wednesday.") == {("jailed for", "173", "COD", "JUD", "CODOPP")}


def test_an_arrest_and_a_charge_stay_with_the_police():
    # arresting and charging are police work: only the court's acts change sector
    assert _events("KINSHASA, April 9 (AFP) - Opposition leader Etienne Tshisekedi was charged with treason on "
                   "Wednesday.") == {("charged with treason", "173", "COD", "COP", "CODOPP")}


def test_no_home_no_country_for_the_courts_either():
    assert _events("Two men were jailed on Tuesday, a spokesman said.") == {("jailed", "173", None, "JUD", None)}


def test_a_named_court_is_not_replaced():
    # the by-phrase names the agent: the text's court (its word, its resolver), not an implied one
    assert coded("KINSHASA, April 9 (AFP) - Opposition leader Etienne Tshisekedi was sentenced to two years by "
                 "a military court on Wednesday.", published=APRIL_1997,
                 fields=("trigger", "cameo", "source", "source_text", "source_resolver", "target")) \
        == {("sentenced to years", "173", "CODJUD", "court", "context", "CODOPP")}
