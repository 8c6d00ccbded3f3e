"""Equipment named in an act's object is a thing, not a party; the party is the one the act's complement names.

The sector dictionaries code vehicles and weapons as their force ("aircraft", "fighter jets": MIL), as PETRARCH
does, so that "jets bombed the village" has a military agent and "shot down an aircraft" a military target.  In an
act that deals with things (a consideration, a deal, talks, a request, a rejection: the cooperative and verbal
roots), the same noun is what the act is about: "is considering the buying of F-16 fighter jets from Lockheed" is
not aimed at a military, and "continuing talks on collaboration with McDonnell Douglas on aircraft projects" not
at the French air force (judged-11: the aircraft made the target).  Two fillers (issue 15, TGT-ATTACH and targets
the sentence names):

* ``equipment_thing`` (revises): drops a target whose mention is equipment (a word of the lexicon's equipment
  sets, ``lang/en/words.tsv`` ``equipment_sets``), and gives the party the act's complement names instead;
* ``complement_partner`` (fills an empty target): the party a partner preposition names on the act's complement
  (an object noun, a gerund, an infinitive or a preposition's object, not a content clause): "buying jets [from
  Lockheed]", "talks on collaboration [with McDonnell Douglas]", "looks forward to working [with ministers]",
  "will seek in credits [from Japan]" (``lang/en/words.tsv`` ``complement_partner_preps``; the dependency labels
  walked are ``lang/en/labels.tsv`` ``complement_link``; a circumstance, ``words.tsv`` ``topic_adjunct_preps``, is
  not walked into: "signed the accord after talks with CoFACE").

A disjunction ("from either Boeing or Airbus") names no one party: no partner is taken from it.  Only placed
parties count, never the agent itself nor another piece of equipment.  Which codes use the fillers is data
(``role`` rows of ``codes/data/code_rules.tsv``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from annalyst.events import structure as S
from annalyst.events.partners import _self_of
from annalyst.events.frames import Frame
from annalyst.lang import load_bundle
from annalyst.model import ActorRef

if TYPE_CHECKING:  # pragma: no cover
    from annalyst.events.lexicon import Lexicon
    from annalyst.events.structure import ActorIndex

LANG = load_bundle()
EQUIPMENT_SETS = LANG.words("equipment_sets")
COMPLEMENT_PARTNER_PREPS = LANG.words("complement_partner_preps")
DISJUNCTIONS = LANG.words("disjunctions")
COMPLEMENT_LINK = LANG.labels("complement_link")
CHOICE_COORDINATOR = LANG.labels("choice_coordinator")
PREDICATE_POS = LANG.labels("predicate_pos")
# a circumstance of the act (when, despite what) is no complement: "the accord was signed by X and Y [after talks
# with CoFACE]" is not signed with CoFACE
CIRCUMSTANCE_PREPS = LANG.words("topic_adjunct_preps")
# how far below the act's word its complement's partner may hang ("considering [the buying of X] from Y": 2)
COMPLEMENT_DEPTH = 3


def equipment_words(lex: "Lexicon") -> frozenset[str]:
    """The lexicon's equipment words (vehicles, aircraft, weapons), lower case."""
    return frozenset(w for name in EQUIPMENT_SETS for w in lex.sets.get(name, frozenset()))


def is_equipment(ref: ActorRef, index: "ActorIndex", lex: "Lexicon") -> bool:
    """Does the mention name a piece of equipment: its words, or their lemmas, end in an equipment word ("F-16
    fighter jets": "fighter jet")?"""
    toks = [t for t in S._ref_tokens(ref, index) if not t.is_punct]
    if not toks:
        return False
    words = equipment_words(lex)
    lemmas = [t.lemma_.lower() for t in toks]
    lowers = [t.lower_ for t in toks]
    return any(" ".join(seq[i:]) in words for seq in (lemmas, lowers) for i in range(len(seq)))


def _target_equipment_thing(frame: Frame, index: "ActorIndex", lex: "Lexicon") -> Optional[list[ActorRef]]:
    """A target that is equipment is what the act deals with, not whom it is aimed at: dropped, and the party the
    act's complement names takes its place, else none.  Revises."""
    targets = frame.target
    if not targets:
        return None
    kept = [t for t in targets if not is_equipment(t, index, lex)]
    if len(kept) == len(targets):
        return None
    return kept or complement_partner(frame, index, lex)


def _target_complement_partner(frame: Frame, index: "ActorIndex", lex: "Lexicon") -> Optional[list[ActorRef]]:
    """An empty target takes the party a partner preposition names on the act's complement.  Fills."""
    return complement_partner(frame, index, lex) or None


def complement_partner(frame: Frame, index: "ActorIndex", lex: "Lexicon") -> list[ActorRef]:
    """The placed party named by a partner preposition below the act's word, nearest first: not the agent, not
    equipment, not one of a disjunction."""
    tops = [t for t in (frame.pred.token, frame.pred.noun) if t is not None]
    seen = {t.i for t in tops}
    level = tops
    for depth in range(COMPLEMENT_DEPTH):
        # a partner phrase is the end of the walk: what hangs inside "with supplies from X" is the supplies' origin
        below = [c for h in level for c in h.children if c.dep_ in COMPLEMENT_LINK and c.i not in seen
                 and not (c.dep_ == "prep" and (c.lower_ in COMPLEMENT_PARTNER_PREPS or c.lower_ in CIRCUMSTANCE_PREPS))]
        seen.update(c.i for c in below)
        if depth:  # the act's own partner phrase is its own slot (structure.target_heads)
            refs = _partners_on(level, frame, index, lex)
            if refs:
                return refs
        level = below
        if not level:
            break
    return []


def _partners_on(words: list[Any], frame: Frame, index: "ActorIndex", lex: "Lexicon") -> list[ActorRef]:
    # on an act's word (a verb, a noun), not on another preposition ("along with Britain": company, no partner)
    heads = [S.with_conj(g) for w in words if w.pos_ in PREDICATE_POS for p in w.children
             if p.dep_ == "prep" and p.lower_ in COMPLEMENT_PARTNER_PREPS
             for g in p.children if g.dep_ in S.PREP_COMPLEMENT and not _disjunction(g)]
    for hs in heads:
        # the phrase's own head names the party, not a mention nested in it ("with supplies from the government")
        own = {h.i for h in hs}
        refs = [r for r in S.target_actors(hs, index, frame.agent)
                if r.country and own & {t.i for t in S._ref_tokens(r, index)}
                and not _self_of(r, frame.agent) and not is_equipment(r, index, lex)]
        if refs:
            return refs
    return []


def _disjunction(head: Any) -> bool:
    """Is the phrase a choice between parties ("either Boeing or Airbus")?"""
    return any(c.dep_ in CHOICE_COORDINATOR and c.lower_ in DISJUNCTIONS for c in head.subtree)
