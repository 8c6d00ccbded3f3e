"""A sentence never spans a paragraph break (issue 14, web pages): the parse stage opens a sentence at
every paragraph before spaCy's parser runs."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.parse import load_nlp, sentences_of
from annalyst.parse.spacy_parse import PARAGRAPH_COMPONENT

# a CNN page (2021-03-08): a section heading with no final stop, then a paragraph opening with a quote
HEADING_THEN_QUOTE = ("In another part of the broadcast, Harry also criticized the royals.\n\n"
                      "Harry and Meghan felt 'trapped' in the family\n\n"
                      "\"My father and my brother, they are trapped,\" Harry said, lifting the veil on the extreme "
                      "constraints the couple felt as members of the family.")


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in sentences_of(load_nlp()(text))]


def test_the_component_runs_just_before_the_parser():
    names = load_nlp().pipe_names
    assert names.index(PARAGRAPH_COMPONENT) == names.index("parser") - 1


def test_a_heading_without_a_stop_does_not_run_into_the_next_paragraph():
    assert _sentences(HEADING_THEN_QUOTE) == [
        "In another part of the broadcast, Harry also criticized the royals.",
        "Harry and Meghan felt 'trapped' in the family",
        "\"My father and my brother, they are trapped,\" Harry said, lifting the veil on the extreme constraints "
        "the couple felt as members of the family."]


def test_an_indented_line_opens_a_paragraph_in_wire_copy():
    # Reuters-21578 (reuters-1498): paragraphs open with four spaces, lines wrap at 65 characters
    text = ("HAMBURG, March 4 - Vereins - und Westbank AG plans\nto streamline its branch network, management "
            "board member Eberhard-Rainer\nLuckey said\n    He told a news conference on 1986 results that "
            "branches in\nHamburg and Schleswig-Holstein would be merged or closed.")
    assert _sentences(text) == [
        "HAMBURG, March 4 - Vereins - und Westbank AG plans\nto streamline its branch network, management board "
        "member Eberhard-Rainer\nLuckey said",
        "He told a news conference on 1986 results that branches in\nHamburg and Schleswig-Holstein would be "
        "merged or closed."]


def test_a_wrapped_line_is_no_paragraph():
    assert _sentences("Police said the\nprotest ended peacefully.\nNo one was hurt.") == [
        "Police said the\nprotest ended peacefully.", "No one was hurt."]


_PIECES = ["The army", " shelled", " the town", ".", "  ", "\n", "\n\n", "\n    ", " said:", " \u201cNo!\u201d",
           " Mr. Smith", "?", " (AP)", " -- ", "Ukraine", "\"", " protest"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25))
def test_no_sentence_holds_a_paragraph_break(pieces):
    text = "".join(pieces)
    for sent in sentences_of(load_nlp()(text), text):
        inner = sent.text.strip()
        assert "\n\n" not in inner and "\n    " not in inner


@pytest.mark.slow
def test_the_heading_is_no_part_of_the_quoted_statement():
    from annalyst.api import code_text

    doc = code_text(HEADING_THEN_QUOTE, published=dt.date(2021, 3, 8))
    assert {(e.source.text, e.cameo, e.target.text if e.target else None, e.text.strip()[:14])
            for e in doc.events} == {("Harry", "111", None, "In another par"), ("Harry", "010", None, "\"My father and")}
