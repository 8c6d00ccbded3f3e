"""Predicates that are no happening, whatever their trigger says (the audit's NONEVENT and REPORT classes):

* **a word of a name**: an event noun inside the name of a body, a place, a law or a meeting ("the
  Visiting Forces Agreement Committee", "the World Summit on the Information Society wrapped up") names
  the body, not an agreement or a summit held;
* **an aggregate tally**: a perfect-tense act (of harm: the veto row's class ``tallied``) counted over a
  span ("more than 37,000 people have been killed since 1984", "200 soldiers have been killed this
  year") sums many happenings; it is background, no event;
* **a motive**: what an actor is said to aim at, wish or cite as its reason, in a participle ("aiming
  at resolving the nuclear issue", "wishing to extend fear by shooting officials", "citing the movement's
  refusal to renounce the armed struggle") is the reason for another act, not a happening;
* **an act on a patient that no one can hold**: an act done to persons or things (arrest, seizure, release,
  abduction, expulsion, occupation: the veto row's class ``patient_acts``) whose patient (object, passive
  subject, an event noun's "of" phrase) is an idea, a duty, a chance, a part, a document or a figure ("take
  part in strikes", "take responsibility for", "seized the opportunity", "released a report", "exercises
  held under an agreement") is another sense of the verb, no happening;
* **a takeover of a business**: taking, seizing or gaining control of a company, a stake or shares (the
  class ``occupation``) is a business deal, not the occupation of territory;
* **a reported figure**: a statement whose content clause only states a figure (its verb a ``figure_verbs`` word:
  be, cost, total, rise, involve ...; a money, percent, quantity or count entity in it), or, under a plain
  reporting verb (``plain_report_verbs``: say, tell, report), whose subject is a count in digits ("the Tories say
  47 other countries impose requirements"): "the Audit Office said
  the Dome cost taxpayers 28.7m", "SATS says some 13,000 workers are involved" reports a fact, not the
  speaker's position (news-audit-1 rule for 010);
* **a commentator's remark**: a statement whose speaker is a journalist or an analyst ("..., said BBC
  labour affairs correspondent Stephen Cape", "said our correspondent") is commentary, not a party
  stating its own position (news-audit-1 rule for CAMEO 010); so is one whose speaker is an onlooker (diplomats)
  placed in a country only by the context ("Western diplomats said" in a Warsaw story: not Poland);

* **an electoral act**: voting in an election and campaigning for votes (``electoral_words``) by no body that
  decides by vote (``voting_body_sectors``) is no coded act; a vote against stays (a rejection).

* **a question from the press**: an appeal asked by journalists or reporters ("was asked by journalists about
  his view") is an interview question;
* **the occasion of speaking**: an event noun with no counterpart that only times a saying ("told reporters
  after a cabinet meeting", "a statement issued after a cabinet meeting") is when the speaker spoke;
* **a causal link**: leading to or resulting in an outcome, with no object ("it would lead to many people taking
  part", "the sale will lead to the collapse of the company") says what caused what, no one acts;
* **a saying named, not told**: a verbal act in a free relative ("we had what Ken Livingstone said") or in a
  relative clause on an indefinite pronoun ("nothing you could say to me") refers to a saying as a thing.

Words and labels are classes of the language bundle (``lang/en/words.tsv``: ``tally_preps``,
``tally_spans``, ``commentator_nouns``, ``observer_nouns``, ``motive_verbs``, ``free_relative_words``, ``indefinite_things``, ``abstract_patients``, ``business_patients``, ``occasion_preps``, ``speaking_verbs``, ``causal_verbs``, ``causal_preps``; ``perfect_aux``; ``labels.tsv``: ``name_entities``, ``name_as_modifier``, ``counted_slots``).
Which codes each test applies to is data: the ``veto`` rows of ``codes/data/code_rules.tsv`` (``events.vetoes``).
docs/events.md "Not events"."""

from __future__ import annotations

from typing import Any

from annalyst.actors.resolver import PLACED_BY_CONTEXT
from annalyst.events import structure as st
from annalyst.events.frames import Candidate
from annalyst.events.happenings import in_class
from annalyst.events.unasserted import _infinitive

