"""Agents and patients named inside noun phrases and coordinated clauses (issue 15, point 6).

The coder's main search (``structure.subject_heads`` / ``target_heads``) reads a clause's subject and
objects.  Wire text often names the doer elsewhere:

* a coordinated passive with its own by-phrase: "is in detention and being questioned [by military
  police of ECOMOG]" — the by-phrase is the doer, the shared subject the one acted on;
* an event noun's own phrase: "[the attack by rebels] on the base killed five" — the by-phrase of the
  noun is the agent of the noun and of the clause it is subject of; the parser hangs "on the base" on
  the agent, where it still names the act's target;
* the fight in which a victim fell: "two soldiers were killed in a clash between [the security forces]
  and [the PKK]", "protesters were wounded in clashes [with police]", "clashes with police during which
  two protesters were wounded" (the relative pronoun stands for the fight) — the side that is not the
  victims' own is the agent; victims named as no state force but unplaced ("two villagers ... in
  clashes with Israeli troops") are not on the side of the one state force named.

Everything here reads the parse only (token heads); which words and labels count is the language
bundle's (``lang/en/words.tsv``, ``labels.tsv``).  Deciding which side is whose takes the actors the
caller resolved: ``opposing_side``.
"""

from __future__ import annotations

from typing import Any, Callable, Optional, Sequence

from annalyst.lang import load_bundle
from annalyst.model import ActorRef

LANG = load_bundle()
SUBJ = LANG.labels("subj")
AGENT_PHRASE = LANG.labels("agent_phrase")
COORDINATED = LANG.labels("coordinated")
PASSIVE_SUBJ = LANG.labels("passive_subj")
DIRECT_OBJ = LANG.labels("direct_obj")
PREP_OBJECT = LANG.labels("prep_object")
PASSIVE_PARTICIPLE = LANG.labels("passive_participle")
NOMINAL_POS = LANG.labels("nominal_pos")
NP_AGENT_PREPS = LANG.words("np_agent_preps")
NP_PATIENT_PREPS = LANG.words("np_patient_preps")
CONTEST_PREPS = LANG.words("contest_preps")
SIDE_PREPS = LANG.words("side_preps")
BETWEEN_PREPS = LANG.words("between_preps")
NOUN_CLAUSE = LANG.labels("noun_clause")
RELATIVE_PRONOUNS = LANG.words("relative_pronouns")


def _objects(prep: Any) -> list[Any]:
    return [g for g in prep.children if g.dep_ in PREP_OBJECT]


def _conj(tok: Any) -> list[Any]:
    out = [tok]
    for c in tok.children:
        if c.dep_ in COORDINATED and c.pos_ in NOMINAL_POS:
            out.extend(_conj(c))
    return out


def coordinated_by_agent(verb: Any) -> list[Any]:
    """"X is in detention and being questioned by military police": a passive participle coordinated with
    an earlier verb, with its own by-phrase and no subject of its own.  Returns the by-phrase's object
    (the doer); the caller takes the shared subject as the one acted on."""
    if verb.dep_ not in COORDINATED or verb.tag_ not in PASSIVE_PARTICIPLE:
        return []
    if any(c.dep_ in SUBJ or c.dep_ in PASSIVE_SUBJ for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ in AGENT_PHRASE for g in _objects(c)]


