"""The coder's throughput paths give the answers of the per-token string reads they replace."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.events.coder import (
    EventCoder, TokenView, _may_code_verb, _may_match, classify_verb, noun_code, verb_lemma,
)
from annalyst.events.lexicon import load_lexicon

TEXT = ("North Korea's foreign ministry condemned the air strikes on Sunday. Protesters staged a sit-in "
        "outside the embassy and the police arrested 40 people. The U.S. was skeptical that talks would resume. "
        "An end to the embargo was announced. Officials began the process of returning refugees, "
        "and the government is committed to reform. Moscow said it would retaliate. The report was issued "
        "in Geneva. Strikes hit the capital; Britain is opposed to the plan. It rained.")


@pytest.fixture(scope="module")
def parsed(nlp):
    return nlp(TEXT)


def _slow_view(doc, lex, triggers, nouns):
    """Per token, the string tests ``TokenView`` answers from the attribute arrays."""
    trig, verbal, nominal, speech, blame = [], [], [], [], []
    for t in doc:
        low, lemma = t.lower_, t.lemma_.lower()
        trig.append(lemma in triggers or low in triggers or low[:-1] in triggers or low[:-2] in triggers)
        verbal.append(t.pos_ in ("VERB", "AUX") or (t.pos_ == "NOUN" and t.dep_ == "ROOT" and t.tag_.startswith("VB")))
        nominal.append((t.pos_ == "ADJ" and t.dep_ in ("acomp", "ROOT") and lemma in lex.nouns)
                       or (t.pos_ in ("NOUN", "PROPN") and (low in nouns or lemma in nouns)))
        speech.append(t.pos_ == "VERB" and lemma in lex.cue("speech"))
        blame.append(t.pos_ == "VERB" and lemma in lex.cue("blamespeech"))
    return trig, verbal, nominal, speech, blame


def test_token_view_equals_the_string_tests(parsed):
    coder = EventCoder()
    view = TokenView.of(parsed, coder.words)
    trig, verbal, nominal, speech, blame = _slow_view(parsed, coder.lex, coder.triggers, coder.words.nouns)
    assert view.has_trigger.tolist() == trig
    assert view.verbal.tolist() == verbal
    assert view.nominal.tolist() == nominal
    assert view.speech.tolist() == speech and view.blame_speech.tolist() == blame
    assert any(trig) and any(verbal) and any(nominal) and not all(nominal) and any(speech)


def test_token_view_of_an_empty_doc(nlp):
    view = TokenView.of(nlp(""), EventCoder().words)
    assert view.has_trigger.shape == (0,) and view.indices(view.verbal, 0, 0) == []


def test_nouns_outside_the_view_have_no_code(parsed):
    """The noun filter is a necessary condition of ``noun_code``: no event noun is ever skipped."""
    coder = EventCoder()
    view = TokenView.of(parsed, coder.words)
    coded = [t.i for t in parsed if t.pos_ in ("NOUN", "PROPN") and noun_code(t, coder.lex) is not None]
    assert coded and all(view.nominal[i] for i in coded)


def test_verbs_ruled_out_early_have_no_code(parsed):
    lex = load_lexicon()
    ruled_out = [t for t in parsed if t.pos_ in ("VERB", "AUX") and not _may_code_verb(t, verb_lemma(t, lex), lex)]
    assert ruled_out  # "rained", "is"...: the early exit is taken
    assert all(classify_verb(t, lex) is None for t in ruled_out)


def _may_match_by_parts(words, present, lex) -> bool:
    """The word-by-word reading ``_may_match`` precomputes (``Lexicon.needs``)."""
    for word in words:
        for part in word.split("_"):
            if part.startswith("@"):
                if not (lex.sets.get(part, frozenset()) & present):
                    return False
            elif part not in present and not (part.endswith("s") and part[:-1] in present):
                return False
    return True


_LEX = load_lexicon()
_SET = sorted(_LEX.sets)[0]
_WORDS = ["talks", "talk", "on", "aid", "of", "arms", "arm", "to", "s", "", sorted(_LEX.sets[_SET])[0], _SET]
_word = st.sampled_from(_WORDS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_word, min_size=1, max_size=2).map("_".join), max_size=3).map(tuple),
       st.frozensets(_word, max_size=5))
def test_may_match_equals_the_part_by_part_reading(words, present):
    assert _may_match(words, present, _LEX) == _may_match_by_parts(words, present, _LEX)


def test_question_test_reads_the_sentences_text(nlp):
    # ``structure._in_question`` reads the sentence as a slice of the Doc's text joined once: the same string as
    # ``Span.text``, trailing spaces and line breaks of the story included
    from annalyst.parse.view import doc_text

    doc = nlp("Has he forgotten about it?  \n\nPolice said no.\n Why did they fire? ")
    for sent in doc.sents:
        assert doc_text(doc)[sent.start_char:sent.end_char] == sent.text
