"""The event coder: predicate lexicon + dependency structure -> CAMEO/PLOVER events.

For every sentence that holds a lexicon trigger the coder finds predicates (verbs, light verbs
with an event noun, nominal events), classifies each by the most specific lexicon pattern,
finds source and target actors in the parse (active/passive, prepositional targets, coordinated
actors, inherited subjects of participles and infinitives, relative clauses), and decides
attribution and modality.  All rules are general; words, labels and codes are data (``lang/en``, ``codes/data/code_rules.tsv``).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

import numpy as np
from spacy.attrs import LEMMA, LOWER, TAG
from spacy.strings import get_string_id

from annalyst.clean.dateline import dateline_spans
from annalyst.codes import all_codes, lookup
from annalyst.events.prospects import flag_prospects
from annalyst.events.vetoes import drop_vetoed
from annalyst.events.folds import fold_clauses
from annalyst.events.happenings import (drop_reported_statements, fold_accused_acts, fold_caused_outcomes,
                                        fold_consequences,
                                        fold_manner_protests, fold_nested_statements, fold_relayed_statements,
                                        one_object_list,
                                        PLACE_RESOLUTION)
from annalyst.events.senses import check_senses, choose_senses
from annalyst.events.lexicon import Lexicon, Pattern, PatternFilter, load_lexicon
from annalyst.events import structure as st
from annalyst.events import same_happening
from annalyst.events.protest import quelled, witnessed
from annalyst.events import confidence as calibration
from annalyst.events.frames import (RANK_CORE_PATTERN, RANK_CORE_VERB, RANK_LIGHT_NOUN, RANK_PETRARCH_PATTERN,
                                    RANK_PETRARCH_VERB, Candidate, Frame, Predicate)
from annalyst.model import ActorRef, Attribution, Document, Event
from annalyst.parse.view import ParsedDoc
from annalyst.pipeline.base import Step

LANG, ONT = st.LANG, st.ONT
# parser labels by role (lang/en/labels.tsv)
ACTOR_SLOT = LANG.labels("actor_slot")
AGREED_CONTENT = LANG.labels("agreed_content")
COMPLEMENT_CLAUSE = LANG.labels("complement_clause")
CONTENT_OR_ACL = LANG.labels("content_or_acl")
MODAL_OR_TO = LANG.labels("modal_or_to")
RELATIVE_CLAUSE = LANG.labels("relative_clause")
PURPOSE_CLAUSE = LANG.labels("purpose_clause")
PROTEST_PURPOSE = ONT.codes("protest_purpose")
NOMINAL_ROLES = LANG.labels("nominal_roles")
NOUN_MODIFIER = LANG.labels("noun_modifier")
NOUN_POS = LANG.labels("noun_pos")
OBJECT = LANG.labels("object")
PASSIVE_MARKS = LANG.labels("passive_marks")
PREDICATE_ADJECTIVE = LANG.labels("predicate_adjective")
PREDICATE_POS = LANG.labels("predicate_pos")
REPORT_TOP = LANG.labels("report_top")
SUBJECT_ANY = LANG.labels("subject_any")
VERB_POS = LANG.labels("verb_pos")
# classes of codes tested here and single code decisions (codes/data/code_rules.tsv)
INTENT, MATERIAL_CONFLICT, ORDERED_ACT = ONT.codes("intent"), ONT.codes("material_conflict"), ONT.codes("ordered_act")
THREAT_GENERIC = ONT.codes("threat_generic")
PROMISE, APPEAL, AIR_STRIKE = ONT.code("promise"), ONT.code("appeal"), ONT.code("air_strike")
SHARED_VIEW, ATTEMPTED, SUICIDE_ATTACK = ONT.map("shared_view"), ONT.map("attempted"), ONT.map("suicide_attack")
# small word classes the rules below read (lang/en/words.tsv)
NOMINAL_ACT_PREPS = LANG.words("nominal_act_preps")
AGREE_TO_PREPS = LANG.words("agree_to_preps")
REQUEST_PREPS = LANG.words("request_preps")
AUX_LEMMAS = LANG.words("aux_lemmas")
STRIKE_WEAPONS = LANG.words("strike_weapons")
# protesters who rally, gather or march demonstrate, whatever else the verb may mean
CROWD_VERBS, PROTESTER_NOUNS, DEMONSTRATE = LANG.words("crowd_verbs"), LANG.words("protester_nouns"), ONT.code("demonstrate")  # "air strike", "drone strike": an aerial attack
DEPTH_PENALTY = 0.08  # confidence lost per clause level below the main predicate
SUBORDINATE_PENALTY = 0.05  # more for background clauses ("as the opposition threatened to ...")


def _word_matches(word: str, tok: Any, lex: Lexicon) -> bool:
    if word.startswith("@"):
        members = lex.sets.get(word, frozenset())
        return tok.lower_ in members or tok.lemma_.lower() in members
    low, lemma = tok.lower_, tok.lemma_.lower()
    if word in (low, lemma):
        return True
    return word.endswith("s") and word[:-1] == lemma


def _words_of(toks: list[Any]) -> frozenset[str]:
    """Every form ``_word_matches`` compares against: lower-case texts and lemmas."""
    return frozenset(t.lower_ for t in toks) | frozenset(t.lemma_.lower() for t in toks)


def _may_match(words: tuple[str, ...], present: frozenset[str], lex: Lexicon) -> bool:
    """False only when some pattern word can match none of ``present`` (a necessary condition
    of ``_match_sequence``, so skipping on False never loses a match)."""
    for need in lex.needs(words):
        if need.isdisjoint(present):
            return False
    return True


def _match_sequence(words: tuple[str, ...], toks: list[Any], lex: Lexicon) -> Optional[list[Any]]:
    """Greedy in-order match; ``a_b`` must be adjacent tokens.  Returns the matched tokens."""
    matched: list[Any] = []
    pos = 0
    for word in words:
        parts = word.split("_")
        found = False
        while pos < len(toks):
            window = toks[pos: pos + len(parts)]
            if len(window) == len(parts) and all(_word_matches(p, t, lex) for p, t in zip(parts, window)) \
                    and all(b.i - a.i == 1 for a, b in zip(window, window[1:])):
                matched.extend(window)
                pos += len(parts)
                found = True
                break
            pos += 1
        if not found:
            return None
    return matched


def noun_code(tok: Any, lex: Lexicon) -> Optional[tuple[str, list[Any]]]:
    """The code of an event noun, preferring a compound ("air strike") over the bare noun."""
    left = [c for c in tok.lefts if c.dep_ in NOUN_MODIFIER and c.i == tok.i - 1]
    for mod in left:
        for key in (f"{mod.lower_}_{tok.lower_}", f"{mod.lemma_.lower()}_{tok.lemma_.lower()}"):
            if key in lex.nouns:
                return lex.nouns[key], [mod, tok]
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
        # the tokenizer splits hyphenated event nouns ("sit-in", "walk-out") into three tokens
        first = tok.doc[tok.i - 2]
        key = f"{first.lower_}-{tok.lower_}"
        if key in lex.nouns:
            return lex.nouns[key], [first, tok.doc[tok.i - 1], tok]
    nominal = _nominal_act(tok, lex)
    if nominal is not None:
        return nominal
    # a compound head may itself be the second half ("hunger" in "hunger strike" is the head's left)
    for key in (tok.lower_, tok.lemma_.lower()):
        if key in lex.nouns:
            if key == "strike" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in STRIKE_WEAPONS:
                return lex.nouns.get(f"{tok.doc[tok.i - 1].lower_}_strike", AIR_STRIKE), [tok.doc[tok.i - 1], tok]
            return lex.nouns[key], [tok]
    if tok.lemma_.lower() in lex.cue("frame"):
        # "a mediation mission", "peace efforts", "combing operations": the frame noun is empty,
        # its modifier names the act
        for mod in left:
            for key in (mod.lower_, mod.lemma_.lower()):
                if key in lex.nouns:
                    return lex.nouns[key], [mod, tok]
        # "began the process of returning X", "an effort to mediate": so does its verbal complement
        for verb in _frame_complements(tok):
            inner = classify_verb(verb, lex, depth=1)
            if inner is not None:
                return inner.code, [tok, verb]
    return None


def _nominal_act(tok: Any, lex: Lexicon) -> Optional[tuple[str, list[Any]]]:
    """"an end to the embargo", "the lifting of sanctions": a noun naming a verb's act (``cue
    nominal_VERB``) is coded by that verb's patterns applied to the words of its complements."""
    verb = lex.nominal_verbs.get(tok.lower_) or lex.nominal_verbs.get(tok.lemma_.lower())
    if verb is None:
        return None
    after = [t for c in tok.children if c.dep_ == "prep" and c.lower_ in NOMINAL_ACT_PREPS for t in c.subtree]
    if not after:
        return None
    words = _words_of(after)
    best: Optional[tuple[int, str, list[Any]]] = None
    for pat in lex.patterns_for(verb):
        if pat.before or not _may_match(pat.after, words, lex):
            continue
        got = _match_sequence(pat.after, after, lex)
        if got is None:
            continue
        rank = (RANK_CORE_PATTERN if pat.priority >= 2 else RANK_PETRARCH_PATTERN) + pat.size
        if best is None or rank > best[0]:
            best = (rank, pat.code, got)
    return (best[1], [tok] + best[2]) if best is not None else None


