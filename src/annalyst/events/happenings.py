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

from annalyst.events.frames import Candidate
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


PURPOSE = LANG.labels("purpose_adverbial")
INFINITIVE_TAGS = LANG.labels("infinitive_marker")
# talk, appeals, meetings ...: acts a narrated act done for them carries out (codes/data/code_rules.tsv)
REALIZED_PURPOSE = load_ontology().codes("realized_purpose")
# a demonstration's purpose (a demand, a denunciation) is what it demonstrates for: one happening (code_rules.tsv)
PROTEST = load_ontology().codes("protest")
PROTEST_PURPOSE = load_ontology().codes("protest_purpose")


def _purpose_of(tok: Any) -> Optional[Any]:
    """The verb a to-infinitive of purpose hangs from ("met X today [to discuss] Y": met), or None."""
    if tok.dep_ not in PURPOSE or tok.head.i == tok.i:
        return None
    marked = any(c.dep_ in AUX_LABELS and c.tag_ in INFINITIVE_TAGS for c in tok.children)
    return tok.head if marked else None


def fold_restated_purposes(cands: list[Candidate]) -> list[Candidate]:
    """The candidates less each purpose infinitive that names again the act its governor is coded as (the
    same CAMEO root): "met U.S. officials on Monday to discuss the rice issue", "held talks with the
    government to discuss a takeover" are one meeting, not a meeting and a discussion.  Only for the acts
    whose purpose the governing act carries out (``realized_purpose``): "fought to seize the capital" is a
    fight and a seizure sought.  The governor's event carries the happening's modality."""
    by_head: dict[int, list[Candidate]] = {}
    for cand in cands:
        for tok in (cand.pred.token, cand.pred.noun):
            if tok is not None:
                by_head.setdefault(tok.i, []).append(cand)

    def restated(cand: Candidate) -> bool:
        code = cand.code or cand.pred.code
        gov = None if cand.pred.nominal or code not in REALIZED_PURPOSE else _purpose_of(cand.pred.token)
        root = code[:2]
        # the purpose names the same act, or only the root's generic act ("to discuss" 040 of a visit 042)
        return gov is not None and any(
            other is not cand and _purpose_restates(code, root, other.code or other.pred.code)
            for other in by_head.get(gov.i, []))

    return [c for c in cands if not restated(c)]


def _purpose_restates(code: str, root: str, governor: str) -> bool:
    """A purpose of ``code`` restates its governor's act ``governor``: the same act or the root's generic act, or
    the content of a demonstration ("gathered in the square to demand his resignation" is one protest)."""
    if governor[:2] == root and code in (governor, root + "0"):
        return True
    return governor in PROTEST and code in PROTEST_PURPOSE


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


# An adjunct restating its act: a purpose clause ("met for an hour to discuss the sale", "held talks with the
# government to discuss a takeover", "fired tear gas to disperse the miners") or a participle with no subject of
# its own ("expressed support for the attack, praising it as measured", "defended the plan, saying it would
# apply to 1%").  An infinitive hung on a coded act as its purpose (``purpose_adverbial``) or a bare participle
# hung on it as an adverbial (``participle_tags``), coded with the act's own CAMEO code (or one refining it), names what the act was
# for or how it was done, not a second happening: it is folded into the act (whose target and finer code it
# may lend).  An adjunct of another kind ("met to protest", "sent troops to attack") stays its own event, and
# so does one that names actors the act does not (different doers or different objects are different events).
PURPOSE_ADVERBIAL = LANG.labels("purpose_adverbial")
INFINITIVE_MARK = LANG.labels("infinitive_marker")
AUX_MARK = LANG.labels("infinitive_aux")


def is_purpose(verb: Any) -> bool:
    """An infinitive purpose clause: "to discuss", hung on the act it serves as an adverbial (not an
    object's control clause: "obliges firms with US listings to make declarations" makes the firms act)."""
    return verb.dep_ in PURPOSE_ADVERBIAL and verb.head.i != verb.i \
        and any(c.dep_ in AUX_MARK and c.tag_ in INFINITIVE_MARK for c in verb.children)


def restating_adjunct(verb: Any) -> bool:
    """A purpose infinitive, or a participle with no subject of its own hung on an act as its adverbial
    ("..., saying it would apply"): the clauses that may tell the act they hang on again."""
    if is_purpose(verb):
        return True
    return verb.dep_ in PURPOSE_ADVERBIAL and verb.head.i != verb.i and verb.tag_ in PARTICIPLE_TAGS \
        and not any(c.dep_ in AGENT_SUBJ for c in verb.children)


def _code(cand: Candidate) -> str:
    return cand.code or cand.pred.code


