from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.model import Document, Sentence
from annalyst.parse import ParseStep, load_nlp, sentences_of


def test_sentences_have_offsets_into_the_text():
    doc = Document(doc_id="a", source="mem", text="North Korea recognized the DPR. Ukraine cut ties with it.")
    ParseStep().process_batch([doc])
    assert len(doc.sentences) == 2
    for sent in doc.sentences:
        assert doc.text[sent.start:sent.end] == sent.text
    assert doc.parsed is not None and doc.parsed.text == doc.text


def test_dead_records_are_not_parsed():
    doc = Document(doc_id="a", source="mem", text="Something.").skip("language:de")
    ParseStep().process_batch([doc])
    assert doc.parsed is None and doc.sentences == []


_PIECES = ["The army", " shelled", " the town", ".", "  ", "\n", "\n\n", " Mr. Smith", " said:", " \u201cNo!\u201d",
           "\t", " 3.5 km", " U.S.-led", " caf\u00e9", "?", " (AP)", " -- ", " \u00a0", "Ukraine"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25))
def test_sentences_sliced_from_the_text_equal_spacys_span_text(pieces):
    text = "".join(pieces)
    parsed = load_nlp()(text)
    assert sentences_of(parsed, text) == [
        Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text) for i, s in enumerate(parsed.sents)]
    assert sentences_of(parsed) == sentences_of(parsed, text)


def test_prepare_loads_the_model():
    ParseStep().prepare()
    assert load_nlp.cache_info().currsize >= 1


def test_parsed_view_holds_the_token_arrays_of_the_parse():
    from annalyst.parse import ParsedDoc

    doc = Document(doc_id="a", source="mem", text="Police arrested 40 people in Paris on Monday. Crowds marched.")
    ParseStep().process_batch([doc])
    view, parsed = doc.parsed_view, doc.parsed
    assert isinstance(view, ParsedDoc) and view.doc is parsed and len(view) == len(parsed)
    sent_of = {t.i: n for n, s in enumerate(parsed.sents) for t in s}
    for t in parsed:
        assert (view.string("orth", t.i), view.string("lemma", t.i), view.string("tag", t.i), view.string("pos", t.i),
                view.string("dep", t.i), view.head[t.i], view.ent_iob(t.i), view.string("ent_type", t.i),
                int(view.sent_id[t.i]), view.offsets(t.i)) == \
            (t.text, t.lemma_, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, sent_of[t.i],
             (t.idx, t.idx + len(t.text)))
        assert [view.kids[k] for k in range(view.kids_start[t.i], view.kids_end[t.i])] == [c.i for c in t.children]
    assert view.sentences == tuple((s.start, s.end) for s in parsed.sents) == ((0, 9), (9, 12))
    assert view.string("ent_type", 5) == "GPE" and view.ent_iob(5) == "B"


def test_the_pipeline_drops_the_parsed_view_with_the_parse():
    from annalyst.pipeline.base import Pipeline

    doc = Document(doc_id="a", source="mem", text="Police arrested 40 people.")
    Pipeline([ParseStep()]).run_batch([doc])
    assert doc.parsed is None and doc.parsed_view is None and len(doc.sentences) == 1
