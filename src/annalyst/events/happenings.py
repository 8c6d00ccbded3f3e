"""One event per happening per clause: the consequences of an act are its attributes.

"A car bomb attacked a police patrol, killing two policemen and wounding five": the killing and the
wounding are what the attack did, not two more events.  A consequence verb (`consequence_verbs` in
the language bundle: kill, wound, destroy ...) that hangs off a coded act as an adverbial participle,
or is coordinated with such a consequence without a doer of its own ("two were killed and six
wounded"), is folded into the act; the number of people it names becomes the act's ``killed`` or
``injured`` count (`killed_verbs`, `injured_verbs`).  A consequence in its own clause with its own
subject ("rebels killed three") stays its own event.  Words and labels come from ``lang/en``."""

from __future__ import annotations

import re
from typing import Any, Optional

from annalyst.events.folds import covered, record
from annalyst.events.frames import Candidate
from annalyst.events.same_happening import both_sides, kind_of_act
from annalyst.lang import load_bundle, load_ontology

LANG = load_bundle()
CONSEQUENCES = LANG.words("consequence_verbs")
KILLED = LANG.words("killed_verbs")
INJURED = LANG.words("injured_verbs")
CARDINALS = {w: n for n, w in enumerate(LANG.sequence("cardinals"), start=1)}
TENS = {w: 10 * n for n, w in enumerate(LANG.sequence("tens"), start=2)}
PARTICIPLE_LINKS = LANG.labels("participle_links")
PARTICIPLE_TAGS = LANG.labels("participle_tags")
COORDINATION = LANG.labels("coordination")
AGENT_SUBJ = LANG.labels("agent_subj")
VICTIM_SLOTS = LANG.labels("victim_slots")
COUNT_MODS = LANG.labels("count_mods")
PASSIVE_PARTICIPLE = LANG.labels("passive_participle_tags")
OBJECT_SLOTS = LANG.labels("object_slots")
REDUCED_RELATIVE = LANG.labels("reduced_relative")
AGENT_PHRASE = LANG.labels("agent_phrase")
PREP_OBJECT = LANG.labels("prep_object")
CAUSE_PREPS = LANG.words("cause_preps")
DIGITS = re.compile(r"^\d{1,3}(,\d{3})*$|^\d+$")


def number_value(tok: Any) -> Optional[int]:
    """The value of a cardinal written as digits (with or without thousands commas) or as one word ("two", "forty");
    None for a vague or compound count ("several", "dozens", "twenty - five" split by the tokenizer)."""
    text = tok.text.lower()
    if DIGITS.match(text):
        return int(text.replace(",", ""))
    if text in CARDINALS:
        return CARDINALS[text]
    return TENS.get(text)


def victim_count(verb: Any) -> Optional[int]:
    """How many people a consequence verb names: its object or passive subject is a number
    ("killing 3", "another six were injured") or a noun counted by one ("two policemen")."""
    slots = VICTIM_SLOTS | (AGENT_SUBJ if _elliptical_passive(verb) else frozenset())
    victims = [verb.head] if _coordinated_victims(verb) else []
    own = [c for c in verb.children if c.dep_ in slots]
    if not own and not victims and verb.dep_ in COORDINATION:
        # "were shot and wounded": the coordinated verb shares its partner's victims
        own = [c for c in verb.head.children if c.dep_ in VICTIM_SLOTS]
    for slot in victims + own:
        value = number_value(slot)
        if value is not None:
            return value
        for mod in slot.children:
            if mod.dep_ in COUNT_MODS:
                value = number_value(mod)
                if value is not None:
                    return value
    return None


def _elliptical_passive(verb: Any) -> bool:
    """"were killed and four soldiers wounded": a past participle with a subject and no object."""
    return verb.tag_ in PASSIVE_PARTICIPLE and not any(c.dep_ in OBJECT_SLOTS for c in verb.children)


def in_class(tok: Any, words: frozenset[str]) -> bool:
    """Whether a verb is of a word class, guarding against lemmatizer slips ("hoped" -> "hop"):
    its lemma, its form, or its form less one or two final letters."""
    low = tok.lower_
    return any(w in words for w in (tok.lemma_.lower(), low, low[:-1], low[:-2]) if w)


def _is_consequence(tok: Any) -> bool:
    return tok.lemma_.lower() in CONSEQUENCES