def _frame_complements(tok: Any) -> list[Any]:
    """"the process of returning", "efforts to mediate": the verb a frame noun is filled by."""
    out = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
           for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    out += [c for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]
    return out


def verb_lemma(tok: Any, lex: Lexicon) -> str:
    """The verb's dictionary form, guarding against lemmatizer slips ("staged" -> "stag")."""
    return _verb_lemma_of(tok.lemma_.lower(), tok.lower_, lex)


def _verb_lemma_of(lemma: str, low: str, lex: Lexicon) -> str:
    """``verb_lemma`` from the lower-cased lemma and text."""
    if lemma in lex.verbs or lemma in lex.light:
        return lemma
    for cand in (low, low[:-1], low[:-2], low[:-3] + "e" if low.endswith("ing") else "", low[:-3],
                 low[:-3] + "y" if low.endswith("ied") else ""):
        if cand and (cand in lex.verbs or cand in lex.light):
            return cand
    return lemma


def _core_verb(tok: Any, lex: Lexicon) -> bool:
    return _core_lemma(verb_lemma(tok, lex), lex)


def _core_lemma(lemma: str, lex: Lexicon) -> bool:
    entry = lex.verbs.get(lemma)
    return entry is not None and entry.priority >= 2


SPEAKER_PRONOUNS = LANG.words("speaker_pronouns")


def _speaker_words(tok: Any, lex: Lexicon) -> list[Any]:
    """"Farmers said they would blockade Paris": a pronoun subject under a speech verb is the
    speaker, so the speaker's words count as the doer's words for patterns that name the doer
    ("^@civilcrowd blockade" is a protest, not a military blockade)."""
    if not any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in tok.children):
        return []
    clause = tok
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    head = clause.head
    if clause.dep_ != "ccomp" or head.lemma_.lower() not in lex.cue("speech"):
        return []
    return [t for c in head.children if c.dep_ == "nsubj" for t in c.subtree]


def _may_code_verb(tok: Any, lemma: str, lex: Lexicon, own_lemma: Optional[str] = None) -> bool:
    """False when no rule of ``classify_verb`` can code the verb: each one needs the lemma to be
    a lexicon verb, a light verb, or in a cue it reads (throughput: skips the clause walk).
    ``own_lemma``: ``tok.lemma_.lower()``, when the caller has it."""
    if lemma in lex.codable_lemmas():
        return True
    return (tok.lemma_.lower() if own_lemma is None else own_lemma) in lex.cue("objappeal")


def _subject_infinitive_at(c: int, arrays: st.DocArrays) -> bool:
    """``structure.subject_infinitive`` of token ``c``, an advcl, on the document's arrays."""
    dep, tag = arrays.dep, arrays.tag
    kids = arrays.children(c)
    return any(dep[a] == _AUX and tag[a] == _TO for a in kids) \
        and any(dep[a] == _MARK and arrays.lower(a) in st.INFINITIVE_SUBJECT_MARKS for a in kids)


def _best_pattern(tok: Any, patterns: PatternFilter, lex: Lexicon) -> Optional[Predicate]:
    """The verb's most specific matching pattern, read on the verb's clause (only verbs with
    patterns walk the clause: throughput)."""
    clause = st.clause_tokens(tok)
    # the bare infinitive belongs to the verb's phrasing ("declined to comment", "vowed to retaliate")
    # ("allowed parties to contest": the parser may make the infinitive a ccomp with its own subject)
    # the infinitive's own subject and object count too ("allowed peacekeepers to deploy", "allowed X
    # to bring out a rally"), unless the infinitive is a hand-written verb: then it is coded as the
    # content ("agreed to allow aid" is about allowing, not aid)
    infinitive = [t for c in tok.children if c.pos_ in VERB_POS and (c.dep_ == "xcomp" or (
                      c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children))
                      or st.subject_infinitive(c))
                  for t in (c, *[a for a in c.children if a.dep_ == "aux" and a.tag_ == "TO"
                                 or a.dep_ == "mark" and a.lower_ in st.INFINITIVE_SUBJECT_MARKS
                                 or a.dep_ == "nsubj" and a.pos_ == "NOUN"
                                 or a.dep_ in OBJECT and a.pos_ == "NOUN" and not _core_verb(c, lex)
                                 # "prepared to resume shelling": an aspectual infinitive passes on its act
                                 or a.dep_ == "xcomp" and a.pos_ == "VERB" and c.lemma_.lower() in lex.cue("aspect")])]
    # numeric modifiers ("up to 4,000 troops") never carry the act: "up" there is no particle
    after = sorted([t for t in clause if t.i > tok.i and t.dep_ != "quantmod"]
                   + [t for t in infinitive if t.i > tok.i], key=lambda t: t.i)
    before = [t for t in clause if t.i < tok.i] + _speaker_words(tok, lex)
    after_words, before_words = _words_of(after), _words_of(before)
    # most patterns name a word the clause lacks: rule them out on word sets before the
    # token-by-token match (throughput; the match itself decides as before)
    return _best_of_patterns(tok, patterns.candidates(after_words, before_words), after, before, lex)


def _best_of_patterns(tok: Any, patterns: list[Pattern], after: list[Any], before: list[Any],
                      lex: Lexicon) -> Optional[Predicate]:
    best: Optional[Predicate] = None
    best_reach = 0
    for pat in patterns:
        got = _match_pattern(pat, after, before, lex)
        if got is None:
            continue
        rank = (RANK_CORE_PATTERN if pat.priority >= 2 else RANK_PETRARCH_PATTERN) + pat.size
        # equally specific patterns: the one whose words lie nearest the verb names its object
        # ("provided information about arms": the information, not the arms)
        # (hand-written patterns only: PETRARCH's many one-preposition patterns keep file order)
        reach = max((abs(t.i - tok.i) for t in got), default=0) if pat.priority >= 2 else 0
        if best is None or rank > best.rank or (rank == best.rank and reach < best_reach):
            best, best_reach = Predicate(tok, pat.code, [tok] + got, rank), reach
    return best


def _subtree_indices(arrays: st.DocArrays, i: int) -> list[int]:
    """``Token.subtree`` as indices, in its order (left children's subtrees, the token, right ones)."""
    out: list[int] = []
    kids = arrays.children(i)
    for c in kids:
        if c < i:
            out.extend(_subtree_indices(arrays, c))
    out.append(i)
    for c in kids:
        if c > i:
            out.extend(_subtree_indices(arrays, c))
    return out


_NSUBJ, _CCOMP, _XCOMP, _AUX, _QUANTMOD = (get_string_id(x) for x in ("nsubj", "ccomp", "xcomp", "aux", "quantmod"))
_ADVCL, _MARK = get_string_id("advcl"), get_string_id("mark")
_CONJ, _TO, _NOUN, _VERB, _AUX_POS = (get_string_id(x) for x in ("conj", "TO", "NOUN", "VERB", "AUX"))
_OBJECTS, _VERBAL = st.label_ids(*OBJECT), st.label_ids(*VERB_POS)
_NOMINAL_ROLES, _DET, _VBN = st.label_ids(*NOMINAL_ROLES), get_string_id("det"), get_string_id("VBN")
_SPEAKER_PRONOUN_IDS = st.label_ids(*SPEAKER_PRONOUNS)


def _speaker_indices(i: int, arrays: st.DocArrays, lex: Lexicon) -> list[int]:
    """``_speaker_words`` on the arrays."""
    dep, children, head = arrays.dep, arrays.children, arrays.head
    if not any(dep[c] == _NSUBJ and arrays.lower_ids[c] in _SPEAKER_PRONOUN_IDS for c in children(i)):
        return []
    clause = i
    while dep[clause] == _CONJ and head[clause] != clause:
        clause = head[clause]
    up = head[clause]
    if dep[clause] != _CCOMP or arrays.lemma(up) not in lex.cue("speech"):
        return []
    return [t for c in children(up) if dep[c] == _NSUBJ for t in _subtree_indices(arrays, c)]


def _infinitive_indices(i: int, arrays: st.DocArrays, lex: Lexicon) -> list[int]:
    """The infinitive words ``_best_pattern`` adds to the verb's phrasing, on the arrays."""
    dep, pos, tag, children = arrays.dep, arrays.pos, arrays.tag, arrays.children
    out: list[int] = []
    for c in children(i):
        if pos[c] not in _VERBAL or not (dep[c] == _XCOMP or (
                dep[c] == _CCOMP and any(dep[a] == _AUX and tag[a] == _TO for a in children(c)))
                or dep[c] == _ADVCL and _subject_infinitive_at(c, arrays)):
            continue
        out.append(c)
        out.extend(a for a in children(c) if dep[a] == _AUX and tag[a] == _TO
                   or dep[a] == _MARK and arrays.lower(a) in st.INFINITIVE_SUBJECT_MARKS
                   or dep[a] == _NSUBJ and pos[a] == _NOUN
                   or dep[a] in _OBJECTS and pos[a] == _NOUN
                   and not _core_lemma(_verb_lemma_of(arrays.lemma(c), arrays.lower(c), lex), lex)
                   or dep[a] == _XCOMP and pos[a] == _VERB and arrays.lemma(c) in lex.cue("aspect"))
    return out


