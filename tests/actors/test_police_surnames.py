"""A police officer named with a title passes on to the surname alone later in the document: police are
named by surname after the first mention, and the coder needs them as a source even without a country."""

from __future__ import annotations

import pytest


def _refs(resolver, nlp, text):
    return [a for a in resolver.resolve(nlp(text), None)]


def _at(refs, text, word, nth=1):
    """The mention starting at the ``nth`` occurrence of ``word``."""
    start = -1
    for _ in range(nth):
        start = text.index(word, start + 1)
    return next((a for a in refs if a.start == start), None)


@pytest.mark.parametrize("text,surname", [
    ("Inspector Ravi Sharma led the raid. Later, Sharma arrested five men.", "Sharma"),
    ("Deputy Commissioner of Police Ramesh Kumar told reporters that Kumar had ordered the arrests.", "Kumar"),
])
def test_a_later_surname_is_the_police_officer(resolver, nlp, text, surname):
    refs = _refs(resolver, nlp, text)
    later = _at(refs, text, surname, nth=2)
    assert later is not None and later.sector == "COP" and later.kind == "person" and later.resolved_by == "coref"


def test_another_person_with_the_same_surname_is_not_the_officer(resolver, nlp):
    text = "Inspector Ravi Sharma led the raid. Rohit Sharma scored a century."
    other = _at(_refs(resolver, nlp, text), text, "Rohit")
    assert other is None or other.sector != "COP"


def test_a_title_of_its_own_is_kept(resolver, nlp):
    text = "Inspector Ravi Sharma led the raid. Judge Anil Sharma granted bail to five men."
    judge = _at(_refs(resolver, nlp, text), text, "Judge")
    assert judge is not None and judge.sector == "JUD"


def test_an_official_title_passes_on_to_a_bare_surname(resolver, nlp):
    # since the document entity layer (issue 15): a later bare surname is the person named in full before it,
    # whatever the title (before, only police passed theirs on and "Rivera" was left unresolved)
    text = "Judge Alejandro Rivera opened the case. Rivera said the officials lied."
    refs = _refs(resolver, nlp, text)
    first, later = _at(refs, text, "Judge"), _at(refs, text, "Rivera", nth=2)
    assert later is not None and later.sector == "JUD" and later.resolved_by == "surname"
    assert later.entity == first.entity