def _outcome_of(tok: Any, roots: Optional[dict[int, str]] = None) -> Optional[Any]:
    """The verb whose act ``tok`` tells the outcome of, or None when it is its own happening.
    "killing two and wounding five": the second participle hangs from the first, the first from the act;
    "were killed and six (were) wounded": the second consequence from the first; "were shot and wounded":
    a consequence coordinated, with no doer of its own, with a coded act of its own CAMEO root (``roots``:
    the coded verbs' roots by token index) is that act's outcome."""
    head = tok.head
    if head.i == tok.i or not _is_consequence(tok):
        return None
    if tok.dep_ in COORDINATION:
        own_doer = any(c.dep_ in AGENT_SUBJ for c in tok.children) and not _elliptical_passive(tok)
        same_act = roots is not None and tok.i in roots and roots.get(head.i) == roots[tok.i]
        return None if own_doer or not (_is_consequence(head) or same_act) else head
    if tok.dep_ in PARTICIPLE_LINKS and tok.tag_ in PARTICIPLE_TAGS:
        return head
    if _coordinated_victims(tok):
        return head.head
    return None


def _coordinated_victims(tok: Any) -> bool:
    """"were killed and several others injured" parsed as the noun coordinated with "killed" and
    "injured" hanging on the noun: the participle is a consequence coordinated with the first."""
    head = tok.head
    return tok.dep_ in REDUCED_RELATIVE and tok.tag_ in PASSIVE_PARTICIPLE and head.dep_ in COORDINATION \
        and head.head.i != head.i and _is_consequence(head.head)


def _count_into(cand: Candidate, verb: Any) -> None:
    lemma = verb.lemma_.lower()
    count = victim_count(verb)
    if count is None:
        return
    if lemma in KILLED:
        cand.killed = (cand.killed or 0) + count
    elif lemma in INJURED:
        cand.injured = (cand.injured or 0) + count


def fold_consequences(cands: list[Candidate]) -> list[Candidate]:
    """The sentence's candidates with each act's consequences folded into it (``killed``,
    ``injured`` counted); a consequence whose act was not coded stays an event of its own."""
    by_verb: dict[int, Candidate] = {}
    for cand in cands:
        if not cand.pred.nominal:
            by_verb.setdefault(cand.pred.token.i, cand)
    roots = {i: (c.code or c.pred.code)[:2] for i, c in by_verb.items()}

    def holder(tok: Any) -> Optional[Candidate]:
        """The topmost coded act up the chain of outcomes from ``tok`` (``tok``'s own, if none)."""
        up = _outcome_of(tok, roots)
        found = holder(up) if up is not None else None
        return found if found is not None else by_verb.get(tok.i)

    out: list[Candidate] = []
    counted: set[int] = set()
    for cand in cands:
        tok = cand.pred.token
        owner = None if cand.pred.nominal else holder(tok)
        if owner is None or owner.pred.token.i == tok.i:
            out.append(cand)  # its own happening (a verb may carry several codings: each stays)
            owner = cand if owner is not None else None
        if owner is not None and owner is not cand and not owner.targets and cand.targets:
            owner.targets = cand.targets  # "launched rockets against camps, killing 50": whom it hit
        if owner is not None and tok.i not in counted and _is_consequence(tok):
            counted.add(tok.i)
            _count_into(owner, tok)
    _count_uncoded(out, counted)
    return out


def _cause_noun_of(verb: Any) -> list[Any]:
    """The words that may name the act a consequence verb tells the outcome of: its active subject ("an air
    strike killed ten") and the object of its cause preposition or by-phrase ("were killed in police firing")."""
    nouns = [c for c in verb.children if c.dep_ in AGENT_SUBJ]
    for prep in verb.children:
        if prep.dep_ in AGENT_PHRASE or prep.lower_ in CAUSE_PREPS:
            nouns.extend(c for c in prep.children if c.dep_ in PREP_OBJECT)
    return nouns


