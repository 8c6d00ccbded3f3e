"""The boilerplate patterns' literal anchors: a fast path that must never change an answer."""

from __future__ import annotations

import re
from typing import Optional

from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.clean.patterns import (
    _EDGE_PUNCT, boilerplate_patterns, boilerplate_reason, patterns_for, required_literals, tokens)


def _reason_without_anchors(line: str) -> Optional[str]:
    n_words = len(tokens(line))
    for pattern in patterns_for(n_words):
        if pattern.matches(line, n_words, line.strip(_EDGE_PUNCT)):
            return f"boilerplate:{pattern.reason}"
    return None


def _words_of_patterns() -> list[str]:
    words = set()
    for pattern in boilerplate_patterns():
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", pattern.regex.pattern) if len(w) > 1)
    return sorted(words)


_WORDS = _words_of_patterns() + ["the", "minister", "said", "Reuters", "2024", "(c)", "©", ":", ">>", "...", "|"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14), st.booleans())
def test_anchored_answer_equals_trying_every_pattern(words, title_case):
    line = " ".join(w.title() if title_case else w for w in words)
    assert boilerplate_reason(line) == _reason_without_anchors(line)


def test_real_furniture_still_found():
    for line in ("Please select digest to download:", "Share this article", "Read more »",
                 "We use cookies to improve your experience.", "Sign up for our daily newsletter",
                 "All rights reserved.", "Photo: Reuters", "3 min read"):
        assert boilerplate_reason(line) == _reason_without_anchors(line) is not None, line


def test_required_literals_are_in_every_match():
    assert required_literals(r"\bsubscribe\s+to\s+(?:our|the)\b") == ("subscribe",)
    assert required_literals(r"(?:subscribe|sign\s+up)\s+now") == ("sign", "subscribe")  # factored "s"
    # anchors serve ASCII lines only: "©" pairs with no ASCII letter, so its alternative drops out
    assert required_literals(r"(?:©|\(c\)\s*\d{4})") == ("(c)",)
    assert required_literals(r"©") == ()  # no ASCII line matches: never tried on one
    assert required_literals(r"\u212a") is None  # the Kelvin sign pairs with "k": always tried
    assert required_literals(r"\d+\s+min(?:ute)?s?\s+read") == ("read",)
    assert required_literals(r"(?:ad|ads)?\s*:") == (":",)  # optional words are not required
    assert required_literals(r"(?:ad|ads)?\s*") is None


def test_non_ascii_lines_try_every_pattern():
    # case-blind matching pairs the Kelvin sign with "k" and the long s with "s"; lower-casing
    # does not, so such lines skip the anchors
    line = "\u017fhare this"
    assert boilerplate_reason(line) == _reason_without_anchors(line)
