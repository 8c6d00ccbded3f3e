"""annalyst.api: the importable entry points behind ``code`` and ``demo``."""

import datetime as dt

import pytest

from annalyst.api import code_text, publication_date
from annalyst.errors import InputError


@pytest.mark.parametrize("value, expected", [
    (None, None),
    ("", None),
    (dt.date(2005, 11, 1), dt.date(2005, 11, 1)),
    (dt.datetime(2005, 11, 1, 23, 59), dt.date(2005, 11, 1)),
    ("2005-11-01", dt.date(2005, 11, 1)),
    ("2005-11-01T08:00:00Z", dt.date(2005, 11, 1)),
    ("Nov 1, 2005", dt.date(2005, 11, 1)),
])
def test_publication_date_reads_what_readers_read(value, expected):
    assert publication_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday-ish nonsense", "2005-13-45", 12.5j])
def test_a_value_that_names_no_date_is_refused_with_a_fix(value):
    with pytest.raises(InputError) as err:
        publication_date(value)
    assert err.value.code == "E001" and "2005-11-01" in err.value.fix


def test_code_text_with_a_string_date_dates_its_events_like_a_date():
    """A string date used to reach the actor stage as a string and fail there on a comparison."""
    text = "The SPLM accused the army of attacking civilians in Juba on Monday."
    as_string = code_text(text, published="2005-11-01")
    as_date = code_text(text, published=dt.date(2005, 11, 1))
    assert as_string.published == dt.date(2005, 11, 1)
    assert [e.to_json() for e in as_string.events] == [e.to_json() for e in as_date.events]
    assert as_string.events, "the sentence is an accusation: one event at least"