def fold_caused_outcomes(cands: list[Candidate]) -> list[Candidate]:
    """The sentence's candidates with a consequence verb whose cause is a coded event noun of the same kind of
    act folded into that noun: "an air strike killed ten people", "two men were killed in police firing" tell
    one happening, the strike (its code is the more specific), with the verb's counts and victims.  Same kind:
    the ``same_kind_*`` classes of codes/data/code_rules.tsv (force, 17-20), so "killed in protests" (the
    protest is not the killing) stays two events.  Not into a clash between two sides ("killed in a clash between
    the army and the PKK"): the outcome says which side suffered, which a two-sided act cannot carry."""
    # the cause may be an event noun or a gerund the parser made a verb ("police firing"), never an outcome itself
    causes = {c.pred.token.i: c for c in cands if not _is_consequence(c.pred.token) and not both_sides(c)}
    out: list[Candidate] = []
    for cand in cands:
        tok = cand.pred.token
        cause = None if cand.pred.nominal or not _is_consequence(tok) else next(
            (causes[n.i] for n in _cause_noun_of(tok)
             if n.i in causes and kind_of_act(causes[n.i]) == kind_of_act(cand)), None)
        if cause is None:
            out.append(cand)
            continue
        cause.sources = cause.sources or cand.sources
        cause.targets = cause.targets or cand.targets
        cause.killed = cand.killed if cause.killed is None else cause.killed + (cand.killed or 0)
        cause.injured = cand.injured if cause.injured is None else cause.injured + (cand.injured or 0)
        cause.confidence = max(cause.confidence, cand.confidence)
        record(cause, cand, "caused_outcome")
    return out


def _count_uncoded(out: list[Candidate], counted: set[int]) -> None:
    """Consequences of a kept act that were never candidates (a participle covered by its head)
    count too: the act's outcome chain is walked down through consequence verbs."""
    for cand in out:
        if cand.pred.nominal:
            continue
        stack = list(cand.pred.token.children)
        while stack:
            tok = stack.pop()
            if not _is_consequence(tok) or _outcome_of(tok) is None:
                continue
            if tok.i not in counted:
                counted.add(tok.i)
                _count_into(cand, tok)
            stack.extend(tok.children)


def _code(cand: Candidate) -> str:
    return cand.code or cand.pred.code


def fold_manner_protests(cands: list[Candidate]) -> list[Candidate]:
    """The sentence's candidates less a protest named as the manner of an act that is itself coded as a
    protest ("walked out in protest": the walk-out is the protest; "resigned in protest" keeps both, the
    resignation and the protest it makes).  The manner protest is the one whose agent the ``adjunct_act``
    filler gave (events/structure.py); it goes as the act's evidence (relation ``manner_protest``)."""
    acts: dict[int, list[Candidate]] = {}
    for cand in cands:
        if not cand.pred.nominal:
            acts.setdefault(cand.pred.token.i, []).append(cand)
    kept = []
    for cand in cands:
        frame, noun = cand.frame, cand.pred.noun if cand.pred.noun is not None else cand.pred.token
        act = None
        if frame is not None and frame.filled_by.get("agent") == "adjunct_act":
            act = next((a for a in acts.get(noun.head.head.i, []) if a is not cand and _code(a)[:2] == _code(cand)[:2]),
                       None)
        if act is None:
            kept.append(cand)
        else:
            record(act, cand, "manner_protest")
    return kept




# What was reported, not the reporting verb: "X finalized negotiations, Amarasekere said" is news of
# X's act (coded with the speaker as attribution when the act is in the lexicon), not a statement by
# Amarasekere.  A statement (010) stays only where its content states the speaker's view or a state.
CONTENT_CLAUSE = LANG.labels("content_clause")
AUX_LABELS = LANG.labels("aux_labels")
PASSIVE_AUX = LANG.labels("passive_aux")
PAST_TAGS = LANG.labels("past_tags")
MODAL_TAGS = LANG.labels("modal_tags")
PERFECT_AUX = LANG.words("perfect_aux")
STATIVE_CONTENT = LANG.words("stative_content")
VERB_POS = LANG.labels("verb_pos")
NEGATOR_SLOT = LANG.labels("negator_slot")
NEGATORS = LANG.words("negators")


def reported_happening(verb: Any) -> bool:
    """Whether ``verb`` reports a happening in its content clause: a past, non-modal, dynamic verb
    ("said the blast occurred", "said marijuana was hidden", "said he had suspended X"); not a
    view, a state, a plan or an evaluation ("said he believed", "said talks will begin", "said X is")."""
    for content in verb.children:
        if content.dep_ in CONTENT_CLAUSE and content.pos_ in VERB_POS:
            return _past_happening(content)
    return False


