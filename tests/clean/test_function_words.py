"""``data/function_words.txt`` (and ``data/common_words.txt``, rows of the same shape) is well formed:
one language per row, closed-class words only."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from annalyst.clean import language


def _rows(name: str = "function_words.txt") -> list[str]:
    text = resources.files("annalyst.clean").joinpath(f"data/{name}").read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("name, table", [
    ("function_words.txt", language.function_words),
    ("common_words.txt", language.common_words),  # the same rows: language, then its words
])
def test_each_row_is_a_language_code_and_lower_case_words(name, table):
    codes = []
    for row in _rows(name):
        code, _, words = row.partition(":")
        assert re.fullmatch(r"[a-z]{2,3}", code.strip()), row[:20]
        listed = words.split()
        assert listed and all(w == w.lower() for w in listed), code
        assert len(set(listed)) == len(listed), (code, [w for w in listed if listed.count(w) > 1])
        codes.append(code.strip())
    assert len(set(codes)) == len(codes)
    assert set(table()) == set(codes)
    assert set(codes) <= set(language.function_words())  # a language the cleaner knows


def test_english_keeps_words_no_other_language_has():
    # the quick test that spares most English lines the rival-language vote needs such words
    assert {"the", "said", "and", "of", "was"} <= language._exclusive_function_words("en")
