"""Modality read clause by clause (issue 14, the audits' MODAL class and wrong flags; docs/events.md "Modality"):

* a coordinated verb with its own tense, auxiliary or subject heads its own clause and does not share the first
  verb's negation (``structure._modal_chain``: "did not give details, but ... said six people were injured");
* an actor's own announced verbal act, future by an auxiliary, keeps its code and is flagged ``planned``
  (``structure.announced``); a material one is still the asserted announcement (13x/03x), and a future read off
  a governing verb ("sought to overturn") is an attempt made, not flagged;
* the reporter's own future act, no one quoted ("will visit"), is a reported plan: it keeps its code, flagged
  ``planned``; the same act announced by a speaker of its side is the intent (03x), asserted.

Exact event sets (trigger, CAMEO code, source code, target code, flags) through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.events.test_habits_frameworks_wishes import _events

CASES = [
    # a tensed conjunct keeps its own (absent) negation
    ("The Kenyan police did not give details, but the Kenyan Red Cross said six people were injured by police "
     "in Nairobi.", {("injured", "190", "KENCOP", None, ())}),
    ("The Iraqi army did not enter the town and instead shelled Kurdish villages.",
     {("shelled villages", "194", "IRQMIL", "IRQCVL", ())}),  # the entry not made is no event (negated_act)
    # an announced verbal act: planned
    ("The Japanese embassy said Japan would complain to the World Trade Organization.",
     {("complain", "114", "JPN", "WTO", ("planned",))}),
    ("The Dutch foreign minister said his government would oppose the European Commission's proposal.",
     {("oppose", "110", "NLDGOV", "EUC", ("planned",))}),
    # twin: a material act announced is the threat, asserted (CAMEO's intent rule)
    ("Iran will attack Iraqi positions, the Iranian defence minister said.",
     {("attack positions", "138", "IRN", "IRQ", ())}),
    # the reporter's own future, no one quoted: a reported plan, not an announcement; the act keeps its code,
    # flagged planned (judged-6/7/8 MODAL: "will visit" → 036 unflagged)
    ("The British prime minister will visit Washington on Monday.",
     {("visit", "042", "GBRGOV", "USAGOV", ("hypothetical", "planned"))}),
    # twin: the same act announced by its actor is the intent, asserted
    ("The British prime minister said he will visit Washington on Monday.",
     {("visit", "036", "GBRGOV", "USAGOV", ())}),
    # twin: "sought to" is the attempt, made
    ("The British police sought to overturn the ruling of the European Court.",
     {("overturn ruling", "124", "GBRCOP", "GBRJUD", ())}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected
