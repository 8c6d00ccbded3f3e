"""Grammar checks the event and date stages share, read from the language bundle's labels (docs/language-bundle.md).

A tagger error read as grammar makes a flag: "Will Moy, chief executive of Full Fact, told the BBC" tags the
name "Will" as the future auxiliary of "told", and both the event stage (the clause's mood) and the date stage
(``future_tense``: a planned event) took the saying for a plan.  English lets a modal or future auxiliary govern
only a base form, so one on a tensed verb is no auxiliary at all."""

from __future__ import annotations

from typing import Any

from annalyst.lang import load_bundle

LANG = load_bundle()
AUX_LABELS = LANG.labels("aux_labels")
UNMODAL_TAGS = LANG.labels("unmodal_tags")  # tensed forms no modal governs


def governs_form(aux: Any, verb: Any) -> bool:
    """Whether an auxiliary can govern the verb it hangs on: a modal or future auxiliary takes a base form ("will
    visit", "would have objected": the verb, or an auxiliary after the modal, untensed), never a tensed verb
    (``unmodal_tags``: a past or a third-person present)."""
    if verb.tag_ not in UNMODAL_TAGS:
        return True
    return any(c.dep_ in AUX_LABELS and c.i > aux.i for c in verb.children)
