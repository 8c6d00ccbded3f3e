"""Acts only wanted, hoped for, intended, shunned or beyond reach (issue 14, the audits' MODAL and NONEVENT
classes; ``events/unasserted.py`` ``desired_only``, the ``desired_only`` veto row of ``codes/data/code_rules.tsv``,
the word classes ``unrealised_governors`` and ``capacity_governors`` of ``lang/en/words.tsv``).

Real sentences of the tune sets (judged-1 BBC 2005, judged-2/judged-5 Reuters 1987, judged-6 wire): on the tune
sets no act in the to-infinitive complement of such a word was judged real (0 of 16).  Each runs through the
whole pipeline and the exact event set (trigger, CAMEO code, source code, target code, flags) is asserted; the
twins keep their act: a capacity a past clause narrates was used, and a decision narrated as made is done."""

from __future__ import annotations

import pytest

from tests.events.test_habits_frameworks_wishes import _events

CASES = [
    # wanted: the meeting is no event; the statement reporting it stays (judged-1)
    ("The Tory leader wanted to meet as many ordinary members of the public, Mr Fox said.",
     {("said", "010", None, "GBRCON", ())}),
    # intended (and denied): no threat; Iran's statement stays, asserted: the saying that calls the reports
    # baseless is not itself in doubt (structure._says_dispute)
    ("LONDON, March 23 - Iran said reports that it intended to threaten shipping in the Gulf were baseless, and "
     "warned the U.S. against any attack.", {("said", "010", "IRN", None, ())}),
    # twin of the dispute: an act the sentence calls baseless elsewhere stays disputed
    ("Iran attacked two tankers in the Gulf on Monday, but Tehran called the reports baseless.",
     {("attacked", "190", "IRN", None, ("disputed",)), ("called baseless", "111", "IRNGOV", None, ())}),
    # wants to unite: Beijing's statement stays, the unification is no event (judged-6)
    ("Beijing says Taiwan is part of Chinese territory and wants to unite it with the mainland, by force if "
     "necessary.", {("says", "010", "CHNGOV", "TWN", ())}),
    # reluctant to acknowledge: no concession; the deployment the relative clause tells stays (judged-5)
    ("He declined to describe what sort of help the Saudis were providing, saying that Saudi officials are "
     "reluctant to acknowledge their role in the Gulf where the United States has stationed forces to protect "
     "shipping lanes.", {("stationed forces", "154", "USA", None, ())}),
    # able, in a clause to come: no offer yet (judged-2)
    ("However, top LDP executives will work out figures so that Abe will be able to offer specifics to U.S. "
     "Officials.", set()),
    # twin: able in a narrated past: the dispersal happened
    ("Riot police were able to disperse the protesters outside parliament in Cairo on Monday.",
     {("disperse", "175", "EGYCOP", "EGYCVL", ())}),
    # twin: able in a narrated perfect: the dispersal happened
    ("Riot police had been able to disperse the protesters outside parliament in Cairo on Monday.",
     {("disperse", "175", "EGYCOP", "EGYCVL", ())}),
    # twin: a desire negated is a refusal, left to the refusal rules (BBC 2004): the rejection stays
    ("It amazes me that the Labour Party, which is a working class party, doesn't want to come to the main "
     "working class resort in the country.", {("come to", "125", "GBRLAB", None, ())}),
    # able, negated in a future clause: no payment promised or refused by the act; Poland's statement stays
    ("Poland has said it will not be able to meet interest repayments and debt principle falling due this year.",
     {("said", "010", "POL", None, ())}),
    # twin: a decision narrated as made keeps its complement (judged-1)
    ("Japan has decided to cooperate with the U.S. To develop a new generation of fighter planes, Defence "
     "Minister Yuko Kurihara said.", {("cooperate", "060", "JPN", "USA", ())}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected


def test_frames_name_the_veto(make_doc):
    """``annalyst frames`` says why the hoped-for act was dropped (the frame's ``filled_by["veto"]``); "hoped" is
    read as "hope" though the lemmatizer says "hop"."""
    from annalyst.events.coder import EventCoder

    doc = make_doc("Iran said it hoped to conclude the talks with Iraq within a month.")
    (sent, frames, cands), = EventCoder().frames(doc)
    vetoed = {(f.pred.token.lower_, f.filled_by.get("veto")) for f in frames if f.filled_by.get("veto")}
    assert vetoed == {("conclude", "desired_only")}


def test_the_veto_is_a_data_row():
    from annalyst.events import vetoes

    assert "desired_only" in {test for _, test in vetoes.SENTENCE_VETOES}
