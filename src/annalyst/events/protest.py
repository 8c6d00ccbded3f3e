"""Protest nouns reported as having taken place by what was done to them (issue 14 step 4).

A protest is news even when the sentence's verb is someone else's act upon it: "police fired to
quell a student protest", "police broke up a march by teachers", "the rally was dispersed", "the
city was rocked by riots", "Tuesday was marked by further protests".  The verb presupposes the
protest: nobody disperses a march that was not held.  The words live in the language bundle's
lexicon (``cue quell``: putting a protest or crowd down; ``cue witness``: other acts that presuppose
it; ``cue occur``: what a protest itself does), read here by class; the structure rules give such a
noun an implied civilian source placed by the article, like any protest reported as taking place.

A plan or a ban is no such witness ("banned the march", "called off the strike"): those verbs are
not in the classes, so the noun stays the topic of its verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annalyst.lang import load_bundle

if TYPE_CHECKING:  # pragma: no cover
    from annalyst.events.lexicon import Lexicon

LANG = load_bundle()
# "crack down on protests", "fired on the march": the prepositions through which a quelling verb
# reaches the protest it acts on
QUELL_PREPS = LANG.words("quell_preps")
VERB_POS = LANG.labels("verb_pos")
PATIENT = LANG.labels("patient")  # the one acted on: an object or a passive subject


def verb_key(verb: Any) -> str:
    """The verb's lemma with its particle ("break_up", "put_down"), as the cue lists write it."""
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return f"{verb.lemma_.lower()}_{prt[0]}" if prt else verb.lemma_.lower()


def _acts_on(verb: Any, lex: "Lexicon", unambiguous: bool) -> bool:
    """Does ``verb`` presuppose the protest noun it acts on?  Quelling verbs do for any protest
    noun; the other witnesses (attend, mark ...) only for the unambiguous ones (`cue passing`:
    "attended a rally" may be a party's campaign rally)."""
    if verb.pos_ not in VERB_POS:
        return False
    keys = {verb_key(verb), verb.lemma_.lower()}
    if keys & lex.cue("quell"):
        return True
    return unambiguous and bool(keys & lex.cue("witness"))


def witnessed(noun: Any, lex: "Lexicon") -> bool:
    """The protest noun is the object of an act that presupposes it took place: the direct object
    or passive subject of a quelling or witnessing verb ("quell a protest", "the march was broken
    up"), the object of its preposition ("cracked down on protests"), or the agent of a passive
    whose verb a protest does or witnesses ("rocked by riots", "marked by protests")."""
    unambiguous = noun.lemma_.lower() in lex.cue("passing")
    head = noun.head
    if noun.dep_ in PATIENT:
        return _acts_on(head, lex, unambiguous)
    if noun.dep_ != "pobj" or head.head is head:
        return False
    verb = head.head
    if head.dep_ == "agent":
        # "the capital was rocked by riots": the protest does what the passive reports
        return verb.pos_ == "VERB" and (verb.lemma_.lower() in lex.cue("occur") or _acts_on(verb, lex, unambiguous))
    return head.dep_ == "prep" and head.lower_ in QUELL_PREPS and _acts_on(verb, lex, True) \
        and bool({verb_key(verb), verb.lemma_.lower()} & lex.cue("quell"))


def quelled(noun: Any, lex: "Lexicon") -> bool:
    """The noun is what a quelling verb acts on: its direct object or passive subject ("dispersed a
    group", "the crowd was dispersed") or the object of its preposition ("cracked down on the crowd").
    A crowd put down had gathered (the crowd verb then reports its gathering, events/coder.py)."""
    head = noun.head
    if noun.dep_ in PATIENT:
        verb = head
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in QUELL_PREPS and head.head is not head:
        verb = head.head
    else:
        return False
    return verb.pos_ in VERB_POS and bool({verb_key(verb), verb.lemma_.lower()} & lex.cue("quell"))


def crowd_doers(heads: list[Any], lex: "Lexicon") -> list[Any]:
    """The doers of a protest verb (its subjects, or a passive's agents) that name a civilian crowd by a plural common noun
    (`set @civilcrowd`: "residents stoned police vehicles", "strikers blocked the road"): the doer
    the protest sense was chosen by, for the structure rules to make a civilian actor of the place."""
    crowd = lex.sets.get("@civilcrowd", frozenset())
    return [h for h in heads if h.pos_ == "NOUN" and h.lower_ in crowd]


def passive_place(noun: Any) -> list[Any]:
    """"Cairo was rocked by riots": the passive subject of the verb whose agent the protest noun is
    names where it happened (the structure rules keep it only when it is a place of a country)."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "agent" or head.head is head:
        return []
    return [c for c in head.head.children if c.dep_ == "nsubjpass"]


# the state's forces of order: in "students and police clashed" they are the side protested against
# (the bundle keeps its words lower-case; sector codes are upper-case)
SECURITY_SECTORS = frozenset(w.upper() for w in LANG.words("security_sectors"))


def security_side(sources: list, targets: list) -> tuple[list, list]:
    """(protesters, targets) of a protest with coordinated sources: "students and police clashed" is
    the students' violent protest against the police (who replace a place as its target), not a riot
    by the police.  Only when both sides are there."""
    security = [s for s in sources if s.sector in SECURITY_SECTORS]
    civil = [s for s in sources if s.sector not in SECURITY_SECTORS]
    return (civil, security) if civil and security else (sources, targets)