def _best_pattern_fast(tok: Any, patterns: PatternFilter, lex: Lexicon, arrays: st.DocArrays) -> Optional[Predicate]:
    """``_best_pattern`` with the clause walked and the patterns ruled out on the document's
    arrays; ``Token`` objects are built only when some pattern may match (throughput)."""
    i = tok.i
    # the clause, the infinitive and the speaker all lie in the verb's dependency tree: when no
    # pattern can pass on the whole tree's words, none passes on theirs
    if not patterns.any_candidate_ids(arrays.tree_words(i)):
        return None
    clause = st.clause_indices(arrays, i)
    dep = arrays.dep
    after = sorted([t for t in clause if t > i and dep[t] != _QUANTMOD]
                   + [t for t in _infinitive_indices(i, arrays, lex) if t > i])
    before = [t for t in clause if t < i] + _speaker_indices(i, arrays, lex)
    lower, lemma = arrays.lower, arrays.lemma
    found = patterns.candidates([lower(t) for t in after] + [lemma(t) for t in after],
                                [lower(t) for t in before] + [lemma(t) for t in before])
    if not found:
        return None
    doc = tok.doc
    return _best_of_patterns(tok, found, [doc[t] for t in after], [doc[t] for t in before], lex)


def classify_verb(tok: Any, lex: Lexicon, depth: int = 0, arrays: Optional[st.DocArrays] = None) -> Optional[Predicate]:
    """The verb's predicate: its most specific pattern, light-verb noun or own code (None: no
    event).  ``arrays`` (the document's, optional) only make it faster."""
    if arrays is not None:  # the same strings, from the document's ids (a ``Token`` decodes its own each time)
        own_lemma = arrays.lemma(tok.i)
        lemma = lex.verb_lemma(own_lemma, arrays.lower(tok.i), _verb_lemma_of)
    else:
        own_lemma = tok.lemma_.lower()
        lemma = verb_lemma(tok, lex)
    if not _may_code_verb(tok, lemma, lex, own_lemma):
        return None
    patterns = lex.pattern_filter(lemma)
    if not patterns.patterns:
        best = None
    elif arrays is not None:
        best = _best_pattern_fast(tok, patterns, lex, arrays)
    else:
        best = _best_pattern(tok, patterns, lex)
    if lemma in lex.cue("endlight"):
        # "bring / put an end to X": only a noun naming an act makes these verbs light
        obj = st.object_noun(tok)
        nominal = _nominal_act(obj, lex) if obj is not None else None
        if nominal is not None and (best is None or RANK_LIGHT_NOUN > best.rank):
            best = Predicate(tok, nominal[0], [tok] + nominal[1], RANK_LIGHT_NOUN, noun=obj)
    if lemma in lex.light:
        # "held talks"; passive "arrests were made"; participle "the arrests made by the police"
        for obj in (st.object_noun(tok), st.passive_object(tok), st.modified_noun(tok)):
            nc = noun_code(obj, lex) if obj is not None else None
            if nc:
                if best is None or RANK_LIGHT_NOUN > best.rank:
                    best = Predicate(tok, nc[0], [tok] + nc[1], RANK_LIGHT_NOUN, noun=obj)
                break
    if (best is None or best.rank < RANK_LIGHT_NOUN) and own_lemma in lex.cue("objappeal") \
            and _wants_of_another(tok, lex):
        # "X wants Y to pay compensation": X appeals to Y (sub-coded by what Y is to do)
        best = Predicate(tok, APPEAL, [tok], RANK_CORE_VERB)
    entry = lex.verbs.get(lemma)
    if best is None and entry is not None and entry.code:
        rank = RANK_CORE_VERB if entry.priority >= 2 else RANK_PETRARCH_VERB
        best = Predicate(tok, entry.code, [tok] + [c for c in tok.children if c.dep_ == "prt"], rank)
    if depth < 2 and lemma in lex.cue("causative"):
        # "ordered the paper to suspend publication": the ordered act is the orderer's
        for content in (c for c in tok.children if c.dep_ in COMPLEMENT_CLAUSE and c.pos_ == "VERB"):
            inner = classify_verb(content, lex, depth + 1, arrays)
            if inner is not None and inner.code in st.VIOLENT and lemma in lex.cue("objcontrol"):
                continue  # "forced the police to open fire": the police fire (coded on the infinitive)
            if inner is not None and inner.code in ORDERED_ACT:
                return Predicate(tok, inner.code, [tok] + inner.trigger, max(inner.rank, best.rank if best else 0))
    if best is not None and best.code in SHARED_VIEW and lemma in lex.cue("accord") and _agrees_with_a_view(tok, lex):
        # "agreed that there was an urgent need for progress": sharing a view, not a promise (019)
        best.code = SHARED_VIEW[best.code]
    if (best is None or best.rank <= RANK_CORE_VERB and best.code not in st.PROTEST) and own_lemma in CROWD_VERBS \
            and (_protesters_act(tok, lex) or _gathered_to_protest(tok, lex, depth, arrays)):
        # "thousands of protesters rallied across the US", "demonstrators gathered outside parliament"
        best = Predicate(tok, DEMONSTRATE, [tok], RANK_CORE_VERB)
    if best is not None and best.code in GENERIC_BY_CONTENT and depth < 2:
        refined = _refine_by_content(best, lex, depth, arrays)
        if refined:
            best.code = refined
    return best


def _gathered_to_protest(tok: Any, lex: Lexicon, depth: int, arrays: Optional[st.DocArrays]) -> bool:
    """The crowd verb's purpose is a demand, a disapproval or a protest ("thousands of people gathered
    in the square to demand the president's resignation"): a gathering for it is a demonstration."""
    if depth >= 2:
        return False
    for clause in (c for c in tok.children if c.dep_ in PURPOSE_CLAUSE and c.pos_ in VERB_POS):
        if not any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children):
            continue
        inner = classify_verb(clause, lex, depth + 1, arrays)
        if inner is not None and inner.code in PROTEST_PURPOSE:
            return True
    return False


def _gatherers(tok: Any) -> list[Any]:
    """Who does the crowd verb: its subject, or the noun a relative clause with a relative-pronoun subject
    modifies ("a group of children who gathered")."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ in RELATIVE_CLAUSE and any(s.lower_ in st.RELATIVE_PRONOUNS for s in subjects):
        return [tok.head]
    return subjects


def _protesters_act(tok: Any, lex: Lexicon) -> bool:
    """The verb's doers name protesters ("protesters", "a crowd", "thousands of demonstrators"), or a
    crowd that a quelling verb acts on ("police dispersed a group of children who gathered": nobody
    disperses a gathering that did not happen; events/protest.py)."""
    for subj in _gatherers(tok):
        heads = [subj]
        if subj.lemma_.lower() in st.QUANTITY_NOUNS:
            heads += [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"]
        if any(h.lemma_.lower() in PROTESTER_NOUNS or h.lower_ in PROTESTER_NOUNS for h in heads):
            return True
        if quelled(subj, lex):
            return True
    return False


def _agrees_with_a_view(tok: Any, lex: Lexicon) -> bool:
    """A finite that-clause with no modal or future ("agreed that the situation was serious"), and no
    infinitive: a view agreed with ("agreed that X should cooperate" stays an intent)."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in VERB_POS]
    if not clauses or any(c.dep_ in AGREED_CONTENT or (c.dep_ == "prep" and c.lower_ in AGREE_TO_PREPS)
                          for c in tok.children):
        return False
    for clause in clauses:
        if any(a.dep_ == "aux" and (a.tag_ in MODAL_OR_TO or a.lower_ in lex.cue("modal")) for a in clause.children):
            return False
        if clause.lemma_.lower() != "be":
            return False  # "agreed that X withdrew": an account of an act, left as it was
    return True


def _wants_of_another(tok: Any, lex: Lexicon) -> bool:
    """A to-infinitive whose own subject is another party: "wants Germany to pay" (not "wants to
    pay", and not a thing: "wants the bill to pass", "wants it to be 1")."""
    def party(n: Any) -> bool:
        return n.pos_ == "PROPN" or n.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") \
            or n.lemma_.lower() in lex.cue("agent")
    doers = [c for c in tok.children if c.dep_ in OBJECT]
    for c in tok.children:
        if c.dep_ in COMPLEMENT_CLAUSE and c.pos_ in VERB_POS \
                and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
            if any(party(n) for n in doers + [g for g in c.children if g.dep_ == "nsubj"]):
                return True
    return False


# codes refined by the weapon the sentence names (``refine weapon/CODE`` rows of the code rules)
WEAPON_CODES = ONT.refine("weapon")
WEAPON_NEEDS = {code: LANG.words(words) for code, words in ONT.need("weapon").items()}


def _weapon_code(sent: Any, code: str, lex: Lexicon) -> str:
    """PLOVER ASSAULT modes / CAMEO 18x-19x sub-codes from the weapon the sentence names."""
    toks = list(sent)
    words = {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks} \
        | {f"{a.lower_}_{b.lower_}" for a, b in zip(toks, toks[1:])}  # "car bomb" -> car_bomb
    for cue, new in WEAPON_CODES[code]:
        if words & lex.cue(cue):
            if new in WEAPON_NEEDS and not WEAPON_NEEDS[new] & words:
                continue  # a car bomb needs a vehicle word as well
            return new
    return code


