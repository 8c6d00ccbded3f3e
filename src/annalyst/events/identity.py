"""One happening, one event across the sentences of a document (issue 14 DUP, issue 21).

A wire or GLOCON story tells its news two to four times: the headline, the lead, the body ("Azerbaijani
officials are to hold talks Friday with Gazprom ... Talks between Azerbaijani government representatives and
Gazprom ... will begin in Moscow tomorrow"; "Police fired tear gas at the miners ... Police were forced to use
tear gas").  The sentence-level folds (``events.folds``, ``events.happenings``) keep one event per happening
within a clause; this step, run once the date and place stages have dated and placed every event, keeps one
per happening within the document.

Two events of one document are **one happening** when all of these hold (``one_happening``):

* they stand in different sentences at most ``NEAR_SENTENCES`` apart (from the nearest member of the group:
  headline, lead and body), or ``REFERS_BACK`` when one took its doer from an earlier report
  (``same_happening``: "the strike", "he was arrested"), or when the later tells a material act with no doer of
  its own on something the article told of (``patient_refers_back``: "the train that was torched"), or names a
  material act again by an event noun with its possessor (``noun_names_again``: "Sayad's resignation"); one sentence's two
  events are the sentence folds' business;
* the same act: one's CAMEO code is the other's or refines it (``040`` talks / ``040`` talking; ``024`` /
  ``0241``), or both are codes of one group of the store's compatible codes that the pair confirms
  (``_same_act``); no statement (the ``statements`` code class: one speaker's successive remarks are judged
  apart, and the store's remarks merge weighs them);
* the act is told in the same mood (asserted, negated, hypothetical: ``store.merge.mood``);
* the same doer: the same document entity, or the same actor code, or a state named as itself beside a doer of
  its executive ("U.S. warships bombarded ... the U.S. attack"), or one report names no doer of its own (an
  implied doer or a pronoun: "They were forced to use tear gas"; or the other's words) — an implied doer, placed
  or not, is any doer of its country and side ("A strike by 9,000 miners ... The strike began at midnight"),
  an unplaced doer named by other words ("the committee" beside the Venezuelan negotiators) may be anyone, and a
  pronoun coreference resolved is weighed like an implied doer ("His resignation"); the same object, or one
  report names none;
* a verbal act (the ``verbal`` code class: appeals, intents, demands, accusations ...) says the same thing:
  the two sentences share at least ``MergeRule.min_text_overlap`` of their content words besides the act's own
  words and its actors' names (two demands by one union are two demands unless they are worded alike);
* two days the text gives are the same day (the store's window of a day either way is for reports in different
  articles);
* the store's merge vetoes none of them (``store.merge.vetoed``, on the mentions' store rows: dates apart,
  places apart, different named actors or countries, different named speakers, different casualty figures):
  the same notion of identity as the cross-document merge, which this step only makes stricter, but for one
  case the store's gate cannot see: an outcome told with no doer (``_outcome_of_the_act``).

Of a group of one happening the **most specific** event is kept: a doer named and placed, then an object, then the
deepest code, then a placed (implied) doer, then the earliest sentence (the one that states it first).  The others
are recorded on it as its evidence (``Event.folded``, relation ``same_happening``; the event JSON's ``folded``),
and ``annalyst frames`` says which event each folded one is.  Numbers: ``docs/events.md`` ("One event per
happening across sentences")."""

from __future__ import annotations

from typing import Any, Callable, Optional

from annalyst.events.happenings import EXECUTIVE_SECTORS
from annalyst.events.same_happening import CARRIED
from annalyst.lang import load_bundle, load_ontology
from annalyst.model import ActorRef, Document, Event, Folded
from annalyst.pipeline.base import Step
from annalyst.store.merge import (MergeRule, content_terms, facts_of_rows, mood, pair_features, text_overlap,
                                  vetoed)
from annalyst.store.rows import mention_row

