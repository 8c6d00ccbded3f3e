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
