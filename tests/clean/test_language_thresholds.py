"""The identifier's thresholds live in ``clean/data/language_thresholds.tsv`` (``language.thresholds``)."""

from __future__ import annotations

import pytest

from annalyst.clean import foreign, furniture, language


def test_every_threshold_is_a_probability_or_a_ratio():
    table = language.thresholds()
    assert table
    for name, value in table.items():
        if name.endswith("ratio"):
            assert value > 1, name  # a ratio of two probabilities: "this many times"
        else:
            assert 0 < value < 1, name


def test_the_modules_read_their_thresholds_from_the_file():
    table = language.thresholds()
    assert language.MIN_FOREIGN_PROB == table["line.min_foreign_prob"]
    assert foreign.MIN_PROB == table["foreign.min_prob"]
    assert foreign.POOL_RATIO == table["foreign.pool_ratio"]
    assert furniture.MIN_FOREIGN_PROB == table["furniture.min_foreign_prob"]
    # every row is asked for by a module: a row nobody reads would be a setting that sets nothing
    source = "".join(open(module.__file__, encoding="utf-8").read() for module in (language, foreign, furniture))
    assert [name for name in table if f'threshold("{name}")' not in source] == []


def test_an_unknown_threshold_is_an_error_not_a_default():
    with pytest.raises(KeyError):
        language.threshold("foreign.no_such_threshold")