NAME_ENTITIES = st.LANG.labels("name_entities")
# a name that modifies another noun ("a GATT meeting") names that noun's kind
NAME_MODIFIER = st.LANG.labels("name_as_modifier")
TALLY_PREPS = st.LANG.words("tally_preps")
TALLY_SPANS = st.LANG.words("tally_spans")
TALLY_DETERMINERS = st.LANG.words("tally_determiners")
COMMENTATORS = st.LANG.words("commentator_nouns")
# onlookers (diplomats) comment unless their own words place them
OBSERVERS = st.LANG.words("observer_nouns")
MOTIVE_VERBS = st.LANG.words("motive_verbs")
PARTICIPLES = st.LANG.labels("participle_forms")
MOTIVE_HOPS = 4  # how far up the clause a motive participle may govern the predicate
PERFECT_AUX = st.LANG.words("perfect_aux")
AUX_LABELS = st.LANG.labels("aux_labels")
CLAUSE_MARK = st.CLAUSE_MARK
# the slots that name whom an act counts: subject, passive subject, object
COUNTED_SLOTS = st.LANG.labels("counted_slots")
# the slots that name what an act is done to: object, passive subject
PATIENT_SLOTS = st.LANG.labels("patient")
ABSTRACT_PATIENTS = st.LANG.words("abstract_patients")
BUSINESS_PATIENTS = st.LANG.words("business_patients")
FIGURE_VERBS = st.LANG.words("figure_verbs")
FIGURE_ENTITIES = st.LANG.labels("figure_entities")
SUBJECT_ANY = st.LANG.labels("subject_any")
PLAIN_REPORTS = st.LANG.words("plain_report_verbs")
CONTENT = st.LANG.labels("content_clause")
# a speech verb hung after the clause it reports ("arrears are 70 mln dlrs, Greenidge told Reuters")
INVERTED_REPORT = st.LANG.labels("inverted_report")
CLAUSE_BREAK = st.LANG.labels("clause_break")
MODAL_TAGS = st.LANG.labels("modal_tags")
PERSONAL_PRONOUNS = st.LANG.words("personal_pronouns")
OF_PREPS = st.LANG.words("of_preps")
PARTITIVES = st.LANG.words("partitive_nouns")
# a participle that modifies the noun it is done to ("the report released by the forum")
REDUCED_RELATIVE = st.LANG.labels("reduced_relative")


def name_part(cand: Candidate) -> bool:
    """An event noun that is a word inside a longer name, not the name's head, or a name that modifies
    another noun: it names the body ("the Visiting Forces Agreement Committee", "a General Agreement on
    Tariffs and Trade meeting"; "the Visiting Forces Agreement, signed in 1998" is the agreement)."""
    tok = cand.pred.token
    if not cand.pred.nominal or tok.ent_type_ not in NAME_ENTITIES:
        return False
    span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return span is not None and len(span) > 1 and (span.root.i != tok.i or span.root.dep_ in NAME_MODIFIER)


def _perfect(verb: Any) -> bool:
    return any(c.dep_ in AUX_LABELS and c.lemma_.lower() in PERFECT_AUX for c in verb.children)


def _tally_span(verb: Any) -> bool:
    """A span the count runs over: "since 1984", "over the past decade", "this year", "so far"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in TALLY_PREPS:
            return True
        # "since the rebels took up arms": a clause the preposition marks
        if any(m.dep_ in CLAUSE_MARK and m.lower_ in TALLY_PREPS for m in c.children):
            return True
        words = {t.lower_ for t in c.subtree}
        if words & TALLY_SPANS and words & TALLY_DETERMINERS:
            return True
    return False


def _counted(verb: Any) -> bool:
    """Its victims are counted: a number in its subject or object ("37,000 people", "31,000 pupils")."""
    return any(t.like_num for c in verb.children if c.dep_ in COUNTED_SLOTS for t in c.subtree)


def aggregate_tally(cand: Candidate) -> bool:
    """A perfect-tense act of harm or arrest counted over a span of time ("the PKK has intensified attacks
    over the past months" counts no one: a trend, left to the frame)."""
    tok = cand.pred.token
    return not cand.pred.nominal and _perfect(tok) and _counted(tok) and _tally_span(tok)


def commentary(cand: Candidate) -> bool:
    """A statement whose speaker is named a journalist or an analyst, or an onlooker its own words do not place
    (``_unplaced_observer``)."""
    if cand.frame is None:
        return False
    words = {w for h in cand.frame.agent_heads for t in h.subtree for w in (t.lemma_.lower(), t.lower_)}
    return bool(words & COMMENTATORS) or (bool(words & OBSERVERS) and _unplaced_observer(cand))


def _unplaced_observer(cand: Candidate) -> bool:
    """Every source is placed in no country, or only by the context (the wire dateline's state, an antecedent:
    ``PLACED_BY_CONTEXT``), not by its own words: "Western diplomats said" in a Warsaw story are the diplomats
    posted there watching Poland, not Poland's government; "U.S. diplomats said" speak for their state."""
    return all(not s.country or s.resolved_by in PLACED_BY_CONTEXT for s in cand.sources)


def _motive_participle(tok: Any) -> bool:
    """A bare participle of a motive verb ("citing", "aiming"); "has been seeking" is a finite verb."""
    return tok.tag_ in PARTICIPLES and tok.lemma_.lower() in MOTIVE_VERBS \
        and not any(c.dep_ in AUX_LABELS for c in tok.children)


def motive(cand: Candidate) -> bool:
    """The predicate is, or is governed by, a participle of aiming, wishing or citing ("citing the
    movement's refusal", "aiming at resolving the issue"): a reason given, no happening."""
    tok = cand.pred.token
    for _ in range(MOTIVE_HOPS):
        if _motive_participle(tok):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False



def _patient_heads(cand: Candidate) -> list[Any]:
    """What the act is done to: the verb's object or passive subject (with their conjuncts); of an event noun,
    its "of" phrase ("the release of the report"); of a participle that modifies a noun (no auxiliary), that noun ("the report
    released by the forum"); of a part, the whole ("captured part of a stronghold")."""
    tok = cand.pred.token
    if cand.pred.nominal:
        heads = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in OF_PREPS for g in p.children
                 if g.dep_ == "pobj"]
    else:
        heads = [c for c in tok.children if c.dep_ in PATIENT_SLOTS]
        if not heads and tok.dep_ in REDUCED_RELATIVE and tok.tag_ in PARTICIPLES \
                and not any(c.dep_ in AUX_LABELS for c in tok.children):
            heads = [tok.head]
    heads = [_whole_of(h) for h in heads]
    return heads + [c for h in heads for c in h.conjuncts]


