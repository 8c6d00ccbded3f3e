from annalyst.model import Document
from annalyst.parse import ParseStep


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