def _past_happening(content: Any) -> bool:
    if in_class(content, STATIVE_CONTENT) or _denied(content):
        return False
    auxes = [a for a in content.children if a.dep_ in AUX_LABELS]
    if any(a.tag_ in MODAL_TAGS for a in auxes):
        return False
    if not auxes:
        return content.tag_ in PAST_TAGS  # "the blast occurred"
    if len(auxes) != 1 or auxes[0].tag_ not in PAST_TAGS:
        return False  # "has started", "had been secured", "are involved": no simple past report
    aux = auxes[0]
    # "were hidden" (past passive) or "had suspended" (past perfect, active)
    return aux.dep_ in PASSIVE_AUX or aux.lemma_.lower() in PERFECT_AUX


def _denied(content: Any) -> bool:
    """"said the decision was not made under pressure": a denial is the speaker's own position (a
    statement, CAMEO 01x), not the report of a happening."""
    return any(c.dep_ in NEGATOR_SLOT and c.lower_ in NEGATORS for c in content.children)


def drop_reported_statements(cands: list[Candidate], statement: str) -> list[Candidate]:
    """The candidates without statements (code ``statement``) whose content reports a happening."""
    return [c for c in cands if (c.code or c.pred.code) != statement or c.pred.nominal
            or not reported_happening(c.pred.token)]


# A sense chosen by its argument: "warn" threatens only when what it announces is the speaker's own
# harm or a condition ("warned it would retaliate", "warned of walkouts unless ..."); a warning whose
# that-clause is about someone else's state or act, unconditioned, is a statement of the speaker's view.
SPEAKER_PRONOUNS = LANG.words("speaker_pronouns")
CONDITION_MARKS = LANG.words("condition_marks")
MARK_LABELS = LANG.labels("mark_labels")


def _own_or_conditional(content: Any, speaker_words: set[str]) -> bool:
    """Whether a warning's content is the speaker's own act (its subject the speaker or a pronoun, and
    an act, not a state) or holds a condition (an if/unless clause)."""
    for tok in content.subtree:
        if tok.dep_ in MARK_LABELS and tok.lower_ in CONDITION_MARKS:
            return True
    return not _stated_state(content) and any(
        c.dep_ in AGENT_SUBJ and (c.lower_ in SPEAKER_PRONOUNS or c.lower_ in speaker_words) for c in content.children)


# CAMEO 130 is a coercive warning of repercussions: a content clause that says what something is like ("warning
# that it would be wrong to wait", "we are worried that ...": a copula with a predicative adjective) announces no
# act of the speaker's, unless the adjective is one of readiness ("we are ready to strike": an act announced)
COPULA = LANG.words("copula_lemmas")
PREDICATIVE = LANG.labels("predicative")
READY_WORDS = LANG.words("ready_words")


def _stated_state(content: Any) -> bool:
    if content.lemma_.lower() not in COPULA:
        return False
    said_of = [c for c in content.children if c.dep_ in PREDICATIVE]
    return bool(said_of) and not any(c.lower_ in READY_WORDS or c.lemma_.lower() in READY_WORDS for c in said_of)


# the executive and its forces speak for one side: a minister warning that the army will act threatens with
# it; a legislator, a party or a union warning that the government must act speaks of another party
# ("Edward Leigh, chairman of the public accounts committee, warned the government would have to work hard")
EXECUTIVE_SECTORS = frozenset(w.upper() for w in LANG.words("executive_sectors"))


def same_side(source: Any, target: Any) -> bool:
    """Whether two actors of a warning are one side: the same country and the same sector, or both of the
    executive (government, army, police); an actor without a sector is its country's."""
    if not target.country or target.country != source.country:
        return False
    if not source.sector or not target.sector or source.sector == target.sector:
        return True
    return source.sector in EXECUTIVE_SECTORS and target.sector in EXECUTIVE_SECTORS


def about_another_party(cand: Candidate) -> bool:
    """Whether a warning's content clause is about someone else's state or act, unconditioned (the
    ``other_party`` argument test of ``sense`` rows: "warned Beijing that WTO membership was crucial")."""
    tok = cand.pred.token
    contents = [c for c in tok.children if c.dep_ in CONTENT_CLAUSE and c.pos_ in VERB_POS]
    speaker_words = {w.lower() for s in cand.sources for w in (s.text or "").split()}
    # "Cairo's security chief warned that police will ...": a warning about one's own side's act
    own_side = any(same_side(s, t) for t in cand.targets for s in cand.sources)
    return bool(contents) and not own_side and not any(_own_or_conditional(c, speaker_words) for c in contents)