def _whole_of(head: Any) -> Any:
    """Of a part ("captured part of a guerrilla stronghold", "seized the eastern third of the country"), the
    whole it is a part of; else the head itself."""
    if head.lemma_.lower() not in PARTITIVES and head.lower_ not in PARTITIVES:
        return head
    return next((g for p in head.children if p.dep_ == "prep" and p.lower_ in OF_PREPS for g in p.children
                 if g.dep_ == "pobj"), head)


def _in_words(tok: Any, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def abstract_patient(cand: Candidate) -> bool:
    """Every patient of an act done to persons or things names an idea, a duty, a chance, a part, a document
    or a figure (``abstract_patients``): "took part in", "take responsibility for", "seized the opportunity",
    "released a report".  An act with no patient named is left to the frame."""
    heads = _patient_heads(cand)
    return bool(heads) and all(_in_words(h, ABSTRACT_PATIENTS) for h in heads)


def business_patient(cand: Candidate) -> bool:
    """An occupation whose patient, or what the patient is "of" ("took control of the company"), is a
    business, a stake or shares (``business_patients``)."""
    heads = _patient_heads(cand)
    heads += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in OF_PREPS
              for g in p.children if g.dep_ == "pobj"]
    return any(_in_words(h, BUSINESS_PATIENTS) for h in heads)


def _own_words(clause: Any) -> list[Any]:
    """The words of a clause less those of the clauses inside it (a relative clause, an adverbial one ...)."""
    words, todo = [], [clause]
    while todo:
        tok = todo.pop()
        words.append(tok)
        todo.extend(c for c in tok.children if c.dep_ not in CLAUSE_BREAK)
    return words


def _near_words(clause: Any, max_preps: int = 1) -> list[Any]:
    """The clause's own words reached through at most ``max_preps`` prepositions: its arguments and their
    phrases ("rose by 5%", "was 24.4% above the record"), not a figure deep inside a noun's phrase ("was in
    negotiations with banks for the lease of 10 engines" states a negotiation, not a figure)."""
    words, todo = [], [(clause, 0)]
    while todo:
        tok, preps = todo.pop()
        words.append(tok)
        for c in tok.children:
            if c.dep_ in CLAUSE_BREAK:
                continue
            through = preps + (c.dep_ == "prep")
            if through <= max_preps:
                todo.append((c, through))
    return words


def _figure(tok: Any) -> bool:
    """A word of a figure: of a money, percent, quantity or count entity, written with a digit ("one thing",
    "two-fold" count nothing)."""
    return tok.ent_type_ in FIGURE_ENTITIES and any(ch.isdigit() for ch in tok.text)


def _states_figure(clause: Any, plain: bool = False) -> bool:
    """A clause that only states a figure: a figure verb, a figure entity among its near words, no modal (a
    forecast or a wish is a view: "would cost", "will be a tragedy") and no personal-pronoun subject (the
    speaker's own state: "he is interested in joint ventures")."""
    own = _own_words(clause)
    figure = clause.lemma_.lower() in FIGURE_VERBS and any(_figure(t) for t in _near_words(clause))
    return (figure or (plain and _counted_subject(clause))) and not any(t.tag_ in MODAL_TAGS for t in own) \
        and not any(c.dep_ in st.SUBJ and c.lower_ in PERSONAL_PRONOUNS for c in clause.children)


