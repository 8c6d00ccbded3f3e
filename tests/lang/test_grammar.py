"""``annalyst.lang.grammar.governs_form`` on real parses: a modal or future auxiliary governs a base form; an
"aux" the tagger hangs on a tensed verb (a name read as "will") is none, for the event and the date stages alike."""

from __future__ import annotations

import pytest

from annalyst.lang import load_bundle
from annalyst.lang.grammar import governs_form


def _aux_and_verb(nlp, text: str, aux_word: str):
    doc = nlp(text)
    aux = next(t for t in doc if t.text == aux_word)
    return aux, aux.head


@pytest.mark.parametrize("text,aux_word,expected", [
    ("Brown will visit Paris next week.", "will", True),  # a base form
    ("He said he would have objected to the plan.", "would", True),  # a perfect: "have" after the modal
    ("They are going to be stopped at the border.", "be", True),  # an auxiliary, no modal
])
def test_a_modal_governs_a_base_form(nlp, text, aux_word, expected):
    aux, verb = _aux_and_verb(nlp, text, aux_word)
    assert governs_form(aux, verb) is expected


def test_a_name_read_as_will_on_a_past_verb_governs_nothing(nlp):
    # BBC politics, 2019: the tagger reads the fact-checker's first name as the future auxiliary of "told"
    doc = nlp("\"It was an attempt to mislead voters,'' Will Moy, chief executive of the London-based "
              "fact-checking website Full Fact, told the BBC.")
    will = next(t for t in doc if t.text == "Will")
    assert (will.dep_, will.head.text) == ("aux", "told")  # the misreading the check is for
    assert governs_form(will, will.head) is False


def test_the_bundle_names_the_classes_the_checks_read():
    lang = load_bundle()
    assert lang.labels("unmodal_tags") == frozenset({"VBD", "VBZ"})
    assert lang.labels("aside_links") == frozenset({"relcl", "appos", "parataxis", "acl"})
    assert lang.words("presupposing_wh") == frozenset({"why", "how"})