NEAR_SENTENCES = 5  # how far apart two reports of one happening may stand (headline, lead, body)
# how far apart when one report took its doer from the other (events/same_happening.py): it says it refers back,
# the bound only keeps the distinct sections of a long article apart
REFERS_BACK = 20
RELATION = "same_happening"
DAY = "day"  # the date precision of a day the text gives
GENERIC_SUFFIX = "0"  # a root and this digit: its generic code (CAMEO's "not specified below": 170, 190)
IMPLIED = "implied"  # the kind (and resolution) of a doer the coder implied where the text names none
UNCONFIRMED = "act_unconfirmed"  # the store's gate on two codes of one group (data/merge_features.tsv)
ONT = load_ontology()
LANG = load_bundle()
PRONOUNS = LANG.words("pronouns")
POSSESSIVE_PRONOUNS = LANG.words("possessive_pronouns")
DETERMINERS = LANG.words("name_determiners")
STATEMENTS = ONT.codes("statements")
VERBAL = ONT.codes("verbal")
PATIENT = LANG.labels("patient")
NOUN_CLAUSE = LANG.labels("noun_clause")
DETERMINER = LANG.labels("determiner")
NOMINAL_POS = LANG.labels("nominal_pos")
DEFINITE = LANG.words("definite_determiners")
POSSESSOR = LANG.labels("possessor")
PLURAL = LANG.labels("plural_noun_tags")
COREF = "coref"  # the resolution of a pronoun the actor stage took for an earlier mention (actors/coref.py)


def _placed(ref: Optional[ActorRef]) -> bool:
    return ref is not None and bool(ref.code or ref.country)


def _same_actor(a: ActorRef, b: ActorRef) -> bool:
    if a.entity and b.entity:
        return a.entity == b.entity
    return bool(a.code) and (a.code, a.country) == (b.code, b.country)


def _same_doer(a: Event, b: Event) -> bool:
    """The same doer; or one report names none of its own: an implied doer or a pronoun ("They were forced to use
    tear gas"), or the other's words.  An implied doer is the coder's guess, placed or not (the home state's police
    of "he was arrested", the labour of "The strike began at midnight"): it is any doer of its country and its
    side that the other report names ("A strike by 9,000 miners ... The strike began at midnight"), but not one
    of another side (``_one_side``: the police's arrest and the courts' jailing are two acts).  An unplaced doer named by other
    words ("the committee" beside the Venezuelan negotiators, "the company" beside "Media") may be anyone."""
    if _implied(a.source) or _implied(b.source) or _pronoun(a.source) or _pronoun(b.source):
        return _agree(a.source.country, b.source.country) and _one_side(a.source.sector, b.source.sector)
    if _placed(a.source) and _placed(b.source):
        return _same_actor(a.source, b.source) or _state_and_its_organ(a.source, b.source)
    return _unnamed(a.source) or _unnamed(b.source) or _words(a.source) == _words(b.source)


def _state_and_its_organ(a: ActorRef, b: ActorRef) -> bool:
    """A state named as itself (its country's code and no sector: "the U.S. attack", "four American frigates
    shelled") and a doer of that state's executive (government, army, police: ``executive_sectors``) are one
    doer: the state acts through them ("U.S. warships bombarded ... the U.S. attack").  Another sector of the
    country (its farmers, its unions) is not the state."""
    return any(_bare_state(x) and y.country == x.country and y.sector in EXECUTIVE_SECTORS for x, y in ((a, b), (b, a)))


def _bare_state(ref: ActorRef) -> bool:
    return bool(ref.country) and ref.code == ref.country and not ref.sector


def _agree(mine: Optional[str], its: Optional[str]) -> bool:
    """The same value, or one of the two unknown."""
    return not (mine and its) or mine == its


def _one_side(mine: Optional[str], its: Optional[str]) -> bool:
    """Two sectors of one side: the same, one unknown, or both the executive's (government, army, police: the
    language bundle's ``executive_sectors``): the troops who "arrested" him are the implied police he "had been
    detained" by."""
    return _agree(mine, its) or (mine in EXECUTIVE_SECTORS and its in EXECUTIVE_SECTORS)


def _implied(ref: ActorRef) -> bool:
    """A doer the text does not name, that the coder implied (``kind`` ``implied``: events/structure.py)."""
    return ref.kind == IMPLIED and not ref.text


def _pronoun(ref: ActorRef) -> bool:
    """A doer named by a pronoun ("his", "they": the ``pronouns`` and ``possessive_pronouns`` words) that the actor
    stage resolved to an earlier mention (coreference: a guess, the nearest fitting mention, which may be the
    speaker of the sentence before: "a spokesman said. His resignation")."""
    return ref.resolved_by == COREF and (ref.text or "").lower() in PRONOUNS | POSSESSIVE_PRONOUNS


def _unnamed(ref: ActorRef) -> bool:
    """A doer the report does not name: implied, or a pronoun."""
    return _implied(ref) or (not _placed(ref) and (not ref.text or ref.text.lower() in PRONOUNS
                                                   or ref.resolved_by == IMPLIED))


def _words(ref: ActorRef) -> str:
    return " ".join(w for w in (ref.text or "").lower().split() if w not in DETERMINERS)


def _same_object(a: Event, b: Event) -> bool:
    """The same object, or one report that names none."""
    if a.target is None or b.target is None:
        return True
    return _same_actor(a.target, b.target)


def _same_act(a: Event, b: Event, features: dict[str, float], facts: tuple[Any, Any]) -> bool:
    """The same act: one code is the other's or refines it, or the two are codes of one group of compatible
    codes (the store's ``merge_code_groups.tsv``: "clashes" 190 / "shot" 193, "arrested" 173 / "dispersed" 175)
    that the pair confirms as one act (no ``act_unconfirmed`` gate: the same entities, one day, shared words);
    never a statement."""
    if a.cameo in STATEMENTS:
        return False
    if a.cameo.startswith(b.cameo) or b.cameo.startswith(a.cameo) or _outcome_of_the_act(a, b, facts):
        return True
    return bool(facts[0].group) and facts[0].group == facts[1].group and UNCONFIRMED not in features


def _outcome_of_the_act(a: Event, b: Event, facts: tuple[Any, Any]) -> bool:
    """One report names no doer of its own and is coded its root's generic code (CAMEO's "not specified below":
    the root and ``GENERIC_SUFFIX``), the other is an act of that root in the same group of the store's compatible
    codes: "Nine people were killed on board" (190) is what the commandos who "opened fire" (193) did.  The
    store's gate asks one side named alike in both reports, which a report with no doer cannot give; within one
    article the nearby act of that root is the one it tells the outcome of (the rest of ``one_happening`` still
    holds: the same object or none, the same day, no veto).  Codes of no group ("the protest" 140 beside "threw
    stones" 145) are left apart: the judges code a protest's acts apart."""
    if a.cameo[:2] != b.cameo[:2] or not facts[0].group or facts[0].group != facts[1].group:
        return False
    return any(ev.cameo[2:] == GENERIC_SUFFIX and _unnamed(ev.source) for ev in (a, b))


def _said_alike(a: Event, b: Event, rule: MergeRule) -> bool:
    """A verbal act told again says the same thing: its sentences share content words besides the act's own
    words and its actors' names ("called for" and "the union" say nothing of what was called for); a material
    act needs no shared words."""
    if a.cameo not in VERBAL:
        return True
    return (text_overlap(_what_is_said(a), _what_is_said(b)) or 0.0) >= rule.min_text_overlap


def _what_is_said(ev: Event) -> frozenset[str]:
    own = (ev.trigger, ev.source.text, ev.target.text if ev.target is not None else "")
    return content_terms(ev.text).difference(*(content_terms(words) for words in own))


def _days_apart(a: Event, b: Event) -> bool:
    """Two days the text itself gives, and different ("on Thursday demolished a second home ... A first home was
    destroyed on Wednesday night"): within one article the store's window of a day either way is too wide."""
    return a.date_precision == b.date_precision == DAY and a.date != b.date


def one_happening(a: Event, b: Event, facts: tuple[Any, Any], rule: MergeRule) -> bool:
    """Whether two events of one document in different sentences report one happening (the module's rule;
    ``facts``: their ``store.merge.MentionFacts``)."""
    if a.sentence_index == b.sentence_index or mood(a.flags) != mood(b.flags) or _days_apart(a, b):
        return False
    if not (_same_doer(a, b) and _same_object(a, b) and _said_alike(a, b, rule)):
        return False
    features = pair_features(facts[0], facts[1], rule)
    return _same_act(a, b, features, facts) and not any(name in rule.features.vetoes for name in features)


