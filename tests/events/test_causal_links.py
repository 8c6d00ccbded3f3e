"""A causal link is no act (``events.nonevents.causal_link``, the ``veto`` row of ``codes/data/code_rules.tsv``;
words ``causal_verbs``, ``causal_preps``): leading to or resulting in an outcome, with no object of its own, says
what caused what (judged-10 "saying that it would lead to many people taking part", judged-9 "the sale of its main
asset will lead to the collapse of the company", judged-8 "which led to them walking off the job"), not that
anyone cooperated (the lexicon's 030 or 130 for "lead to").

Each test gives the exact event set (what must appear and what must not)."""

from __future__ import annotations


def events(code, text):
    return sorted((e.trigger, e.cameo, e.source.country, e.target.country if e.target else None)
                  for e in code(text))


def test_leading_to_an_outcome_is_no_act(code):
    assert events(code, "Israel opposed the plan, saying that it would lead to many people leaving.") == [
        ("opposed", "110", "ISR", None)]
    assert events(code, "Israel's attacks led to protests in Iran.") == [("attacks", "190", "ISR", None)]