def _counted_subject(clause: Any) -> bool:
    """The clause's subject is a count written in digits ("47 other countries impose requirements", "only 11
    householders have been prosecuted", "more than 15,000 people registered"): a tally reported, whatever the
    verb; "nine counter-attacks" (a word) is left to the verb."""
    return any(_figure(t) and t.head.i == c.i for c in clause.children if c.dep_ in SUBJECT_ANY for t in c.children)


def reported_figure(cand: Candidate) -> bool:
    """A statement whose content clause states a figure (``_states_figure``: "said the trade deficit was 24.4%
    above the previous record", "says some 13,000 workers are involved"); "said it would cut aid by 50m" (an
    act) and "said the deduction was too broad and would have cost seven billion" (a view) stay."""
    if cand.pred.nominal:
        return False
    tok = cand.pred.token
    clauses = [c for c in tok.children if c.dep_ in CONTENT]
    if not clauses and tok.dep_ in INVERTED_REPORT and tok.head.i < tok.i:
        clauses = [tok.head]
    plain = tok.lemma_.lower() in PLAIN_REPORTS  # "warned that 2,000 children are drawn into ..." takes a stance
    return bool(clauses) and all(_states_figure(c, plain) for c in clauses)


# ----------------------------------------------------------------------------- habits, frameworks, wishes
HABITUAL_ADVERBS = st.LANG.words("habitual_adverbs")
RECURRENCE_DETERMINERS = st.LANG.words("recurrence_determiners")
RECURRENCE_SLOTS = st.LANG.labels("recurrence_slots")
FRAMEWORK_PREPS = st.LANG.words("framework_preps")
WISH_VERBS = st.LANG.words("wish_verbs")
SPECULATION_AUX = st.LANG.words("speculation_aux")
EXPLETIVES = st.LANG.labels("expletive")
EXISTENCE_SLOTS = st.LANG.labels("existence_slots")
NOUN_POS = st.LANG.labels("noun_pos")
FRAMEWORK_HOPS = 4  # "under [the terms of] [the] accord [and] ...": how far up a framework preposition may be


def _same_stretch(verb: Any, word: Any) -> bool:
    """No punctuation between the verb and the word: a phrase after a colon or a quote mark belongs to the quoted
    clause the parser may have hung on the speech verb ('source said: "Every day in school counts"')."""
    lo, hi = sorted((verb.i, word.i))
    return not any(t.is_punct for t in verb.doc[lo + 1:hi])


def _recurs(verb: Any) -> bool:
    """A frequency adverb ("usually", "regularly") or a recurring time ("every morning", "each year") on the
    verb itself."""
    for c in verb.children:
        if not _same_stretch(verb, c):
            continue
        if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS:
            return True
        if c.dep_ in RECURRENCE_SLOTS and any(d.dep_ == "det" and d.lower_ in RECURRENCE_DETERMINERS
                                              for d in c.children):
            return True
    return False


def habitual(cand: Candidate) -> bool:
    """A verb the clause says recurs ("Czechs usually travel in small groups", "the companies regularly ignore
    government orders", "will host a news conference every morning"): a habit or a routine, no one happening."""
    return not cand.pred.nominal and _recurs(cand.pred.token)


def standing_framework(cand: Candidate) -> bool:
    """An event noun named as the standing framework of something else: the object of "under" ("exercises held
    under a mutual defense agreement", "under the terms of the bases accord, Greece has the right ..."); the
    agreement is background, no happening of the story."""
    if not cand.pred.nominal:
        return False
    tok = cand.pred.noun if cand.pred.noun is not None else cand.pred.token
    for _ in range(FRAMEWORK_HOPS):
        if tok.dep_ == "conj":
            tok = tok.head
            continue
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ in FRAMEWORK_PREPS:
            return True
        # "the terms of the accord": climb to the noun the "of" phrase belongs to
        if prep.lower_ not in OF_PREPS or prep.head.pos_ not in NOUN_POS:
            return False
        tok = prep.head
    return False


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in st.NEGATORS and c.dep_ in st.NEGATOR_SLOT) for c in verb.children)


def unsaid(cand: Candidate) -> bool:
    """A statement verb that is itself negated ("he did not say whether he was taking up the offer", "as long
    as these people do not declare that they are foreign nationals"): no statement was made."""
    return not cand.pred.nominal and _negated(cand.pred.token)