def _reach(a: Event, b: Event, refers_back: Callable[[Event], bool], names_again: Callable[[Event], bool]) -> int:
    """How many sentences apart two reports may stand: ``NEAR_SENTENCES``, or ``REFERS_BACK`` when one says it
    refers back: it took its doer from the article's earlier report of the same kind of act ("the strike", "he
    was arrested": events/same_happening.py), or the later of the two tells a material act again
    (``_told_again``: what refers back is the later telling, not the lead it refers to) or names it again by a
    possessed event noun (``_named_again``)."""
    later = a if a.sentence_index > b.sentence_index else b
    if CARRIED in (a.source.resolved_by, b.source.resolved_by) or _told_again(later, refers_back) \
            or _named_again(later, names_again):
        return REFERS_BACK
    return NEAR_SENTENCES


def _named_again(ev: Event, names_again: Callable[[Event], bool]) -> bool:
    """A material act named again by an event noun with its possessor (``noun_names_again``: "Sayad's resignation
    might foreshadow other changes", "his visit to Israel"): the noun phrase tells the reader it knows the
    happening.  A verbal act so named keeps the near bound (a speaker's "his appeal" is as often another)."""
    return ev.cameo not in VERBAL and ev.cameo not in STATEMENTS and names_again(ev)


def noun_names_again(token: Any) -> bool:
    """Whether an event noun names a happening as one the reader knows, with its doer: a singular common noun with
    a possessor ("Sayad's resignation", "his visit to Israel").  A plural ("their attacks") may gather several; a
    bare definite noun ("the protest had spilled over to Coverdale") is as often the happening gone on to another
    scene, which the judges code apart (a doerless one takes its doer from the report it refers back to:
    events/same_happening.py)."""
    if token.pos_ not in NOMINAL_POS or token.tag_ in PLURAL or token.ent_type_:
        return False
    return any(c.dep_ in POSSESSOR for c in token.children)


def _told_again(ev: Event, refers_back: Callable[[Event], bool]) -> bool:
    """A material act (no verbal act, no statement) told with no doer of its own — an agentless passive, a doer
    the coder implied, a pronoun — on something the article has told of (``refers_back``: "the train that was
    torched", "the treatment they received while detained"): the body names again what the lead told, and leaves
    out who did it because the reader knows.  "A guard was arrested" names someone new: another arrest.  A verbal
    act so told is a remark of its own as often as the same one (docs/evaluation.md), and keeps the near bound."""
    if ev.cameo in VERBAL or ev.cameo in STATEMENTS:
        return False
    ref = ev.source
    return (_implied(ref) or not ref.text or ref.text.lower() in PRONOUNS) and refers_back(ev)


def patient_refers_back(token: Any) -> bool:
    """Whether what a verb acts on is something the article has told of: each patient (an object, a passive
    subject, the noun a relative clause hangs on: "the train that was torched") a pronoun or a noun with a
    definite determiner ("the plans"), or no patient named at all ("while detained").  An indefinite, counted or
    named patient ("A guard was allegedly arrested", "scores were injured", "Jaffri and his family were
    killed") brings in another.  An event noun is not read here: a definite one ("the strike") took its doer
    from the report it refers back to (events/same_happening.py)."""
    if token.pos_ in NOMINAL_POS:
        return False
    patients = [c for c in token.children if c.dep_ in PATIENT]
    if token.dep_ in NOUN_CLAUSE:
        patients.append(token.head)
    return all(p.lower_ in PRONOUNS or any(c.dep_ in DETERMINER and c.lower_ in DEFINITE for c in p.children)
               for p in patients)


def _parsed_refers_back(parsed: Any) -> Callable[[Event], bool]:
    """``patient_refers_back`` on each event's trigger in the document's parse (none: nothing refers back)."""
    return _on_trigger(parsed, patient_refers_back)


