"""An event noun announced as ahead is no happening yet: "announced their imminent withdrawal", "a
scheduled Moscow visit by Shultz", "the upcoming round of talks", "a possible strike".  The noun's own
modifier says so (the audit's MODAL class: a plan coded as asserted).  A ``planned_modifiers`` word flags
the event planned and hypothetical (as the date stage flags an event dated after its story); a
``possible_modifiers`` word flags it hypothetical.  So is an event noun that frames a future act in time
("during his trip, X will ...": ``time_frame_preps``).  Words: ``lang/en/words.tsv``; docs/events.md "Modality"."""

from __future__ import annotations

from typing import Any, Optional

from annalyst.events import structure as st
from annalyst.events.frames import Candidate

PLANNED = st.LANG.words("planned_modifiers")
FRAME_PREPS = st.LANG.words("time_frame_preps")  # "during his trip", "at the talks": the act's own time
POSSIBLE = st.LANG.words("possible_modifiers")
MODIFIER = st.LANG.labels("noun_modifier")


def _event_noun(cand: Candidate) -> Optional[Any]:
    pred = cand.pred
    if pred.noun is not None:
        return pred.noun
    return pred.token if pred.nominal else None


def prospect_flags(cand: Candidate) -> set[str]:
    """The flags the event noun's own modifiers give ("imminent" → planned, hypothetical)."""
    noun = _event_noun(cand)
    if noun is None or (cand.code or cand.pred.code) in st.VERBAL:
        return set()  # "threatened an imminent attack": the threat is the act, and it was made
    words = {w for c in noun.children if c.dep_ in MODIFIER for w in (c.lower_, c.lemma_.lower())}
    if words & PLANNED or _frames_a_future(noun):
        return {"planned", "hypothetical"}
    if words & POSSIBLE:
        return {"hypothetical"}
    return set()


def _frames_a_future(noun: Any) -> bool:
    """The event noun is the time frame of a future act: the object of a ``time_frame_preps`` preposition
    ("during", "at") hung on a verb made future by its auxiliary ("During his trip, Mr Straw will represent the G8
    at the conference"; "At the GATT talks, Japan will try to persuade the U.S."): what frames a future act in
    time is itself ahead.  A frame of a past or present act says nothing ("during his visit he met ...")."""
    prep = noun.head
    if prep.i == noun.i or prep.lower_ not in FRAME_PREPS:
        return False
    verb = prep.head
    return verb.i != prep.i and verb.pos_ in st.VERB_POS and st._future_aux(verb)


def flag_prospects(cands: list[Candidate]) -> None:
    """Add to each candidate the flags its event noun's modifiers give."""
    for cand in cands:
        cand.flags |= prospect_flags(cand)