def wished(cand: Candidate) -> bool:
    """An act inside what someone hopes or wishes another will do ("I hope the foreign banking community will
    maintain its position toward us"): the content of a wish is no happening (the hope itself may be a
    statement).  Only a content clause: "hopes to sign" is the subject's own intent, left to the frame."""
    tok = cand.pred.token
    for _ in range(MOTIVE_HOPS):
        if tok.dep_ in CONTENT and tok.head.lemma_.lower() in WISH_VERBS:
            return True
        if tok.dep_ not in st.CHAIN_LINK or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def speculated_existence(cand: Candidate) -> bool:
    """An event noun said only possibly to come ("there could be further walkouts unless ...", "there may be
    clashes"): a possibility with a modal of speculation, no happening."""
    if not cand.pred.nominal:
        return False
    noun = cand.pred.noun if cand.pred.noun is not None else cand.pred.token
    be = noun.head
    if noun.dep_ not in EXISTENCE_SLOTS or not any(c.dep_ in EXPLETIVES for c in be.children):
        return False
    return any(c.dep_ in AUX_LABELS and c.lower_ in SPECULATION_AUX for c in be.children)


THING_PRONOUNS = st.LANG.words("thing_pronouns")
RELATIVE_PRONOUNS = st.LANG.words("relative_thing_pronouns")
ACTOR_ENTITIES = st.LANG.labels("actor_entities")
RELATIVE_CLAUSE = st.LANG.labels("relative_clause")


def _names_actor(tok: Any, cand: Candidate) -> bool:
    """The word names an actor: an actor entity type, a proper noun, or inside an actor the coder found."""
    if tok.ent_type_ in ACTOR_ENTITIES or tok.pos_ in NOUN_POS - {"NOUN"}:
        return True
    return any(r.start is not None and r.end is not None and r.start <= tok.idx < r.end
               for r in cand.sources + cand.targets)


def _thing_subject(verb: Any, cand: Candidate) -> bool:
    """The verb's subject is a pronoun that stands for a state of affairs: "this", "that" ("arguing this would
    give the country access"), or a relative "which" whose antecedent names no actor ("the U.S. market,
    which will aid in sustaining growth"; "the government, which will send aid" keeps its actor)."""
    for c in verb.children:
        if c.dep_ not in st.SUBJ:
            continue
        if c.lower_ in THING_PRONOUNS and not list(c.children):
            return True
        if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ in RELATIVE_CLAUSE:
            return not _names_actor(verb.head, cand)
    return False


def argued_consequence(cand: Candidate) -> bool:
    """An act that a pronoun for a state of affairs would, will or could bring about ("this would give the
    country access to new funds", "saying that would create favorable conditions", "the market, which will
    aid in sustaining growth"): an argument about consequences, no one acting, no happening."""
    tok = cand.pred.token
    if cand.pred.nominal or not _thing_subject(tok, cand):
        return False
    return any(c.dep_ in AUX_LABELS and c.tag_ in MODAL_TAGS for c in tok.children)


# ----------------------------------------------------------------------------- mentions of a happening
COPULAR_VERBS = st.LANG.words("copular_verbs")
MENTION_LINKS = st.LANG.labels("mention_links")
NOUN_CLAUSE = st.LANG.labels("noun_clause")
POSSESSOR = st.LANG.labels("possessor")
TIME_ENTITIES = st.LANG.labels("time_entities")
TIME_SLOTS = st.LANG.labels("time_slot")
RANKING_ENTITIES = st.LANG.labels("ranking_entities")
RANKING_TAGS = st.LANG.labels("ranking_tags")
RANKING_SLOTS = st.LANG.labels("ranking_slots")
PROPERTY_SLOTS = st.LANG.labels("property_slots")
PROPERTY_TAGS = st.LANG.labels("property_tags")
MENTION_HOPS = 4  # "details [about] [the] offer", "the threat [to] routes [from] attacks": how far into a subject


def _subject_phrase_head(noun: Any) -> Any:
    """The head of the noun phrase the event noun sits in: up through coordination, noun modifiers and
    prepositional phrases of nouns ("No details about the Amoco offer" → "details")."""
    tok = noun
    for _ in range(MENTION_HOPS):
        if tok.dep_ in MENTION_LINKS and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in NOUN_POS:
            tok = tok.head.head
        else:
            break
    return tok


def _mentioned_noun(cand: Candidate) -> Any:
    """The noun that names the happening: an event noun itself, or the noun a to-infinitive act completes
    ("Mr Blair's refusal [to accept] the proposals": the act is the refusal's content); else None."""
    if cand.pred.nominal:
        return cand.pred.noun if cand.pred.noun is not None else cand.pred.token
    verb = cand.pred.token
    if verb.dep_ in NOUN_CLAUSE and verb.head.pos_ in NOUN_POS and verb.head.i != verb.i and _infinitive(verb):
        return verb.head
    return None