# One predicate, one list of objects: "urging Lord Chief Justice and Lord Justices Clarke and Rix", "killed even
# children, women, and the innocent", "Two Turkish soldiers and a village guard were killed" are one appeal, one
# killing.  The members of an object list placed in different countries stay one event each (one_per_side in
# coder.py keeps members of one code together); a member the actor layer placed in no country names no side of
# its own beside a placed one, so it gives no event; a list of only unplaced members gives one event per sector
# it names ("police and protesters" two, "children, women and the innocent" one), a member of no sector none
# beside one of a sector.  A list of places is left whole (each place visited is a visit: coder.one_per_side).
# Subjects are not touched: joint actors ("Russia and China vetoed", "X and Y protested") are one event each
# (judged-1, judged-5 READMEs).


# the resolution of an actor named by a place (actors/kb.py alias type "place"): a list with such a member is a
# list of places ("visits Manchester, Liverpool, Leicester ..."), each its own happening, its unplaced members too
PLACE_RESOLUTION = "place"


def _object_sides(targets: list[Any]) -> list[Any]:
    """The members of an object list that name a side: all of a list of places; else the placed ones; else the
    first of each sector; else the first member."""
    if any(t.resolved_by == PLACE_RESOLUTION for t in targets):
        return targets
    placed = [t for t in targets if t.code or t.country]
    if placed:
        return placed
    firsts: dict[str, Any] = {}
    for t in targets:
        if t.sector:
            firsts.setdefault(t.sector, t)
    return list(firsts.values()) or targets[:1]


def one_object_list(cands: list[Candidate]) -> list[Candidate]:
    """The candidates with each object list reduced to the members that name a side (``_object_sides``); a
    reciprocal act (whose objects are its subjects) is left alone, and a member that is the act's own doer ("the
    talks between the Letter Carriers Union and Canada Post": no event of its own, ``_to_events``) is no side
    beside the others."""
    for cand in cands:
        if cand.reciprocal or len(cand.targets) < 2:
            continue
        others = [t for t in cand.targets if not _doer(t, cand)]
        kept = {id(t) for t in _object_sides(others)} if others else set()
        cand.targets = [t for t in cand.targets if id(t) in kept or _doer(t, cand)]
    return cands


def _doer(target: Any, cand: Candidate) -> bool:
    return target.start is not None and any((target.start, target.end) == (s.start, s.end) for s in cand.sources)


# What an accusation accuses of is the accusation's content, not a second happening: "a woman accused them of gang
# raping her", "accused SATS of applying racist policies by threatening to replace the strikers" are one
# accusation each (CAMEO 112, the ``accuse`` class of codes/data/code_rules.tsv), the act it names is disputed
# and is what the accusation is about.  An act whose predicate hangs under a coded accusation through its
# prepositional complement (``accused_act_path`` labels: "of raping", "by threatening"), with no subject of
# its own on the way, is folded into the accusation; an act in a clause of its own ("accused X, who had
# attacked Y") is not.
ACCUSE = load_ontology().codes("accuse")
ACCUSED_ACT_PATH = LANG.labels("accused_act_path")
SUBJECT_ANY = LANG.labels("subject_any")


def _accused_by(tok: Any, accusations: set[int]) -> Optional[int]:
    """The accusation (one of the tokens ``accusations``) that accuses of ``tok``'s act, or None: the path up to it
    runs through prepositions and their complements only, and no verb on it has a subject of its own."""
    cur = tok
    while cur.head.i != cur.i and cur.dep_ in ACCUSED_ACT_PATH:
        if any(c.dep_ in SUBJECT_ANY for c in cur.children):
            return None
        cur = cur.head
        if cur.i in accusations:
            return cur.i
    return None


def fold_accused_acts(cands: list[Candidate]) -> list[Candidate]:
    """The candidates less the acts a coded accusation of the sentence accuses someone of (``_accused_by``)."""
    accusations = {c.pred.token.i for c in cands if not c.pred.nominal and _code(c) in ACCUSE}
    if not accusations:
        return cands
    by_token = {c.pred.token.i: c for c in cands if c.pred.token.i in accusations}
    kept = []
    for cand in cands:
        owner = _accused_by(cand.pred.token, accusations) if cand.pred.token.i not in accusations else None
        if owner is None:
            kept.append(cand)
        else:
            record(by_token[owner], cand, "accused_act")
    return kept


