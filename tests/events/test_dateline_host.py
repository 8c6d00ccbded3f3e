"""A visit "here" is hosted by the dateline's state (issue 15, AGENTLESS; events/partners.py
``_target_dateline_host``, the ``visit dateline_host`` role row of codes/data/code_rules.tsv).

Wording of Reuters-21578 stories (the Weizsaecker one of judged-1, reuters-8062), dated 2005 so that Moscow is
Russia's; each runs through the whole
pipeline and the exact event set is asserted: (trigger, CAMEO code, source code, target code, target evidence)."""

from __future__ import annotations

import datetime as dt

import pytest

from annalyst.api import code_text

CASES = [
    # the dateline's state hosts the visit "here"
    ("LA PAZ, March 21 - West German President Richard von Weizsaecker began a four-day visit here.\n",
     {("began visit", "042", "DEUGOV", "BOL", "dateline-host")}),
    # the arrival names its host itself; the visit begun "here" the next sentence tells is the same visit, one
    # happening, kept once (events/identity.py: the same code, doer and host, one day; session 13 — this case
    # expected two events before the document's happening identity step)
    ("LA PAZ, March 21 - West German President Richard von Weizsaecker arrived in Bolivia yesterday.\n\n"
     "Weizsaecker began a four-day visit here.\n",
     {("arrived in", "042", "DEUGOV", "BOL", "kb-phrase")}),
    # a visit announced "here" is aimed at the same host
    ("MOSCOW, April 2 - Chinese Premier Li Peng said he would visit here next month.\n",
     {("visit", "036", "CHNGOV", "RUS", "dateline-host")}),
    # the dateline state's own leader touring "here" visits no foreign host
    ("MOSCOW, April 2 - Russian President Vladimir Putin began a two-day tour here on Monday.\n",
     {("began tour", "042", "RUSGOV", None, None)}),
    # a story printed without its dateline: the one state all its places belong to (judged-1 reuters-8062)
    ("Police fired tear gas to disperse miners blocking the route of West German President Richard "
     "Weizsaecker's motorcade to La Paz.\n\nWeizsaecker began a four-day visit here.\n",
     # (the dispersal is the firing's purpose of its own code: one happening, events/folds.py same_act)
     {("fired tear gas", "175", "BOLCOP", "BOLCVL", "capital"),
      ("began visit", "042", "DEUGOV", "BOL", "dateline-host")}),
    # without a dateline or a place "here" names no state
    ("Weizsaecker began a four-day visit here.\n",
     {("began visit", "042", None, None, None)}),
    # a visit with no "here" keeps its own place (the host of Moscow), not the dateline's
    ("LA PAZ, March 21 - The French minister visited Moscow last year.\n",
     {("visited", "042", "FRAGOV", "RUSGOV", "capital")}),
]


def _events(text: str) -> set[tuple]:
    doc = code_text(text, published=dt.date(2005, 3, 21), doc_id="dateline-host")
    return {(e.trigger, e.cameo, e.source.code, e.target.code if e.target else None,
             e.target.resolved_by if e.target else None) for e in doc.events}


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected
