"""Session 14 (issue 14 MODAL, NONEVENT, REPORT; judged-8 counted by mechanism, docs/evaluation.md):

* acts only recommended or supposed in an inverted condition (``events/unasserted.py`` ``recommended_only``, the
  ``recommended_only`` veto row of ``codes/data/code_rules.tsv``, the word class ``obligation_aux``);
* a crowd dispersing by itself (``sense disperse - patient !* -``, ``lang/en/lexicon.tsv``);
* talking to the press and addressing a news conference, the occasion of a statement (``sense talk - adjunct
  @pressaudience -``, ``sense address - object @pressvenue -``); monitoring the situation (``sense monitor -
  object @situation -``);
* a happening named as the subject of a modal verb that is no course of its own and has no date
  (``events/nonevents.py`` ``weighed_mention``).

Real sentences of the tune sets (judged-7, judged-8) and their twins; each runs through the whole pipeline and
the exact event set (trigger, CAMEO code, source code, target code, flags) is asserted."""

from __future__ import annotations

import pytest

from tests.events.test_habits_frameworks_wishes import _events

CASES = [
    # what the state government should do: a recommendation's content, no aid (judged-8)
    ("He said lawyers should be provided with financial help by the state government at the initial stage of "
     "their career.", set()),
    # what peace committees should do: no meeting (judged-8)
    ("Local peace committees should organise meetings to restore order and communal harmony in the "
     "violence-affected areas.", set()),
    # "should the attackers kill more": a condition, with the retreat inside it; the chief's statement stays
    ("The death toll is set to rise should the attackers kill more while retreating, said Remy Paluku Lumande, "
     "the traditional chief in Musuku village.", {("said", "010", None, None, ())}),
    # twin: the speaker's own side announces its act (left to the frame: an intent, flagged)
    ("The Israeli army said it must retaliate against Hamas.",
     {("army retaliate", "190", "ISRMIL", "HAMAS", ("hypothetical",))}),
    # a crowd dispersing on its own: no repression (judged-8)
    ("The crowd dispersed on their own.", set()),
    ("The residents then spilled into the streets and continued to chant songs while dispersing in groups, said "
     "Metsi.", {("chant", "141", None, None, ())}),
    # twins: dispersed by someone (an object, a passive subject)
    ("The protesters were dispersed by police in Cairo.", {("dispersed", "175", "EGYCOP", "EGYCVL", ())}),
    # talking to the press is the occasion of what was said, no meeting (judged-8)
    ("Talking to a group of mediapersons, Paswan said the party would back Ranjan.",
     {("back", "032", None, None, ())}),
    # a happening as the subject of a modal verb: what it would do is weighed, not reported (judged-8)
    ("He said the Canadian and Israeli pacts will not set back worldwide reform efforts under the General "
     "Agreement on Tariffs and Trade.", set()),
    # twins: a date said for it (a plan, flagged); a course of the happening itself (flagged)
    ("The fifth round of six-party talks will open on Nov. 9 and is expected to last for three days.",
     {("talks", "040", None, None, ("hypothetical", "planned"))}),
    ("The strike will shut the port, the union said.", {("strike", "143", None, None, ("hypothetical", "planned"))}),
    # twin: talking to a party is a meeting
    # (Bush: every KB term of both presidents Bush is in government, so the surname alone is USAGOV)
    ("Blair talked to Bush about Iraq on Monday.", {("talked", "040", "GBR", "USAGOV", ())}),
    # twin: talks held at a conference are talks (the venue is no press audience; judged-1); told ahead by the
    # reporter with no one announcing them, the talks themselves flagged planned (session 15; was the intent 036)
    ("Five public sector unions will hold private talks with Deputy Prime Minister John Prescott at Labour's "
     "spring conference in Gateshead.", {("hold talks", "040", "GBRLAB", "GBRGOV", ("hypothetical", "planned"))}),
    # addressing a news conference is the occasion of what was said, no appeal
    ("Addressing a crowded news conference in Ahmedabad, Advani said the government would not resign.",
     {("resign", "1231", "INDGOV", "INDGOV", ())}),
    # monitoring the situation: a standing watch, no inquiry; the spokesman's statement stays (judged-6)
    ("Police spokesman Brigadier Thulani Ngubane said police were monitoring the situation but no acts of "
     "violence were reported.", {("said", "010", None, None, ())}),
    # twin: monitoring elections is observing them
    ("UN observers will monitor the elections in Zambia.", {("monitor elections", "031", "UNO", "ZMB", ())}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_exact_events(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected


def test_frames_say_why(make_doc):
    """``annalyst frames`` names what dropped each frame: the veto row (the frame's ``filled_by["veto"]``) or the
    sense row (``filled_by["sense"]``: particle, role, class -> code); the recommended_only row is a data row."""
    from annalyst.events import vetoes
    from annalyst.events.coder import EventCoder

    assert "recommended_only" in {test for _, test in vetoes.SENTENCE_VETOES}
    why = {}
    for text in ("Local peace committees should organise meetings in the violence-affected areas.",
                 "The crowd dispersed on their own."):
        (sent, frames, cands), = EventCoder().frames(make_doc(text))
        why.update({f.pred.token.lower_: f.filled_by.get("veto") or f.filled_by.get("sense") for f in frames})
    assert why == {"organise": "recommended_only", "dispersed": "- patient !* -> -"}
