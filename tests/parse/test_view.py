"""``doc_text``: a Doc's text joined once, and never another Doc's."""

from annalyst.parse import load_nlp
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
