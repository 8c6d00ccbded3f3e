"""The array walks (``DocArrays``) and the pattern filter give the answers of the token walks and
set tests they replace; ``EventStep.prepare`` builds them ahead."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from spacy.strings import get_string_id

from annalyst.codes.table import _table
from annalyst.events import coder as C
from annalyst.events import structure as S
from annalyst.events.lexicon import PatternFilter, load_lexicon

SENTENCES = [
    "North Korea's foreign ministry condemned the air strikes on Sunday.",
    "Farmers said they would blockade Paris unless the government agreed to talks.",
    "The minister declined to comment, but officials vowed to retaliate against the rebels.",
    "Police arrested 40 people and fired tear gas at protesters outside the embassy.",
    "Moscow and Beijing signed an agreement to expand military cooperation, the ministry said.",
    "The army was accused of shelling villages by human rights groups.",
    "Israel is opposed to the plan, which was announced by the United Nations in Geneva.",
    "He urged Iran to allow inspectors into its nuclear sites and warned of sanctions.",
    "According to the report, rebels have yet to release the hostages they seized last week.",
    "Up to 4,000 troops were sent to the border after talks broke down; no one was injured.",
    "The government ordered the newspaper to suspend publication.",
    "It rained.",
]

_LEX = load_lexicon()


def _pattern_key(pred):
    if pred is None:
        return None
    return (pred.token.i, pred.code, [t.i for t in pred.trigger], pred.rank, pred.nominal,
            pred.noun.i if pred.noun is not None else None)


@pytest.fixture(scope="module")
def parse(nlp):
    cache: dict[str, object] = {}

    def parse_text(text: str):
        if text not in cache:
            cache[text] = nlp(text)
        return cache[text]
    return parse_text


def _check_document(doc) -> None:
    arrays = S.DocArrays.of(doc)
    assert len(arrays.head) == len(doc)
    for t in doc:
        i = t.i
        assert arrays.head[i] == t.head.i
        assert (arrays.store[arrays.dep[i]], arrays.store[arrays.pos[i]], arrays.store[arrays.tag[i]]) \
            == (t.dep_, t.pos_, t.tag_)
        assert (arrays.lower(i), arrays.lemma(i)) == (t.lower_, t.lemma_.lower())
        assert arrays.children(i) == [c.i for c in t.children]
        assert C._subtree_indices(arrays, i) == [x.i for x in t.subtree]
        assert S.clause_indices(arrays, i) == [x.i for x in S.clause_tokens(t)]
        assert C._speaker_indices(i, arrays, _LEX) == [x.i for x in C._speaker_words(t, _LEX)]
        # every word of a walk inside the tree is among the tree's words
        walked = S.clause_indices(arrays, i) + C._infinitive_indices(i, arrays, _LEX) + C._speaker_indices(i, arrays, _LEX)
        assert {get_string_id(t2.lower_) for t2 in (doc[j] for j in walked)} <= arrays.tree_words(i)
        assert arrays.tree_words(i) == {get_string_id(w) for t2 in doc if t2.sent.root.i == t.sent.root.i
                                        for w in (t2.lower_, t2.lemma_.lower())}
        if t.pos_ in ("VERB", "AUX"):
            assert _pattern_key(C.classify_verb(t, _LEX, arrays=arrays)) == _pattern_key(C.classify_verb(t, _LEX))


def test_arrays_equal_the_token_walks(parse):
    doc = parse(" ".join(SENTENCES))
    _check_document(doc)
    arrays = S.DocArrays.of(doc)
    verbs = [t for t in doc if t.pos_ == "VERB"]
    # the fast path is taken and codes verbs ("condemned", "arrested", "urged" ...)
    assert sum(C.classify_verb(t, _LEX, arrays=arrays) is not None for t in verbs) >= 5


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hs.lists(hs.sampled_from(SENTENCES), min_size=1, max_size=4))
def test_arrays_equal_the_token_walks_in_any_document(parse, sentences):
    _check_document(parse(" ".join(sentences)))


def test_arrays_of_an_empty_doc(nlp):
    arrays = S.DocArrays.of(nlp(""))
    assert arrays.head == [] and arrays.kids == []


def test_token_view_within_equals_indices(parse):
    doc = parse(" ".join(SENTENCES))
    view = C.TokenView.of(doc, C.EventCoder().words)
    for sent in doc.sents:
        for name in ("has_trigger", "verbal", "nominal", "speech", "blame_speech"):
            assert view.within(name, sent.start, sent.end) == view.indices(getattr(view, name), sent.start, sent.end)
    assert view.within("verbal", 0, len(doc))


def test_sentence_memos_equal_the_per_call_reads(parse):
    doc = parse(" ".join(SENTENCES))
    index = S.ActorIndex(doc, [])
    with_arrays = S.ActorIndex(doc, [], S.DocArrays.of(doc))
    for t in doc:
        assert index.sentence_words(t) == with_arrays.sentence_words(t) == {w.lower_ for w in t.sent}
    for sent in doc.sents:
        assert index.according_to(sent) is S.according_to(sent, index)
    for t in doc:
        if t.pos_ == "VERB":
            pred = C.Predicate(t, "010", [t], 0)
            assert S.mood_and_flags(pred, _LEX, index) == S.mood_and_flags(pred, _LEX)


def _may_pass(pat, after, before) -> bool:
    return C._may_match(pat.after, after, _LEX) and C._may_match(pat.before, before, _LEX)


_LEMMAS = sorted(lemma for lemma in _LEX.verbs if _LEX.patterns_for(lemma))
_PATTERN_WORDS = sorted({part for lemma in _LEMMAS[::25] for p in _LEX.patterns_for(lemma)
                         for w in p.after + p.before for part in w.split("_") if not part.startswith("@")}
                        | {"the", "s", "", "troops", "talks"})
_words = hs.frozensets(hs.sampled_from(_PATTERN_WORDS), max_size=8)


@settings(max_examples=300, deadline=None)
@given(hs.sampled_from(_LEMMAS[::25]), _words, _words)
def test_pattern_filter_equals_the_per_pattern_test(lemma, after, before):
    patterns = _LEX.patterns_for(lemma)
    filt = _LEX.pattern_filter(lemma)
    assert filt.candidates(after, before) == [p for p in patterns if _may_pass(p, after, before)]
    # any_candidate is a necessary condition for words drawn from a larger set
    if filt.candidates(after, before):
        assert filt.any_candidate(after | before)
    assert filt.any_candidate(after | before) == any(_may_pass(p, after | before, after | before) for p in patterns)


def test_pattern_filter_of_unknown_sets_never_passes():
    from annalyst.events.lexicon import Pattern

    pat = Pattern(after=("@no_such_set",), before=(), code="010", priority=2)
    filt = PatternFilter.of([pat], _LEX.needs)
    assert filt.candidates(["anything"], []) == [] and not filt.any_candidate(["anything"])
    assert PatternFilter.of([], _LEX.needs).candidates(["a"], ["b"]) == []


def test_event_step_prepare_builds_ahead_and_is_idempotent(make_doc):
    step = C.EventStep()
    step.prepare()
    assert _table.cache_info().currsize == 1
    built = {lemma: step.coder.lex.pattern_filter(lemma) for lemma in list(step.coder.lex.verbs)[:50]}
    step.prepare()
    assert all(step.coder.lex.pattern_filter(lemma) is f for lemma, f in built.items())
    # a prepared step codes as an unprepared one
    text = " ".join(SENTENCES)
    prepared = step.process(make_doc(text)).events
    plain = C.EventStep().process(make_doc(text)).events
    assert prepared and [e.to_json() for e in prepared] == [e.to_json() for e in plain]


def test_mentions_under_is_necessary_for_any_mention_below(make_doc):
    """``mentions_under`` lets the NP and deeper-target walks stop early: it must be True whenever
    some word of the subtree carries a mention."""
    doc = make_doc(" ".join(SENTENCES) + " Moscow said Britain should withdraw and blamed Kiev for the attacks.")
    index = S.ActorIndex(doc.parsed, doc.actors)
    assert index.by_token
    for t in doc.parsed:
        below = any(x.i in index.by_token for x in t.subtree)
        assert index.mentions_under(t) or not below
        if not index.mentions_under(t):
            assert index.actors_of_np(t) == [] and S._deeper_refs(t, index, set(), set()) == []
    assert any(index.mentions_under(t) for t in doc.parsed) and not all(index.mentions_under(t) for t in doc.parsed)


def test_blame_and_demand_prechecks_keep_their_candidates(make_doc):
    """The tree-word pre-checks of ``blame_candidates`` / ``demand_candidates`` (taken when the
    index has the arrays) never drop a candidate the full checks find."""
    lex = _LEX
    doc = make_doc("Moscow said Britain should withdraw its troops. Israel said Syria was responsible for the attack. "
                   "Iran said the talks went well. Beijing insisted that the US was to blame for the crisis.")
    plain = S.ActorIndex(doc.parsed, doc.actors)
    fast = S.ActorIndex(doc.parsed, doc.actors, S.DocArrays.of(doc.parsed))

    def key(cands):
        return [(c.code, c.pred.token.i, [s.text for s in c.sources], [t.text for t in c.targets]) for c in cands]
    found = 0
    for sent in doc.parsed.sents:
        for fn in (S.blame_candidates, S.demand_candidates):
            slow = key(fn(sent, plain, lex, []))
            assert key(fn(sent, fast, lex, [])) == slow
            found += len(slow)
    assert found >= 2


def test_string_memo_stays_right_when_it_starts_over(nlp, monkeypatch):
    monkeypatch.setattr(S, "_STRING_MEMO_LIMIT", 3)
    doc = nlp("Israel and the U.S. held talks in Geneva on Monday.")
    memo = S.StringMemo()
    for _ in range(2):  # the second round finds a full memo and starts over
        assert memo.many([t.lower for t in doc], doc.vocab.strings) == [t.lower_ for t in doc]
        assert memo.many([t.lemma for t in doc], doc.vocab.strings, True) == [t.lemma_.lower() for t in doc]
        assert [memo.plain(t.lower, doc.vocab.strings) for t in doc] == [t.lower_ for t in doc]
        assert [memo.lowered(t.lemma, doc.vocab.strings) for t in doc] == [t.lemma_.lower() for t in doc]


# texts whose whitespace spaCy keeps as tokens of their own: leading, doubled, newlines, none at the end
ODD_TEXTS = ["  Moscow  and Beijing signed\n\nan agreement.  ", "Iran\twarned Israel.\n", "It rained", "",
             " ", "Police fired tear gas;protesters fled. \u00a0The army left."]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hs.sampled_from(ODD_TEXTS + SENTENCES[:3]), hs.integers(-3, 90), hs.integers(-3, 90))
def test_char_spans_equal_doc_char_span(parse, text, start, end):
    doc = parse(text)
    arrays = S.DocArrays.of(doc)
    if start >= end:
        return  # not a mention's span: ``ActorIndex`` asks ``Doc.char_span`` itself
    span = doc.char_span(start, end, alignment_mode="expand")
    assert arrays.char_spans([start], [end]) == [None if span is None else (span.start, span.end)]


def test_actor_index_tokens_equal_doc_char_span(parse):
    from annalyst.model import ActorRef

    doc = parse(ODD_TEXTS[0] + " " + " ".join(SENTENCES))
    n = len(doc.text)
    refs = [ActorRef(text="x", start=a, end=b) for a in range(-1, n + 2, 3) for b in range(a, min(n + 3, a + 30), 4)]
    refs.append(ActorRef(text="x", start=None, end=4))
    fast, plain = S.ActorIndex(doc, refs, S.DocArrays.of(doc)), S.ActorIndex(doc, refs)
    assert plain.by_token and fast.by_token == plain.by_token


@pytest.mark.parametrize("text", ODD_TEXTS + [" ".join(SENTENCES)])
def test_texts_from_ids_equal_spacy(parse, text):
    doc = parse(text)
    arrays = S.DocArrays.of(doc)
    assert arrays.text() == doc.text and S.ActorIndex(doc, [], arrays).text == doc.text
    for sent in doc.sents:
        assert arrays.span_text(sent.start, sent.end) == sent.text
    n = len(doc.text)
    for a in range(-2, n + 3):
        for b in range(a - 1, min(n + 3, a + 12)):
            assert arrays.chars(a, b) == doc.text[a:b]
            assert S.ActorIndex(doc, [], arrays).text_between(a, b) == doc.text[a:b]
    for a in range(len(doc)):
        for b in range(a, min(len(doc), a + 4) + 1):
            assert arrays.span_text(a, b) == doc[a:b].text


def test_sentence_and_according_to_equal_the_token_reads(parse):
    doc = parse(ODD_TEXTS[0] + " " + " ".join(SENTENCES) + " According to Reuters, the talks failed.")
    plain, fast = S.ActorIndex(doc, []), S.ActorIndex(doc, [], S.DocArrays.of(doc))
    for t in doc:
        sent = fast.sentence(t)
        assert (sent.start, sent.end) == (t.sent.start, t.sent.end)
    for sent in doc.sents:
        assert S.according_to(sent, fast) == S.according_to(sent, plain)


@settings(max_examples=300, deadline=None)
@given(hs.sampled_from(_LEMMAS[::25]), _words)
def test_any_candidate_ids_equals_any_candidate(lemma, words):
    filt = _LEX.pattern_filter(lemma)
    ids = frozenset(get_string_id(w) for w in words)
    assert filt.any_candidate_ids(ids) == filt.any_candidate(words)
    assert filt.any_candidate_ids(ids | {get_string_id("unrelated-word")}) == filt.any_candidate(words)


def test_verb_lemma_memo_equals_the_function(parse, monkeypatch):
    from annalyst.events import lexicon as L

    monkeypatch.setattr(L, "_VERB_LEMMA_LIMIT", 3)
    doc = parse(" ".join(SENTENCES))
    for _ in range(2):  # the second round finds a full memo and starts over
        for t in doc:
            assert _LEX.verb_lemma(t.lemma_.lower(), t.lower_, C._verb_lemma_of) == C.verb_lemma(t, _LEX)


def test_memo_look_ups_stay_right_when_the_memo_starts_over(nlp, monkeypatch):
    monkeypatch.setattr(S, "_STRING_MEMO_LIMIT", 3)
    memo = S.StringMemo()
    # each text brings new ids to a memo past its limit, which starts over: the answers stay right
    for text in ("Israel and the U.S. held TALKS in Geneva on Monday.", "Iran held talks.", "Israel and Iran"):
        doc = nlp(text)
        for _ in range(2):
            got = memo.lowered_ids([t.lemma for t in doc], doc.vocab.strings)
            assert got == [get_string_id(t.lemma_.lower()) for t in doc]
            assert memo.many([t.lower for t in doc], doc.vocab.strings) == [t.lower_ for t in doc]
            assert memo.many([t.lemma for t in doc], doc.vocab.strings, True) == [t.lemma_.lower() for t in doc]


def test_clause_depth_and_dispute_words_equal_the_token_reads(parse):
    doc = parse(" ".join(SENTENCES) + " Iran called the reports false, officials said. Troops allegedly entered the village.")
    arrays = S.DocArrays.of(doc)
    plain, fast = S.ActorIndex(doc, []), S.ActorIndex(doc, [], arrays)
    speech = _LEX.cue("speech")
    disputed = 0
    for t in doc:
        slow_depth = sum(1 for a in t.ancestors if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() not in speech)
        assert C._clause_depth(t.i, arrays, speech) == slow_depth
        got = S._disputed_sentence(t, _LEX, fast)
        assert got == S._disputed_sentence(t, _LEX, plain) == S._disputed_sentence(t, _LEX, None)
        assert fast.sentence_word_ids(t) == {get_string_id(w) for w in plain.sentence_words(t)}
        disputed += got
    assert disputed  # the sentence with "false" (not the one with only the hedge "allegedly")


def test_may_code_verb_equals_its_four_lookups(parse):
    doc = parse(" ".join(SENTENCES) + " She wants Germany to pay. They put an end to the war and ordered a halt.")
    lex, arrays = _LEX, S.DocArrays.of(doc)
    for t in doc:
        lemma = C.verb_lemma(t, lex)
        slow = lemma in lex.verbs or lemma in lex.light or lemma in lex.cue("endlight") \
            or lemma in lex.cue("causative") or t.lemma_.lower() in lex.cue("objappeal")
        assert C._may_code_verb(t, lemma, lex) == C._may_code_verb(t, lemma, lex, arrays.lemma(t.i)) == slow
