"""Invariants of the resolver on generated text: mentions sorted, non-overlapping, exact, with valid codes."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annalyst.actors.kb import EXTRA_COUNTRY_CODES, NONSTATE_CODES, SECTOR_CODES

WORDS = ["the", "Ukrainian", "Foreign", "Ministry", "said", "Moscow", "and", "Beijing", "vetoed", "a", "US",
         "draft", "DPRK", "spokesperson", "he", "it", "its", "President", "Volodymyr", "Zelenskyy", "rebels",
         "in", "Darfur", "of", "Armenia", "former", "police", ",", ".", "Lugansk", "People's", "Republics",
         "protesters", "UN", "Security", "Council", "Kim", "Song", "'s", "country", "government"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30),
       st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1))))
@example(["Moscow", "vetoed", "a", "draft"], dt.date(1991, 1, 1))  # a former state's code (SUN)
def test_mentions_are_well_formed(resolver, nlp, words, when):
    import pycountry

    from annalyst.actors.kb import load_kb

    # states that no longer exist have their own codes in their years (Moscow in 1991: SUN)
    valid = {c.alpha_3 for c in pycountry.countries} | NONSTATE_CODES | EXTRA_COUNTRY_CODES | set(load_kb().former)
    text = " ".join(words)
    refs = resolver.resolve(nlp(text), when)
    previous_end = -1
    for ref in refs:
        assert ref.start is not None and ref.end is not None and ref.start >= previous_end
        assert text[ref.start:ref.end] == ref.text
        assert ref.country is None or ref.country in valid
        assert ref.sector is None or ref.sector in SECTOR_CODES
        assert ref.resolved_by
        previous_end = ref.end
