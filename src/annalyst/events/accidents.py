"""Harm with no one behind it, read from the whole sentence: "the storm, which lashed the rivers, left two
people dead", "she and eight others were killed on the plane, which crashed", "thirty miners died in a
methane gas explosion at a coal mine".  ``structure.natural_cause`` vetoes an act of harm whose own subject
or causal phrase is a natural force, an accident or an illness; the parse does not always link the two
(a relative clause, a clause the victim verb hangs on, a coordinated subject), so this second check reads
the sentence: an outcome of harm (killed, died, injured, destroyed ...) with no human agent of its own, in a
sentence that names an accident cause and no hostile act, is no event.

All words are word classes of the language bundle (``lang/en/words.tsv``): ``harm_outcomes`` (the outcome
verbs), ``natural_causes`` and ``accident_verbs`` (the causes), ``blast_nouns`` with ``accident_cues`` (an
explosion that is an industrial accident: "a gas explosion", "an explosion and fire at the refinery") and
``vehicles`` (the crashed plane is no agent) and ``hostile_cues`` (words that name an attacker or an attack: then the sentence is left to the frame).
docs/events.md "Accidents and natural causes"."""

from __future__ import annotations

from typing import Any

from annalyst.events import structure as st
from annalyst.events.frames import Candidate
from annalyst.events.happenings import in_class

HARM_OUTCOMES = st.LANG.words("harm_outcomes")
BLAST_NOUNS = st.LANG.words("blast_nouns")
ACCIDENT_CUES = st.LANG.words("accident_cues")
HOSTILE_CUES = st.LANG.words("hostile_cues")
# the verbs that make a fire an act: "set fire to", "opened fire on"
FIRE_ACTS = st.LANG.words("fire_acts")
VEHICLES = st.LANG.words("vehicles")
AGENT_ENTITIES = st.LANG.labels("agent_entity_types")
PLACE_ENTITIES = st.LANG.labels("place_entity_types")
NOUN_POS = st.LANG.labels("noun_pos")
# an accident verb as the parser may tag it ("Sank off the coast ..." opening a sentence is read as a name)
ACCIDENT_VERB_POS = st.LANG.labels("accident_verb_pos")


def _words(tok: Any) -> tuple[str, str]:
    return tok.lemma_.lower(), tok.lower_


def _cause_noun(tok: Any, index: "st.ActorIndex", agents: frozenset[str]) -> bool:
    """A natural force, accident or illness with no agent in its phrase, that no act verb governs
    ("set fire to the house" is arson, "opened fire" shooting)."""
    if tok.pos_ not in NOUN_POS or tok.head.lemma_.lower() in FIRE_ACTS:
        return False
    return st._natural_noun(tok, index, agents)


def accident_context(sent: Any, index: "st.ActorIndex", agents: frozenset[str]) -> bool:
    """Whether the sentence names an accident cause (a natural force, an accident verb, an explosion
    with an industrial cue) and no hostile act or attacker."""
    lows = [_words(t) for t in sent]
    if any(lemma in HOSTILE_CUES or low in HOSTILE_CUES for lemma, low in lows):
        return False
    if any(in_class(t, st.ACCIDENT_VERBS) for t in sent if t.pos_ in ACCIDENT_VERB_POS):
        return True
    if any(_cause_noun(t, index, agents) for t in sent):
        return True
    blast = any(lemma in BLAST_NOUNS for lemma, _ in lows)
    return blast and any(lemma in ACCIDENT_CUES or low in ACCIDENT_CUES for lemma, low in lows)


def _human_agent(head: Any, index: "st.ActorIndex", agents: frozenset[str]) -> bool:
    """An agent head that names people: an actor mention, an agent noun of the lexicon, a named person,
    group; not a place (it is where), not a natural force, a vehicle or an explosion."""
    if head.lower_ in st.RELATIVE_PRONOUNS and head.head.i != head.i:
        head = head.head.head if head.head.dep_ == "relcl" else head.head
    lemma, low = _words(head)
    if head.ent_type_ in PLACE_ENTITIES:
        return False  # a state's own acts of harm come with a hostile cue (a strike, a raid, shelling)
    if lemma in st.NATURAL_CAUSES or low in st.NATURAL_CAUSES or lemma in BLAST_NOUNS or lemma in VEHICLES:
        return False
    return bool(index.by_token.get(head.i)) or lemma in agents or low in agents or head.ent_type_ in AGENT_ENTITIES


def accidental_harm(cand: Candidate, sent: Any, index: "st.ActorIndex") -> bool:
    """Whether the candidate is an outcome of harm with no human agent of its own in an accident sentence
    (the ``accident_context`` veto; which codes it applies to is the veto row's class)."""
    if cand.frame is None or not in_class(cand.pred.token, HARM_OUTCOMES):
        return False
    agents = cand.frame.agents
    if any(_human_agent(h, index, agents) for h in cand.frame.agent_heads):
        return False
    return accident_context(sent, index, agents)