def _own_actor(noun: Any, cand: Candidate) -> bool:
    """The event noun names its actor in a possessive ("Trump's call with his Ukrainian counterpart was
    irregular", "Judge's offer of 3.8 billion pesos is about five pct of the budget"): one happening pointed
    at, which the story may tell only so; telling it from another mention of it is the store's same-happening
    grouping (a pronoun, "his refusal", points back and stays a mention)."""
    return any(c.dep_ in POSSESSOR and _names_actor(c, cand) for c in noun.children)


def copular_mention(cand: Candidate) -> bool:
    """An event noun inside the subject of a copular or stative verb ("The criticisms by the union leaders
    indicated wider resentment", "Mr Blair's refusal ... means the government faces opposition", "No details
    about the Amoco offer were available", "the threat from attacks by Iran was high on the agenda", "At the centre of the tension is an EC proposal"):
    the clause
    says what the happening is like or what it shows, it does not report it happen.  "There were clashes" (an
    expletive subject) says that it happened and stays."""
    noun = _mentioned_noun(cand)
    if noun is None or _own_actor(noun, cand):
        return False
    head = _subject_phrase_head(noun)
    if head.dep_ not in st.SUBJ and head.dep_ not in EXISTENCE_SLOTS or head.head.i == head.i:
        return False  # its subject, or what its subject is said to be ("a key stumbling block is a proposal")
    if not cand.pred.nominal and head.dep_ not in st.SUBJ:
        return False  # an act completing a noun said of the subject: "the twelfth man to be arrested"
    verb = head.head
    return verb.lemma_.lower() in COPULAR_VERBS and not any(c.dep_ in EXPLETIVES for c in verb.children) \
        and not _dated(verb) and not _ranked(verb) and not (head.i == noun.i and _described(verb))


def _described(verb: Any) -> bool:
    """The copula gives the happening that heads its subject a state or a property ("demonstrations were underway
    in the capital", "Syria peace talks are due to resume January 25", "the seamen's strike is illegal"): it is
    told as taking place.  "No details about the offer were available" says nothing of the offer (not its head)."""
    return any(c.dep_ in PROPERTY_SLOTS and c.tag_ in PROPERTY_TAGS for c in verb.children)


def _ranked(verb: Any) -> bool:
    """The copula ranks the happening among others ("the talks were the first since the mediator was appointed",
    "the protest was the largest in years"): an ordinal or a superlative says that it took place."""
    return any(t.ent_type_ in RANKING_ENTITIES or t.tag_ in RANKING_TAGS
               for c in verb.children if c.dep_ in EXISTENCE_SLOTS or c.dep_ in RANKING_SLOTS
               for t in [c, *c.children])


def _dated(verb: Any) -> bool:
    """The copula says when the happening was ("the last confirmed Iraqi attack was on March 8"): it tells it."""
    slots = [c for c in verb.children if c.dep_ in TIME_SLOTS]
    slots += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(t.ent_type_ in TIME_ENTITIES for t in slots)


def weighed_mention(cand: Candidate) -> bool:
    """A happening named as the subject of a verb with a modal or future auxiliary, the verb no course of the
    happening itself (the lexicon's ``cue occur``: begin, resume, erupt ...) and no date said for it: the clause
    weighs what the happening would do, it does not report it ("the Canadian and Israeli pacts will not set back
    reform efforts", "the pacts should serve as important precedents", "that veto would be sustained", "the
    upcoming round of talks will lay the groundwork").  "The fifth round of talks will open on Nov. 9" dates it
    and stays (a plan, flagged); "the strike will shut the port" is a course of the strike and stays (flagged);
    a possessive actor ("Trump's call ...") points at one happening and is left to the mention rules."""
    from annalyst.events.lexicon import load_lexicon

    noun = _mentioned_noun(cand)
    if noun is None or not cand.pred.nominal or _own_actor(noun, cand):
        return False
    head = _subject_phrase_head(noun)
    if head.dep_ not in st.SUBJ or head.head.i == head.i:
        return False
    verb = head.head
    return any(c.dep_ in AUX_LABELS and c.tag_ in MODAL_TAGS for c in verb.children) \
        and not in_class(verb, load_lexicon().cue("occur")) and not _dated(verb)


STANDING_STATES = st.LANG.words("standing_state_nouns")


def standing_state(cand: Candidate) -> bool:
    """A noun for a lasting state of conflict named on its own ("the Iraq war, which his party opposed",
    "Syrians fleeing the country's civil war", "held there during the Vietnam War"): it names the conflict as
    background; what happens in or to it is told by a verb ("declared war", "the war broke out") or by an act
    noun ("attack", "clashes")."""
    tok = cand.pred.token
    if not cand.pred.nominal or (cand.pred.noun is not None and cand.pred.noun.i != tok.i):
        return False
    return tok.lemma_.lower() in STANDING_STATES


POSSIBILITY_NOUNS = st.LANG.words("possibility_nouns")
CONJUNCT = st.LANG.labels("coordination")