# A statement inside what a statement says is that statement's words, not a second one: '"I can say with
# confidence that the U.S. does not control any actors there," Simpson said', '"... isn't it ironic that they're
# saying to public sector workers there is no choice," he said' are one statement each, the quoted speaker's.  A
# statement (the code ``statement``) by the same actors whose predicate hangs, at any depth, in the content clause
# (``content_clause``) of another statement of the sentence is folded into it.  Another speaker's statement
# reported ("Israel said Iran says the talks are over") stays its own event, and the relaying one goes
# (``fold_relayed_statements``, below).


WORDS_PATH = LANG.labels("statement_words_path")


def _content_host(tok: Any, statements: dict[int, Candidate]) -> Optional[int]:
    """The statement token whose content clause holds ``tok`` (its nearest such ancestor), or None; the path up to
    it runs through clause complements only (``statement_words_path``: "isn't it ironic that they're saying"), not
    a relative clause ("the talks, which were announced by X") or a coordinated verb, which are no one's words."""
    cur = tok
    while cur.head.i != cur.i and cur.dep_ in WORDS_PATH:
        if cur.head.i in statements and cur.dep_ in CONTENT_CLAUSE:
            return cur.head.i
        cur = cur.head
    return None


def _said_within(cand: Candidate, statements: dict[int, Candidate]) -> Optional[Candidate]:
    """The statement of the sentence whose words ``cand`` (a statement) is, by the same speaker; or None."""
    host = _content_host(cand.pred.token, statements)
    if host is None or not covered(cand.sources, statements[host].sources):
        return None
    return statements[host]


def fold_nested_statements(cands: list[Candidate], statement: str) -> list[Candidate]:
    """The candidates less the statements said inside another statement's content clause by its speaker
    (``_said_within``)."""
    verbal = {c.pred.token.i: c for c in cands if _code(c) == statement and not c.pred.nominal}
    kept = []
    for cand in cands:
        host = _said_within(cand, verbal) if verbal.get(cand.pred.token.i) is cand else None
        if host is None:
            kept.append(cand)
        else:
            record(host, cand, "nested_statement")
    return kept


# A relay is no statement of its own: "Japanese press reports said Prime Minister Nakasone has said he may
# compromise", "Mr Howard said the police had said ID cards could help" tell another speaker's words, and that
# speaker's statement (coded with the relaying speaker as its ``attribution``) is the event; the relaying verb
# states no position of the relayer's (news-audit-1's rule for 010, error class REPORT).  A statement (the code
# ``statement``) whose content clause (``_content_host``) holds the statement of other actors is folded into that
# inner statement, which keeps it as evidence (relation ``relayed_statement``).  A statement inside the speaker's
# own quotation is the speaker's own words, not a relay: '"(The Japanese) have said they are happy we are coming,
# but they are not going to give us anything," Lyng said', 'saying: "Sometimes people say ..."' (over-firing,
# Reuters and BBC): only reported (indirect) speech relays.


def _inside_quotation(tok: Any) -> bool:
    """An odd number of quotation marks before ``tok`` in its sentence (the parser's quote attribute)."""
    return sum(1 for t in tok.doc[tok.sent.start:tok.i] if t.is_quote) % 2 == 1


def _relayed(cands: list[Candidate], statement: str) -> dict[int, Candidate]:
    """The statements of ``cands`` that relay another speaker's statement, by their token: host token → the inner
    statement (the first one found) that it relays; an inner statement with no speaker relays nothing."""
    verbal = {c.pred.token.i: c for c in cands if _code(c) == statement and not c.pred.nominal}
    relays: dict[int, Candidate] = {}
    for cand in verbal.values():
        host = _content_host(cand.pred.token, verbal)
        if host is not None and cand.sources and not covered(cand.sources, verbal[host].sources) \
                and not _inside_quotation(cand.pred.token):
            relays.setdefault(host, cand)
    return relays


def fold_relayed_statements(cands: list[Candidate], statement: str) -> list[Candidate]:
    """The candidates less the statements that relay another speaker's statement (``_relayed``); run after
    ``fold_nested_statements``, so that a speaker's own words inside its statement are already one statement."""
    relays = _relayed(cands, statement)
    kept = []
    for cand in cands:
        inner = relays.get(cand.pred.token.i) if not cand.pred.nominal and _code(cand) == statement else None
        if inner is None:
            kept.append(cand)
        else:
            record(inner, cand, "relayed_statement")
    return kept
