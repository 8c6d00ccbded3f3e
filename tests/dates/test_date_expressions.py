"""Resolving single date expressions (no parse needed) and finding them in parsed text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.dates import find_date_mentions, normalize_expression, resolve_expression

PUB = dt.date(2022, 7, 18)  # a Monday


@pytest.mark.parametrize("text,expected,precision", [
    ("July 13, 2022", dt.date(2022, 7, 13), "day"),
    ("On February 26, 2022", dt.date(2022, 2, 26), "day"),
    ("On April 9", dt.date(2022, 4, 9), "day"),
    ("on March 3", dt.date(2022, 3, 3), "day"),
    ("13 July", dt.date(2022, 7, 13), "day"),
    ("Feb. 28", dt.date(2022, 2, 28), "day"),
    ("18.07.2022", dt.date(2022, 7, 18), "day"),
    ("2022-03-04", dt.date(2022, 3, 4), "day"),
    ("April 2022", dt.date(2022, 4, 1), "month"),
    ("early March", dt.date(2022, 3, 1), "month"),
    ("in 2014", dt.date(2014, 1, 1), "year"),
    ("mid-2021", dt.date(2021, 1, 1), "year"),
    ("yesterday", dt.date(2022, 7, 17), "day"),
    ("Wednesday", dt.date(2022, 7, 13), "day"),
    ("late Monday", dt.date(2022, 7, 18), "day"),  # the publication weekday itself means that day
    ("last Friday", dt.date(2022, 7, 15), "day"),
    ("Tuesday's", dt.date(2022, 7, 12), "day"),
    ("last month", dt.date(2022, 6, 1), "month"),
    ("earlier this month", dt.date(2022, 7, 1), "month"),
    ("last year", dt.date(2021, 1, 1), "year"),
    ("this year", dt.date(2022, 1, 1), "year"),
    ("two days ago", dt.date(2022, 7, 16), "day"),
    ("last week", dt.date(2022, 7, 11), "week"),  # weeks: the week's Monday, week precision
    ("March 25-27", dt.date(2022, 3, 25), "day"),  # a range names its first day...
    ("2021-22", dt.date(2021, 1, 1), "year"),  # ...and its first year
    ("1986/87", dt.date(1986, 1, 1), "year"),
    ("from March 30 to April 4", dt.date(2022, 3, 30), "day"),
    ("February 28 to March 3", dt.date(2022, 2, 28), "day"),
])
def test_resolves_against_publication(text, expected, precision):
    got = resolve_expression(text, PUB)
    assert got is not None, text
    assert (got.date, got.precision) == (expected, precision)


def test_yearless_date_is_on_or_before_publication():
    assert resolve_expression("December 5", PUB).date == dt.date(2021, 12, 5)
    assert resolve_expression("July 18", PUB).date == dt.date(2022, 7, 18)


def test_future_prefers_the_next_occurrence():
    assert resolve_expression("Friday", PUB, future=True).date == dt.date(2022, 7, 22)
    assert resolve_expression("next week", PUB).date == dt.date(2022, 7, 25)


@pytest.mark.parametrize("text, monday", [
    ("last week", dt.date(2022, 7, 11)), ("this week", dt.date(2022, 7, 18)), ("next week", dt.date(2022, 7, 25)),
    ("earlier this week", dt.date(2022, 7, 18)), ("two weeks ago", dt.date(2022, 7, 4)),
])
def test_week_expressions_name_a_week(text, monday):
    # issue 16: a week is neither a day nor a month; the date is its Monday, the period ends on Sunday
    got = resolve_expression(text, PUB)
    assert (got.date, got.precision, got.period_end) == (monday, "week", monday + dt.timedelta(days=6))


def test_a_week_counted_from_a_day_stays_a_day():
    # "a week later" counts seven days from a day the text named: a day, not a week
    got = resolve_expression("a week later", PUB, anchor=dt.date(2022, 3, 1))
    assert (got.date, got.precision) == (dt.date(2022, 3, 8), "day")


def test_anaphoric_forms_use_the_anchor():
    anchor = dt.date(2022, 2, 28)
    assert resolve_expression("two days earlier", PUB, anchor=anchor).date == dt.date(2022, 2, 26)
    assert resolve_expression("a week later", PUB, anchor=anchor).date == dt.date(2022, 3, 7)
    assert resolve_expression("the next day", PUB, anchor=anchor).date == dt.date(2022, 3, 1)
    assert resolve_expression("the same day", PUB, anchor=anchor).date == anchor
    # without an earlier date, "the same day" points at nothing
    assert resolve_expression("the same day", PUB) is None


@pytest.mark.parametrize("text", [
    "the very first day", "the first day", "for two years", "10", "1,000", "about half an hour",
    "the foreseeable future", "the short term", "the 1990s", "summer", "decades", "",
])
def test_non_dates_are_rejected(text):
    assert resolve_expression(text, PUB) is None


def test_without_publication_only_full_dates_resolve():
    assert resolve_expression("March 3, 2022", None).date == dt.date(2022, 3, 3)
    assert resolve_expression("2019", None).precision == "year"
    for text in ("April 9", "Wednesday", "yesterday", "last month"):
        assert resolve_expression(text, None) is None


def test_normalize_strips_prepositions_and_time_of_day():
    assert normalize_expression("On Monday night") == "monday"
    assert normalize_expression("at the end of March") == "march"
    assert normalize_expression("the same day") == "the same day"



@pytest.mark.parametrize("text, expected", [
    ("1900 hours", None),  # was read as the year 1900
    ("0600 GMT", None),
    ("2300 hrs", None),
    ("at 1900 hours on Tuesday", dt.date(1987, 3, 3)),
    ("1430 local time Monday", dt.date(1987, 3, 2)),
])
def test_a_clock_time_is_a_time_of_day_not_a_year(text, expected):
    """A four-digit clock time before a clock word (time_words.tsv ``clock_unit``) names no year."""
    resolved = resolve_expression(text, dt.date(1987, 3, 4))
    assert (resolved.date if resolved else None) == expected
    assert resolve_expression("in 1900", dt.date(1987, 3, 4)).date == dt.date(1900, 1, 1)  # a bare year stays one


_DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))
_EXPRESSIONS = st.sampled_from([
    "yesterday", "today", "Monday", "last Sunday", "last month", "this year", "last year", "three days ago",
    "two weeks earlier", "April 9", "December 31", "February 29", "March 2021", "2015", "the next day",
    "early May", "last week", "Sept. 5", "the first day", "10", "may",
])


@settings(max_examples=150, deadline=None)
@given(published=_DATES, text=_EXPRESSIONS, anchor=st.none() | _DATES, future=st.booleans())
def test_resolved_dates_are_valid_and_precision_consistent(published, text, anchor, future):
    got = resolve_expression(text, published, anchor=anchor, future=future)
    if got is None:
        return
    assert got.precision in ("day", "week", "month", "year")
    assert got.period_end >= got.date
    if got.precision == "year":
        assert (got.date.month, got.date.day) == (1, 1)
    if got.precision == "week":
        assert got.date.weekday() == 0 and (got.period_end - got.date).days == 6
    # publication-relative, past-preferring forms never land after publication
    if anchor is None and not future and text in ("yesterday", "Monday", "last Sunday", "three days ago",
                                                   "April 9", "December 31"):
        assert got.date <= published


def _mentions(nlp, text):
    return [m.text for m in find_date_mentions(nlp(text))]


def test_finds_dates_and_merges_split_entities(nlp):
    assert _mentions(nlp, "July 13, 2022  North Korea has officially recognized the DPR.") == ["July 13, 2022"]
    assert "February 28" in _mentions(nlp, "On February 28, a spokesperson responded to a question.")


def test_guards_modal_may_and_verb_march(nlp):
    assert _mentions(nlp, "Russia may respond to the sanctions, officials warned.") == []
    assert _mentions(nlp, "Thousands march through the capital to protest the decision.") == []
    assert _mentions(nlp, "But be that as it may, Moscow will remember.") == []
    assert _mentions(nlp, "On the very first day, the ministry pointed out that the US was to blame.") == []


_SWEEP_TEXT = st.lists(st.sampled_from(
    ["May ", "march ", "MONDAY", "last ", "next week", "ago", "two days ", "a year ", "later", "Feb. ", "28th ",
     "2022", "18.07.2022", "1986-07-01", ", ", " ", "\n\n", "x", "İ", "ı", "ſ", "\u212a", "é", "\u00a0", "٣", "Sept"]),
    max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_SWEEP_TEXT)
def test_the_lower_case_sweep_finds_what_the_case_blind_one_does(text):
    from annalyst.dates.expressions import _SWEEP_RE, sweep_matches

    assert sweep_matches(text) == [m.span() for m in _SWEEP_RE.finditer(text)]


_MONTH_WORDS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                "dec"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_MONTH_WORDS), st.integers(1, 31), st.integers(1980, 2030),
       st.dates(min_value=dt.date(1980, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(["past", "future"]),
       st.sampled_from(["{m} {d}", "{d} {m}", "{m} {d}th", "{m} {d}, {y}", "{d} {m} {y}", "{m} {y}", "{m}, {y}",
                        "{y}"]))
def test_plain_calendar_forms_resolve_as_dateparser_does(month, day, year, base, prefer, form):
    from annalyst.dates.expressions import _calendar, _dateparse, _from_period

    core = form.format(m=month, d=day, y=year)
    direct = _calendar(core, base, prefer)
    if direct is None:
        return  # left to dateparser
    parsed = _dateparse.__wrapped__(core, base, prefer)
    assert direct[0] == (_from_period(*parsed) if parsed is not None else None), core


_SWEEP_PIECES = ["On", " March 3", ", 1987", " yesterday", " last week", " 12 May", " the", " \u0130", "Tuesday", " 1999",
                 " two days ago", "\n", " next month", " 18.07.2022", "-"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_SWEEP_PIECES), min_size=0, max_size=20), st.integers(min_value=0, max_value=200))
def test_sweep_until_keeps_the_whole_sweeps_matches_before_it(pieces, until):
    # the sweep stopped at ``until`` (find_date_mentions) finds what the whole text's sweep finds before it
    from annalyst.dates.expressions import sweep_matches

    text = "".join(pieces)
    assert sweep_matches(text, until) == [s for s in sweep_matches(text) if s[0] < until]


@pytest.mark.parametrize("text, published, future, monday", [
    ("the weekend", dt.date(1987, 6, 29), False, dt.date(1987, 6, 22)),  # a Monday's "left at the weekend": June 27-28
    ("last weekend", dt.date(1987, 3, 13), False, dt.date(1987, 3, 2)),  # a Friday's: March 7-8
    ("this weekend", dt.date(1987, 3, 14), False, dt.date(1987, 3, 9)),  # on a Saturday: the one under way
    ("last weekend", dt.date(1987, 3, 15), False, dt.date(1987, 3, 2)),  # on a Sunday: the one before
    ("the weekend", dt.date(1987, 3, 13), True, dt.date(1987, 3, 9)),  # "would spend the weekend", a Friday: March 14-15
    ("next weekend", dt.date(1987, 3, 14), False, dt.date(1987, 3, 16)),  # on a Saturday: the one after
])
def test_a_weekend_is_the_iso_week_it_ends(text, published, future, monday):
    resolved = resolve_expression(text, published, future=future)
    assert (resolved.date, resolved.precision) == (monday, "week")