def possible_content(cand: Candidate) -> bool:
    """An act in the clause that completes a noun of possibility, risk or hope ("held open the possibility that
    Washington and Tokyo will settle their dispute", "there is little chance they will propose increases", "the
    risk that the strike will spread"): a prospect weighed, no happening."""
    if cand.pred.nominal:
        return False
    verb = cand.pred.token
    for _ in range(MOTIVE_HOPS):
        if verb.dep_ in NOUN_CLAUSE and verb.head.pos_ in NOUN_POS and verb.head.i != verb.i:
            # a finite clause only: "their first chance to discuss the dollar" is an occasion given, and taken
            return not _infinitive(verb) and (verb.head.lemma_.lower() in POSSIBILITY_NOUNS
                                              or verb.head.lower_ in POSSIBILITY_NOUNS)
        if verb.dep_ not in CONJUNCT or verb.head.i == verb.i:
            return False
        verb = verb.head  # "will meet and settle": the clause's role is its first conjunct's
    return False


# ----------------------------------------------------------------------------- sayings named, not told
FREE_RELATIVE = st.LANG.words("free_relative_words")
INDEFINITE_THINGS = st.LANG.words("indefinite_things")
WH_SLOTS = st.LANG.labels("object") | st.LANG.labels("subj")  # the slots a free relative's wh-word fills
COORDINATED = st.LANG.labels("coordination")


def named_saying(cand: Candidate) -> bool:
    """A verbal act (a statement, an appeal, a demand ...) named by a clause rather than told: its verb has a
    wh-word of a free relative as object or subject ("we had what Ken Livingstone said", "to tackle what he says
    are crippling shortages", "what did the prosecutors say?"), or it is a relative clause on an indefinite
    pronoun ("there is nothing you could say to me", "do anything you ask him to", "nothing President Trump has
    done or said").  The clause refers to a saying as a thing; the happening, if any, is told elsewhere."""
    if cand.pred.nominal:
        return False
    tok = cand.pred.token
    # the wh-word fronted before its verb opens the clause ("what he said"); one after it is the verb's object
    # ("rejected what it called interference": the rejection is told, the calling named)
    if any(c.dep_ in WH_SLOTS and c.lower_ in FREE_RELATIVE and c.i < tok.i for c in tok.children):
        return True
    while tok.dep_ in COORDINATED and tok.head.i != tok.i:
        tok = tok.head  # "has done or said": the relative clause is the first conjunct's
    return tok.dep_ in RELATIVE_CLAUSE and tok.head.lower_ in INDEFINITE_THINGS


# ----------------------------------------------------------------------------- the press asking
AGENT_PHRASE = st.LANG.labels("agent_phrase")
PREP_OBJECT = st.LANG.labels("prep_object")


AGENT_PREPS = st.LANG.words("agent_preps")
PAST_TAGS = st.LANG.labels("past_forms")


def _askers(verb: Any) -> list[Any]:
    """Who asks: the verb's subject, or the object of its passive by-phrase ("was asked by journalists"), also
    where the parser hung that phrase on the object of the verb's own preposition and read the participle as a
    finite verb ("Michael Howard, asked about the remark by reporters, said": "by reporters" under "remark")."""
    out = [c for c in verb.children if c.dep_ in st.SUBJ]
    for c in verb.children:
        if c.dep_ in AGENT_PHRASE:
            out.extend(g for g in c.children if g.dep_ in PREP_OBJECT)
    if verb.tag_ in PAST_TAGS:
        out.extend(g for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ in PREP_OBJECT
                   for b in o.children if b.dep_ == "prep" and b.lower_ in AGENT_PREPS
                   for g in b.children if g.dep_ in PREP_OBJECT)
    return out


QUESTION_VERBS = st.LANG.words("question_verbs")
QUESTION_OPENERS = st.LANG.words("question_openers")
REQUEST_PREPS = st.LANG.words("request_preps")
OBJECT_OR_DATIVE = st.LANG.labels("object_or_dative")


def _question_clause(clause: Any) -> bool:
    """A content clause that asks: opened by a question word ("what the government would do", "whether ...") or
    closed by a question mark ('"Why did you not act?" he asked'; the lexicon's ``cue interrogative``)."""
    from annalyst.events.lexicon import load_lexicon

    words = list(clause.subtree)
    marks = load_lexicon().cue("interrogative")
    return words[0].lower_ in QUESTION_OPENERS or any(t.text in marks for t in words)


