"""The resolver's fast paths give what the spaCy objects and full scans they replace give."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annalyst.actors.coref import _pronoun_candidates
from annalyst.actors.resolver import (
    IN_GAPS, MIN_NEAR_LENGTH, OF_GAPS, PORTFOLIO_GAP, PREPOSITION_GAP, Mention, NearIndex, _gap_words, _portfolio,
    _unique_near,
)
from annalyst.actors.tokens import DocTable

# words, punctuation, non-ASCII letters and dashes, glued and spaced, over several sentences
PIECES = ["the", "President", "Zelenskyy", "said", "he", "It", "its", "country", "Moscow", "'s", "’s", "-",
          "\u2011", "anti", "pro", "led", "US", "Ministry", "of", "for", "Interior", "Köln", "naïve", "São", "Paulo",
          "مصر", "$", "1.5bn", "(", ")", "\"", ",", ".", "!", "?", "\n", "\n\n", "  ", "they", "Mr."]
SEPARATORS = ["", " ", "  ", "\n", " - "]
FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@st.composite
def texts(draw) -> str:
    pieces = draw(st.lists(st.sampled_from(PIECES), min_size=0, max_size=40))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, seps))


@FAST
@given(texts())
def test_table_answers_as_tokens_and_spans_do(nlp, text):
    doc = nlp(text)
    table = DocTable(doc)
    assert len(table) == len(doc)
    for token in doc:
        i = token.i
        assert table.word(i) == token.text
        assert table.lower(i) == token.lower_
        assert table.start_char(i) == token.idx
        assert (table.sent_start(i), table.sent_end(i)) == (token.sent.start, token.sent.end)
    for start in range(len(doc) + 1):
        for end in range(start, min(len(doc), start + 6) + 1):
            span = doc[start:end]
            assert table.text(start, end) == span.text
            if end > start:
                assert (table.start_char(start), table.end_char(end)) == (span.start_char, span.end_char)


@FAST
@given(texts(), st.sampled_from(["(", ")", "the", "Moscow", "'s", "\n", "absent"]))
def test_positions_are_the_tokens_with_that_text(nlp, text, word):
    doc = nlp(text)
    assert DocTable(doc).positions(word) == [t.i for t in doc if t.text == word]


def test_names_alike_table_is_built_by_prepare():
    from annalyst.actors.resolver import Resolver

    resolver = Resolver()
    assert resolver._org_stems is None
    resolver.prepare()
    assert resolver._org_stems is not None and resolver.org_stems() is resolver._org_stems


@FAST
@given(texts())
def test_pronoun_candidates_are_the_words_the_rules_read(nlp, text):
    from annalyst.actors.resolver import ANAPHORIC_NOUNS, PERSON_PRONOUNS, THING_PRONOUNS

    doc = nlp(text)
    words = set(PERSON_PRONOUNS) | set(THING_PRONOUNS) | {"they"} | {w for w, k in ANAPHORIC_NOUNS.items()
                                                                   if k == "state"}
    assert _pronoun_candidates(DocTable(doc)) == [t.i for t in doc if t.lower_ in words]


@pytest.fixture(scope="module")
def people(kb):
    """Every multi-word person alias, lower-cased, in the knowledge base's order."""
    return [(a.text.lower(), a) for a in kb.aliases if not a.exact_case and a.type == "person" and " " in a.text]


@pytest.fixture(scope="module")
def near(kb):
    return NearIndex.build(kb)


def _person_by_scan(people, text):
    """``NearIndex.person`` as a scan of every person alias with the same first word."""
    low = " ".join(text.lower().split())
    parts = low.split()
    if len(parts) < 2 or len(parts[-1]) < MIN_NEAR_LENGTH:
        return None
    return _unique_near(low, [(spelling, a) for spelling, a in people if spelling.split()[0] == parts[0]])


COMMON_FIRST_NAMES = ("john", "ali", "jose", "george", "mohamed", "kim")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_spelling_index_finds_what_a_full_scan_finds(people, near, data):
    names = [a.text for spelling, a in people if spelling.split()[0] in COMMON_FIRST_NAMES]
    name = data.draw(st.sampled_from(names))
    at = data.draw(st.integers(0, len(name)))
    letter = data.draw(st.sampled_from("aeinorstu "))
    text = data.draw(st.sampled_from([
        name, name[:at] + letter + name[at:], name[:at] + name[at + 1:], name[:at] + letter + name[at + 1:],
        name[:at] + name[at + 1:at + 2] + name[at:at + 1] + name[at + 2:]]))
    assert near.person(text) is _person_by_scan(people, text)
    assert near.person(text) is near.person(text)  # remembered: the same answer again


@given(st.lists(st.sampled_from(["for", "Foreign", "Affairs", "and", "of", "the", "Interior", "x"]),
                min_size=PORTFOLIO_GAP + 1, max_size=PORTFOLIO_GAP + 6))
def test_no_portfolio_is_longer_than_the_gap_the_grouping_reads(words):
    class Word:
        def __init__(self, text):
            self.text, self.lower_ = text, text.lower()

    assert not _portfolio([Word(w) for w in words])


def test_no_preposition_gap_is_longer_than_the_gap_read(nlp):
    assert max(len(g) for g in OF_GAPS + IN_GAPS) <= PREPOSITION_GAP
    doc = nlp("The president of the Republic of Armenia met rebels in the north of Darfur.")
    left, right = Mention(start=1, end=2), Mention(start=5, end=6)
    assert _gap_words(doc, left, right, longest=3) == ["of", "the", "republic"]
    assert _gap_words(doc, left, right, longest=2) is None


def test_remembered_alias_choices_are_the_computed_ones_and_bounded(kb, nlp, monkeypatch):
    import annalyst.actors.resolver as resolver_module
    from annalyst.actors import Resolver

    texts = [("Ukraine", False), ("UKRAINE", False), ("ukraine", False), ("US", True), ("Us", True),
             ("foreign minister", False), ("Kremlin", False), ("no such actor", False)]
    fresh = [Resolver(kb, nlp=nlp)._alias_choice(t, exact) for t, exact in texts]  # each computed once
    monkeypatch.setattr(resolver_module, "MEMO_SIZE", 3)
    resolver = Resolver(kb, nlp=nlp)
    for _ in range(2):
        assert [resolver._alias_choice(t, exact) for t, exact in texts] == fresh
        assert len(resolver._choices) <= 3
    assert fresh[0] is not None and fresh[0][0].target == "UKR" and fresh[-1] is None


@FAST
@given(texts(), st.booleans())
def test_case_blind_counts_as_the_word_by_word_scan(nlp, text, lowered):
    """``DocTable.case_blind`` counts each distinct word once, weighted by its occurrences: the same
    shares as a scan of every word of two letters or more."""
    from annalyst.actors.tokens import CASE_BLIND_MIN_WORDS, CASE_BLIND_SHARE

    doc = nlp(text.lower() if lowered else text)
    words = [t.text for t in doc if len(t.text) >= 2 and t.text[0].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    if len(words) < CASE_BLIND_MIN_WORDS or capitals >= CASE_BLIND_SHARE * len(words):
        assert not DocTable(doc).case_blind
    else:  # the sentence test decides: the same in both ways
        firsts = [next((t.text[0] for t in s if t.text[:1].isalpha()), "") for s in doc.sents]
        firsts = [c for c in firsts if c]
        assert DocTable(doc).case_blind == (2 * sum(c.isupper() for c in firsts) <= len(firsts))