def noun_agents(noun: Any) -> list[Any]:
    """The heads of the agent named in an event noun's own by-phrase ("the attack [by rebels]")."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in NP_AGENT_PREPS for g in _objects(c)]


def displaced_patients(noun: Any) -> list[list[Any]]:
    """"the attack by rebels on the army base": the parser hangs the target phrase on the agent inside the
    event noun's by-phrase; it is still the act's target."""
    out: list[list[Any]] = []
    for agent in noun_agents(noun):
        for prep in agent.children:
            if prep.dep_ == "prep" and prep.lower_ in NP_PATIENT_PREPS:
                out.extend(_conj(g) for g in _objects(prep))
    return out


def contest_nouns(verb: Any, is_fight: Callable[[Any], bool]) -> list[Any]:
    """The fight nouns in which the verb's victims fell: the objects of "in / during / amid" on the verb or,
    when it has none, on a verb coordinated with it ("were killed and four wounded [in a clash ...]": the
    trailing phrase is shared)."""
    holders = [verb] + [c for c in verb.children if c.dep_ in COORDINATED and c.pos_ == "VERB"]
    for holder in holders:
        nouns = [_antecedent(holder, g) for c in holder.children if c.dep_ == "prep" and c.lower_ in CONTEST_PREPS
                 for g in _objects(c)]
        nouns = [g for g in nouns if is_fight(g)]
        if nouns:
            return nouns
    return []


def _antecedent(holder: Any, obj: Any) -> Any:
    """"clashes with troops [during which] two villagers were shot": in a relative clause the contest phrase's
    pronoun stands for the noun the clause modifies, the fight itself."""
    if obj.lower_ in RELATIVE_PRONOUNS and holder.dep_ in NOUN_CLAUSE:
        return holder.head
    return obj


def contest_sides(noun: Any) -> tuple[list[Any], bool]:
    """The sides a fight noun names: both of "between X and Y" (``True``), or the other side of "with X"
    (``False``: the victims' own side is left unsaid)."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in BETWEEN_PREPS:
            sides = [s for g in _objects(c) for s in _conj(g)]
            if len(sides) > 1:
                return sides, True
    return [s for c in noun.children if c.dep_ == "prep" and c.lower_ in SIDE_PREPS
            for g in _objects(c) for s in _conj(g)], False


def victims_of(verb: Any) -> list[Any]:
    """Who suffered the verb's act: its passive subject, or failing that its object."""
    for labels in (PASSIVE_SUBJ, DIRECT_OBJ):
        found = [s for c in verb.children if c.dep_ in labels for s in _conj(c)]
        if found:
            return found
    return []


def _side_key(ref: ActorRef, state_sectors: Sequence[str]) -> Optional[tuple[str, str]]:
    """Which side of a fight an actor is on: its country and whether it is the state's force (government,
    army, police: one side) or which other body.  ``None`` where the country is unknown."""
    if not ref.country:
        return None
    if ref.sector is None or ref.sector in state_sectors:
        return ref.country, "state"
    return ref.country, ref.sector


def opposing_side(sides: list[list[ActorRef]], victims: list[ActorRef], both_named: bool,
                  state_sectors: Sequence[str]) -> Optional[ActorRef]:
    """The side of a fight that is not the victims': with both sides named, exactly one must be the
    victims' own and exactly one other; with only the other side named ("clashes with troops"), it must
    not be the victims' own.  ``None`` where the text leaves it open (no victim or side placed)."""
    own = {k for k in (_side_key(v, state_sectors) for v in victims) if k is not None}
    if not own:
        return _state_side_of_unplaced(sides, victims, both_named, state_sectors)
    others: list[ActorRef] = []
    mine = 0
    for refs in sides:
        keys = {k for k in (_side_key(r, state_sectors) for r in refs) if k is not None}
        if not keys:
            return None  # an unplaced side may be either
        if keys & own:
            mine += 1
        else:
            others.append(refs[0])
    if len(others) != 1:
        return None
    return others[0] if mine == 1 or not both_named else None


def _state_side_of_unplaced(sides: list[list[ActorRef]], victims: list[ActorRef], both_named: bool,
                            state_sectors: Sequence[str]) -> Optional[ActorRef]:
    """"two villagers were wounded in clashes with Israeli troops": victims the text does not place but names
    as no state force (civilians, protesters, rebels) are not on the side of the one state force the fight
    names, whatever their country.  ``None`` where both sides are named (either may have done it), a victim
    has no sector or is a state force, or the side named is not one placed state force."""
    if both_named or len(sides) != 1 or not victims:
        return None
    if any(v.sector is None or v.sector in state_sectors for v in victims):
        return None
    keys = {_side_key(r, state_sectors) for r in sides[0]}
    if len(keys) != 1 or None in keys or next(iter(keys))[1] != "state":
        return None
    return sides[0][0]
