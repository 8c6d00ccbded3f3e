"""An event noun announced as ahead is no happening yet: "announced their imminent withdrawal", "a
scheduled Moscow visit by Shultz", "the upcoming round of talks", "a possible strike".  The noun's own
modifier says so (the audit's MODAL class: a plan coded as asserted).  A ``planned_modifiers`` word flags
the event planned and hypothetical (as the date stage flags an event dated after its story); a
``possible_modifiers`` word flags it hypothetical.  Words: ``lang/en/words.tsv``; docs/events.md "Modality"."""

from __future__ import annotations

from typing import Any, Optional

from annalyst.events import structure as st
from annalyst.events.frames import Candidate

PLANNED = st.LANG.words("planned_modifiers")
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
    if words & PLANNED:
        return {"planned", "hypothetical"}
    if words & POSSIBLE:
        return {"hypothetical"}
    return set()


def flag_prospects(cands: list[Candidate]) -> None:
    """Add to each candidate the flags its event noun's modifiers give."""
    for cand in cands:
        cand.flags |= prospect_flags(cand)
