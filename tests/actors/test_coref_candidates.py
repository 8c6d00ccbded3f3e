"""``_pronouns`` looks only at the words its rules can link, found in the parse's arrays."""

from __future__ import annotations

from annalyst.actors.coref import _pronoun_candidates
from annalyst.actors.resolver import ANAPHORIC_NOUNS, PERSON_PRONOUNS, THING_PRONOUNS
from annalyst.actors.tokens import DocTable


def test_candidates_are_exactly_the_linkable_words(nlp):
    doc = nlp("The Minister said he would visit the country. Its army and HIS aides met them; They left. "
              "The Nation's leader, she said, was in the Kingdom. It rained.")
    words = set(PERSON_PRONOUNS) | set(THING_PRONOUNS) | {"they"} | {w for w, k in ANAPHORIC_NOUNS.items() if k == "state"}
    expected = [t.i for t in doc if t.lower_ in words]
    assert _pronoun_candidates(DocTable(doc)) == expected
    assert {doc[i].lower_ for i in expected} >= {"he", "country", "its", "his", "they", "nation", "she", "kingdom", "it"}


def test_no_candidates_in_an_empty_doc(nlp):
    assert _pronoun_candidates(DocTable(nlp(""))) == []