# a generic code's topic refinements: (cue, digit to append or "=CODE") in order (``topic`` rows)
TOPIC_CUES = ONT.topics
TOPIC_PREFIX = ONT.map("topic_prefix")
TOPIC_REFINABLE = set(TOPIC_CUES)
# generic kinds tried in order; the yield kind (025 ...) only when the content names giving something up
KIND_OF_GENERIC = ONT.list("generic_kinds")
YIELD_KINDS = ONT.codes("yield_kind")


def _generic_kinds(pred: Predicate, code: str, lex: Lexicon) -> list[tuple[str, ...]]:
    """The kinds to try, in turn, for a generic appeal/intent/demand/rejection.  When the content
    verb itself says giving something up, the political and yield kinds are tried together and the
    nearest topic word decides ("demanded X allow aid workers the freedom of movement" is 1055: the
    aid workers are let in, the freedom is theirs; "cancel plans to sell weapons" stays a policy)."""
    kinds = KIND_OF_GENERIC[code]
    yields = lex.cue("yieldword")
    heads = [pred.token] + ([pred.noun] if pred.noun is not None else [])
    # (the parser often makes the infinitive an adverbial clause: "demanded X to allow")
    if any(c.pos_ == "VERB" and c.lemma_.lower() in yields and (c.dep_ in COMPLEMENT_CLAUSE or c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)) for h in heads for c in h.children):
        return [(kinds[1], kinds[0])] + [(k,) for k in kinds[2:]]
    return [(k,) for k in kinds]


# a threat whose content verb is unknown is classed by what it names (``refine threat/CODE`` rows)
THREAT_CODES = ONT.refine("threat")
THREATEN = ONT.code("threaten")


def _threat_code(pred: Predicate, lex: Lexicon, code: str = THREATEN) -> str:
    words = [t for t in pred.token.subtree if t.i > pred.token.i]
    for cue, new in THREAT_CODES.get(code, THREAT_CODES[THREATEN]):
        if any(t.lower_ in lex.cue(cue) or t.lemma_.lower() in lex.cue(cue) for t in words):
            return new
    return code


NO_TOPIC_ENTITIES = LANG.labels("no_topic_entities")
NAME_ENTITIES = LANG.labels("name_entities")  # proper-noun words of these names only ("World War Two")


def _phrase_words(pred: Predicate) -> list[Any]:
    """The predicate's phrase without its subject (what is demanded, promised, refused)."""
    heads = [pred.token] + ([pred.noun] if pred.noun is not None else [])
    actor_words = {t.i for h in heads for c in h.children if c.dep_ in ACTOR_SLOT
                   for t in c.subtree}
    return [t for h in heads for t in h.subtree if t.i not in actor_words and t.i != pred.token.i]


def _phrase_has(pred: Predicate, lex: Lexicon, cue: str, parts: tuple[str, ...] = ()) -> bool:
    words = lex.cue(cue)
    return any((not parts or t.pos_ in parts) and (t.lower_ in words or t.lemma_.lower() in words)
               for t in _phrase_words(pred))


# settling a dispute: appeal 027, intent 037, rejection of a settlement 127 (codebook names)
SETTLE_KIND = ONT.map("settle")


NO_TOPIC = 10_000  # the distance reported when no topic word is found


def _topic_code(pred: Predicate, code: str, lex: Lexicon, generic: bool = False) -> str:
    """The 4-digit code from the demand's topic: the cue word nearest the predicate in its phrase."""
    return _topic_match(pred, code, lex, generic)[0]


# circumstances of an act (time, cause, condition) are not its arguments: no topic word under them
ADJUNCT_PREPS = LANG.words("topic_adjunct_preps")
ADJUNCT_NOUNS = LANG.words("topic_adjunct_nouns")
ADJUNCT_MARKS = LANG.words("topic_adjunct_marks")
SPEECH_ASIDE = LANG.labels("topic_speech_aside")
ADJUNCT_OPENER = LANG.labels("topic_adjunct_opener")


def _is_circumstance(tok: Any, speech: frozenset[str] | set[str]) -> bool:
    """A prepositional or clausal adjunct of time, cause or condition ("following the dismissal of",
    "in the wake of the elections", "when aid was stalled") or a report on the act ("in what some
    observers said"), as opposed to what the act is about."""
    if tok.dep_ == "prep":
        objects = [c for c in tok.children if c.dep_ == "pobj" or c.dep_ in OBJECT]  # "following" is often a verb
        # a protest after a protest carries its demand ("rioted following a demonstration calling
        # for the removal of the president": codebook 1451)
        if any(c.lemma_.lower() in st.PROTEST_NOUNS for c in objects):
            return False
        return tok.lower_ in ADJUNCT_PREPS or any(c.lemma_.lower() in ADJUNCT_NOUNS for c in objects)
    if tok.dep_ in SPEECH_ASIDE and tok.pos_ in VERB_POS and tok.lemma_.lower() in speech and not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return True  # "in what observers said": someone's report on the act, not its content
    if tok.dep_ == "advcl":
        return any(c.dep_ in ADJUNCT_OPENER and c.lower_ in ADJUNCT_MARKS | ADJUNCT_PREPS
                   for c in tok.children if c.i < tok.i)
    return False


def _circumstance_words(heads: list[Any], lex: Lexicon) -> set[int]:
    """The tokens under the heads' circumstance adjuncts (a head's own subtree is never cut away)."""
    head_ids = {h.i for h in heads}
    speech = lex.cue("speech")
    out: set[int] = set()
    for h in heads:
        for t in h.subtree:
            if t.i not in head_ids and t.i not in out and _is_circumstance(t, speech):
                sub = {x.i for x in t.subtree}
                if not sub & head_ids:
                    out |= sub
    return out


def _topic_match(pred: Predicate, code: str, lex: Lexicon, generic: bool = False) -> tuple[str, int]:
    """``_topic_code`` with the distance of the cue word from the predicate (a large number if none)."""
    heads = [pred.token] + ([pred.noun] if pred.noun is not None else [])
    # who acts says nothing about what is demanded ("the Israeli army forced out refugees"), nor
    # when or why it acts ("walked out following ... the dismissal of a driver" is no leadership demand)
    actor_words = {t.i for h in heads for c in h.children if c.dep_ in ACTOR_SLOT
                   for t in c.subtree} | _circumstance_words(heads, lex)
    # dates name no topic ("from 11 March"), nor do the names of states and people ("the
    # Democratic People's Republic of Korea" is no demand for democracy)
    words = sorted({t.i: t for h in heads for t in h.subtree if t.i not in actor_words
                    and t.ent_type_ not in NO_TOPIC_ENTITIES
                    and not (t.pos_ == "PROPN" and t.ent_type_ in NAME_ENTITIES)}.values(),
                   key=lambda t: abs(t.i - pred.token.i))
    yield_words = lex.cue("yieldword")
    if generic and code in YIELD_KINDS and not any(
            t.pos_ in PREDICATE_POS and (t.lower_ in yield_words or t.lemma_.lower() in yield_words) for t in words):
        return code, NO_TOPIC  # "offer a free service": giving something up is said by a verb or its noun
    cues = [(lex.cue(cue), digit) for cue, digit in TOPIC_CUES[code]] if words else []  # read once, not per word
    noun_only, head_ids = lex.cue("topic_noun_only"), {h.i for h in heads}
    for tok in words:
        if tok.pos_ in VERB_POS and tok.head.i in head_ids and (tok.lower_ in noun_only or tok.lemma_.lower() in noun_only):
            continue  # "agreed to pay 30% more for gas": the verb promised is the act, no pay policy ("the low-paid" is)
        if _removes_no_leader(tok, lex):
            continue  # "urged X to remove trade barriers", "agreed workers could be reinstated": no leadership change
        # two-word cues first ("war crimes" before "crimes")
        keys = ([f"{tok.doc[tok.i - 1].lower_}_{tok.lower_}"] if tok.i > 0 else []) + [tok.lower_, tok.lemma_.lower()]
        for key in keys:
            for cue_words, digit in cues:
                if key in cue_words:
                    return (digit[1:] if digit.startswith("=") else TOPIC_PREFIX.get(code, code) + digit,
                            abs(tok.i - pred.token.i))
    return code, NO_TOPIC


LEADER_ACTS = "topic_leader_acts"  # remove, removal, reinstate, oust ...: a leadership topic only if done to a leader
LEADER_PATIENTS = ("@post", "@leaderbody")  # a minister, a governor; a government, a regime, a leader
PATIENT_SLOTS = LANG.labels("patient")
LEADER_NAMES = LANG.labels("leader_name_entities")  # "oust Mubarak": a person's name
THING_PRONOUNS = LANG.words("object_thing_pronouns")  # "remove it": a thing; "oust him": a person


