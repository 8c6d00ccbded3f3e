"""The furniture judge's counts and shares live in ``clean/data/furniture_thresholds.tsv``
(``furniture.tunable``, read by ``tunables.table``)."""

from __future__ import annotations

import pytest

from annalyst.clean import furniture, interface, tunables
from annalyst.clean.tunables import _number

FILE = furniture.THRESHOLDS_FILE


def test_every_setting_is_a_count_or_a_share():
    table = tunables.table(FILE)
    assert table
    for name, value in table.items():
        if name.endswith("_share"):
            assert isinstance(value, float) and 0 < value < 1, name
        else:
            assert isinstance(value, int) and value >= 1, name  # words, lines, pages, points: whole and at least one


def test_the_settings_keep_their_order():
    """The bounds that judge one line against another must nest, whatever values a user sets."""
    t = tunables.table(FILE)
    assert t["prose_sentence_words"] < t["prose_words"] <= t["unended_prose_words"]
    assert t["bare_words"] < t["max_words"] < t["tail_max_words"]
    assert t["head_bare_words"] <= t["bare_words"]
    assert t["short_question_words"] <= t["max_words"]
    assert t["prompt_min_words"] < t["prompt_max_words"]
    # a site's frame counts twice from more pages than a line needs to count once, and a notice needs more still
    assert furniture.SITE_REPEAT_PAGES < t["site_wide_pages"] < t["run_sentence_pages"]
    assert t["sidebar_lines"] <= t["amid_run_lines"]
    # the cross-page memory remembers every line the judge may weigh
    assert interface.REMEMBERED_WORDS >= t["tail_max_words"]


def test_the_module_reads_every_setting_from_the_file():
    table = tunables.table(FILE)
    assert furniture.MAX_WORDS == table["max_words"]
    assert furniture.SITE_WIDE_PAGES == table["site_wide_pages"]
    assert furniture.COPIED_SENTENCES == table["copied_sentences"]
    assert furniture.WRAP_WIDTH_SHARE == table["wrap_width_share"]
    # every row is asked for: a row nobody reads would be a setting that sets nothing
    source = open(furniture.__file__, encoding="utf-8").read()
    assert [name for name in table if f'tunable("{name}")' not in source] == []


def test_an_unknown_setting_is_an_error_not_a_default():
    with pytest.raises(KeyError):
        furniture.tunable("no_such_setting")


def test_counts_are_read_as_integers_and_shares_as_floats():
    assert _number("10") == 10 and isinstance(_number("10"), int)
    assert _number("0.6") == 0.6 and isinstance(_number("0.6"), float)
    with pytest.raises(ValueError):
        _number("ten")


@pytest.mark.parametrize("row", ["max_words\t10", "max_words\t-1\tnegative", "max_words\tten\ta word"])
def test_a_malformed_row_stops_the_cleaner(row):
    with pytest.raises(ValueError):
        tunables.parse("x.tsv", f"name\tvalue\tmeaning\n{row}\n")


def test_a_name_listed_twice_stops_the_cleaner():
    with pytest.raises(ValueError):
        tunables.parse("x.tsv", "name\tvalue\tmeaning\nmax_words\t10\ta\nmax_words\t12\tb\n")
