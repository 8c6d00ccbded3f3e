"""The date stage's data files are well formed (their headers document the columns)."""

from __future__ import annotations

from collections import Counter

import pytest

from annalyst.dates import lexicon
from annalyst.dates.expressions import has_date_cue, normalize_expression

KINDS = {"alias", "daypart", "daylead", "anaphoric", "reporting", "scheduling", "future_head", "relative",
         "span_preposition", "comparison", "term", "non_temporal_mark", "temporal_mark", "drop_prefix", "number", "stative",
         "clock_unit", "commitment", "sequence", "occasion_preposition", "qualifier", "occasion_after",
         "medium", "realizing", "span_adverb", "speech", "undated_past", "person_pronoun",
         "start_preposition", "attending"}


def test_calendar_has_every_month_and_weekday_once():
    assert lexicon.month_names() == ("january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december")
    assert lexicon.weekdays() == ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    months = lexicon.months()
    assert all(1 <= n <= 12 for n in months.values())
    assert all(months[abbr] == months[name] for name in lexicon.month_names() for abbr in lexicon.month_abbreviations()
               if name.startswith(abbr))


def test_time_words_rows_are_well_formed():
    rows = lexicon.data_rows("time_words.tsv")
    assert all(len(row) == 3 for row in rows)
    assert {kind for _, kind, _ in rows} == KINDS
    assert not [key for key, n in Counter((w, k) for w, k, _ in rows).items() if n > 1]  # no duplicates
    assert all(word == word.lower().strip() and "  " not in word for word, _, _ in rows)
    for word, offset in lexicon.time_words()["anaphoric"].items():
        assert int(offset) in (-1, 0, 1)
        assert normalize_expression(word) == word and has_date_cue(word)  # kept whole, read as a date
    for word, target in lexicon.time_words()["alias"].items():
        assert normalize_expression(word) == target and has_date_cue(target)


def test_qualifiers_are_read_as_last_next_or_this():
    assert set(lexicon.time_words()["qualifier"].values()) == {"last", "next", "this"}


def test_sequence_words_carry_a_sign():
    assert {word: int(sign) for word, sign in lexicon.time_words()["sequence"].items()} == {"after": 1, "before": -1}


def test_number_words_name_numbers():
    numbers = lexicon.time_words()["number"]
    assert numbers["two"] == "2" and numbers["several"] == ""
    assert all(value == "" or 1 <= int(value) <= 12 for value in numbers.values())



def test_undated_past_words_are_single_adverbs_no_date_expression_reads():
    # a phrase would never match one advmod token; a word read as a date ("earlier today") is not untold
    words = lexicon.words_of("undated_past")
    assert words and all(" " not in w and not has_date_cue(w) for w in words)


def test_windows_are_the_stage_constants():
    """data/windows.tsv holds the stage's tunable windows; step.py reads each by name (AHEAD_DAYS among them)."""
    from annalyst.dates import step

    table = lexicon.windows()
    assert set(table) == {"HISTORICAL_DAYS", "NEAR_FUTURE_DAYS", "CARRY_PRESENT_DAYS", "RUNNING_PARAGRAPHS",
                          "RUNNING_DAYS", "AHEAD_DAYS", "LEAD_PARAGRAPHS", "LEAD_SENTENCES", "NEWS_DAY_LAG",
                          "MAX_DATE_ARCS"}
    assert {name: getattr(step, name) for name in table} == table
    assert table["AHEAD_DAYS"] == 2 and table["HISTORICAL_DAYS"] == 365


@pytest.mark.parametrize("rows", [[["AHEAD_DAYS", "two", "ahead"]], [["AHEAD_DAYS", "-2", "ahead"]],
                                  [["AHEAD_DAYS", "2"]], [["AHEAD_DAYS", "2", "a"], ["AHEAD_DAYS", "3", "b"]]])
def test_a_malformed_window_row_stops_the_stage(monkeypatch, rows):
    monkeypatch.setattr(lexicon, "data_rows", lambda name: rows)
    lexicon.windows.cache_clear()
    try:
        with pytest.raises(ValueError):
            lexicon.windows()
    finally:
        lexicon.windows.cache_clear()


def test_an_unknown_window_is_an_error():
    with pytest.raises(KeyError):
        lexicon.window("NO_SUCH_WINDOW")