def _removes_no_leader(tok: Any, lex: Lexicon) -> bool:
    """A word of removing or restoring someone (``cue topic_leader_acts``) whose patient is named and is no leader: no
    name of a person, group or state, personal pronoun, post (``@post``) or governing body (``@leaderbody``): "remove all controls on
    interest rates", "the removal of tariffs", "workers could be reinstated" change no leadership (CAMEO …1 is for
    "change leadership or relinquish power"); "remove the governor", "the removal of the president", "oust him"
    stay.  The patient: a verb's object or passive subject (label class ``patient``), a noun's "of" phrase."""
    acts = lex.cue(LEADER_ACTS)
    if tok.lower_ not in acts and tok.lemma_.lower() not in acts:
        return False
    if tok.pos_ in VERB_POS:
        patients = [c for c in tok.children if c.dep_ in PATIENT_SLOTS]
    else:
        patients = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in st.OF_PREPS for g in p.children
                    if g.dep_ == "pobj"]
    if not patients:
        return False  # "demanded his removal", "called for their ouster": whom, the frame does not say here
    leaders = frozenset().union(*(lex.sets.get(name, frozenset()) for name in LEADER_PATIENTS))
    return not any(t.ent_type_ in LEADER_NAMES or t.pos_ == "PRON" and t.lower_ not in THING_PRONOUNS
                   or t.lemma_.lower() in leaders or t.lower_ in leaders for h in patients for t in [h] + list(h.conjuncts))


# a generic appeal/demand/promise/threat/refusal takes its sub-code from what it is about
# (``content`` rows: the act's specific map, then its root map; a rejected plan's content rejects that act)
GENERIC_BY_CONTENT = {code: (ONT.map(specific), ONT.map(root) if root != "-" else {})
                      for code, (specific, root) in ONT.content.items()}


# an intent code (03x) back to the act intended (0331 -> 071, 033 -> 070): the first act per intent
INTENDED_ACT: dict[str, str] = {}
for _act, _intent in list(st.INTENT_FOR.items()) + [(root + "0", code) for root, code in st.INTENT_ROOT.items()]:
    INTENDED_ACT.setdefault(_intent, _act)
INTENDED_ACT.pop(PROMISE, None)  # a bare promise names no act