def _on_trigger(parsed: Any, test: Callable[[Any], bool]) -> Callable[[Event], bool]:
    """``test`` on the root of each event's trigger in the document's parse (none: never)."""
    if parsed is None:
        return _NOTHING_REFERS_BACK

    def on_trigger(ev: Event) -> bool:
        if ev.trigger_span is None:
            return False
        span = parsed.char_span(ev.trigger_span[0], ev.trigger_span[1], alignment_mode="expand")
        return span is not None and len(span) > 0 and test(span.root)
    return on_trigger


def _parsed_names_again(parsed: Any) -> Callable[[Event], bool]:
    """``noun_names_again`` on each event's trigger in the document's parse (none: nothing is named again)."""
    return _on_trigger(parsed, noun_names_again)


def _NOTHING_REFERS_BACK(ev: Event) -> bool:
    return False


def _specificity(ev: Event) -> tuple:
    """A doer the text names and places, an object, the deepest code, then a doer the coder implied and placed (a
    guess: the lead's "declared a general strike" beats "the strike was called" of the implied labour), then the
    earliest sentence."""
    return (_placed(ev.source) and not _implied(ev.source), ev.target is not None, len(ev.cameo), _placed(ev.source),
            -ev.sentence_index)


def happening_groups(events: list[Event], published: Any = None, rule: Optional[MergeRule] = None,
                     refers_back: Callable[[Event], bool] = _NOTHING_REFERS_BACK,
                     names_again: Callable[[Event], bool] = _NOTHING_REFERS_BACK) -> list[list[int]]:
    """The events' indexes grouped by happening, in document order (a group of one: a happening told once).
    An event joins the first group one of whose members it stands within ``NEAR_SENTENCES`` of and is one
    happening with, and with none of whose members a store veto stands."""
    rule = rule or MergeRule()
    facts = facts_of_rows([mention_row(ev, published) for ev in events], rule)
    groups: list[list[int]] = []
    for i in sorted(range(len(events)), key=lambda k: events[k].sentence_index):
        ev = events[i]
        home = None
        for group in groups:
            near = [j for j in group if 0 < abs(ev.sentence_index - events[j].sentence_index) <= _reach(ev, events[j], refers_back, names_again)]
            if any(one_happening(events[j], ev, (facts[j], facts[i]), rule) for j in near) \
                    and not any(vetoed(facts[j], facts[i], rule) or events[j].sentence_index == ev.sentence_index
                                for j in group):
                home = group
                break
        if home is None:
            groups.append([i])
        else:
            home.append(i)
    return groups


def fold_document(events: list[Event], published: Any = None, rule: Optional[MergeRule] = None,
                  refers_back: Callable[[Event], bool] = _NOTHING_REFERS_BACK,
                  names_again: Callable[[Event], bool] = _NOTHING_REFERS_BACK) -> list[Event]:
    """The document's events with each happening kept once: the most specific report, the others recorded on
    it as ``folded`` (relation ``same_happening``).  ``refers_back`` tells whether an event's act is on
    something the article told of (``patient_refers_back`` on the parse; without one, nothing is), ``names_again``
    whether its trigger is an event noun with its possessor (``noun_names_again``)."""
    if len(events) < 2:
        return events
    gone: set[int] = set()
    for group in happening_groups(events, published, rule, refers_back, names_again):
        if len(group) < 2:
            continue
        keep = max(group, key=lambda k: _specificity(events[k]))
        for k in group:
            if k != keep:
                _record(events[keep], events[k])
                gone.add(k)
    return [ev for k, ev in enumerate(events) if k not in gone]


def _record(keep: Event, gone: Event) -> None:
    keep.folded.append(Folded(gone.trigger, gone.cameo, RELATION, gone.trigger_span))
    keep.folded.extend(gone.folded)


class HappeningStep(Step):
    """Keeps one event per happening of a document (``fold_document``), once events are dated and placed."""

    name = "happenings"
    requires = ("events", "events.date", "events.location")
    sets = ("events",)

    def __init__(self, rule: Optional[MergeRule] = None) -> None:
        self.rule = rule or MergeRule()

    def process(self, doc: Document) -> Document:
        doc.events = fold_document(doc.events, doc.published, self.rule, _parsed_refers_back(doc.parsed),
                                   _parsed_names_again(doc.parsed))
        return doc