def question_put(cand: Candidate) -> bool:
    """An appeal made by a verb of asking (``question_verbs``) that names no one asked (no object, dative or
    passive subject),
    nothing asked for (no "for"-phrase, no to-infinitive) and whose content clause, if any, is a question:
    "Schiff asked.", '"And I asked, well, on whose authority?" said Hill', "asked what the government would do".
    A question put asks for no act of anyone: CAMEO's appeals (02) ask an actor for something.  "Omar asked for
    compassion", "asked Morrison about concerns", "asked the court to apply" stay."""
    verb = cand.pred.token
    if cand.pred.nominal or not in_class(verb, QUESTION_VERBS):
        return False
    for c in verb.children:
        # someone asked: an object, a dative or a passive subject ("Kondo was asked by Volcker what Japan could do")
        if c.dep_ in OBJECT_OR_DATIVE or c.dep_ in PATIENT_SLOTS:
            return False
        if (c.dep_ == "prep" and c.lower_ in REQUEST_PREPS) or _infinitive(c):
            return False
        if c.dep_ in CONTENT and not _question_clause(c):
            return False
    return True


def press_question(cand: Candidate) -> bool:
    """An appeal whose asker is the press (a ``commentator_nouns`` word: journalist, reporter, correspondent
    ...): "the prime minister's spokesman was asked by journalists about his view", "Michael Howard, asked
    about the remark by reporters, said ...": a question put in an interview is journalism, no appeal to an
    actor (what the one asked answers may be an event)."""
    if cand.pred.nominal:
        return False
    return any(a.lemma_.lower() in COMMENTATORS or a.lower_ in COMMENTATORS for a in _askers(cand.pred.token))


# ----------------------------------------------------------------------------- elections
ELECTORAL = st.LANG.words("electoral_words")
VOTING_BODIES = frozenset(w.upper() for w in st.LANG.words("voting_body_sectors"))


def electoral_act(cand: Candidate) -> bool:
    """Voting in an election or a poll, or campaigning for votes ("People of the Central African Republic are voting
    for a National Assembly", "the opposition winner campaigned on the sales tax", "an award voted for by the
    public"): the trigger's own word is an ``electoral_words`` word and no doer is a body that decides by vote
    (``voting_body_sectors``: "the cabinet voted for the plan" decides).  The judges' rule: election campaigning and
    voting are no coded act; a vote against (a rejection) is left to its veto row's class."""
    tok = cand.pred.token
    if not _in_words(tok, ELECTORAL):
        return False
    return not any(s.sector in VOTING_BODIES for s in cand.sources)


# ----------------------------------------------------------------------------- the occasion of speaking
OCCASION_PREPS = st.LANG.words("occasion_preps")
SPEAKING_VERBS = st.LANG.words("speaking_verbs")
PREP_OBJECT = st.LANG.labels("prep_object")


def speaking_occasion(cand: Candidate) -> bool:
    """An event noun that only times a saying, with no counterpart: "Palmer told reporters *after a cabinet
    meeting* that ...", "a statement issued *after a cabinet meeting* said ..." name when the speaker spoke (a
    body's own meeting), not an interaction (judged-2, judged-9; the occasion of speaking is no event, judged-10
    README).  The noun is the object of a time preposition (``occasion_preps``) whose phrase hangs on a verb of
    speaking (``speaking_verbs``); a meeting with a named counterpart ("told reporters after talks with Shultz")
    stays, as does one that is a reciprocal meeting of its sources."""
    if not cand.pred.nominal or cand.targets or cand.reciprocal:
        return False
    noun = cand.pred.noun if cand.pred.noun is not None else cand.pred.token
    prep = noun.head
    return noun.dep_ in PREP_OBJECT and prep.lower_ in OCCASION_PREPS and prep.head.i != prep.i \
        and _in_words(prep.head, SPEAKING_VERBS)


# ----------------------------------------------------------------------------- a causal link
CAUSAL_VERBS = st.LANG.words("causal_verbs")
CAUSAL_PREPS = st.LANG.words("causal_preps")
PREPOSITION = st.LANG.labels("sense_particle")  # the preposition of a prepositional verb ("lead to")


def causal_link(cand: Candidate) -> bool:
    """A verb of leading to or resulting in an outcome, with no object of its own: "it would lead to many people
    taking part with the wrong attitude", "the sale of its main asset will lead to the collapse of the company",
    "which led to them walking off the job" (judged-10, judged-9, judged-8) say what caused what, not that
    anyone acted (news-audit-1: no act); the outcome's own predicate ("led to the arrest of five") is its own
    candidate and stays.  "Led the delegation to Moscow" has an object: another sense, left to the lexicon."""
    tok = cand.pred.token
    if cand.pred.nominal or not _in_words(tok, CAUSAL_VERBS):
        return False
    if any(c.dep_ in OBJECT_OR_DATIVE for c in tok.children):
        return False
    return any(c.dep_ in PREPOSITION and c.lower_ in CAUSAL_PREPS for c in tok.children)