def _refine_by_content(pred: Predicate, lex: Lexicon, depth: int,
                       arrays: Optional[st.DocArrays] = None) -> Optional[str]:
    holders = [pred.token] + ([pred.noun] if pred.noun is not None else [])
    # "rejected X's proposal for a ceasefire", "rejected calls to adopt reforms": what was asked
    holders += [c for c in pred.token.children if c.dep_ in OBJECT and c.lemma_.lower() in lex.cue("request")]
    # the parser often attaches the promised/demanded infinitive as an adverbial clause ("vowed to fight")
    content = [c for h in holders for c in h.children
               if c.pos_ in VERB_POS and (c.dep_ in CONTENT_OR_ACL or c.dep_ == "advcl" and any(
                   a.dep_ == "aux" and a.tag_ == "TO" for a in c.children))]
    # "rejected a proposal for signing a trade pact", "a plan for ending the dispute": the gerund
    # of a requested noun's for/of-phrase is what was asked
    content += [g for h in holders[1:] for p in h.children if p.dep_ == "prep" and p.lower_ in REQUEST_PREPS
                for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    inner_codes: list[str] = []
    for verb in content:
        inner = classify_verb(verb, lex, depth + 1, arrays)
        if inner is not None:
            inner_codes.append(inner.code)
    if not inner_codes:
        # "called for sanctions", "asked X for military aid", "demanded the release of": what is
        # asked for is named by an event noun in the object or the for-phrase
        for noun in _requested_nouns(holders, pred.noun, lex):
            nc = noun_code(noun, lex)
            if nc is not None:
                inner_codes.append(nc[0])
    for code in inner_codes:
        if code in INTENT and pred.code not in INTENT:
            # "refused to commit to aid": the promise's content is what is refused
            code = INTENDED_ACT.get(code, code)
        if code[:2] == pred.code[:2]:
            continue
        specific, by_root = GENERIC_BY_CONTENT[pred.code]
        if pred.code == PROMISE and code in MATERIAL_CONFLICT:
            specific, by_root = st.THREAT_FOR, st.THREAT_ROOT  # "vowed to fight": a promise of harm is a threat
        new = st.mapped(code, specific, by_root)
        if new:
            return new
    return None


def _requested_nouns(holders: list[Any], own_noun: Any, lex: Lexicon) -> list[Any]:
    # "committed to reforms", "agreed to a ceasefire": after a promise "to" names the content
    # (after an appeal it names the addressee)
    commits = lex.cue("committo")
    out: list[Any] = []
    for h in holders:
        for c in h.children:
            if c.dep_ in OBJECT and (own_noun is None or c.i != own_noun.i):
                out.append(c)
            elif c.dep_ == "prep" and (c.lower_ in REQUEST_PREPS or c.lower_ == "to" and h.lemma_.lower() in commits):
                out.extend(g for g in c.children if g.dep_ == "pobj")
    # "the release of prisoners": the head noun first, then what it governs
    # a request noun ("the proposal for a ceasefire") only frames what is asked: its content counts
    requests = lex.cue("request")
    return [t for n in out for t in (n, *[g for p in n.children if p.dep_ == "prep" and p.lower_ in REQUEST_PREPS
                                          for g in p.children if g.dep_ == "pobj"])
            if t.pos_ == "NOUN" and t.lemma_.lower() not in requests]


def _match_pattern(pat: Pattern, after: list[Any], before: list[Any], lex: Lexicon) -> Optional[list[Any]]:
    got_after = _match_sequence(pat.after, after, lex) if pat.after else []
    if got_after is None:
        return None
    got_before = _match_sequence(pat.before, before, lex) if pat.before else []
    if got_before is None:
        return None
    return got_before + got_after


def _in_subordinate_clause(tok: Any) -> bool:
    """Inside an adverbial clause opened by a subordinator (as, while, after, when, because ...)."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children):
            return True
        if t.dep_ in REPORT_TOP:
            return False
    return False


CONDITIONAL_MARKS = LANG.words("conditional_marks")


def _conditional_own_act(cand: Candidate, code: str) -> bool:
    """A conflictual act (CAMEO 14-20) of the sentence's actor itself, not someone's forecast,
    with an if/unless clause of its own whose doer is not the actor."""
    if "hypothetical" not in cand.flags or code not in MATERIAL_CONFLICT or cand.pred.nominal:
        return False
    if RANK_PETRARCH_PATTERN <= cand.pred.rank < RANK_LIGHT_NOUN:
        return False  # PETRARCH-derived phrasings are too loose to turn a forecast into a threat
    if any(c.dep_ in PASSIVE_MARKS for c in cand.pred.token.children):
        return False  # "to be wound up unless ...": done to someone, not an actor's own act
    subjects = [t for c in cand.pred.token.children if c.dep_ == "nsubj" for t in c.subtree]
    if not any(t.idx == s.start for s in cand.sources for t in subjects if s.resolved_by != "implied"):
        return False  # the conditional act must be the named subject's own ("fragments could injure ... if")
    src_countries = {s.country for s in cand.sources}
    if cand.attribution is not None and cand.attribution.country not in src_countries:
        return False
    tok = cand.pred.token
    for clause in tok.children:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children):
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_ANY]
            own = {s.start for s in cand.sources}
            return not any(t.idx in own for sub in subjects for t in sub.subtree)
    return False


def _infinitive_of_coded_head(tok: Any, coded_heads: set[int], lex: Lexicon) -> bool:
    """"allowed X to bring out a rally" parsed with a ccomp: the same construction as an xcomp
    infinitive, so the head's event covers it (control verbs excepted, as for xcomp)."""
    if tok.dep_ != "ccomp" or tok.head.i not in coded_heads \
            or not any(a.dep_ == "aux" and a.tag_ == "TO" for a in tok.children):
        return False
    return tok.head.lemma_.lower() not in (lex.cue("control") - lex.cue("unrealized"))


def _forced_violence(pred: Predicate, lex: Lexicon) -> bool:
    """"forcing the police to open fire": violence its object was driven to is the object's own act."""
    head = pred.token.head
    return pred.code in st.VIOLENT and pred.token.dep_ == "xcomp" \
        and head.lemma_.lower() in lex.cue("objcontrol") and any(c.dep_ in OBJECT for c in head.children)


def _stative_attitude(tok: Any, lex: Lexicon) -> bool:
    """A participle listed as an attitude ("opposed", "committed") in an agentless passive."""
    return tok.tag_ == "VBN" and tok.lower_ in lex.nouns and tok.lower_ in lex.cue("stative") \
        and any(c.dep_ == "nsubjpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)


def noun_keys(lex: Lexicon) -> frozenset[str]:
    """Every word ``noun_code`` can code a noun by: noun entries and every tail of a compound or
    hyphenated one after a ``_`` or ``-`` ("strike" of "air_strike", "in" of "sit-in"), nominal
    verbs' nouns and frame nouns.  A noun whose text and lemma are both outside it has no code."""
    keys = set(lex.nouns) | set(lex.nominal_verbs) | lex.cue("frame")
    for key in lex.nouns:
        keys.update(key[i + 1:] for i, ch in enumerate(key) if ch in "_-")
    return frozenset(keys)


# bits of ``WordFlags``: what a word's lemma or lower-case text can do in the coder
_TRIGGER, _NOUN_WORD, _ATTITUDE, _VB_TAG, _SPEECH, _BLAME_SPEECH = 1, 2, 4, 8, 16, 32
_WORD_CACHE_LIMIT = 200_000  # distinct ids remembered per attribute before the cache starts over


class WordFlags:
    """The coder's per-word questions, answered once per distinct string id and remembered.

    Token attributes come from the parse as integer ids (``Doc.to_array``); a word's answers
    depend only on its string, so each id's string is looked up and tested once per process
    (bounded) instead of once per token (throughput; the answers are the same)."""

    def __init__(self, lex: Lexicon, triggers: frozenset[str], nouns: frozenset[str]) -> None:
        self.lex, self.triggers, self.nouns = lex, triggers, nouns
        self.ids = {name: np.uint64(get_string_id(name)) for name in ("VERB", "AUX", "NOUN", "PROPN", "ADJ", "ROOT", "acomp")}
        self._cache: dict[int, dict[int, int]] = {LEMMA: {}, LOWER: {}, TAG: {}}
        self.strings = st.StringMemo()  # for the documents' ``st.DocArrays``

    def _test(self, attr: int, word: str) -> int:
        if attr == TAG:
            return _VB_TAG if word.startswith("VB") else 0
        if attr == LEMMA:
            word = word.lower()
            bits = (_ATTITUDE if word in self.lex.nouns else 0) | (_SPEECH if word in self.lex.cue("speech") else 0) \
                | (_BLAME_SPEECH if word in self.lex.cue("blamespeech") else 0)
            trigger = word in self.triggers
        else:
            bits, trigger = 0, word in self.triggers or word[:-1] in self.triggers or word[:-2] in self.triggers
        return bits | (_TRIGGER if trigger else 0) | (_NOUN_WORD if word in self.nouns else 0)

    def bits(self, column: "np.ndarray | list[int]", attr: int, strings: Any) -> np.ndarray:
        """Per token, the bits of its string in ``attr`` (one look-up per distinct id)."""
        cache = self._cache[attr]
        if len(cache) > _WORD_CACHE_LIMIT:
            cache.clear()
        ids = column.tolist() if isinstance(column, np.ndarray) else column
        # most ids were seen in earlier documents: look them all up, then test only the new ones
        got = list(map(cache.get, ids))
        if None in got:
            for i in {i for i, bits in zip(ids, got) if bits is None}:
                cache[i] = self._test(attr, strings[i])
            got = list(map(cache.__getitem__, ids))
        return np.array(got, dtype=np.uint8)

    def has(self, column: np.ndarray, name: str) -> np.ndarray:
        return column == self.ids[name]


@dataclass(frozen=True, slots=True)
class TokenView:
    """Per-token answers for one parsed document, read from its attribute arrays at once.

    Reading ``pos_``/``dep_``/``lemma_`` builds a Python ``Token`` per word; the arrays give the
    same strings as integer ids, so only the few candidate words become ``Token`` objects."""

    has_trigger: np.ndarray  # a word that can start an event (the sentence pre-check)
    verbal: np.ndarray  # VERB/AUX, or a NOUN root tagged as a verb (the parser's slip)
    nominal: np.ndarray  # an ADJ attitude (acomp/ROOT) or a NOUN/PROPN that may code as an event noun
    speech: np.ndarray  # a VERB whose lemma is a speech cue (``st.demand_candidates`` reads only these)
    blame_speech: np.ndarray  # a VERB whose lemma is a blamespeech cue (``st.blame_candidates``)
    arrays: st.DocArrays  # the tree and labels, for the walks of ``classify_verb``
    # the positions of the True values of has_trigger, verbal, nominal, speech, blame_speech: read
    # per sentence by bisection instead of a numpy scan per sentence and column (throughput)
    at: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Any, words: WordFlags) -> "TokenView":
        """``doc``: the parse stage's ``ParsedDoc``, or a spaCy Doc (library use: read here)."""
        parsed = doc if isinstance(doc, ParsedDoc) else ParsedDoc.of(doc)
        arr = parsed.array  # HEAD, DEP, POS, TAG, LOWER, LEMMA ... (``annalyst.parse.view.COLUMNS``)
        arrays = st.DocArrays.of(parsed, words.strings)
        doc = parsed.doc
        dep, pos = arr[:, 1], arr[:, 2]
        # the arrays' lists of the ids: converting a column of 64-bit ids to Python ints costs more than the look-ups
        lemma = words.bits(arrays.lemma_ids, LEMMA, doc.vocab.strings)
        low = words.bits(arrays.lower_ids, LOWER, doc.vocab.strings)
        noun = words.has(pos, "NOUN")
        # the tag matters only for a NOUN root (the parser's slip): only those tags are read
        noun_root = noun & words.has(dep, "ROOT")
        verb_tagged = np.zeros(len(arr), dtype=bool)
        if noun_root.any():
            verb_tagged[noun_root] = words.bits(arr[noun_root, 3], TAG, doc.vocab.strings) & _VB_TAG > 0
        verbal = words.has(pos, "VERB") | words.has(pos, "AUX") | verb_tagged
        attitude = words.has(pos, "ADJ") & (words.has(dep, "acomp") | words.has(dep, "ROOT")) & (lemma & _ATTITUDE > 0)
        noun_word = (noun | words.has(pos, "PROPN")) & ((lemma | low) & _NOUN_WORD > 0)
        verb = words.has(pos, "VERB")
        columns = dict(has_trigger=(lemma | low) & _TRIGGER > 0, verbal=verbal, nominal=attitude | noun_word,
                       speech=verb & (lemma & _SPEECH > 0), blame_speech=verb & (lemma & _BLAME_SPEECH > 0))
        return cls(**columns, arrays=arrays,
                   at={name: np.flatnonzero(column).tolist() for name, column in columns.items()})

    def indices(self, column: np.ndarray, start: int, end: int) -> list[int]:
        return (np.flatnonzero(column[start:end]) + start).tolist()

    def within(self, name: str, start: int, end: int) -> list[int]:
        """``indices(getattr(self, name), start, end)``, from the positions found once per document."""
        at = self.at[name]
        return at[bisect_left(at, start):bisect_left(at, end)]


def find_predicates(sent: Any, lex: Lexicon, view: Optional[TokenView] = None) -> list[Predicate]:
    if view is None:
        view = TokenView.of(sent.doc, WordFlags(lex, lex.trigger_lemmas, noun_keys(lex)))
    doc = sent.doc
    preds: list[Predicate] = []
    light_objects: set[int] = set()
    arrays = view.arrays
    for i in view.within("verbal", sent.start, sent.end):
        # the two cheapest exits read the arrays: no Token is built for an auxiliary "be"/"have"/"do"
        if arrays.pos[i] == _AUX_POS and arrays.lemma(i) in AUX_LEMMAS:
            continue
        if arrays.lower_ids[i] in st.ATTRIBUTION_IDS:
            continue  # "according to X" is attribution, not an act
        if arrays.dep[i] in _NOMINAL_ROLES and any(arrays.dep[c] == _DET for c in arrays.children(i)):
            continue  # a participle used as a noun ("evacuated the wounded") names people, not an act
        tok = doc[i]
        if arrays.tag[i] == _VBN and _stative_attitude(tok, lex):  # (the tag is its first test)
            # "X is opposed to Y", "X is committed to reform": a state of the subject, not a passive act
            preds.append(Predicate(tok, lex.nouns[tok.lower_], [tok], RANK_CORE_VERB))
            light_objects.add(tok.i)
            continue
        pred = classify_verb(tok, lex, arrays=view.arrays)
        if arrays.lemma(i) in lex.cue("control") and any(arrays.dep[c] == _XCOMP for c in arrays.children(i)) \
                and (pred is None or pred.rank < RANK_CORE_PATTERN):
            continue  # "decided to recognize": the infinitive is the event ("declined to comment" is its own)
        if pred is not None:
            preds.append(pred)
            light_objects.update(t.i for t in pred.trigger)
            if pred.noun is not None:
                light_objects.add(pred.noun.i)
    # only attitude adjectives and nouns whose word has an event reading are looked at
    for i in view.within("nominal", sent.start, sent.end):
        tok = doc[i]
        if tok.pos_ == "ADJ" and tok.dep_ in PREDICATE_ADJECTIVE and tok.lemma_.lower() in lex.nouns:
            # an attitude predicated of the subject ("X was skeptical", "Y is confident that")
            preds.append(Predicate(tok, lex.nouns[tok.lemma_.lower()], [tok], RANK_CORE_VERB))
            continue
        if tok.pos_ not in NOUN_POS or tok.i in light_objects:
            continue
        nc = noun_code(tok, lex)
        if nc is None:
            continue
        preds.append(Predicate(tok, nc[0], nc[1], RANK_LIGHT_NOUN, nominal=True, noun=tok))
    return preds


def _nominal_fallback(pred: Predicate, index: "st.ActorIndex", lex: Lexicon,
                      coded_heads: set[int], frames: Optional[list[Frame]] = None) -> Optional[Candidate]:
    """A verb whose phrasing took an event noun but which has no doer of its own ("debris was
    scattered during the protests", "operators marching in protest") leaves the noun to be read
    on its own: the protest still took place, by whoever the noun's phrase names.  Not for a
    light verb's noun ("the tender offer, announced today"): that noun already was the reading."""
    for tok in pred.trigger:
        if tok.i == pred.token.i or tok.pos_ not in NOUN_POS or st.is_topic_of(tok, coded_heads):
            continue
        nc = noun_code(tok, lex)
        if nc is None:
            continue
        cand = st.build_candidate(Predicate(tok, nc[0], nc[1], RANK_LIGHT_NOUN, nominal=True, noun=tok), index, lex,
                                  frames)
        if cand is not None:
            return cand
    return None


PREDICTIVE_AUX = LANG.words("predictive_aux")
# "the strike will continue", "the war could be illegal": the event itself is under way
ONGOING_VERBS = LANG.words("ongoing_verbs")


def _clause_depth(i: int, arrays: st.DocArrays, speech: frozenset[str]) -> int:
    """How many verbs (speech verbs aside) token ``i`` hangs below: ``Token.ancestors`` (each head
    up to the root), walked on the arrays."""
    head, pos = arrays.head, arrays.pos
    depth = 0
    for _ in range(len(head)):  # bounded as ``Token.ancestors`` is
        if head[i] == i:
            break
        i = head[i]
        if pos[i] in _VERBAL and arrays.lemma(i) not in speech:
            depth += 1
    return depth


def _predicted_doer(pred: Predicate) -> bool:
    """A protest noun that is the subject of a predicted consequence ("the strike will affect
    passports", "a protest could paralyse the city") names a protest that has not taken place."""
    noun = pred.token
    return pred.code in st.PROTEST and noun.dep_ == "nsubj" and noun.head.lemma_.lower() not in ONGOING_VERBS \
        and any(c.dep_ == "aux" and c.lower_ in PREDICTIVE_AUX for c in noun.head.children)


def _untarget_press_audience(cands: list[Candidate], lex: Lexicon) -> None:
    """"X told reporters / Reuters / BBC Radio 4 that ...": the press a statement is made to is its
    audience, not its target (lexicon ``pattern telling @audience``); actors inside the audience's
    phrase are dropped from the targets."""
    audience = lex.sets.get("@audience", frozenset())
    for cand in cands:
        if (cand.code or cand.pred.code) != st.STATEMENT:
            continue  # "banned the opposition newspaper": the newspaper is the ban's target
        for tok in cand.pred.trigger:
            if tok.lower_ not in audience or tok.i == cand.pred.token.i:
                continue
            while tok.dep_ == "compound" and tok.head.i != tok.i:
                tok = tok.head  # "Radio Wales": the whole name is the audience
            left, right = tok.left_edge, tok.right_edge
            lo, hi = left.idx, right.idx + len(right.text)
            cand.targets = [t for t in cand.targets if t.start is None or not lo <= t.start < hi]


def _share_inner_targets(cands: list[Candidate]) -> None:
    """"prepared to resume shelling X": a phrasing that reaches into a nested verb (an aspectual
    infinitive) acts on that verb's target when it names none of its own."""
    by_head = {c.pred.token.i: c for c in cands if not c.pred.nominal}
    for cand in cands:
        if cand.targets or cand.pred.nominal:
            continue
        for tok in cand.pred.trigger:
            inner = by_head.get(tok.i)
            if inner is not None and inner is not cand and inner.targets and tok.dep_ == "xcomp":
                cand.targets = list(inner.targets)
                break


def reading_day(doc: Document) -> Optional[dt.date]:
    """The day a document is read on: its publication date, else the day the actor stage read an undated text's
    known people on (``ERA_KEY``: Blair in an undated 2005 story is the prime minister).  None when neither."""
    if doc.published is not None:
        return doc.published
    from annalyst.actors.resolver import ERA_KEY  # (the actor stage's module: read at call time)

    era = doc.parsed.user_data.get(ERA_KEY) if doc.parsed is not None else None
    return dt.date.fromisoformat(era) if era else None


class EventCoder:
    """Codes one parsed document given its actor mentions."""

    def __init__(self, lexicon: Optional[Lexicon] = None) -> None:
        self.lex = lexicon or load_lexicon()
        check_senses(self.lex)
        self.triggers = self.lex.trigger_lemmas
        self.words = WordFlags(self.lex, self.triggers, noun_keys(self.lex))

    def prepare(self) -> None:
        """Build what the coder otherwise builds on first use: every verb's pattern filter
        (``Lexicon.pattern_filter``) and the CAMEO code table.  Idempotent, cheap once done."""
        for lemma in self.lex.verbs:
            self.lex.pattern_filter(lemma)
        all_codes()

    def code(self, doc: Document) -> list[Event]:
        parsed = doc.parsed
        if parsed is None:
            return []
        # the parse stage's token arrays; a record coded without it (library use) has them read here
        tokens = doc.parsed_view if doc.parsed_view is not None and doc.parsed_view.doc is parsed else parsed
        view = TokenView.of(tokens, self.words)
        index = st.ActorIndex(parsed, doc.actors, view.arrays, dateline_spans(doc.text), reading_day(doc))
        events: list[Event] = []
        seen: list[same_happening.Seen] = []  # earlier candidates with placed agents (same_happening.py)
        for s_idx, sent in enumerate(parsed.sents):
            if not view.within("has_trigger", sent.start, sent.end):
                continue
            cands = self.code_sentence(sent, index, view)
            same_happening.carry(cands, s_idx, seen, index)
            if cands:
                # ``Span.text`` joins a ``Token`` per word: the same text is joined from the ids, once
                text = view.arrays.span_text(sent.start, sent.end)
                for cand in cands:
                    events.extend(self._to_events(doc, sent, s_idx, cand, text))
        return _dedupe(one_per_side(events))

    def frames(self, doc: Document) -> list[tuple[Any, list[Frame], list[Candidate]]]:
        """Per sentence with a predicate: (sentence, every predicate's frame, the candidates the
        sentence kept), as ``code`` reads them (``annalyst frames``, ``events.describe``)."""
        parsed = doc.parsed
        if parsed is None:
            return []
        tokens = doc.parsed_view if doc.parsed_view is not None and doc.parsed_view.doc is parsed else parsed
        view = TokenView.of(tokens, self.words)
        index = st.ActorIndex(parsed, doc.actors, view.arrays, day=reading_day(doc))
        out = []
        seen: list[same_happening.Seen] = []  # as ``code`` does: a doer carried from an earlier sentence shows
        for s_idx, sent in enumerate(parsed.sents):
            if not view.within("has_trigger", sent.start, sent.end):
                continue
            frames: list[Frame] = []
            cands = self.code_sentence(sent, index, view, frames)
            same_happening.carry(cands, s_idx, seen, index)
            if frames or cands:
                out.append((sent, frames, cands))
        return out

    def code_sentence(self, sent: Any, index: "st.ActorIndex", view: Optional[TokenView] = None,
                      frames: Optional[list[Frame]] = None) -> list[Candidate]:
        """The sentence's candidates; ``frames``: where to also keep every predicate's frame."""
        lex = self.lex
        if view is None:
            view = TokenView.of(sent.doc, self.words)
        preds = find_predicates(sent, lex, view)
        coded_heads = {p.token.i for p in preds if not p.nominal}
        documents = lex.cue("document")
        # "issued a declaration demanding that X ...": the document's content is the act
        voiced_documents = {p.token.head.i for p in preds if p.token.dep_ == "acl" and p.token.pos_ == "VERB"
                            and p.token.head.lemma_.lower() in documents}
        out: list[Candidate] = []
        for pred in preds:
            if not pred.nominal and (st.is_covered_by_head(pred.token, coded_heads, lex)
                                     or _infinitive_of_coded_head(pred.token, coded_heads, lex)) \
                    and not _forced_violence(pred, lex):
                continue
            if pred.noun is not None and pred.noun.i in voiced_documents:
                continue
            if (pred.nominal or pred.token.dep_ == "acl") and pred.token.head.i not in voiced_documents \
                    and st.is_topic_of(pred.token, coded_heads) \
                    and not (pred.nominal and pred.code in st.PROTEST
                             and (witnessed(pred.token, lex) or st.protest_in_progress(pred.token, lex))) \
                    and not (pred.nominal and pred.code in st.VIOLENT and st.claimed_act(pred.token) is not None):
                # (a protest the coded verb acts on took place: "fired to quell a protest", events/protest.py;
                # one described as going on is a fact, not the verb's topic: "spoke to workers on strike";
                # so is violence whose doer claims it: "X claimed responsibility for the attack")
                continue  # "condemned X's decision to recognize Y": the recognition is what is condemned
            cand = st.build_candidate(pred, index, lex, frames)
            if cand is None and not pred.nominal and pred.noun is None:
                cand = _nominal_fallback(pred, index, lex, coded_heads, frames)
            if cand is None:
                continue
            out.append(cand)
        _share_inner_targets(out)
        _untarget_press_audience(out, lex)
        doc = sent.doc
        out.extend(st.blame_candidates(sent, index, lex, out, verbs=[
            doc[i] for i in view.within("blame_speech", sent.start, sent.end)]))
        out.extend(st.demand_candidates(sent, index, lex, out, verbs=[
            doc[i] for i in view.within("speech", sent.start, sent.end)]))
        speech = lex.cue("speech")
        for cand in out:
            code = cand.code or cand.pred.code
            if cand.pred.nominal and _predicted_doer(cand.pred):
                cand.flags.add("hypothetical")  # "the strike will affect passports": not yet held
            if _conditional_own_act(cand, code):
                # "may halt mediation if ...", "will boycott unless ...": a harm made conditional on
                # what the other side does is a threat (CAMEO 13x), asserted
                cand.code = code = st.intent_code(code) or code
                cand.flags.discard("hypothetical")
            if code in WEAPON_CODES:
                cand.code = _weapon_code(sent, code, lex)
            elif code in ATTEMPTED and st.attempted(cand.pred.token):
                cand.code = ATTEMPTED[code]  # CAMEO: an attempted assassination
            elif code in SUICIDE_ATTACK and {t.lower_ for t in sent} & lex.cue("weapon_suicide"):
                cand.code = SUICIDE_ATTACK[code]  # "a suicide bomber blew himself up": a suicide attack, not demolition
            elif code in TOPIC_REFINABLE:
                cand.code = _topic_code(cand.pred, code, lex)
            elif code in THREAT_GENERIC:
                cand.code = _threat_code(cand.pred, lex, code)
            elif code in KIND_OF_GENERIC:
                # "urged X to honor human rights", "agreed on a free-trade pact": a generic appeal,
                # intent, demand or rejection whose content names a political change or a domain of
                # cooperation is that kind (024x/021x ...) even when the content verb is unknown
                for kinds in _generic_kinds(cand.pred, code, lex):
                    # kinds tried together: the nearest topic word decides between them
                    found = [m for m in (_topic_match(cand.pred, kind, lex, generic=True) for kind in kinds)
                             if m[1] < NO_TOPIC]
                    if found:
                        cand.code = min(found, key=lambda m: m[1])[0]
                        break
                else:
                    # "demanded that X forsake its nuclear program": giving something up of no
                    # listed class is still the yield kind (025/035/105/124)
                    if code in SETTLE_KIND and _phrase_has(cand.pred, lex, "topic_settle"):
                        cand.code = SETTLE_KIND[code]  # "a formula for ending the dispute" 037
                    elif _phrase_has(cand.pred, lex, "yieldword", parts=("VERB", "NOUN")):
                        cand.code = KIND_OF_GENERIC[code][1]
            # the main clause's event is the sentence's event; embedded ones are less certain
            # (a speech verb above does not demote: "X said Y attacked Z" reports Y's act as the news)
            clause_depth = _clause_depth(cand.pred.token.i, view.arrays, speech)
            cand.confidence = max(0.05, cand.confidence - DEPTH_PENALTY * min(4, clause_depth))
            if _in_subordinate_clause(cand.pred.token):
                cand.confidence = max(0.05, cand.confidence - SUBORDINATE_PENALTY)
        # senses chosen by their arguments (lexicon ``sense`` rows): "called off a ceasefire" ends it;
        # "warned Beijing that WTO membership was crucial" states a view, it threatens no one
        out = choose_senses(out, lex)
        # one event per happening: "attacked X, killing 3 and wounding 5" is the attack, with counts
        out = fold_consequences(out)
        # "an air strike killed ten", "killed in police firing": the killing is the outcome of the act its cause noun names
        out = fold_caused_outcomes(out)
        # "met X today to discuss Y", "fired tear gas to disperse", "met Egypt, discussing ...", "expressed support
        # and praised it": an adjunct that tells its act again is that act (``fold`` rows, events/folds.py),
        # recorded as the act's evidence
        out = fold_clauses(out)
        # "accused them of raping her": the act accused of is the accusation's content, not a second happening
        out = fold_accused_acts(out)
        # "urging Lord Chief Justice and Lord Justices Clarke and Rix": one appeal, not one per unplaced member
        out = one_object_list(out)
        # "walked out in protest": the protest is the walk-out, not a second happening
        out = fold_manner_protests(out)
        # no happening: harm with no one behind it, name parts, tallies, commentary (``veto`` rows, events/vetoes.py)
        out = drop_vetoed(out, sent, index)
        # "announced their imminent withdrawal": an event noun put ahead by its own modifier (events/prospects.py)
        flag_prospects(out)
        # "X finalized talks, Y said": the report of a happening is no statement of Y's own position
        out = drop_reported_statements(out, st.STATEMENT)
        # '"I can say that ...," Simpson said': a statement inside another's words is that statement
        out = fold_nested_statements(out, st.STATEMENT)
        # "X said Y had said Z": the relay states nothing of X's own; Y's statement, attributed to X, is the event
        out = fold_relayed_statements(out, st.STATEMENT)
        # a bare statement (010) is coded only when the sentence holds nothing more specific
        if any((c.code or c.pred.code) != st.STATEMENT for c in out):
            out = [c for c in out if (c.code or c.pred.code) != st.STATEMENT]
        return out

    def _to_events(self, doc: Document, sent: Any, s_idx: int, cand: Candidate,
                   text: Optional[str] = None) -> Iterable[Event]:
        """``text``: ``sent.text``, when the caller has read it already."""
        code = cand.code or cand.pred.code
        entry = lookup(code)
        trig = sorted(cand.pred.trigger, key=lambda t: t.i)
        trigger_text = " ".join(t.text for t in trig)
        trigger_span = (trig[0].idx, trig[-1].idx + len(trig[-1].text))
        text = sent.text if text is None else text
        span = (sent.start_char, sent.end_char)
        for src in cand.sources:
            if cand.reciprocal:
                targets: list[Optional[ActorRef]] = [s for s in cand.sources if s.country != src.country]
            else:
                targets = list(cand.targets) or [None]
            for tgt in targets:
                if tgt is not None and tgt.start == src.start and tgt.end == src.end:
                    continue
                ev = Event(
                    doc_id=doc.doc_id, sentence_index=s_idx, text=text,
                    span=span, source=_copy(src), target=_copy(tgt) if tgt else None,
                    cameo=entry.code if len(code) < len(entry.code) else code, trigger=trigger_text,
                    trigger_span=trigger_span, cameo_root=code[:2], goldstein=entry.goldstein,
                    quad_class=entry.quad_class, event=entry.event, mode=entry.mode, context=entry.context,
                    attribution=cand.attribution, confidence=cand.confidence, salience=cand.confidence,
                    killed=cand.killed, injured=cand.injured, folded=list(cand.folded),
                )
                for flag in sorted(cand.flags):
                    ev.add_flag(flag)
                ev.confidence = calibration.calibrated(ev)  # a fitted probability; the structural score stays in salience
                ev.assign_id()
                yield ev


def _copy(ref: ActorRef) -> ActorRef:
    return ActorRef(text=ref.text, country=ref.country, sector=ref.sector, code=ref.code, start=ref.start,
                    end=ref.end, name=ref.name, kind=ref.kind, resolved_by=ref.resolved_by, entity=ref.entity)




def _side(ref: Optional[ActorRef]) -> tuple:
    """What an actor stands for in an event row: its actor code; an actor with no code is only
    itself (its words and place), so two unresolved mentions are never taken for one side."""
    if ref is None:
        return ("none",)
    if ref.resolved_by == PLACE_RESOLUTION:
        # a town or region coded by its country's people ("visits Manchester, Liverpool and
        # Leicester"): different places are different happenings (the store keeps them apart too)
        return ("place", ref.text.lower())
    if ref.code:
        return ("code", ref.code)
    return ("mention", ref.text, ref.start, ref.end, ref.country, ref.sector, ref.kind)


def one_per_side(events: list[Event]) -> list[Event]:
    """One event per (predicate, source code, target code, CAMEO code): the members of a coordinated
    subject or object that resolve to the same actor code ("Sorsa and his government resigned", "the
    president and his ministers") are one side of one act, so they give one event, the first mention's.
    Members of different codes ("Russia and China vetoed") keep one event each (judged-1: a compound
    actor split into one event per actor is no duplicate)."""
    kept: dict[tuple, Event] = {}
    for ev in events:
        key = (ev.sentence_index, ev.trigger_span, _side(ev.source), _side(ev.target), ev.cameo)
        cur = kept.get(key)
        if cur is None or (ev.source.start or 0) < (cur.source.start or 0):
            kept[key] = ev
    firsts = {id(ev) for ev in kept.values()}
    return [ev for ev in events if id(ev) in firsts]


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (sentence, source, target, code root): the most specific, surest one."""
    best: dict[tuple, Event] = {}
    for ev in events:
        key = (ev.sentence_index, ev.source.start, ev.source.text, ev.target.start if ev.target else None,
               ev.cameo_root, ev.trigger_span)
        cur = best.get(key)
        if cur is None or (len(ev.cameo), ev.confidence) > (len(cur.cameo), cur.confidence):
            best[key] = ev
    return sorted(best.values(), key=lambda e: (e.sentence_index, e.trigger_span or (0, 0), e.source.start or 0))


def code_parsed(doc: Document, lexicon: Optional[Lexicon] = None) -> list[Event]:
    """Code one document that already has ``parsed`` and ``actors``."""
    return EventCoder(lexicon).code(doc)


class EventStep(Step):
    name = "events"
    requires = ("parsed_view", "actors")
    sets = ("events",)

    def __init__(self, lexicon: Optional[Lexicon] = None) -> None:
        self.coder = EventCoder(lexicon)

    def prepare(self) -> None:
        """``Step.prepare``: the lexicon's pattern filters and the code table, before the first record."""
        self.coder.prepare()

    def process(self, doc: Document) -> Document:
        doc.events = self.coder.code(doc)
        return doc
