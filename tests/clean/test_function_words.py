"""``data/function_words.txt`` is well formed: one language per row, closed-class words only."""

from __future__ import annotations

import re
from importlib import resources

from annalyst.clean import language


def _rows() -> list[str]:
    text = resources.files("annalyst.clean").joinpath("data/function_words.txt").read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_each_row_is_a_language_code_and_lower_case_words():
    codes = []
    for row in _rows():
        code, _, words = row.partition(":")
        assert re.fullmatch(r"[a-z]{2,3}", code.strip()), row[:20]
        listed = words.split()
        assert listed and all(w == w.lower() for w in listed), code
        assert len(set(listed)) == len(listed), (code, [w for w in listed if listed.count(w) > 1])
        codes.append(code.strip())
    assert len(set(codes)) == len(codes)
    assert set(language.function_words()) == set(codes)


def test_english_keeps_words_no_other_language_has():
    # the quick test that spares most English lines the rival-language vote needs such words
    assert {"the", "said", "and", "of", "was"} <= language._exclusive_function_words("en")
