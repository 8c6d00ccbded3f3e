"""Acts a to-infinitive names and its clause does not assert (issue 14, the audits' MODAL/NONEVENT classes;
``events/unasserted.py``, ``veto`` rows of ``codes/data/code_rules.tsv``):

* ``unasserted_purpose``: the purpose of an act that is itself only announced, obliged or attempted
  ("would take action to prevent", "should ... try to prevent it", "to join forces to quell");
* ``pressed_content``: an act another party is pressed, asked or needed to do ("pressing Japan to discuss",
  "a request to ... investigate", "a need for Ukraine to launch investigations", "pressure X into announcing").

Real sentences: Reuters 1987 and 2019 web news (judged-2/judged-3 tune sets), AFP/Xinhua wire (news-audit-1),
Reuters-21578 via judged-1.  Each runs through the whole pipeline and the exact event set is asserted:
(trigger, CAMEO code, source code, target code, flags).  The vetoed sentences have twins whose act is
narrated as done or whose purpose serves a narrated act: those events must stay."""

from __future__ import annotations

import pytest

# the exact (trigger, code, source, target, flags) set, read as the modality vetoes' tests read it
from tests.events.test_habits_frameworks_wishes import _events

CASES = [
    # unasserted purpose: the governing act has a modal ("would take action") -> its purpose is no event;
    # Bosma's statement of what lawmakers would do stays (judged-3, AP 2019)
    ("Bosma said lawmakers would take action to prevent the use of student test scores to evaluate teachers and "
     "schools after lower scores on the state's new ILEARN standardized exam taken last spring – one of the top "
     "concerns of the teachers unions.", {("said", "010", None, None, ())}),
    # an attempt obliged, not made ("should ... try to prevent it"): no coercion; the quoted aim stays (judged-3)
    ("He said Iranians should guard against internal dissent and try to prevent it in a situation where foreign "
     "powers aimed to \"smash Islam...And destroy every one of us.\"", {("destroy", "1712", None, None, ())}),
    # the purpose of an infinitive that is itself the content of a call (news-audit-1, Xinhua 2005)
    ("\" The statement called for persons from all walks of life to join forces to quell the violence and create "
     "peace in the three southernmost provinces.", set()),
    # twin: the purpose of a narrated act is not dropped as unasserted; being of the act's own code, it is the
    # act's own happening, folded into it (events/folds.py same_act; judged-1 judges "disperse" DUP)
    ("Police fired tear gas to disperse 1,000 unemployed miners blocking the route of West German President "
     "Richard Weizsaecker's motorcade to La Paz, Bolivian Information Minister Herman Antelo said.",
     {("fired tear gas", "175", "BOLCOP", "BOLCVL", ())}),
    # twin: a decision narrated as made keeps its complement (judged-1, Reuters 1987)
    ("Japan has decided to cooperate with the U.S. To develop a new generation of fighter planes, Defence "
     "Minister Yuko Kurihara said.", {("cooperate", "060", "JPN", "USA", ())}),
    # pressed content: the act the U.S. presses Japan to do is not done (judged-3, Reuters 1987)
    ("The U.S. Has been pressing Japan to discuss the rice issue at the new round of General Agreement on "
     "Tariffs and Trade talks.", set()),
    # a need for another party to act (judged-3, AP 2019)
    ("A series of text messages Volker provided to lawmakers showed conversations between him, Sondland and "
     "other leaders in which they discussed a need for Ukraine to launch investigations, including into "
     "Burisma.", set()),
    # a request's content: the request stays, the investigation it asks for does not (judged-3, AP 2019)
    ("However, both Vindman and Williams told lawmakers that Trump's request to Ukrainian president to "
     "investigate Democratic rivals was inappropriate.", {("request", "020", "USA", "UKRGOV", ())}),
    # the purpose of money asked for is not done; the request stays (judged-2, Reuters 1987)
    ("Last week, the White House asked Congress for 2.50 billion U.S. dlrs to fund the acid rain fight.",
     {("asked", "020", "USAGOV", "USALEG", ())}),
    # twin: an implicative verb's gerund was done ("forced ... into retreating")
    ("Rebels forced the army into retreating from the town.", {("retreating from", "0874", None, None, ())}),
    # twin: talks narrated as held, with their purpose (a meeting to discuss is the talks: one event,
    # events/folds.py restated_root)
    ("The Japanese delegation met U.S. officials on Monday to discuss the rice issue.",
     {("met", "040", "JPNGOV", "USAGOV", ())}),
    # the purpose of a narrated act that the act carries out happened: not a plan (structure._realized_purpose)
    ("Kenyan teachers surrounded parliament on Tuesday to call for better pay from the Kenyan government.",
     {("call for", "0242", "KENEDU", "KENGOV", ())}),
    ("Japanese farmers were outside the Diet on Sunday to protest against the rice deal with the United States.",
     {("protest", "140", "JPNAGR", "USA", ())}),
    # twins: a journey's purpose lies at its end; a purpose with its own subject is another party's act
    ("The British foreign minister embarked on a trip to North Africa on Monday to seek Arab support.",
     {("embarked on trip", "042", "GBRGOV", None, ()), ("seek support", "022", "GBRGOV", None, ("hypothetical",))}),
    ("The Kenyan government signed a deal for Uganda to host the summit.",
     {("signed deal", "057", "KENGOV", None, ()), ("host", "043", "UGA", None, ("hypothetical",))}),
    # a challenge or a dare to act presses for it (``pressing_words``; the recall track's note, session 12): the
    # stepping down and the attack are not done; twin: the resignation narrated is done
    ("The opposition leader challenged the prime minister to step down.", set()),
    ("Iran dared Israel to attack it.", set()),
    ("The prime minister stepped down.", {("stepped down", "0831", None, None, ())}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected


def test_the_vetoes_are_data_rows_with_known_tests():
    from annalyst.events import vetoes

    names = {test for _, test in vetoes.SENTENCE_VETOES}
    assert {"unasserted_purpose", "pressed_content"} <= names


def test_frames_name_the_veto(make_doc):
    """``annalyst frames`` says why the pressed act was dropped (the frame's ``filled_by["veto"]``)."""
    from annalyst.events.coder import EventCoder

    doc = make_doc("The U.S. Has been pressing Japan to discuss the rice issue at the new round of General "
                   "Agreement on Tariffs and Trade talks.")
    (sent, frames, cands), = EventCoder().frames(doc)
    vetoed = {(f.pred.token.lower_, f.filled_by.get("veto")) for f in frames if f.filled_by.get("veto")}
    assert vetoed == {("discuss", "pressed_content")}
    assert cands == []


def test_a_gerund_pressed_into_is_vetoed(make_doc):
    """A gerund another party is pressed into is asked for, not done (judged-3, AP 2019); the pressure stays."""
    from annalyst.events.coder import EventCoder

    doc = make_doc("The impeachment hearings are an effort by Democrats to establish whether Trump withheld US "
                   "military aid to Ukraine to pressure the country's President Volodymyr Zelensky into "
                   "announcing a corruption inquiry into Joe Biden.")
    (sent, frames, cands), = EventCoder().frames(doc)
    vetoed = {(f.pred.token.lower_, f.filled_by.get("veto")) for f in frames if f.filled_by.get("veto")}
    assert vetoed == {("announcing", "pressed_content")}
    assert "pressure" in {c.pred.token.lower_ for c in cands}


def test_a_tensed_conjunct_is_not_the_pressed_infinitive(make_doc):
    """"urged X to help ... and called for an end": the parser may hang the finite "called" on "help"; a tensed
    verb has a clause of its own, so the call stays (Reuters-21578, the over-firing read)."""
    from annalyst.events.coder import EventCoder

    doc = make_doc("The King also urged the world community to help the Palestinians return to their homeland and "
                   "called for a peaceful end to the Iran-Iraq war.")
    (sent, frames, cands), = EventCoder().frames(doc)
    assert {f.filled_by.get("veto") for f in frames} == {None}
    assert {c.pred.token.lower_ for c in cands} == {"urged", "called"}
