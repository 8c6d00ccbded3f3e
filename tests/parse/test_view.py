"""``doc_text``: a Doc's text joined once, and never another Doc's; the parse stage's own string kept as it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.model import Document
from annalyst.parse import ParseStep, load_nlp
from annalyst.parse.view import doc_text


def test_doc_text_is_the_docs_text_and_is_joined_once():
    doc = load_nlp()("Rebels attacked the town.\n\n\u201cWe fled,\u201d a resident said.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # the second read is the kept string, not a new join


def test_doc_text_is_kept_per_doc_object_not_in_user_data():
    # a Span.as_doc that copies user data must still read its own text (the cache key is the Doc itself)
    doc = load_nlp()("Police fired tear gas. Protesters threw stones at them.")
    doc_text(doc)
    part = doc[4:].as_doc(copy_user_data=True)
    assert doc_text(part) == part.text != doc.text


_PIECES = st.sampled_from(["Rebels", "attacked", "the", "town", ".", ",", "\u201cWe", "fled,\u201d", "U.S.-led", "Kyiv's",
                           " ", "  ", "\t", "\n", "\n\n", "\u00a0", "\r\n", " \n  ", "caf\u00e9", "\u0130stanbul", "1987"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=0, max_size=40).map("".join))
def test_parse_step_keeps_the_string_it_parsed_as_the_docs_text(text):
    # ParseStep records the string it parsed as the Doc's text (no later join): it must be Doc.text,
    # white space of every kind (leading, trailing, runs, tabs, paragraph breaks) included
    doc = Document(doc_id="d", source="t", raw=text)
    doc.text = text
    ParseStep().process_batch([doc])
    assert doc_text(doc.parsed) == doc.parsed.text == text
    assert doc_text(doc.parsed) is text
