"""A wire dateline's filing place is no one's act (issue 16, PYONGYANG end to end): the parser often
makes it a subject of the lede's verb, beside the real one or above it."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.event_tuples import coded


pytestmark = pytest.mark.slow


# what each expected event tuple holds, in order (named projections of tests/event_tuples.FIELDS)
EVENT_FIELDS = ("source_text", "cameo", "target_text")
_events = partial(coded, published=dt.date(2022, 7, 14), fields=EVENT_FIELDS)


def test_the_filing_place_beside_the_real_subject_is_dropped():
    # parse: PYONGYANG and Korea are both subjects of "recognised"
    assert _events("PYONGYANG, July 14, 2022 -- North Korea on Wednesday recognised the independence of the "
                   "Donetsk People's Republic and the Luhansk People's Republic, the official KCNA news agency "
                   "said.") == {("North Korea", "054", "Donetsk People's Republic"),
                                ("North Korea", "054", "Luhansk People's Republic")}


def test_a_filing_place_with_the_subject_below_it_keeps_that_subject():
    # parse: "Donald Trump" is an apposition of YORK, the only subject; its phrase holds the actor
    assert _events("NEW YORK, March 9 - Casino owner and real estate developer Donald Trump has offered to "
                   "acquire all Class B common shares of Resorts International Inc.") == {
        ("Donald Trump", "030", "Resorts International Inc.")}
