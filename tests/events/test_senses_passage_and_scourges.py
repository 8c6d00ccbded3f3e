"""Sense rows of ``lang/en/lexicon.tsv`` chosen by the verb's argument class (issue 14, the tune sets' LEX class):

* blockading a way (``@passage``: a road, street, bridge, railway) obstructs passage (144, a protest), unless a
  state or a state body does it (191, test ``state_agent``);
* fighting a scourge (``@scourge``: crime, terrorism, debt, fire) names no one fought: no event, also when another
  rule has re-coded the verb (a planned fight read as a threat, 138): a no-event sense applies to a re-coded
  candidate, the verb's other sense rows do not.

Sentences are tune-set sentences (judged-6, judged-7: BBC News 2004-5 and a South African news page) with place
names added where the actor table of ``conftest.py`` needs one; the counter-examples marked "constructed" guard
what must stay.  Each test gives the exact event set: what must appear and what must not."""

from __future__ import annotations

import pytest

from tests.events.conftest import resolve_by_table


def events(code, text):
    """The sorted CAMEO codes of the events (the actors are the actor layer's business, tested there)."""
    return sorted(e.cameo for e in code(text, resolve_by_table(text)))


@pytest.mark.parametrize("text, expected", [
    # judged-6 (news page): protesters blockading a road between two towns obstruct passage
    ("Shortly afterwards protestors in South Africa gathered again and blockaded the main road between the towns.",
     ["141", "144"]),
    # judged-6: community members blockading roads
    ("About 300 community members in South Africa began blockading roads around the town.", ["144"]),
    # constructed: a state's army blockading the roads imposes a blockade
    ("The Israeli army blockaded the roads into the town.", ["191"]),
    # constructed: blockading a territory stays a blockade
    ("Israel blockaded Gaza.", ["191"]),
])
def test_blockading_a_way_obstructs_passage(code, text, expected):
    assert events(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    # judged-6 (BBC 2005): the cards would help fight crime: a claimed effect, no threat of force
    ("They had decided to support the plans as the British police said they would help fight terror, crime and "
     "illegal immigration.", ["010"]),
    # judged-7 (BBC 2005): households struggling with debt
    ("Households in Britain struggle with debt.", []),
    # constructed: fighting people stays force
    ("Rebels in Congo fought government troops near Goma.", ["190"]),
])
def test_fighting_a_scourge_is_no_force(code, text, expected):
    assert events(code, text) == expected