def _same_actor(a: Any, b: Any) -> bool:
    if a.entity and a.entity == b.entity:
        return True
    if (a.code or a.country) and (a.code, a.country) == (b.code, b.country):
        return True
    return (a.start, a.end) == (b.start, b.end)


def _covered(refs: list[Any], by: list[Any]) -> bool:
    """Whether every actor of ``refs`` is one of ``by`` (an actor the act does not name is another event's)."""
    return all(any(_same_actor(r, b) for b in by) for r in refs)


def _restates(adjunct: Candidate, act: Candidate) -> bool:
    """Whether an adjunct's candidate tells the same happening as the act it serves: the same CAMEO code or
    one refining the other (not only the same root: "used troops to stop a demonstration (170), even arresting
    him (173)" tells two acts), no doer the act lacks, and no object the act lacks (an act with no object
    takes the adjunct's)."""
    mine, its = _code(adjunct), _code(act)
    if not (mine.startswith(its) or its.startswith(mine)):
        return False
    if not _covered(adjunct.sources, act.sources):
        return False
    return not act.targets or _covered(adjunct.targets, act.targets)


def fold_adjuncts(cands: list[Candidate]) -> list[Candidate]:
    """The sentence's candidates less the purpose and participle adjuncts that restate the act they hang on
    (``restating_adjunct``): the more specific record stays (``_more_specific``); the act kept takes the
    adjunct's objects when it names none, and its finer code when the adjunct refines the act's."""
    acts: dict[int, list[Candidate]] = {}
    for cand in cands:
        if not restating_adjunct(cand.pred.token):
            acts.setdefault(cand.pred.token.i, []).append(cand)
    dropped: set[int] = set()
    for cand in cands:
        tok = cand.pred.token
        if cand.pred.nominal or not restating_adjunct(tok):
            continue
        act = next((a for a in acts.get(tok.head.i, []) if id(a) not in dropped and _restates(cand, a)), None)
        if act is None:
            continue
        if _more_specific(cand, act):
            dropped.add(id(act))  # "he said, while warning Beijing that ...": the warning names whom
            continue
        dropped.add(id(cand))
        if not act.targets and cand.targets:
            act.targets = cand.targets  # "fired tear gas to disperse the miners": at whom
        if len(_code(cand)) > len(_code(act)):
            act.code = _code(cand)
    return [c for c in cands if id(c) not in dropped]


def fold_manner_protests(cands: list[Candidate]) -> list[Candidate]:
    """The sentence's candidates less a protest named as the manner of an act that is itself coded as a
    protest ("walked out in protest": the walk-out is the protest; "resigned in protest" keeps both, the
    resignation and the protest it makes).  The manner protest is the one whose agent the ``adjunct_act``
    filler gave (events/structure.py)."""
    roots = {}
    for cand in cands:
        if not cand.pred.nominal:
            roots.setdefault(cand.pred.token.i, set()).add(_code(cand)[:2])
    kept = []
    for cand in cands:
        frame, noun = cand.frame, cand.pred.noun if cand.pred.noun is not None else cand.pred.token
        if frame is not None and frame.filled_by.get("agent") == "adjunct_act" \
                and _code(cand)[:2] in roots.get(noun.head.head.i, ()):
            continue
        kept.append(cand)
    return kept


def _more_specific(adjunct: Candidate, act: Candidate) -> bool:
    """Whether the adjunct is the better record of the happening: it names an object the act does not, and
    is no less asserted (a purpose is a plan: the act it serves stays the record, and takes its object)."""
    return bool(adjunct.targets) and not act.targets and adjunct.flags <= act.flags


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
    """Whether a warning's content is the speaker's own act (its subject the speaker or a pronoun)
    or holds a condition (an if/unless clause)."""
    for tok in content.subtree:
        if tok.dep_ in MARK_LABELS and tok.lower_ in CONDITION_MARKS:
            return True
    return any(c.dep_ in AGENT_SUBJ and (c.lower_ in SPEAKER_PRONOUNS or c.lower_ in speaker_words)
               for c in content.children)


# the executive and its forces speak for one side: a minister warning that the army will act threatens with
# it; a legislator, a party or a union warning that the government must act speaks of another party
# ("Edward Leigh, chairman of the public accounts committee, warned the government would have to work hard")
EXECUTIVE_SECTORS = frozenset(w.upper() for w in LANG.words("executive_sectors"))


def _same_side(source: Any, target: Any) -> bool:
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
    own_side = any(_same_side(s, t) for t in cand.targets for s in cand.sources)
    return bool(contents) and not own_side and not any(_own_or_conditional(c, speaker_words) for c in contents)