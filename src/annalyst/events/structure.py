"""Dependency-structure rules: who is the source and target of a predicate, who says so, and
whether the text asserts it.  Works on spaCy tokens (English dependency labels)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional

import numpy as np
from spacy.strings import get_string_id

from annalyst.events import np_agents
from annalyst.events.protest import crowd_doers, passive_place, security_side, witnessed
from annalyst.events.frames import (RANK_CORE_MIN, RANK_CORE_PATTERN, RANK_CORE_VERB, RANK_LIGHT_NOUN,
                                    RANK_PETRARCH_PATTERN, Candidate, Frame, Predicate)
from annalyst.actors.kb import NONSTATE_CODES, load_kb
from annalyst.errors import ModelError
from annalyst.lang import CodeClass, load_bundle, load_ontology
from annalyst.lang.ontology import EVERY_CODE
from annalyst.lang.grammar import governs_form
from annalyst.parse.view import ParsedDoc, doc_text
from annalyst.model import ActorRef, Attribution

if TYPE_CHECKING:  # pragma: no cover
    from annalyst.events.lexicon import Lexicon

LANG = load_bundle()  # English words and the parser's labels, by class (lang/en/)
ONT = load_ontology()  # CAMEO decisions, by name (codes/data/code_rules.tsv)

CLAUSE_BREAK = LANG.labels("clause_break")
SUBJ = LANG.label_sequence("subj")
# parser labels by role (lang/en/labels.tsv)
CONTENT_OR_NOUN_CLAUSE = LANG.labels("content_or_noun_clause")
ANY_OBJECT = LANG.labels("any_object")
ATTEMPT_CLAUSE = LANG.labels("attempt_clause")
CHAIN_LINK = LANG.labels("chain_link")
SPEECH_COMPLEMENT = LANG.labels("speech_complement")
CLAUSE_MARK = LANG.labels("clause_mark")
CLAUSE_TOP = LANG.labels("clause_top")
COMPLEMENT_CLAUSE = LANG.labels("complement_clause")
CONJUNCT_POS = LANG.labels("conjunct_pos")
CONTENT_CLAUSE = LANG.labels("content_clause")
COORDINATION = LANG.labels("coordination")
POSSESSOR = LANG.labels("possessor")  # "Iraq's [army]", "his [party]"
DANGLING_CLAUSE = LANG.labels("dangling_clause")
DETERMINER = LANG.labels("determiner")
DETERMINER_OR_OWNER = LANG.labels("determiner_or_owner")
EMBEDDED_CLAUSE = LANG.labels("embedded_clause")
MODIFIER_CLAUSE = LANG.labels("modifier_clause")
MODIFIER_VERB = LANG.labels("modifier_verb")
NAME_MODIFIER = LANG.labels("name_modifier")
NEGATOR_SLOT = LANG.labels("negator_slot")
NESTED_PREP = LANG.labels("nested_prep")
NOMINAL_USE = LANG.labels("nominal_use")
NOUN_CLAUSE = LANG.labels("noun_clause")
NOUN_MODIFIER = LANG.labels("noun_modifier")
NOUN_POS = LANG.labels("noun_pos")
OBJECT = LANG.labels("object")
PASSIVE_SUBJ = LANG.labels("passive_subj")
OBJECT_OR_ATTR = LANG.labels("object_or_attr")
OBJECT_OR_DATIVE = LANG.labels("object_or_dative")
OBJECT_OR_POBJ = LANG.labels("object_or_pobj")
OWNER_MODIFIER = LANG.labels("owner_modifier")
PARTICIPLE_FORMS = LANG.labels("participle_forms")
PAST_FORMS = LANG.labels("past_forms")
PAST_TAGS = LANG.labels("past_tags")  # a finite past ("after he left")
PATIENT = LANG.labels("patient")
PREDICATE_POS = LANG.labels("predicate_pos")
PREP_COMPLEMENT = LANG.labels("prep_complement")
PURPOSE_CLAUSE = LANG.labels("purpose_clause")
REPORTED_CLAUSE = LANG.labels("reported_clause")
SPECULATED_CLAUSE = LANG.labels("speculated_clause")
STATE_MODIFIER = LANG.labels("state_modifier")
SUBJECT_ANY = LANG.labels("subject_any")
TARGET_OBJECT = LANG.labels("target_object")
TITLE_LINK = LANG.labels("title_link")
TOPIC_CLAUSE_BREAK = LANG.labels("topic_clause_break")
VERB_AS_MODIFIER = LANG.labels("verb_as_modifier")
VERB_LINK = LANG.labels("verb_link")
VERB_POS = LANG.labels("verb_pos")
INHERIT = LANG.labels("inherit")
TARGET_PREPS = LANG.words("target_preps")
LOCATIVE_PREPS = LANG.words("locative_preps")
PLACE_ONLY_PREPS = LOCATIVE_PREPS - LANG.words("target_place_preps")  # "in", "near": never a target
NP_INNER = LANG.labels("np_inner")
TOPIC_PREPS = LANG.words("topic_preps")
QUANTITY_NOUNS = LANG.words("quantity_nouns")
PRONOUNS = LANG.words("pronouns")

# intent statements: what a future act becomes when its actor announces it (CAMEO 03x / 13x); a
# refused or negated announced act (12x), and what an appeal (02x) or demand (10x) asks for
THREAT_FOR, THREAT_ROOT = ONT.map("threat_for"), ONT.map("threat_root")
INTENT_FOR, INTENT_ROOT = ONT.map("intent_for"), ONT.map("intent_root")
REJECT_FOR, REJECT_ROOT = ONT.map("reject_for"), ONT.map("reject_root")
APPEAL_FOR, APPEAL_ROOT = ONT.map("appeal_for"), ONT.map("appeal_root")
DEMAND_FOR, DEMAND_ROOT = ONT.map("demand_for"), ONT.map("demand_root")
# verbs whose object performs the infinitive ("forced X to", "prompted X to", "led X to")
OBJECT_CONTROL = LANG.words("object_control")
ATTEMPT_WORDS = LANG.words("attempt_words")
ATTEMPT_HEADS = ATTEMPT_WORDS | LANG.words("attempt_nouns")  # "an attempt / a bid to X": tried
ATTEMPTED_HEADS = ATTEMPT_HEADS | LANG.words("plot_nouns")  # "a plot to X": planned and tried
NON_ACTOR_ENTITIES = LANG.labels("non_actor_entities")
OWN_POSSESSIVES = LANG.words("own_possessives")
NOBODY = LANG.words("nobody")  # "no" alone: the tokenizer splits "No-one"
READY_WORDS = LANG.words("ready_words")
# small word classes the rules below read (lang/en/words.tsv)
RELATIVE_PRONOUNS = LANG.words("relative_pronouns")
PARTICLE_PREPS = LANG.words("particle_preps")
NP_PREPS = LANG.words("np_preps")
GERUND_HOLDER_PREPS = LANG.words("gerund_holder_preps")
COORDINATORS = LANG.words("coordinators")
LET_TO_PREPS = LANG.words("let_to_preps")
DEFIANCE_PREPS = LANG.words("defiance_preps")
STANCE_NOUNS = LANG.words("stance_nouns")
DURING_PREPS = LANG.words("during_preps")
AGAINST_PREPS = LANG.words("against_preps")
MODAL_AUX = LANG.words("modal_aux")
YET_VERBS = LANG.words("yet_verbs")
YET_ADVERBS = LANG.words("yet_adverbs")  # "has yet to"
NO_DETERMINERS = LANG.words("no_determiners")  # "no one", "no attack"
NEGATIVE_PRECONJ = LANG.words("negative_preconj")  # "Neither X nor Y accepted": no one accepted
PRECONJ = LANG.labels("preconj")
CONDITIONAL_MARKS = LANG.words("conditional_marks")  # "if", "unless": a condition asserts nothing
OF_PREPS = LANG.words("of_preps")  # "the town of Goma", "the release of the report"
TAKE_VERBS = LANG.words("take_verbs")  # "took steps to"
PREDICATIVE_PREPS = LANG.words("predicative_preps")  # "denounced as a crime"
RECIPROCAL_PREPS = LANG.words("reciprocal_preps")  # "fighting between X and Y"
NP_AGENT_PREPS = LANG.words("np_agent_preps")  # "the attack by rebels"
PASSIVE_AGENT_PREPS = LANG.words("passive_agent_preps")  # "was accused ... by officials"
NEGATORS = LANG.words("negators")
FUTURE_AUX = LANG.words("future_aux")
FUTURE_FORMS = LANG.words("future_forms")
OBLIGATION_LEMMAS = LANG.words("obligation_lemmas")
POSSIBILITY_AUX = LANG.words("possibility_aux")
WITHOUT_PREPS = LANG.words("without_preps")
NEED_VERBS = LANG.words("need_verbs")
# the time clause of a future ("before Nakasone leaves", "until the agencies agree"), a counterfactual
# perfect ("would have objected") and a prediction above an infinitive ("unlikely to start a war"):
# docs/events.md, "Modality"
FUTURE_CLAUSE_MARKS = LANG.words("future_clause_marks")
TIME_CLAUSE_OPENER = LANG.labels("time_clause_opener")  # mark, or advmod for "when"
TIME_PHRASE_CLAUSE = LANG.labels("time_phrase_clause")  # "before [travelling]"
UNREAL_GOVERNOR_AUX = LANG.words("unreal_governor_aux")
COUNTERFACTUAL_AUX = LANG.words("counterfactual_aux")
PREDICTION_WORDS = LANG.words("prediction_words")
PERFECT_AUX_WORDS = LANG.words("perfect_aux")
AUX_LABELS = LANG.labels("aux_labels")
PREDICTION_SLOT = LANG.labels("prediction_slot")
PASSIVE_AUX_LABELS = LANG.labels("passive_aux")
UNREAL_MODIFIERS = LANG.words("unreal_modifiers")
HOLDER_PLACE_PREPS = LANG.words("holder_place_preps")
WITH_PLACE_PREPS = LANG.words("with_place_preps")
PLACE_ENTITY_TYPES = LANG.labels("place_entity_types")
ON_STRIKE_VERBS = LANG.words("on_strike_verbs")
ACT_ONLY_CAUSE_PREPS = LANG.words("act_only_cause_preps")
TWO_WORD_CAUSE_PREPS = LANG.words("two_word_cause_preps")
RESPONSIBLE_PREPS = LANG.words("responsible_preps")
RESPONSIBLE_ALONE_PREPS = LANG.words("responsible_alone_preps")  # "the group behind the attack"
PLURAL_PRONOUNS = LANG.words("plural_pronouns")
SINGULAR_PRONOUNS = LANG.words("singular_pronouns")
DETERMINER_BLOCKERS = LANG.words("arrest_determiners")
PARTICIPATION_NOUNS, PARTICIPATION_PREPS = LANG.words("participation_nouns"), LANG.words("participation_preps")
# classes of codes the rules below test (codes/data/code_rules.tsv) and codes they assign
VERBAL, DIPLOMATIC = ONT.codes("verbal"), ONT.codes("diplomatic")
CONSULT, DEMAND = ONT.codes("consult"), ONT.codes("demand")
DISAPPROVE, PROTEST = ONT.codes("disapprove"), ONT.codes("protest")
UNDISPUTABLE = ONT.codes("undisputable")
VENUE_AT = ONT.codes("venue_at")  # acts whose "at" phrase is where they happen, never whom they address
STATEMENT, DEMAND_CODE, ACCUSE_CODE = ONT.code("statement"), ONT.code("demand"), ONT.code("accuse")
CRITICIZE_CODE = ONT.code("criticize")


def mapped(code: str, specific: dict[str, str], by_root: dict[str, str]) -> Optional[str]:
    for key in (code, code[:3]):
        if key in specific:
            return specific[key]
    return by_root.get(code[:2])


# ----------------------------------------------------------------------------- tokens


def label_ids(*labels: str) -> frozenset[int]:
    """The string ids of labels or words, as ``Doc.to_array`` gives them."""
    return frozenset(get_string_id(label) for label in labels)


@lru_cache(maxsize=256)
def word_ids(words: frozenset[str]) -> frozenset[int]:
    """``label_ids`` of a word set (the lexicon's cue sets: a few dozen, asked for per verb)."""
    return label_ids(*words)


CLAUSE_BREAK_IDS = label_ids(*CLAUSE_BREAK)
CONJ_ID = get_string_id("conj")
VERBAL_IDS = label_ids(*VERB_POS)


class StringMemo:
    """String ids -> strings (and lower-cased strings), looked up once per id (bounded); one per
    coder, shared by its documents (they share the vocabulary's ids)."""

    def __init__(self) -> None:
        self._plain: dict[int, str] = {}
        self._lowered: dict[int, str] = {}
        self._lowered_id: dict[int, int] = {}

    def plain(self, i: int, store: Any) -> str:
        got = self._plain.get(i)
        if got is None:
            if len(self._plain) > _STRING_MEMO_LIMIT:
                self._plain.clear()
            got = self._plain[i] = store[i]
        return got

    def lowered(self, i: int, store: Any) -> str:
        got = self._lowered.get(i)
        if got is None:
            if len(self._lowered) > _STRING_MEMO_LIMIT:
                self._lowered.clear()
            got = self._lowered[i] = store[i].lower()
        return got

    def lowered_ids(self, ids: list[int], store: Any) -> list[int]:
        """Per id, the string id of its string lower-cased (``word_ids`` of ``lowered``), looked up
        as ``many`` does."""
        return _memo_many(self._lowered_id, ids, lambda i: get_string_id(store[i].lower()))

    def many(self, ids: list[int], store: Any, lowered: bool = False) -> list[str]:
        """``plain`` (or ``lowered``) of each id, in one pass."""
        if lowered:
            return _memo_many(self._lowered, ids, lambda i: store[i].lower())
        return _memo_many(self._plain, ids, lambda i: store[i])


def _memo_many(memo: dict, ids: list[int], compute: Any) -> list:
    """``memo[i]`` for each id, computing (``compute(i)``) only the ids not remembered yet.

    Most ids of a document were seen in earlier ones: look them all up first, and only when some
    are new, find which (a set of every id per call cost more than the look-ups).  The memo
    starts over when it would pass ``_STRING_MEMO_LIMIT``."""
    got = list(map(memo.get, ids))
    if None not in got:
        return got
    missing = {i for i, value in zip(ids, got) if value is None}
    if len(memo) + len(missing) > _STRING_MEMO_LIMIT:
        memo.clear()
        missing = set(ids)
    for i in missing:
        memo[i] = compute(i)
    return list(map(memo.__getitem__, ids))


_STRING_MEMO_LIMIT = 200_000  # distinct ids remembered before the memo starts over


@dataclass(frozen=True, slots=True)
class DocArrays:
    """One parsed document's tree and labels as plain Python lists, read with one ``Doc.to_array``.

    Walks that only test labels (``clause_indices``, the coder's pattern pre-check) read these
    instead of spaCy tokens: each ``Token.children`` / ``.head`` / ``.dep_`` access builds a
    ``Token`` or decodes a string, and the walks repeat them per predicate (throughput).  Labels
    stay string ids (compare them with ``label_ids``); ``lower(i)`` / ``lemma(i)`` give a word's
    ``lower_`` / ``lemma_.lower()``; ``children(i)`` lists a token's children in order, as
    ``Token.children`` does (kept as one flat list: a list per token would be ~400 more objects
    per document for the garbage collector to scan)."""

    head: list[int]
    dep: list[int]
    pos: list[int]
    tag: list[int]
    lower_ids: list[int]
    lemma_ids: list[int]
    lower_column: np.ndarray  # lower_ids and lemma_ids as arrays
    lemma_column: np.ndarray
    kids: list[int]  # every non-root token, ordered by its head, then by position
    kids_start: list[int]  # per token: where its children start in ``kids`` ...
    kids_end: list[int]  # ... and end
    root: np.ndarray  # per token: the root of its dependency tree
    memo: StringMemo
    store: Any  # the vocabulary's StringStore
    idx_column: np.ndarray  # per token: ``Token.idx``, its first character ...
    length_column: np.ndarray  # ... its text's length ...
    spacy_column: np.ndarray  # ... whether one space follows it ...
    orth_column: np.ndarray  # ... and its text's string id
    _tree_words: dict[int, frozenset[int]] = field(default_factory=dict)  # per root, filled on demand
    _roots: list[int] = field(default_factory=list)  # ``root`` as a list, filled with them
    _text: list[str] = field(default_factory=list)  # the document's text, once joined

    @classmethod
    def of(cls, doc: Any, memo: Optional[StringMemo] = None) -> "DocArrays":
        """``doc``: the parse stage's ``ParsedDoc`` (its token arrays and tree, read as they are), or
        a spaCy Doc (library use: its ParsedDoc is built here)."""
        view = doc if isinstance(doc, ParsedDoc) else ParsedDoc.of(doc)
        arr = view.array
        return cls(head=view.head, dep=view.dep, pos=view.pos, tag=view.tag, lower_ids=view.lower,
                   lemma_ids=view.lemma, lower_column=arr[:, 4], lemma_column=arr[:, 5], kids=view.kids,
                   kids_start=view.kids_start, kids_end=view.kids_end, root=view.root,
                   memo=memo if memo is not None else StringMemo(), store=view.strings,
                   idx_column=arr[:, 6].astype(np.int64), length_column=arr[:, 7].astype(np.int64),
                   spacy_column=arr[:, 8], orth_column=arr[:, 9])

    def children(self, i: int) -> list[int]:
        return self.kids[self.kids_start[i]:self.kids_end[i]]

    def tree_words(self, i: int) -> frozenset[int]:
        """The string ids (``word_ids``) of the ``lower_`` and ``lemma_.lower()`` forms of every word
        in token ``i``'s dependency tree: a superset of the words of any walk that stays inside the
        tree.  Ids, not strings: the lower-case forms are the LOWER column as it is, so only the
        lemmas need a look-up (throughput)."""
        if not self._tree_words:
            self._fill_tree_words()
        return self._tree_words[self._roots[i]]

    def _fill_tree_words(self) -> None:
        """Every tree's words, in one pass over the document (cheaper than a pass per tree)."""
        order = np.argsort(self.root, kind="stable")  # the tokens grouped by their tree
        roots = self.root[order]
        lows = self.lower_column[order].tolist()
        lems = self.memo.lowered_ids(self.lemma_column[order].tolist(), self.store)
        starts = [0] + (np.flatnonzero(np.diff(roots)) + 1).tolist()
        for a, b in zip(starts, starts[1:] + [len(order)]):
            self._tree_words[int(roots[a])] = frozenset(lows[a:b] + lems[a:b])
        self._roots.extend(self.root.tolist())

    def lower(self, i: int) -> str:
        return self.memo.plain(self.lower_ids[i], self.store)

    def text(self) -> str:
        """``Doc.text``, joined from the words' string ids, once."""
        if not self._text:
            self._text.append(self.span_text(0, len(self.head), trailing=True))
        return self._text[0]

    def span_text(self, start: int, end: int, trailing: bool = False) -> str:
        """``Span.text`` of tokens ``start:end`` (with ``trailing``: ``Doc.text``'s form, which keeps
        the last word's space).  spaCy joins each word's ``text_with_ws`` (its text, plus one space
        where it has one), building a ``Token`` per word to do so; here the words come from their ids."""
        words = self.memo.many(self.orth_column[start:end].tolist(), self.store)
        spaces = self.spacy_column[start:end].tolist()
        text = "".join([w + " " if sp else w for w, sp in zip(words, spaces)])
        return text[:-1] if spaces and spaces[-1] and not trailing else text

    def chars(self, start: int, end: int) -> str:
        """``Doc.text[start:end]``, joined from the few words that cover those characters (the
        gaps between an NP's mentions are a few characters of a long text)."""
        if start < 0 or end < 0:
            return self.text()[start:end]  # counted from the end: the whole text is needed
        n = len(self.idx_column)
        size = int(self.idx_column[-1] + self.length_column[-1] + self.spacy_column[-1]) if n else 0
        start, end = min(start, size), min(end, size)
        if start >= end:
            return ""
        first = int(np.searchsorted(self.idx_column, start, side="right")) - 1
        last = int(np.searchsorted(self.idx_column, end - 1, side="right")) - 1
        offset = start - int(self.idx_column[first])
        return self.span_text(first, last + 1, trailing=True)[offset:offset + end - start]

    def char_spans(self, starts: list[int], ends: list[int]) -> list[Optional[tuple[int, int]]]:
        """Per ``(start, end)`` with ``start < end``: the token range of ``Doc.char_span(start, end,
        alignment_mode="expand")`` (None where that is None), found for all at once by bisection on
        the words' offsets instead of building a ``Span`` each.  As spaCy's ``token_by_char`` reads
        them, a word covers its text and its trailing space; a character no word covers has no token."""
        if not starts or not len(self.idx_column):
            return [None] * len(starts)
        first_char, end_char = np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)
        word_end = self.idx_column + self.length_column
        ws_end = word_end + self.spacy_column.astype(np.int64)
        first = np.searchsorted(self.idx_column, first_char, side="right") - 1
        last = np.searchsorted(self.idx_column, end_char - 1, side="right") - 1
        at_first, at_last = np.maximum(first, 0), np.maximum(last, 0)
        found = (first >= 0) & (last >= 0) & (first_char < ws_end[at_first]) & (end_char - 1 < ws_end[at_last])
        # a mention that starts at a word's trailing space does not take that word
        first = first + (first_char == word_end[at_first])
        return [(a, b + 1) if ok else None for a, b, ok in zip(first.tolist(), last.tolist(), found.tolist())]

    def lemma(self, i: int) -> str:
        return self.memo.lowered(self.lemma_ids[i], self.store)


def clause_indices(arrays: DocArrays, i: int) -> list[int]:
    """``clause_tokens`` on the arrays: the token indices of the verb's own clause, in order."""
    dep, pos, kids, start, end = arrays.dep, arrays.pos, arrays.kids, arrays.kids_start, arrays.kids_end
    out: list[int] = []
    # only the verb's own children can open an embedded clause or a coordinated verb (a deeper
    # token's head is never the verb), so the check is made on them and their subtrees are taken whole
    stack = [c for c in kids[start[i]:end[i]]
             if not (dep[c] in CLAUSE_BREAK_IDS or dep[c] == CONJ_ID and pos[c] in VERBAL_IDS)]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(kids[start[t]:end[t]])
    out.sort()
    return out


def clause_tokens(tok: Any) -> list[Any]:
    """The verb's own clause: its subtree without embedded clauses and coordinated verbs."""
    out: list[Any] = []
    stack = [c for c in tok.children]
    while stack:
        t = stack.pop()
        if t.dep_ in CLAUSE_BREAK and t.head.i == tok.i:
            continue
        if t.dep_ == "conj" and t.head.i == tok.i and t.pos_ in VERB_POS:
            continue
        out.append(t)
        stack.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def object_noun(verb: Any) -> Optional[Any]:
    """The direct object (or the object of a phrasal particle: "carried out an attack"); of a
    participation noun, the act taken part in ("took part in marches", "took part in the talks")."""
    for c in verb.children:
        if c.dep_ in OBJECT_OR_ATTR and c.pos_ in NOUN_POS:
            if c.lemma_.lower() in PARTICIPATION_NOUNS:
                acts = [g for h in (c, verb) for p in h.children if p.dep_ == "prep" and p.lower_ in PARTICIPATION_PREPS
                        for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
                return acts[0] if acts else c
            return c
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in PARTICLE_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN":
                    return g
    return None


def passive_object(verb: Any) -> Optional[Any]:
    """"Talks were held": the event noun of a passive light verb."""
    for c in verb.children:
        if c.dep_ == "nsubjpass" and c.pos_ == "NOUN":
            return c
    return None


def modified_noun(verb: Any) -> Optional[Any]:
    """"the arrests made by the police": the noun a passive participle describes."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
        return verb.head
    return None


def with_conj(tok: Any) -> list[Any]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in CONJUNCT_POS:
            out.extend(with_conj(c))
    return out


def np_tokens(head: Any, inner_only: bool = True) -> list[Any]:
    """The words of a noun phrase: head plus modifiers; optionally also its PPs and appositions."""
    out = [head]
    for c in head.children:
        if c.dep_ in NP_INNER:
            out.extend(c.subtree)
        elif not inner_only and (c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in NP_PREPS)):
            out.extend(c.subtree)
    return out


# ----------------------------------------------------------------------------- actors


class ActorIndex:
    """The document's actor mentions, addressable by token."""

    def __init__(self, parsed: Any, actors: list[ActorRef], arrays: Optional[DocArrays] = None,
                 datelines: Iterable[tuple[int, int]] = (), day: Optional[dt.date] = None) -> None:
        self.parsed = parsed
        # the day the document is read on (its publication date, else the era of its known people): which
        # party governs is a fact of a day (``governing_party_of``)
        self.day = day
        self.arrays = arrays  # the document's, when the caller has them: sentence words without tokens
        # character spans of wire datelines ("PYONGYANG, July 14, 2022 -- "): the parser often hangs
        # the filing place on the lede's verb as a second subject; it is no one's act
        self.datelines = tuple(datelines)
        self._text: Optional[str] = None
        # per sentence (by its first token), filled on demand
        self._sentence_words: dict[int, frozenset[str]] = {}
        self._sentence_ids: dict[int, frozenset[int]] = {}
        self._according: dict[int, Optional[ActorRef]] = {}
        self._positions: Optional[list[int]] = None  # the tokens with mentions, in order
        self._sentences: Optional[list[Any]] = None  # the document's sentences, listed on demand ...
        self._sentence_starts: list[int] = []  # ... and where each starts
        self.by_token: dict[int, list[ActorRef]] = {}
        refs = [ref for ref in actors if ref.start is not None and ref.end is not None]
        for ref, tokens in zip(refs, self._token_ranges(refs)):
            for i in tokens:
                self.by_token.setdefault(i, []).append(ref)

    def _token_ranges(self, refs: list[ActorRef]) -> list[range]:
        """Per mention, the tokens its characters touch (``Doc.char_span`` in "expand" mode); on
        the arrays, all at once, when the caller has them (a ``Span`` per mention costs a ``Token``
        per word).  An empty mention is left to ``Doc.char_span``."""
        fast: list[Optional[tuple[int, int]]] = []
        if self.arrays is not None:
            fast = self.arrays.char_spans([r.start for r in refs], [r.end for r in refs])  # type: ignore[misc]
        out: list[range] = []
        for k, ref in enumerate(refs):
            if fast and ref.start < ref.end:  # type: ignore[operator]
                got = fast[k]
                out.append(range(*got) if got is not None else range(0))
                continue
            span = self.parsed.char_span(ref.start, ref.end, alignment_mode="expand")
            out.append(range(span.start, span.end) if span is not None else range(0))
        return out

    def in_dateline(self, tok: Any) -> bool:
        """Whether the token lies in a wire dateline (its place or date, never an actor)."""
        return any(start <= tok.idx < end for start, end in self.datelines)

    @property
    def text(self) -> str:
        """The document's text: the string the parse stage parsed (``doc_text``), else joined once (spaCy
        joins every token on each ``Doc.text``)."""
        if self._text is None:
            self._text = doc_text(self.parsed)
        return self._text

    def text_between(self, start: int, end: int) -> str:
        """``self.text[start:end]``, without joining the whole text when the arrays are at hand."""
        if self._text is None and self.arrays is not None:
            return self.arrays.chars(start, end)
        return self.text[start:end]

    def sentence(self, tok: Any) -> Any:
        """``tok.sent``: the document's sentences are listed once and the token's is found by
        bisection (``Token.sent`` walks the sentence's tokens to find its edges on every call).
        Without hooks, ``Token.sent`` and ``Doc.sents`` both cut at ``sent_start``; a document with
        sentence hooks is asked as before."""
        if self._sentences is None:
            doc = self.parsed
            hooked = bool(doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks)
            self._sentences = [] if hooked else list(doc.sents)
            self._sentence_starts = [sent.start for sent in self._sentences]
        if not self._sentences:
            return tok.sent
        return self._sentences[bisect_right(self._sentence_starts, tok.i) - 1]

    def sentence_word_ids(self, tok: Any) -> frozenset[int]:
        """``word_ids(self.sentence_words(tok))``, read from the arrays once per sentence (arrays needed)."""
        sent = self.sentence(tok)
        got = self._sentence_ids.get(sent.start)
        if got is None:
            got = self._sentence_ids[sent.start] = frozenset(self.arrays.lower_ids[sent.start:sent.end])  # type: ignore[union-attr]
        return got

    def sentence_words(self, tok: Any) -> frozenset[str]:
        """The lower-case words of the token's sentence, read once per sentence."""
        sent = self.sentence(tok)
        got = self._sentence_words.get(sent.start)
        if got is None:
            if self.arrays is not None:
                arrays = self.arrays
                got = frozenset(arrays.memo.many(arrays.lower_ids[sent.start:sent.end], arrays.store))
            else:
                got = frozenset(w.lower_ for w in sent)
            self._sentence_words[sent.start] = got
        return got

    def according_to(self, sent: Any) -> Optional[ActorRef]:
        """``according_to(sent, self)``, read once per sentence."""
        if sent.start not in self._according:
            self._according[sent.start] = according_to(sent, self)
        return self._according[sent.start]

    def refs_in(self, toks: Iterable[Any]) -> list[ActorRef]:
        seen: list[ActorRef] = []
        for t in sorted(toks, key=lambda x: x.i):
            for ref in self.by_token.get(t.i, ()):
                if not any(r is ref for r in seen):
                    seen.append(ref)
        return seen

    def mentions_under(self, head: Any) -> bool:
        """Whether a mention touches the span of ``head``'s subtree: when none does, no walk
        below ``head`` can find one (throughput: the walks are skipped)."""
        if self._positions is None:
            self._positions = sorted(self.by_token)
        at = bisect_left(self._positions, head.left_edge.i)
        return at < len(self._positions) and self._positions[at] <= head.right_edge.i

    def actors_of_np(self, head: Any) -> list[ActorRef]:
        """The actor(s) an NP names: the core NP first, then its appositions/PPs."""
        if not self.mentions_under(head):
            return []  # the NP's words all lie in the subtree's span
        for inner in (True, False):
            refs = self.refs_in(np_tokens(head, inner_only=inner))
            if refs:
                return _affiliation(_one_entity(refs, head, self), head, self)
        return []


ORG_KINDS_AFFILIATION = ("igo", "ngo")


def _affiliation(found: list[ActorRef], head: Any, index: "ActorIndex") -> list[ActorRef]:
    """A person named with the organisation they act for is coded as that organisation (PLOVER
    codes the role, not the nationality): "U.N. mediator Diego Cordovez" → the UN, not Ecuador."""
    if len(found) != 1 or found[0].kind != "person":
        return found
    person = found[0]
    # the organisation must modify a role noun that modifies the name ("U.N. → mediator → Cordovez"),
    # not be a name of its own in a run of proper nouns (a headline "Blair hails Turkey-EU talks deal")
    roles = [t for t in head.subtree if t.dep_ == "compound" and t.pos_ == "NOUN" and t.i < head.i
             and (person.start is None or t.idx < person.start)]
    for role in roles:
        orgs = [t for t in role.subtree if t.i < role.i and t.dep_ in NAME_MODIFIER]
        for ref in index.refs_in(orgs):
            if ref.kind in ORG_KINDS_AFFILIATION and ref.country and ref.country != person.country:
                return [ref]
    return found


def _entities(refs: list[ActorRef], text: "str | ActorIndex") -> list[list[ActorRef]]:
    """Group mentions into entities: mentions joined only by "and", "or" or commas are
    coordinated (separate entities); touching mentions name one entity.  ``text``: the document's,
    or its ``ActorIndex`` (which reads only the gaps between the mentions)."""
    between = text.text_between if isinstance(text, ActorIndex) else lambda a, b: text[a:b]  # type: ignore[index]
    groups: list[list[ActorRef]] = []
    prev: Optional[ActorRef] = None
    for ref in sorted(refs, key=lambda r: (r.start or 0, -(r.end or 0))):
        if prev is not None and (ref.start or 0) < (prev.end or 0):
            groups[-1].append(ref)
            continue
        gap = between(prev.end or 0, ref.start or 0).strip().lower() if prev is not None else None
        if prev is None or gap in ("and", "or", ",", ", and", "and the", ", the", "or the", "as well as", "&"):
            groups.append([ref])
        else:
            groups.append([ref])
            groups[-1].append(None)  # type: ignore[arg-type]  # marks "not coordinated with the previous"
        prev = ref
    return groups


def first_run(refs: list[ActorRef], text: "str | ActorIndex") -> list[list[ActorRef]]:
    """The first entity and those coordinated with it ("the DPR and LPR"); ``text`` is the
    document's (``ActorIndex.text``), or the ``ActorIndex`` itself."""
    groups = _entities(refs, text)
    run: list[list[ActorRef]] = []
    for g in groups:
        coordinated = None not in g
        members = [r for r in g if r is not None]
        if run and not coordinated:
            break
        run.append(members)
    return run


def _best_of(group: list[ActorRef]) -> ActorRef:
    return max(group, key=lambda r: (r.country is not None, r.sector is not None, (r.end or 0) - (r.start or 0)))


def _one_entity(refs: list[ActorRef], head: Any, index: ActorIndex) -> list[ActorRef]:
    """Several mentions inside one NP are one entity ("DPRK Foreign Minister Choe"), unless
    the NP coordinates them ("Russian and Chinese diplomats", "the DPR and LPR")."""
    if len(refs) == 1:
        return refs
    run = first_run(refs, index)
    if len(run) > 1:
        return [_best_of(g) for g in run]
    countries = {r.country for r in refs if r.country}
    coordinated = any(t.dep_ == "cc" for t in head.subtree if t.i < head.i)
    if coordinated and len(countries) > 1:
        per: dict[str, ActorRef] = {}
        for r in refs:
            if r.country and r.country not in per:
                per[r.country] = r
        return list(per.values())
    head_refs = index.by_token.get(head.i, [])
    if head_refs:
        return [max(head_refs, key=lambda r: (r.country is not None, (r.end or 0) - (r.start or 0)))]
    return [max(refs, key=lambda r: (r.country is not None, r.sector is not None, (r.end or 0) - (r.start or 0)))]


def unknown_actor(head: Any, agents: frozenset[str] = frozenset()) -> Optional[ActorRef]:
    """An unresolved actor named by the NP itself (kept with country None)."""
    if head.pos_ not in NOUN_POS or head.lower_ in PRONOUNS:
        return None
    bare_count = False
    if head.lemma_.lower() in QUANTITY_NOUNS:  # "thousands of students": the students act
        inner = [g for c in head.children if c.dep_ == "prep" and c.lower_ in OF_PREPS for g in c.children if g.dep_ == "pobj"]
        if inner:
            head = inner[0]
        else:
            # "hundreds marched": a bare count of people, which the caller may name as an agent word
            bare_count = head.lemma_.lower() in agents
    if head.ent_type_ in NON_ACTOR_ENTITIES and not bare_count:
        return None  # "Friday's violence": a date is no actor
    agentive = head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
        or head.lemma_.lower() in agents or head.lower_ in agents
    if not agentive:
        return None
    toks = sorted([t for t in np_tokens(head) if t.dep_ not in DETERMINER and not t.is_punct],
                  key=lambda t: t.i)
    toks = [t for t in toks if head.i - 4 <= t.i <= head.i + 2] or [head]
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    span_text = head.doc[toks[0].i:toks[-1].i + 1].text  # == doc.text[start:end], without joining the whole doc
    return ActorRef(text=span_text, start=start, end=end, kind="unknown", resolved_by="parse")


def actors_for(heads: list[Any], index: ActorIndex, allow_unknown: bool,
               agents: frozenset[str] = frozenset()) -> list[ActorRef]:
    out: list[ActorRef] = []
    for h in heads:
        refs = index.actors_of_np(h)
        if not refs and allow_unknown:
            ref = unknown_actor(h, agents)
            refs = [ref] if ref else []
        for r in refs:
            if not any(r is o for o in out):
                out.append(r)
    return out


# ----------------------------------------------------------------------------- source / target


def _displaced_agent(verb: Any) -> list[Any]:
    """"was accused of misusing funds by officials": the parser hangs the by-phrase lower down;
    it is the verb's agent when no clause boundary lies between."""
    for t in verb.subtree:
        if t.head.i == verb.i or not (t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ in PASSIVE_AGENT_PREPS):
            continue
        path = _path_up(t, verb)
        if path and not any(x.dep_ in CLAUSE_BREAK or x.lower_ in ATTRIBUTION_WORDS for x in path):
            return [g for g in t.children if g.dep_ == "pobj"]
    return []


def subject_heads(verb: Any, index: Optional[ActorIndex] = None,
                  agent_words: frozenset[str] = frozenset()) -> tuple[list[Any], list[Any], Any]:
    """(source heads, passive-subject heads, the verb that owns the subject)."""
    by = np_agents.coordinated_by_agent(verb)
    if by:
        # "is in detention and being questioned by military police": the by-phrase acts on the shared subject
        done, suffered, owner = subject_heads(verb.head, index, agent_words)
        return with_conj(by[0]), suffered or done, owner
    h = verb
    below = verb  # the word the search came up from
    for _ in range(8):
        subj = _outside_dateline([c for c in h.children if c.dep_ in SUBJ], index)
        if subj:
            s = subj[0]
            if s.lower_ in RELATIVE_PRONOUNS and h.dep_ == "relcl":
                s = h.head
            inner = [c for c in s.children if c.dep_ == "nsubj"] if s.tag_ in PARTICIPLE_FORMS else []
            if inner:
                s = inner[0]  # "The Red Cross operating in Iraq said": the parser made the participle the subject
            return with_conj(s), [], h
        passive = _outside_dateline([c for c in h.children if c.dep_ == "nsubjpass"], index)
        if passive:
            agents = [g for c in h.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            agents = agents or _displaced_agent(h)
            p = passive[0]
            if below is not h and below.dep_ == "advcl" and below.tag_ == "VBG" and not agents:
                # "students were arrested while protesting": an adjunct participle's understood subject
                # is its clause's grammatical subject, the passive one included
                return with_conj(p), [], h
            if p.lower_ in RELATIVE_PRONOUNS and h.dep_ == "relcl":
                p = h.head
            return (with_conj(agents[0]) if agents else []), with_conj(p), h
        if h.dep_ == "relcl":
            noun = h.head
            if any(a.dep_ == "aux" and a.tag_ == "TO" for a in h.children) and noun.dep_ in OBJECT \
                    and noun.lemma_.lower() in STEP_NOUNS | EFFORT_NOUNS:
                # "has taken steps to ease ...": an infinitive the parser made a relative clause of a
                # non-actor object is done by the subject of the verb holding that object
                below, h = noun, noun.head
                continue
            return with_conj(noun), [], h
        if h.dep_ == "acl":
            agents = [g for c in h.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            noun = h.head
            if h.tag_ == "VBD" and not agents and noun.dep_ == "ROOT" and _doer_noun(noun, index, agent_words):
                # "A crowd, made up of ..., gathered outside": the sentence's finite verb the parser hung
                # on its own subject (the noun left as the root; a past tense is no reduced relative)
                return with_conj(noun), [], h
            if h.tag_ == "VBN" and not agents and h is not verb and _doer_noun(noun, index, agent_words) \
                    and h.lemma_.lower() not in REPORTED_PLANS \
                    and (below.dep_ == "prep" and below.lower_ in OUTCOME_PREPS or below.dep_ in PURPOSE_CLAUSE
                         and any(a.dep_ == "aux" and a.tag_ == "TO" for a in below.children)):
                # "youths resorted to throwing stones", "police sent to disperse the crowd": what the
                # participle leads to is done by the people it describes
                return with_conj(noun), [], h
            if h.tag_ == "VBN" and not agents and below is not h and below.dep_ == "advcl" and below.tag_ == "VBG" \
                    and _doer_noun(noun, index, agent_words):
                # "twelve students arrested while protesting": a reduced relative is a passive whose subject
                # is the noun it describes, so its adjunct participle is done by that noun, as above
                return with_conj(noun), [], h
            if h.tag_ in CROWD_PARTICIPLE_TAGS and not agents and h.lemma_.lower() in CROWD_VERBS \
                    and _doer_noun(noun, index, agent_words):
                # "a crowd of several hundred gathered for a demonstration": a crowd verb has no passive, so
                # its participle on a noun of people (the parser tags it either past form) is what those
                # people did (lang/en/words.tsv crowd_verbs, labels.tsv crowd_participle_tags)
                return with_conj(noun), [], h
            if h.tag_ == "VBN":
                return (with_conj(agents[0]) if agents else []), [], h
            if h.tag_ == "VBG":
                if index is not None and (index.actors_of_np(noun) or noun.lemma_.lower() in agent_words):
                    return with_conj(noun), [], h
                h = noun.head if noun.dep_ in ANY_OBJECT else noun
                if h is noun:
                    break
                continue
            poss = [c for c in noun.children if c.dep_ in POSSESSOR]
            return (with_conj(poss[0]) if poss else []), [], h
        if h.dep_ == "pcomp" and h.head.dep_ == "prep" and h.head.lower_ in GERUND_HOLDER_PREPS:
            # the holder verb's object ("criticised Iran for attacking", "quoted him as saying"), or, for a
            # predicative "as" on a passive verb, its subject ("Nakasone was quoted by Kyodo as saying")
            holder = h.head.head
            objs = [c for c in holder.children if c.dep_ in OBJECT] or [
                c for c in holder.children if c.dep_ in PASSIVE_SUBJ and h.head.lower_ in PREDICATIVE_PREPS]
            if objs and objs[0].lower_ in RELATIVE_PRONOUNS and holder.dep_ == "relcl":
                objs = [holder.head]  # "Hoffmeyer, who was quoted by Politiken as saying": the relative's noun
            if objs:
                return with_conj(objs[0]), [], h
        if h.dep_ == "xcomp" and index is not None and h.head.lemma_.lower() in OBJECT_CONTROL:
            objs = [c for c in h.head.children if c.dep_ in OBJECT]
            if objs:  # "forcing the police to open fire": the object does the act
                return with_conj(objs[0]), [], h
        if h.dep_ in INHERIT and h.head.i != h.i:
            below, h = h, h.head
            continue
        break
    return [], [], h


def _outside_dateline(heads: list[Any], index: Optional[ActorIndex]) -> list[Any]:
    """The subject heads without a wire dateline's filing place: the parser makes it a second
    subject ("PYONGYANG, July 14, 2022 -- North Korea recognised": PYONGYANG and Korea) or the
    only one, with nothing of the sentence below it.  A dateline head with the real subject under
    it ("COSTA MESA, Calif, March 9 - Standard Pacific LP said": LP an apposition of MESA) stays:
    the actors of its phrase are found below it."""
    if index is None or not index.datelines:
        return heads
    kept = [h for h in heads if not index.in_dateline(h)
            or any(not index.in_dateline(t) for t in h.subtree) and not any(
                not index.in_dateline(o) for o in heads if o.i != h.i)]
    return kept


# "Regan, expected to resign", "officials asked to testify": someone else's expectation or request,
# not an act of the people described
REPORTED_PLANS = LANG.words("reported_plans")


def _doer_noun(noun: Any, index: Optional[ActorIndex], agent_words: frozenset[str]) -> bool:
    return noun.pos_ in NOUN_POS and (noun.lemma_.lower() in agent_words or noun.lower_ in agent_words
                                              or (index is not None and bool(index.actors_of_np(noun))))


def target_heads(pred: "Predicate", passive: list[Any], between: bool = True) -> list[list[Any]]:
    """Candidate target NPs, most direct first (``between``: also the sides of "between X and Y")."""
    v = pred.token
    out: list[list[Any]] = []
    if passive:
        out.append(passive)
    holders = [v] if pred.noun is None or pred.nominal else [v, pred.noun]
    if pred.nominal:
        holders = [pred.noun]
    for h in holders:
        for c in h.children:
            if c.dep_ in TARGET_OBJECT and (pred.noun is None or c.i != pred.noun.i):
                out.append(with_conj(c))
            if c.dep_ in OBJECT:  # "established ties with and opened an embassy in X"
                out.extend(o for p in c.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                           for o in _dangling_object(p))
        out.extend(_shifted_objects(h))
    if pred.nominal:
        out.extend(np_agents.displaced_patients(pred.noun))
    audience: list[list[Any]] = []
    late: list[list[Any]] = []
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                if c.lower_ in OF_PREPS and not pred.nominal and h is v or c.lower_ in RECIPROCAL_PREPS and not between:
                    continue
                objs = [with_conj(g) for g in c.children if g.dep_ == "pobj"] or _dangling_object(c)
                # "complained to the UN over Israeli raids": whom an accusation is told to is its
                # audience; what it is about names the accused
                if c.lower_ in ADDRESS_PREPS and pred.code in DISAPPROVE:
                    audience.extend(objs)
                elif c.lower_ in VENUE_PREPS and h is v and pred.code in VENUE_AT:
                    continue  # "said at the airport", "signed at the Development Bank": the venue
                elif h is v and pred.code in STATEMENT_CODES and _occasion(c):
                    continue  # "told reporters upon his arrival in Moscow": when and where, not to whom
                elif c.lower_ in VENUE_PREPS and h is v and pred.noun is not None:
                    # "held a meeting with X at a lunch hosted by Y": where it happened comes after
                    # the event noun's own partner
                    late.extend(objs)
                elif _fronted(c, h):
                    late.extend(objs)  # "From Albania, Ahtisaari will travel to Macedonia": a setting first
                else:
                    out.extend(objs)
            elif c.dep_ == "prt":
                for cc in c.children:
                    if cc.dep_ == "pobj":
                        out.append(with_conj(cc))
                    elif cc.dep_ == "prep" and cc.lower_ in TARGET_PREPS:
                        # "kidnapped up to 16 advisers": the parser hangs the preposition on the particle
                        out.extend(with_conj(g) for g in cc.children if g.dep_ == "pobj")
    return out + late + audience


STATEMENT_CODES = ONT.codes("statements")
OCCASION_NOUNS = LANG.words("occasion_nouns")


def _occasion(prep: Any) -> bool:
    """A phrase naming the occasion of a statement ("upon his arrival in Moscow", "on a visit to China",
    "on his return to Tokyo"): the place in it is where the speaker was, not whom the statement addresses."""
    return any(g.dep_ in PREP_COMPLEMENT and g.lemma_.lower() in OCCASION_NOUNS for g in prep.children)


def _fronted(prep: Any, holder: Any) -> bool:
    """A phrase fronted before its verb and its subject ("From Albania, X will travel to Y", "With the
    delegation's arrival in Beijing, negotiators converged") sets the scene; the phrases after the verb
    name whom the act reaches first.  (Only a verb's phrase: a noun's own phrases come where they come.)"""
    if holder.pos_ not in VERB_POS or prep.i > holder.i:
        return False
    subj = [c for c in holder.children if c.dep_ in SUBJECT_ANY]
    return bool(subj) and prep.i < min(s.left_edge.i for s in subj)


def _shifted_objects(verb: Any) -> list[list[Any]]:
    """"denounced as an ugly crime Serbia's suppression of ...": a heavy object shifted after the
    "as" phrase is parsed as that phrase's apposition."""
    if any(c.dep_ in OBJECT for c in verb.children):
        return []
    return [with_conj(a) for c in verb.children if c.dep_ == "prep" and c.lower_ in PREDICATIVE_PREPS
            for g in c.children if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos"]


def _dangling_object(prep: Any) -> list[list[Any]]:
    """"granted asylum to five officers holed up in ...": the parser made the preposition's object
    the subject of the following participle; the NP right after the preposition is its object."""
    if any(c.dep_ in PREP_COMPLEMENT for c in prep.children):
        return []
    for clause in prep.head.children:
        if clause.dep_ in DANGLING_CLAUSE and clause.i > prep.i:
            for subj in clause.children:
                if subj.dep_ in SUBJECT_ANY and subj.left_edge.i == prep.i + 1:
                    return [with_conj(subj)]
    if prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].lower_ in COORDINATORS:
        # "established ties with and opened an embassy in Tehran": the preposition shares the object
        # of the coordinated verb's last phrase (right-node raising)
        anchor = prep.head if prep.head.pos_ in VERB_POS else prep.head.head
        for verb in (c for c in anchor.children if c.dep_ == "conj" and c.i > prep.i and c.pos_ == "VERB"):
            objs = [t for t in clause_tokens(verb) if t.dep_ == "pobj"]
            if objs:
                return [with_conj(objs[-1])]
    return []


INFINITIVE_SUBJECT_MARKS = LANG.words("infinitive_subject_marks")


def subject_infinitive(clause: Any) -> bool:
    """An adverbial to-infinitive opened by a subject complementizer ("called for Israel to withdraw"): the
    parser's advcl is the verb's infinitive complement with its own subject, whose subject is the one
    called on (lang/en/words.tsv infinitive_subject_marks)."""
    return _purpose_infinitive(clause) \
        and any(a.dep_ == "mark" and a.lower_ in INFINITIVE_SUBJECT_MARKS for a in clause.children)


def content_targets(verb: Any, index: ActorIndex, sources: list[ActorRef], agents: frozenset[str],
                    violent: bool = False, phrasing: frozenset[int] = frozenset()) -> list[ActorRef]:
    """The target of "demanded that X ...", "threatened to cut ties with X", "agreed to send aid to X";
    ``phrasing``: the token indices of the predicate's trigger.  A for-infinitive's subject is the one called
    on where the infinitive is part of the verb's phrasing, its "for" or its verb ("called for X to withdraw",
    "pressed for X to release"), not where the phrasing is another ("signed a deal for X to host": the deal)."""

    # "opened fire to disperse demonstrators": a purpose infinitive names whom the act is aimed at
    for comp, dep in _complements(verb):
        refs = _content_subject(comp, index, sources, phrasing)
        if refs:
            return refs
        purpose = dep == "advcl"
        if dep == "xcomp" and comp.lemma_.lower() in LET_VERBS:
            # "refused to allow UN planes to land": the one let (or made) to act is the target
            for inner in (c for c in comp.children if c.dep_ == "ccomp"):
                subj = [g for g in inner.children if g.dep_ in SUBJECT_ANY]
                refs = [r for r in actors_for(with_conj(subj[0]), index, allow_unknown=False)
                        if not any(r is s for s in sources) and r.country] if subj else []
                if refs:
                    return refs
        # ("said the vote could be split between X and Y": the sides of a reported state are no target)
        own: list[ActorRef] = []
        for heads in target_heads(Predicate(comp, "", [comp], 0), [], between=False):
            refs = target_actors(heads, index, sources, topics=not violent)
            if purpose and not violent and not any(r.country for r in refs):
                continue  # "to improve school attendance": an aim, not a party, unless it names one
            if refs and _owned_by_source(heads, refs, sources):
                own = own or refs  # "refusing to cut U.S. aid to Mexico": the recipient comes later
                continue
            if refs:
                return refs
        if own:
            return own
    return []


def _purpose_infinitive(clause: Any) -> bool:
    return clause.dep_ == "advcl" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children)


def _complements(verb: Any) -> list[tuple[Any, str]]:
    """The verb's complement clauses and purpose infinitives, as (clause, the dependency it hangs from the verb
    by), in order; an infinitive is followed by the verbs coordinated with it, each as much what the verb
    commits to ("pledged to keep the sealanes open and to protect Kuwaiti tankers": the tankers' side is
    whom the pledge concerns).  A content clause's coordinated clauses are read by ``_content_subject``."""
    out: list[tuple[Any, str]] = []
    for c in verb.children:
        if c.pos_ not in VERB_POS or not (c.dep_ in COMPLEMENT_CLAUSE or _purpose_infinitive(c)):
            continue
        out.append((c, c.dep_))
        if c.dep_ not in CONTENT_CLAUSE:
            out += [(g, c.dep_) for g in c.children if g.dep_ in COORDINATION and g.pos_ in VERB_POS]
    return out


def _content_subject(comp: Any, index: ActorIndex, sources: list[ActorRef],
                     phrasing: frozenset[int] = frozenset()) -> list[ActorRef]:
    """The actors a content clause's subject names ("demanded that X ..."), or those of a later clause coordinated
    with it ("said the budget was wrong and [the government] needed to be bolder": each is what is said).  Not the
    speaker again: its own entity, nor a pronoun of its own country ("X warned it would"); another entity of its
    country linked back to an earlier mention is that other party ("the TUC said the government needed to be
    bolder", "the Democrats demanded that Reagan comply", "Ancram said Mr Straw was naive")."""
    if comp.dep_ not in CONTENT_CLAUSE and not (subject_infinitive(comp) and (comp.i in phrasing or any(
            a.dep_ == "mark" and a.i in phrasing for a in comp.children))):
        return []
    own = {s.country for s in sources if s.country}
    for clause in [comp] + [c for c in comp.children if c.dep_ in COORDINATION and c.pos_ in VERB_POS]:
        subj = [c for c in clause.children if c.dep_ in SUBJECT_ANY]
        if not subj:
            continue
        refs = [r for r in actors_for(with_conj(subj[0]), index, allow_unknown=False)
                if not any(r is s or (s.entity and s.entity == r.entity) for s in sources)
                and not (r.resolved_by == "coref" and r.country in own and r.text.lower() in PRONOUNS)]
        if refs:
            return refs
    return []


def _main_clause_targets(verb: Any, index: ActorIndex, sources: list[ActorRef],
                         agents: frozenset[str]) -> list[ActorRef]:
    """"opened fire on demonstrators, killing one person and arresting 12": a participial clause
    whose own object names no actor acts on the main clause's target."""

    original = verb
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.tag_ == "VBG":
        verb = verb.head  # "killing two and wounding five": the first participle hangs from the main verb
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.i == verb.i or head.pos_ != "VERB" \
            or any(c.dep_ == "mark" for c in verb.children):
        return []
    if any(c.dep_ in OBJECT and c.pos_ in NOUN_POS and c.lemma_.lower() not in UNNAMED_VICTIMS
           for c in original.children):
        return []  # "arresting four industrialists": its own (unresolved) victims, not the main clause's
    for heads in target_heads(Predicate(head, "", [head], 0), []):
        refs = target_actors(heads, index, sources)
        if refs:
            return refs
    return content_targets(head, index, sources, agents, violent=True)


# objects that count victims without saying who they are ("killing one person", "wounding two others")
UNNAMED_VICTIMS = LANG.words("unnamed_victims")


# verbs that let or make another party act ("allow X to land", "let X enter", "help X rebuild")
LET_VERBS = LANG.words("let_verbs")


def served_targets(verb: Any, index: ActorIndex, sources: list[ActorRef]) -> list[ActorRef]:
    """"sent personnel to Bosnia to investigate ...": a purpose infinitive with no target of its own
    acts on where (to whom) the verb it serves sent or brought its means."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i or not any(a.dep_ == "aux" and a.tag_ == "TO" for a in verb.children):
        return []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in LET_TO_PREPS:
            for g in c.children:
                if g.dep_ == "pobj":
                    refs = [r for r in target_actors(with_conj(g), index, sources) if r.country]
                    if refs:
                        return refs
    return []


CONDITION_MARKS = LANG.sequence("condition_marks")


def conditional_targets(verb: Any, index: ActorIndex, sources: list[ActorRef]) -> list[ActorRef]:
    """Whom a threat is aimed at: the actor of its condition ("threatened to launch an offensive
    unless Baghdad accepted", "… if the United States goes ahead")."""
    own = {s.country for s in sources if s.country}
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    for v in verbs:
        for c in v.children:
            if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children):
                continue
            heads = [h for g in c.children if g.dep_ in SUBJECT_ANY for h in with_conj(g)]
            refs = [r for r in actors_for(heads, index, allow_unknown=False)
                    if not any(r is s for s in sources) and r.country and r.country not in own]
            if refs:
                return refs
    return []


def protest_targets(verb: Any, index: ActorIndex, sources: list[ActorRef]) -> list[ActorRef]:
    """Whom a protest addresses: its purpose ("to protest/demand X") or "in protest of/against X"."""

    unresolved: list[ActorRef] = []
    for c in verb.children:
        if c.dep_ in PURPOSE_CLAUSE and c.pos_ == "VERB":
            # "rioted, joining demonstrators in demanding independence from Indonesian rule": what the
            # protest demands names whom it addresses, before the unresolved crowd it joins
            purposes = [c] + [g for p in c.children if p.dep_ == "prep" for g in p.children
                              if g.dep_ == "pcomp" and g.pos_ == "VERB"]
            for v in purposes:
                for heads in target_heads(Predicate(v, "", [v], 0), []):
                    refs = target_actors(heads, index, sources)
                    if any(r.country for r in refs):
                        return refs
                    unresolved = unresolved or refs
        if c.dep_ == "prep" and c.lower_ in DEFIANCE_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in STANCE_NOUNS:
                    refs = [r for r in index.refs_in(g.subtree) if not any(r is s for s in sources)]
                    if refs:
                        return refs[:1]
        if c.dep_ == "prep" and c.lower_ in DURING_PREPS:
            # "threw stones during demonstrations against violations by the Israeli military": the
            # act is part of a protest whose addressee is named
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in PROTEST_NOUNS:
                    for p in g.children:
                        if p.dep_ == "prep" and p.lower_ in AGAINST_PREPS:
                            for o in p.children:
                                refs = [r for r in target_actors(with_conj(o), index, sources) if r.country] \
                                    if o.dep_ == "pobj" else []
                                if refs:
                                    return refs
    return unresolved


# nouns of a protest that can carry its addressee ("demonstrations against X")
PROTEST_NOUNS = LANG.words("protest_nouns")


def target_actors(heads: list[Any], index: ActorIndex, sources: list[ActorRef], topics: bool = True) -> list[ActorRef]:
    """The actor(s) a target NP points at: its own words, then its possessor/complements, then
    deeper words except patients of nested acts ("suspend Russia's membership") and places.  ``topics``: a
    party deep in a clause inside the NP is its topic (``_clause_participant``); off for a purpose aimed at
    people, whom what surrounds them places ("to disperse miners blocking the route to La Paz")."""
    src_ids = {id(s) for s in sources}
    src_countries = {s.country for s in sources if s.country}
    out: list[ActorRef] = []
    for head in heads:
        # "closed its borders with Iran": the source's own possessive is not the target
        refs = [r for r in index.refs_in(np_tokens(head)) if id(r) not in src_ids
                and not (r.text.lower() in OWN_POSSESSIVES and r.country in src_countries)]
        if not refs:  # "expressed its support for Iran": past the source's own possessive
            refs = _deeper_refs(head, index, src_ids, src_countries, topics)
        for r in _affiliation(_one_entity(refs, head, index), head, index) if refs else []:
            if not any(r is o for o in out):
                out.append(r)
    return out


def _deeper_refs(head: Any, index: ActorIndex, src_ids: set[int], src_countries: set[str],
                 topics: bool = True) -> list[ActorRef]:
    # plain, what it is about ("evidence about contacts between X and Y"), in a clause, in a place
    # phrase, nested patient
    tiers: list[list[Any]] = [[], [], [], [], []]
    if not index.mentions_under(head):
        return []
    for t in head.subtree:
        # a word without a mention adds nothing to its tier's refs nor to ``_least_nested``'s
        # depths: its path is not walked (throughput)
        if t.i == head.i or t.i not in index.by_token:
            continue
        path = _path_up(t, head)
        embedded = any(p.dep_ in EMBEDDED_CLAUSE for p in path)
        if topics and embedded and not _clause_participant(path):
            continue  # deep in a clause inside the phrase: its topic
        if any(p.dep_ in POSSESSOR and p.head.i != head.i for p in path):
            tiers[4].append(t)
        elif any(p.dep_ == "prep" and p.lower_ in ABOUT_PREPS for p in path):
            tiers[1].append(t)
        elif any(p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS and p.head.pos_ not in NOUN_POS for p in path):
            tiers[3].append(t)
        elif embedded:
            tiers[2].append(t)
        else:
            tiers[0].append(t)
    for toks in tiers:
        # "insisted on its demands that Burundi's government ...": the source's own possessive (or a
        # pronoun for it: "praised his chancellor, which he said ...") is skipped within a tier, so the
        # tier's other actors still count
        refs = [r for r in index.refs_in(toks) if id(r) not in src_ids
                and not (r.text.lower() in OWN_POSSESSIVES | PRONOUNS and r.country in src_countries)]
        if refs:
            return _least_nested(refs, toks, head, index)
    return []


# how a party hangs from the verb of a clause inside a target's noun phrase to be its participant (labels.tsv)
CLAUSE_ARGUMENT = LANG.labels("clause_argument")
CLAUSE_ARGUMENT_PREP = LANG.labels("clause_argument_prep")
# the prepositions by which a noun names who takes part in it ("victories by X", "a meeting of X", "access to X";
# words.tsv participant_noun_preps, event_noun_participant_preps)
ARGUMENT_PARTY_PREPS = LANG.words("participant_noun_preps") | LANG.words("event_noun_participant_preps")


def _clause_participant(path: list[Any]) -> bool:
    """Is the word (``path``: it and its heads up to the target's head) a participant of the one clause inside
    the target's noun phrase it sits in: that clause verb's subject, object or dative, the object of a
    preposition on the verb, or the party such an argument noun names as its own (its possessor, its
    participant_noun_preps or event_noun_participant_preps phrase), with its name's modifiers ("passports [held by Hongkongers]", "a meeting
    [Zelenskiy wanted]", "a law [recognizing victories by the opposition coalition]")?  Deeper words (a further
    clause, an argument's complement by another preposition, what hangs below it: "plans [to introduce checks if
    they win the General Election]", "legislation [aimed at cutting America's trade deficit, much of which is
    with Japan]") are what the phrase is about: the topic, no target (issue 15 TGT-ATTACH)."""
    clauses = [k for k, p in enumerate(path) if p.dep_ in EMBEDDED_CLAUSE]
    if len(clauses) != 1:
        return False
    below = path[:clauses[0]]
    while len(below) > 1 and below[0].dep_ in NOUN_MODIFIER:
        below = below[1:]  # "the [London] mayor": a word of the participant's name
    if below and below[-1].dep_ in CLAUSE_ARGUMENT and len(below) > 1:
        # the party an argument noun names as its own: "recognizing [victories by X]", "attend [a meeting of X]",
        # "the way [X's office] operated", "had blocked [access to X]"
        inner = below[:-1]
        return (len(inner) == 1 and inner[0].dep_ in POSSESSOR) or (
            len(inner) == 2 and inner[0].dep_ in PREP_COMPLEMENT and inner[1].lower_ in ARGUMENT_PARTY_PREPS)
    deps = [p.dep_ for p in below]
    return (len(deps) == 1 and deps[0] in CLAUSE_ARGUMENT) or \
        (len(deps) == 2 and deps[0] in PREP_COMPLEMENT and deps[1] in CLAUSE_ARGUMENT_PREP)


def _least_nested(refs: list[ActorRef], toks: list[Any], head: Any, index: ActorIndex) -> list[ActorRef]:
    """"assistance to the US-led war against Iraq": a noun's own modifier ("US-led", "Iraq's") names
    its party before the noun's complements do; mentions behind fewer prepositions come first."""
    depth: dict[int, int] = {}
    for t in toks:
        n = sum(1 for p in _path_up(t, head) if p.dep_ == "prep")
        for r in index.by_token.get(t.i, ()):
            depth[id(r)] = min(depth.get(id(r), n), n)
    refs = [r for r in refs if r.country] or refs  # a resolved party before an unresolved name ("the Rhine")
    least = min(depth.get(id(r), 0) for r in refs)
    return [r for r in refs if depth.get(id(r), 0) == least]


def _path_up(t: Any, top: Any) -> list[Any]:
    path = []
    while t.i != top.i and t.head.i != t.i:
        path.append(t)
        t = t.head
    return path


# ----------------------------------------------------------------------------- attribution & modality


def speech_ancestor(tok: Any, lex: "Lexicon") -> Optional[Any]:
    """The speech verb whose complement holds ``tok`` ("X said that ..."), if any."""
    speech = lex.cue("speech")
    t = tok
    for _ in range(10):
        head = t.head
        if head.i == t.i:
            return None  # the root: nothing above it
        dep = t.dep_
        t = head
        if dep in SPEECH_COMPLEMENT and t.lemma_.lower() in speech and t.pos_ in VERB_POS:
            return t
    return None


ATTRIBUTION_WORDS = LANG.words("attribution_words")  # "according (to X)": a source, no act
ATTRIBUTION_PREPS = LANG.words("attribution_preps")  # "according to"
ATTRIBUTION_IDS = word_ids(ATTRIBUTION_WORDS)


def according_to(sent: Any, index: ActorIndex) -> Optional[ActorRef]:
    if index.arrays is not None:  # only the sentence's "according" become tokens
        doc, lower_ids = sent.doc, index.arrays.lower_ids
        words: Iterable[Any] = [doc[i] for i in range(sent.start, sent.end) if lower_ids[i] in ATTRIBUTION_IDS]
    else:
        words = sent
    for t in words:
        if t.lower_ in ATTRIBUTION_WORDS:
            for c in t.children:
                if c.lower_ in ATTRIBUTION_PREPS:
                    for g in c.children:
                        if g.dep_ == "pobj":
                            refs = index.actors_of_np(g)
                            if refs:
                                return refs[0]
    return None


def _chain(tok: Any) -> list[Any]:
    """The predicate and the verbs it hangs from inside the same assertion (xcomp/conj chain)."""
    out = [tok]
    t = tok
    while t.dep_ in CHAIN_LINK and t.head.i != t.i:
        t = t.head
        out.append(t)
    return out


TENSED_TAGS = LANG.labels("tensed_tags")
COORDINATION = LANG.labels("coordination")


def _own_clause(conjunct: Any) -> bool:
    """A coordinated verb with a tense, an auxiliary or a subject of its own heads a clause of its own: it
    does not share the first verb's auxiliaries and negation ("He did not give details, but [said] six people
    were injured": the saying is asserted; "would complain ... and [seek] talks" shares "would")."""
    return conjunct.tag_ in TENSED_TAGS or any(c.dep_ in AUX_LABELS or c.dep_ in SUBJECT_ANY
                                               for c in conjunct.children)


def _modal_chain(tok: Any) -> list[Any]:
    """``_chain`` for reading modality: it stops below a coordination link whose conjunct has a clause of
    its own (``_own_clause``), where that conjunct's auxiliaries and negation are no longer the chain's."""
    out = [tok]
    t = tok
    while t.dep_ in CHAIN_LINK and t.head.i != t.i and not (t.dep_ in COORDINATION and _own_clause(t)):
        t = t.head
        out.append(t)
    return out


# "took steps / measures / action to enhance freedoms": the means were taken, so the act is under way
STEP_NOUNS = LANG.words("step_nouns")
# nouns of an undertaking whose infinitive the undertaker does ("made efforts to mediate")
EFFORT_NOUNS = LANG.words("effort_nouns")


def _steps_taken(verb: Any) -> bool:
    if verb.dep_ in NOUN_CLAUSE:  # "took steps to X"
        take = verb.head.head if verb.head.dep_ in OBJECT and verb.head.lemma_.lower() in STEP_NOUNS else None
    else:  # the parser may hang the infinitive on the verb: "has taken several steps [to X]"
        take = verb.head if any(c.dep_ in OBJECT and c.lemma_.lower() in STEP_NOUNS
                                for c in verb.head.children) else None
    return take is not None and take.lemma_.lower() in TAKE_VERBS and take.tag_ in PAST_FORMS \
        and not any(c.dep_ == "aux" and c.lemma_.lower() in MODAL_AUX
                    for c in take.children)


def _yet_to(verb: Any) -> bool:
    """"has yet to", "is yet to", "have yet to": the xcomp below has not happened."""
    return verb.lemma_.lower() in YET_VERBS and any(c.dep_ == "advmod" and c.lower_ in YET_ADVERBS for c in verb.children)


def _asked(top: Any, marks: frozenset[str]) -> bool:
    """The clause under ``top`` is a question: its last words, after any closing punctuation, are a
    question mark (``cue interrogative``): "Why did Iran attack the tanker?" asserts no attack.

    A question quoted inside the clause is what someone asked, and the clause asking it is asserted:
    ``He asked: "Did police arrest him?"`` -- so a closing quotation mark met before the question mark
    ends the search, unless ``top`` itself stands inside the quotation."""
    doc = top.doc
    sent = top.sent
    inside = sum(1 for t in doc[sent.start:top.i] if t.is_quote) % 2 == 1
    i = top.right_edge.i
    while i > top.i:
        t = doc[i]
        if t.text in marks:
            return True
        if (t.is_quote and not inside) or not (t.is_punct or t.is_space):
            return False
        i -= 1
    return False


def _in_question(top: Any, marks: frozenset[str]) -> bool:
    """The clause under ``top``, or one it hangs from, is a question (``_asked``): "Has he forgotten
    about [shoot to kill]?"; only read in a sentence holding a question mark."""
    # the sentence's own text: a slice of the document's text joined once (``doc_text``); ``Span.text``
    # joins a ``Token`` per word, ``Doc.text`` one per word of the whole story, on every call
    sent = top.sent
    sent_text = doc_text(top.doc)[sent.start_char:sent.end_char]
    if not any(m in sent_text for m in marks):
        return False
    t = top
    for _ in range(12):
        if _asked(t, marks):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _counterfactual(v: Any) -> bool:
    """"would have objected", "should have consulted": a modal perfect says what did not happen."""
    auxes = [c for c in v.children if c.dep_ == "aux"]
    return v.tag_ == "VBN" and any(c.lemma_.lower() in COUNTERFACTUAL_AUX for c in auxes) \
        and any(c.lemma_.lower() in PERFECT_AUX_WORDS for c in auxes)


def _unreal_governor(v: Any) -> bool:
    """The verb, or one of the verbs it hangs from in its clause, is future, modal or a to-infinitive."""
    for g in _chain(v):
        for c in g.children:
            if c.dep_ == "aux" and (c.lemma_.lower() in UNREAL_GOVERNOR_AUX or c.lower_ in FUTURE_FORMS
                                    or c.tag_ == "TO"):
                return True
    return False


def _future_time_clause(clause: Any, governor: Any) -> bool:
    """A time clause ("before X leaves", "until X agrees", "when he visits the U.S.") in the present under a
    future, modal or predicted clause ("will explain the plan when he visits", "was due to hold talks before
    travelling to Washington"): English writes that future in the present tense (or a bare gerund), so nothing
    in it has happened yet."""
    if clause.dep_ in TIME_PHRASE_CLAUSE and clause.head.lower_ in FUTURE_CLAUSE_MARKS \
            and clause.head.head.i != clause.head.i:
        return clause.tag_ not in PAST_TAGS and _unreal_or_predicted(clause.head.head)  # "before travelling"
    if clause.dep_ != "advcl" or not any(c.dep_ in TIME_CLAUSE_OPENER and c.lower_ in FUTURE_CLAUSE_MARKS
                                         for c in clause.children):
        return False
    past = clause.tag_ == "VBD" or any(c.dep_ in AUX_LABELS and c.tag_ == "VBD" for c in clause.children)
    return not past and _unreal_or_predicted(governor)


def _unreal_or_predicted(governor: Any) -> bool:
    """``_unreal_governor``, or a copula with a prediction word ("was due to hold talks")."""
    return _unreal_governor(governor) or any(c.dep_ in PREDICTION_SLOT and _prediction_word(c)
                                             for c in governor.children)


def _prediction_word(w: Any) -> bool:
    """"likely", "unlikely", "due", or a passive "expected" ("are expected to attend"): the active "the
    government expected to spend" is the actor's own plan, not a prediction."""
    return w.lower_ in PREDICTION_WORDS and (w.pos_ not in VERB_POS or any(c.dep_ in PASSIVE_AUX_LABELS
                                                                           for c in w.children))


def _predicted_subject(t: Any, up: Any, lex: "Lexicon") -> bool:
    """"talks are due to resume", "the strike is expected to continue": an event noun whose happening a
    prediction word schedules (its infinitive an aspect verb, ``cue aspect``) is not yet under way."""
    if t.dep_ not in SUBJECT_ANY:
        return False
    words = [up] + [c for c in up.children if c.dep_ in PREDICTION_SLOT]
    for w in words:
        if not _prediction_word(w):
            continue
        if any(x.dep_ == "xcomp" and x.lemma_.lower() in lex.cue("aspect") for x in w.children):
            return True
    return False


# acts that a narrated act done for them carries out: talk, appeals, meetings, investigations, demands,
# criticism, rejection, protest ("met today to discuss the sale": the discussion took place)
REALIZED_PURPOSE = ONT.codes("realized_purpose")
PURPOSE_ADVERBIAL = LANG.labels("purpose_adverbial")
PRESSING_WORDS = LANG.words("pressing_words")
JOURNEY_VERBS = LANG.words("journey_verbs")


def _takes_infinitive(gov: Any, lex: "Lexicon") -> bool:
    """A verb whose infinitive is its complement, not a purpose, however the parser hangs it: need, want,
    plan, try, refuse, fail, be ready ("believed Ukraine needed to investigate": nothing investigated)."""
    lemma = gov.lemma_.lower()
    return lemma in NEED_VERBS or lemma in ATTEMPT_WORDS or lemma in READY_WORDS or lemma in PRESSING_WORDS \
        or any(lemma in lex.cue(cue) for cue in ("unrealized", "refusal", "failed", "speculative"))


def _realized_purpose(v: Any, code: str, lex: "Lexicon", index: Optional["ActorIndex"]) -> bool:
    """A purpose infinitive of a talk, appeal, meeting or protest (``realized_purpose``) hung on an act the
    clause narrates as done (a past form, itself asserted: no modal, negation, condition or question above
    it) was carried out by that act: "met for an hour today to discuss the sale", "were outside Parliament
    on Sunday to protest", "surrounded the Statehouse to call for better pay".  Under an act not done the
    purpose stays a plan ("will meet to discuss", "want to go to Paris to protest")."""
    gov = v.head
    if code not in REALIZED_PURPOSE or v.dep_ not in PURPOSE_ADVERBIAL or gov.i == v.i \
            or gov.pos_ not in VERB_POS or gov.tag_ not in PAST_FORMS or _takes_infinitive(gov, lex):
        return False
    if any(c.dep_ in SUBJECT_ANY for c in v.children):
        return False  # "signed a deal for Brighton to host the conference": another party's act, to come
    if gov.lemma_.lower() in JOURNEY_VERBS:
        return False  # "embarked on a trip to North Africa to seek Arab support": sought at the journey's end
    flags, mood = mood_and_flags(Predicate(gov, STATEMENT, [gov], 0), lex, index)
    return not flags and not mood


def modality(pred: "Predicate", lex: "Lexicon", speech: Optional[Any]) -> set[str]:
    return mood_and_flags(pred, lex)[0]


def mood_and_flags(pred: "Predicate", lex: "Lexicon", index: Optional["ActorIndex"] = None) -> tuple[set[str], str]:
    """Flags (negated/hypothetical/disputed) and the clause's mood: "" (a fact), "future"
    (will, going to, ready to, plans to), "obligation" (must, should, needs to) or "refuse".
    ``index`` (optional) remembers the sentence's words across its predicates."""
    flags: set[str] = set()
    mood = ""
    tok = pred.token
    chain = _modal_chain(tok)
    if _in_question(chain[-1], lex.cue("interrogative")):
        flags.add("hypothetical")  # a question asserts nothing (docs/events.md, "Flags")
    for v in chain:
        for c in v.children:
            if c.dep_ == "neg" or c.lower_ in NEGATORS and c.dep_ in NEGATOR_SLOT or negative_subject(c):
                flags.add("negated")
            lem = c.lemma_.lower()
            if c.dep_ == "aux" and not governs_form(c, v):
                continue  # "Will Moy ... told the BBC": a name read as a modal on a tensed verb
            if c.dep_ == "aux" and (lem in FUTURE_AUX or c.lower_ in FUTURE_FORMS):
                mood = mood or "future"
            elif c.dep_ == "aux" and lem in OBLIGATION_LEMMAS:
                mood = "obligation"
            elif c.dep_ == "aux" and lem in POSSIBILITY_AUX:
                flags.add("hypothetical")
            if own_mark(c) and c.lower_ in lex.cue("speculative"):
                flags.add("hypothetical")
            if c.dep_ == "advmod" and c.lower_ in lex.cue("dispute"):
                flags.add("disputed")
        if _counterfactual(v):
            flags.add("hypothetical")  # "would have objected": it did not happen
    for v in chain:
        if v.dep_ in MODIFIER_CLAUSE and any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children) \
                and not (v.dep_ == "acl" and v.head.lemma_.lower() in ATTEMPT_HEADS) \
                and not _steps_taken(v) and not _realized_purpose(v, pred.code, lex, index):
            flags.add("hypothetical")  # a purpose or plan ("a means to threaten"), not a fact ("an attempt to" is)
    t = tok
    for _ in range(6):  # "voted against removing X", "without consulting X"
        if t.head.i == t.i or t.dep_ in CLAUSE_TOP:
            break
        if t.dep_ == "pcomp" and t.head.lower_ in WITHOUT_PREPS:
            flags.add("negated")
        t = t.head
    if any(_nobody_subject(c) for c in tok.children):  # "no one was injured", "nobody was arrested", "none were killed"
        flags.add("negated")
    for below, v in zip(chain, chain[1:]):
        if below.dep_ != "xcomp":
            continue  # a coordinated verb shares negation and auxiliaries, not its partner's meaning
        lem = v.lemma_.lower()
        if _prediction_word(v):
            flags.add("hypothetical")  # "were unlikely to start a trade war": predicted, not announced
        if lem in lex.cue("failed") or _yet_to(v):
            flags.add("negated")  # "failed to agree", "has yet to release": it has not happened
        elif lem in lex.cue("refusal"):
            mood = "refuse"
        elif lem in NEED_VERBS:
            if v.tag_ != "VBD":  # "police had to fire": narrated, it happened
                mood = "obligation"
        elif lem in ATTEMPT_WORDS and v.tag_ in PAST_FORMS:
            continue  # "tried to hack into", "attempted to assassinate": the act was carried out (or tried)
        elif lem in lex.cue("unrealized") or lem in READY_WORDS:
            mood = mood or "future"
    if pred.nominal or pred.noun is not None:
        if any(c.lower_ in NO_DETERMINERS and c.dep_ == "det" for c in pred.noun.children):
            flags.add("negated")
        if pred.nominal and any(c.lower_ in UNREAL_MODIFIERS for c in pred.noun.children):
            flags.add("hypothetical")  # "any attack by X": no attack has happened
    # anything speculative above the clause ("it is expected that", "if ...")
    t = chain[-1]
    for _ in range(8):
        up = t.head
        if up.i == t.i:
            break  # the root: no clause above (and none of the tests below holds for a ROOT)
        if t.dep_ == "advcl" and any(own_mark(c) and c.lower_ in CONDITIONAL_MARKS for c in t.children):
            flags.add("hypothetical")
        if up.lemma_.lower() in lex.cue("speculative") and t.dep_ in SPECULATED_CLAUSE:
            flags.add("hypothetical")
        if _future_time_clause(t, up) or _predicted_subject(t, up, lex):
            flags.add("hypothetical")  # "before Nakasone leaves for Washington", "talks are due to resume"
        if up.lemma_.lower() in lex.cue("unrealized") and t.dep_ in CONTENT_CLAUSE and t.i == chain[-1].i \
                and not presupposed_question(t):
            flags.add("hypothetical")  # "demanded that X withdraw": asked for, not done
        if t.dep_ == "xcomp" and _yet_to(up):
            flags.add("hypothetical")  # "has yet to declare that it is dropping X": not (yet) done
        if up.lemma_.lower() in lex.cue("disputeverb") and t.dep_ == "ccomp":
            flags.add("disputed")
        if t.dep_ in CONTENT_OR_NOUN_CLAUSE and up.pos_ == "NOUN" and up.dep_ in OBJECT \
                and up.head.lemma_.lower() in lex.cue("disputeverb"):
            flags.add("disputed")  # "denied reports that troops had entered the village"
        if t.dep_ == "pcomp" and up.dep_ == "prep" and up.head.lemma_.lower() in lex.cue("allege"):
            flags.add("disputed")  # "accused Russia of shelling the plant": alleged, not reported as fact
        for c in up.children:
            if c.dep_ == "advmod" and c.lower_ in lex.cue("dispute") and t.dep_ in COMPLEMENT_CLAUSE:
                flags.add("disputed")
        t = up
    if pred.code not in UNDISPUTABLE and _disputed_sentence(tok, lex, index) and not _own_dispute_words(tok, lex):
        flags.add("disputed")
    if "negated" in flags and mood == "future":
        mood = "refuse"  # "will not accept": an announced refusal
    elif "negated" in flags and _negated_acceptance(chain, lex):
        mood = "refuse"  # "did not accept the plan", "has not agreed to talks": a rejection, asserted
    return flags, mood


def _negated_acceptance(chain: list, lex: "Lexicon") -> bool:
    """Whether the predicate, or a verb it is the infinitive of ("did not agree to withdraw"), is a
    negated acceptance verb (lexicon ``cue acceptance``): not accepting, agreeing to or approving
    something is rejecting it (CAMEO 12x), not a non-event."""
    accept = lex.cue("acceptance")
    for below, v in zip([None] + chain, chain):
        if below is not None and below.dep_ != "xcomp":
            return False  # a coordinated verb ("does not accept X, but has said Y") is no part of the refusal
        if v.dep_ == "relcl":
            return False  # "proposals it did not accept": a description of the proposals, no act reported
        if v.lemma_.lower() in accept and any(c.dep_ in NEGATOR_SLOT and c.lower_ in NEGATORS or negative_subject(c)
                                              for c in v.children):
            return True  # "did not accept", "neither X nor Y accepted", "no party accepted"
    return False


def _acceptance_trigger(pred: "Predicate", lex: "Lexicon") -> bool:
    """Whether the predicate's own verb is an acceptance verb ("would not accept the plan"): only then is
    a refused intent (03x) a rejection; "determined not to make promises" rejects nothing."""
    return pred.token.lemma_.lower() in lex.cue("acceptance")


HEDGES = LANG.words("hedges")  # dispute cues that alone dispute nothing
ASIDE_LINKS = LANG.labels("aside_links")  # a description hung on a phrase, not part of what it says
PRESUPPOSING_WH = LANG.words("presupposing_wh")  # indirect questions whose content is given


def _disputed_sentence(tok: Any, lex: "Lexicon", index: Optional["ActorIndex"]) -> bool:
    """Whether the token's sentence holds a dispute word ("denied", "disputed" ...) other than a hedge."""
    words = lex.cue("dispute") - HEDGES
    if index is not None and index.arrays is not None:
        return not index.sentence_word_ids(tok).isdisjoint(word_ids(words))  # the words' ids: no string looked up
    sent_words = {w.lower_ for w in tok.sent} if index is None else index.sentence_words(tok)
    return bool(sent_words & words)


def _own_dispute_words(tok: Any, lex: "Lexicon") -> bool:
    """Whether every dispute word of the sentence stands in the predicate's own phrase, reached from it through
    its complements and objects, not through a description hung on one of them (``aside_links``: a relative
    clause, an apposition, a parenthesis, a noun's clause) nor through a coordinated clause of its own.  Such a word is what the act says or is about, not a
    judgement of the act: the saying that disputes ("Iran said reports that it intended to threaten shipping were
    baseless": Iran's statement is asserted, what the reports said is disputed), an act aimed at it ("reports
    urging new regulations to combat misinformation": the urging is no claim in doubt).  A word in a description
    of the act's object still judges it ("rebels killed five soldiers, a claim the army called false")."""
    words = lex.cue("dispute") - HEDGES
    found = [t for t in tok.sent if t.lower_ in words]
    return bool(found) and all(_within_phrase(t, tok) for t in found)


def _within_phrase(word: Any, top: Any) -> bool:
    """``word`` hangs below ``top`` through no ``aside_links`` label."""
    t = word
    for _ in range(len(word.sent)):
        if t.i == top.i:
            return True
        if t.head.i == t.i or t.dep_ in ASIDE_LINKS or t.dep_ in COORDINATION and _own_clause(t):
            return False  # a description, or a coordinated clause of its own ("..., but Tehran called the reports baseless")
        t = t.head
    return False


def own_mark(c: Any) -> bool:
    """A subordinator that marks the clause it hangs on: a ``mark`` heading no verb of its own.  The parser
    sometimes hangs the conditional's whole clause below its "if" and the "if" on the reporting verb after it
    ("... options which could be used if court orders were defied, Lord Falconer said"): that "if" marks the
    clause below it, and the saying is no condition."""
    return c.dep_ == "mark" and not any(d.pos_ in VERB_POS for d in c.subtree if d.i != c.i)


def presupposed_question(t: Any) -> bool:
    """An indirect question opened by a wh-word that takes its content as given (``presupposing_wh``: why,
    how): "he asked why ministers attacked Lib Dem plans" asks about an attack that happened; "asked whether
    Bush had opposed the sales" (a yes-no question) asserts nothing."""
    return any(c.lower_ in PRESUPPOSING_WH and c.i < t.i for c in t.children)


def attempted(tok: Any) -> bool:
    """"attempted to assassinate X", "an attempt to assassinate X": tried, maybe thwarted."""
    head = tok.head
    return tok.dep_ in ATTEMPT_CLAUSE and head.lemma_.lower() in ATTEMPTED_HEADS


def intent_code(code: str) -> Optional[str]:
    """What an announced future act is: a threat (conflict) or an expressed intent (cooperation)."""
    if code in THREAT_FOR:
        return THREAT_FOR[code]
    if code[:2] in THREAT_ROOT:
        return THREAT_ROOT[code[:2]]
    if code in INTENT_FOR:
        return INTENT_FOR[code]
    if code[:2] in INTENT_ROOT:
        return INTENT_ROOT[code[:2]]
    return None


FUTURE_IN_MEANING = ONT.codes("future_in_meaning")
REPORTED_PLAN = ONT.codes("reported_plan")  # a reporter-told future of these codes is a plan, not an intent


def _future_aux(tok: Any) -> bool:
    """The predicate's clause is future by an auxiliary ("will", "would", "shall", "'ll"), not by a governing
    verb ("sought to overturn", "is ready to talk": the attempt or the readiness is now)."""
    return any(c.dep_ in AUX_LABELS and (c.lemma_.lower() in FUTURE_AUX or c.lower_ in FUTURE_FORMS)
               and governs_form(c, v) for v in _modal_chain(tok) for c in v.children)


def announced(code: str, verbal: bool) -> tuple[str, bool]:
    """An actor's own announced future act: its code and whether it is only planned.  A material act becomes
    the announcement, asserted (CAMEO: an intent 03x or a threat 13x, ``intent_code``); a verbal act keeps its
    code and is flagged planned ("Japan would complain to the GATT", "would oppose such a move", "would call
    for a Security Council debate": announced, not yet made), as is a material act no intent or threat
    names; an intent or threat itself ("would threaten", ``future_in_meaning``) is the announcement."""
    if not verbal:
        new = intent_code(code)
        return (new, False) if new else (code, True)
    return code, code not in FUTURE_IN_MEANING


def is_covered_by_head(tok: Any, coded_heads: set[int], lex: "Lexicon") -> bool:
    """An infinitive under a coded verb ("agreed to meet", "threatened to impose") is that verb's event."""
    if tok.dep_ == "xcomp" and tok.head.i in coded_heads:
        return tok.head.lemma_.lower() not in (lex.cue("control") - lex.cue("unrealized"))
    return False


def is_topic_of(tok: Any, coded_heads: set[int]) -> bool:
    """Is this event noun (or noun-modifying clause) the object of another coded predicate?
    Then it names an act reported elsewhere, and only the reaction to it is this sentence's event."""
    t = tok
    via_object = False
    for _ in range(8):
        if t.head.i == t.i:
            return False
        if t.dep_ in OBJECT_OR_DATIVE or (t.dep_ == "prep" and t.lower_ in TOPIC_PREPS):
            via_object = True
        if t.dep_ in TOPIC_CLAUSE_BREAK and t.pos_ in VERB_POS:
            return False
        t = t.head
        if t.i in coded_heads and via_object:
            return True
    return False


PERSONAL_PRONOUNS = LANG.words("personal_pronouns")
RESOLVABLE_PRONOUNS = PERSONAL_PRONOUNS | LANG.words("nonpersonal_pronouns")  # "he", "they", "it"


def pronoun_actor(tok: Any) -> ActorRef:
    return ActorRef(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), kind="unknown", resolved_by="parse")


# material conflict is reported without its agent ("five people were arrested", "a roadside
# bombing killed two soldiers"); CAMEO/PLOVER still code it, with an unnamed source
# (of coercion only physical acts: "were arrested", "homes were demolished"; "sexism prevents
# women from ..." has an abstract subject, not a hidden agent: BBC politics sample)
AGENTLESS = ONT.codes("agentless")
# acts of the state's own security forces when no agent is named (arrest, detain, disperse)
POLICE = ONT.codes("police")


# codes whose place is their target when no actor is named: a visit is to its host ("arrived in
# Amman"), a protest or a curfew addresses whoever governs the place, also the actor's own state
# ("demonstrated in Serbia", "imposed a curfew in ... Turkey"); violence hits whoever holds it


def place_targets(tok: Any, pred: "Predicate", index: ActorIndex, sources: list[ActorRef],
                  own_ok: bool = False) -> list[ActorRef]:
    """"struck targets in Gaza", "shelled positions in X": violence aimed at a place is aimed at
    whoever holds it (the place's country), when no actor is named as the target.  ``own_ok``
    admits the source's own country (a protest or curfew at home)."""
    holders = [tok] + [c for c in tok.children if c.dep_ in OBJECT]
    src_countries = set() if own_ok else {s.country for s in sources if s.country}
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in HOLDER_PLACE_PREPS:
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    refs = [r for r in index.actors_of_np(g) if r.country and r.country not in src_countries] \
                        or [r for r in index.refs_in(np_tokens(g)) if r.country and r.country not in src_countries]
                    if refs:
                        return refs[:1]
    return []


# sectors that are the state itself: their protest is diplomatic, not aimed at their own state
STATE_SECTORS = ("GOV", "MIL", "LEG", "JUD", "COP")


def home_state(sources: list[ActorRef]) -> list[ActorRef]:
    """Whom a protest without a named addressee is aimed at: the protesters' own state (its
    government), when they are non-state actors of one country ("Egyptian demonstrators rioted")."""
    countries = {s.country for s in sources}
    if len(countries) != 1 or None in countries:
        return []
    if any(s.resolved_by == "implied" or (s.kind in ("state", "igo") and s.sector is None) or s.kind == "igo"
           or s.sector in STATE_SECTORS for s in sources):
        return []
    return [implied_actor(next(iter(countries)), "GOV")]


# emergency rule imposed, threatened or lifted (curfew, state of emergency, martial law: CAMEO 1723/1724,
# 1323/1324, 0813/0814) with no place named falls on the ruling state's own people


def own_population(sources: list[ActorRef]) -> list[ActorRef]:
    """"announced that it is prepared to impose martial law": the state's own civilians (implied)."""
    countries = {s.country for s in sources}
    if len(countries) != 1 or None in countries or any(s.resolved_by == "implied" for s in sources):
        return []
    if not all(s.kind in ("state",) and (s.sector is None or s.sector in STATE_SECTORS) for s in sources):
        return []  # only a state rules by decree
    return [implied_actor(next(iter(countries)), "CVL")]


# CAMEO 174 expels persons; expelling an organisation is 166 "expel or withdraw", an aid or
# relief body 1663 (cameo-codes.csv: 166/1663 descriptions)
ORG_KINDS = ("igo", "ngo")
EXPEL_ORGANISATION, EXPEL_RELIEF = ONT.map("expel_organisation"), ONT.map("expel_relief")
RELIEF_SECTORS = ("REF", "MED", "HLH")


def expulsion_code(code: str, targets: list[ActorRef]) -> str:
    """An expulsion (174) whose targets are all organisations ("forced the UN refugee agency out")."""
    if code not in EXPEL_ORGANISATION or not targets or not all(t.kind in ORG_KINDS for t in targets):
        return code
    if any(t.kind == "ngo" or t.sector in RELIEF_SECTORS for t in targets):
        return EXPEL_RELIEF[code]
    return EXPEL_ORGANISATION[code]


def _victim(verb: Any) -> Optional[Any]:
    for c in verb.children:
        if c.dep_ in PATIENT and c.pos_ in NOUN_POS:
            return c
    return None


ASSASSINATION = ONT.map("assassination")


def elite_killing_code(code: str, verb: Any, lex: "Lexicon") -> str:
    """A killing (190/1823 by a `cue killing` verb) of one person named by an office title (`cue
    elite`: "killed the deputy chief of X", "murdered opposition leader Y") is an assassination (186)."""
    if code not in ASSASSINATION or verb.lemma_.lower() not in lex.cue("killing"):
        return code
    victim = _victim(verb)
    if victim is None or victim.tag_ in PLURAL_NOUN_TAGS:
        return code
    titles = [victim] + [c for c in victim.children if c.dep_ in TITLE_LINK]
    if any(t.lemma_.lower() in lex.cue("elite") and t.tag_ not in PLURAL_NOUN_TAGS for t in titles):
        return ASSASSINATION[code]
    return code


def _event_noun(tok: Any, lex: "Lexicon") -> bool:
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in lex.nouns or tok.lemma_.lower() in EXPLOSION_WORDS)


EXPLOSION_WORDS = LANG.words("explosion_words")
# nouns for an attack someone carried out (an implied agent is placed where it struck)
# (not "explosion", "blast", "fire": a depot may blow up by accident)
ATTACK_WORDS = LANG.words("attack_words")


def between_heads(tok: Any) -> list[Any]:
    """The sides of "between X and Y" on an event word (reciprocal acts: fighting, clashes, talks)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in RECIPROCAL_PREPS:
            for g in c.children:
                if g.dep_ == "pobj":
                    sides = with_conj(g)
                    return sides if len(sides) > 1 else []
    return []


def clause_between_heads(noun: Any, lex: "Lexicon") -> list[Any]:
    """The sides of "between X and Y" hung on the clause an event noun is the subject of: an occurrence
    verb (cue ``occur``: "talks have occurred between X and Y", "clashes broke out between X and Y") or a
    light verb in the passive ("a meeting was held between X and Y"), where the parser attaches the phrase
    to the verb rather than to the noun.  A light-verb predicate ("talks ... were held") is read from its
    verb: the phrase may then hang on the noun ("talks between X and Y were held")."""
    if noun.lemma_.lower() in lex.light:
        return next((between_heads(s) for s in noun.children if s.dep_ in PASSIVE_SUBJ and between_heads(s)), [])
    verb = noun.head
    if verb is noun or noun.dep_ not in SUBJECT_ANY:
        return []
    lemma = verb.lemma_.lower()
    if lemma in lex.cue("occur") or (lemma in lex.light and noun.dep_ in PASSIVE_SUBJ):
        return between_heads(verb)
    return []


def _happening(noun: Any, lex: "Lexicon") -> bool:
    """The noun is reported as taking place: "protests erupted / broke out / spread", "a strike
    paralysed X", "there were riots" (not "strikes have increased", "a peaceful march")."""
    head = noun.head
    passing = noun.lemma_.lower() in lex.cue("passing")
    if passing and (_sparked(noun, lex) or _in_progress(noun, lex)) or witnessed(noun, lex):
        return True  # witnessed: "police dispersed the march", "rocked by riots" (events/protest.py)
    if noun.dep_ == "nsubj":
        return head.lemma_.lower() in lex.cue("occur")
    if noun.dep_ == "attr":
        return any(c.dep_ == "expl" for c in head.children)
    if noun.dep_ == "pobj" and noun.lemma_.lower() in lex.cue("passing") \
            and not any(c.dep_ == "prep" and c.lower_ in STRIKE_TARGET_PREPS for c in noun.children):
        # a protest mentioned in passing is still one that took place: "arrested during protests at
        # the stadium", "after a strike", "spilled over with protests in Brasilia" ("a strike on a
        # convoy" is a military one); only unambiguous protest nouns (`cue passing`: not "rally", "march")
        if head.lower_ in PASSING_PREPS:
            return True
        return head.lower_ in ACCOMPANIMENT_PREPS and any(c.dep_ == "prep" and c.lower_ in WITH_PLACE_PREPS
                                             for c in noun.children)
    if noun.dep_ == "pobj" and head.lower_ in PASSING_PREPS and noun.lemma_.lower() in lex.cue("placed"):
        # "during a rally in Westminster, Calif.", "at a march in Harare": a gathering noun that may be a
        # market's ("a rally in oil prices") is a gathering that took place when a named place holds it
        return _held_in_named_place(noun) and not _market_sentence(noun, lex)
    return False


def _market_sentence(tok: Any, lex: "Lexicon") -> bool:
    """The sentence speaks of markets (`set @market`: prices, shares, the dollar ...): "the dollar fell
    after a rally in Tokyo" is a market's rally."""
    market = lex.sets.get("@market", frozenset())
    return any(w.lower_ in market or w.lemma_.lower() in market for w in tok.sent)


def _held_in_named_place(noun: Any) -> bool:
    """The noun has an in/at/outside phrase whose object is a named place (GPE, LOC, FAC)."""
    return any(g.ent_type_ in PLACE_ENTITY_TYPES for c in noun.children if c.dep_ == "prep" and c.lower_ in WITH_PLACE_PREPS
               for g in c.children if g.dep_ == "pobj")


# prepositions that place an event noun in time or place as a fact ("during the protest", "amid
# riots", "arrested at a protest outside the ministry")
PASSING_PREPS = LANG.words("passing_preps")
# one-word classes the rules above read (words.tsv; issue 14: no English words in Python)
OUTCOME_PREPS = LANG.words("outcome_preps")  # "resorted to throwing stones": what a participle leads to
VENUE_PREPS = LANG.words("venue_preps")  # "said at the airport": the venue of an act, not its target
STRIKE_TARGET_PREPS = LANG.words("strike_target_preps")  # "a strike on a convoy": a military strike
ACCOMPANIMENT_PREPS = LANG.words("accompaniment_preps")  # "spilled over with protests in Brasilia"
COPULA_LEMMAS = LANG.words("copula_lemmas")  # "while protests were underway"
STATE_PREPS = LANG.words("state_preps")  # "workers on strike": a state an event noun describes


def _in_progress(noun: Any, lex: "Lexicon") -> bool:
    """A protest noun described as going on: "the ongoing protest", "while protests were underway",
    "workers on strike", "remained on strike" (`cue ongoing`; a state, not a plan)."""
    if any(c.dep_ == "amod" and c.lower_ in lex.cue("ongoing") for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in COPULA_LEMMAS:
        return any(c.dep_ in STATE_MODIFIER and c.lower_ in lex.cue("ongoing") for c in head.children) \
            and not any(c.tag_ == "MD" for c in head.children)
    if noun.dep_ == "pobj" and head.lower_ in STATE_PREPS and noun.tag_ not in PLURAL_NOUN_TAGS \
            and not any(c.dep_ == "det" for c in noun.children):
        # "on strike" (no article: "a strike on a convoy", "a ban on protests" are other senses; a
        # plural is a topic: "ballot its members on strikes")
        holder = head.head
        # the holder noun as written or by lemma: the agent and crowd lists write plurals ("workers")
        # that the parser lemmatises ("worker"), so "numbers of workers on strike" was missed
        if holder.lemma_.lower() in ON_STRIKE_VERBS:
            return True
        people = lex.cue("agent") | lex.sets.get("@civilcrowd", frozenset())
        return any({h.lemma_.lower(), h.lower_} & people for h in _state_holders(holder))
    return False


def _state_holders(holder: Any) -> list[Any]:
    """The nouns a state phrase ("on strike") describes: its head noun, and the people a quantity
    noun counts, which the parser may skip ("numbers of workers on strike" hangs the phrase on
    "numbers", "thousands of miners on strike" on "thousands")."""
    if holder.pos_ not in NOUN_POS:
        return []
    counted = [g for c in holder.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return [holder] + counted


def protest_in_progress(noun: Any, lex: "Lexicon") -> bool:
    """Is the protest noun described as going on ("workers on strike", "the ongoing protest")?  Such a
    protest is a fact even inside what another verb is about (events/coder.py)."""
    return _in_progress(noun, lex)


def _sparked(noun: Any, lex: "Lexicon") -> bool:
    """A protest noun reported as caused took place: "the killing sparked protests", "protests
    were triggered by", "the unrest sparked by the verdict" (`cue spark`)."""
    if noun.dep_ in PATIENT and noun.head.pos_ == "VERB":
        verb = noun.head
        # only a reported cause, not a feared one ("could trigger riots", "threatens to spark unrest")
        return verb.lemma_.lower() in lex.cue("spark") and verb.tag_ in PAST_FORMS \
            and not any(c.tag_ == "MD" for c in verb.children)
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.cue("spark") for c in noun.children)


def _hand_written(pred: "Predicate") -> bool:
    """Coded by the hand-written lexicon (core pattern, light verb + noun, core verb), not by a
    PETRARCH-derived pattern: an unnamed agent is inferred only for senses we vetted ("were caught
    up in" is not an arrest)."""

    return pred.rank >= min(RANK_CORE_PATTERN, RANK_LIGHT_NOUN) or RANK_CORE_VERB <= pred.rank < RANK_PETRARCH_PATTERN


def is_agentless(verb: Any, src_heads: list[Any], code: str, agents: frozenset[str]) -> bool:
    """A material-conflict predicate whose agent the text does not name: an agentless passive, or
    a subject that is an event or thing rather than an actor ("an explosion killed")."""
    if code not in AGENTLESS:
        return False
    if verb.dep_ in VERB_AS_MODIFIER:
        return False  # "accused of raping" (the charge), "the detained activists" (an attribute)
    if not src_heads:
        return True
    for h in src_heads:
        if h.lower_ in PRONOUNS or h.pos_ == "PROPN" or h.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return False
        if h.lemma_.lower() in agents or h.lemma_.lower() in QUANTITY_NOUNS:
            return False
    return all(h.pos_ == "NOUN" for h in src_heads)


def _agent_of_cause(verb: Any, code: str, index: ActorIndex, agents: frozenset[str]) -> Optional[ActorRef]:
    """"killed in police firing", "died in an army raid", "died due to police firing": the agent
    modifies the cause's noun.  A violent nominal act names its own agent the same way ("victims of
    police firing": the act itself is "police firing"; an arrest's agent defaults to the police)."""
    if code in VIOLENT and (verb.pos_ == "NOUN" or verb.dep_ in NOMINAL_USE):
        own = _agent_modifier(verb, index, agents)
        if own is not None:
            return own
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in CAUSE_PREPS:
            continue
        # "killed due to police failure": after the causal prepositions only an act is a cause with an agent
        acts_only = c.lower_ in ACT_ONLY_CAUSE_PREPS
        # "due to X", "because of X": the cause is the object of the second word
        inner = [g for g in c.children if g.dep_ in NESTED_PREP and g.pos_ == "ADP"
                 and c.lower_ in TWO_WORD_CAUSE_PREPS]
        objects = [g for p in [c] + inner for g in p.children if g.dep_ in PREP_COMPLEMENT]
        for g in objects:
            # the parser may read "in police firing" as "in police [firing]" (a participle on the agent)
            if g.dep_ == "pobj" and g.lemma_.lower() in agents and any(ch.dep_ == "acl" and ch.i == g.i + 1
                                                                       for ch in g.children):
                return unknown_actor(g, agents)
        # the tagger often reads the cause ("police firing") as a verb form
        for noun in (g for g in objects if g.pos_ in PREDICATE_POS):
            if acts_only and not _act_noun(noun):
                continue
            found = _agent_modifier(noun, index, agents)
            if found is not None:
                return found
    return None


# prepositions that introduce the cause of a death or injury ("in police firing", "due to firing")
CAUSE_PREPS = LANG.words("cause_preps")
# natural forces, accidents and illnesses are no agents ("an earthquake killed eight people")
NATURAL_CAUSES, ACCIDENT_VERBS = LANG.words("natural_causes"), LANG.words("accident_verbs")
CAUSE_MARKS, AGENT_PREPS = LANG.words("cause_marks"), LANG.words("agent_preps")


def _place_only(tok: Any, index: ActorIndex) -> bool:
    """Every mention at the token is a place named for its people (``resolved_by`` ``place``: a city or
    region, not a state, capital or body): before an event noun it says where or about what."""
    refs = index.by_token.get(tok.i) or []
    return bool(refs) and all(r.resolved_by in PLACE_EVIDENCE for r in refs)


PLACE_EVIDENCE = LANG.words("place_evidence")


def noun_phrase_agents(nouns: list[Any], index: ActorIndex, agents: frozenset[str]) -> list[ActorRef]:
    """"The attack by rebels on the base killed five": an event noun that is the subject names its
    agent in its own by-phrase (``np_agents.noun_agents``)."""
    return actors_for([a for n in nouns for g in np_agents.noun_agents(n) for a in with_conj(g)], index,
                      allow_unknown=True, agents=agents)


def contest_agent(verb: Any, index: ActorIndex) -> Optional[ActorRef]:
    """"two soldiers were killed in a clash between the security forces and the PKK", "protesters wounded
    in clashes with police": the side of the fight that is not the victims' own did it
    (``np_agents.opposing_side``)."""
    from annalyst.events.lexicon import load_lexicon

    lex = load_lexicon()
    victims = actors_for(np_agents.victims_of(verb), index, allow_unknown=False)
    if not victims:
        return None
    for noun in np_agents.contest_nouns(verb, lambda n: n.pos_ == "NOUN" and _fight_noun(n, lex)):
        heads, both = np_agents.contest_sides(noun)
        sides = [actors_for([h], index, allow_unknown=False) for h in heads]
        if not sides or any(not refs for refs in sides):
            continue
        found = np_agents.opposing_side(sides, victims, both, STATE_SECTORS)
        if found is not None:
            return found
    return None


def cause_clause_doer(verb: Any, index: ActorIndex) -> Optional[ActorRef]:
    """"nine people were killed when the ship was boarded by Israeli commandos", "two were wounded when police
    opened fire": an agentless passive harm whose cause clause ("when", "as", "after": cause_marks) has an armed
    force as its doer (its by-phrase if passive, else its subject) was done by that force.  Not the victims
    themselves ("were killed when they attacked a post"), not an unarmed or unplaced actor."""
    victims = actors_for(np_agents.victims_of(verb), index, allow_unknown=False)
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "advcl" or not any(m.dep_ in CLAUSE_MARK and m.lower_ in CAUSE_MARKS for m in c.children):
            continue
        by = [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        doers = actors_for(by or [s for s in c.children if s.dep_ in SUBJ], index, allow_unknown=False)
        armed = [r for r in doers if r.country and r.sector in ARMED_SECTORS
                 and not any(r is v or (r.entity and r.entity == v.entity) for v in victims)]
        if len(armed) == 1 and len(doers) == 1:
            return armed[0]
    return None


ARMED_SECTORS = frozenset(w.upper() for w in LANG.words("armed_sectors"))


def _fight_noun(noun: Any, lex: "Lexicon") -> bool:
    """A noun for violence between sides ("clash", "fighting", "shootout", "battle"): one the lexicon codes
    as a violent act."""
    code = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_)
    return code is not None and code in VIOLENT


def _natural_noun(noun: Any, index: ActorIndex, agents: frozenset[str]) -> bool:
    """A natural force, accident or illness with no agent in its phrase: "a strong earthquake",
    "floods", "a plane crash", "cholera", "Typhoon Haiyan" (not "Israeli fire", "army fire", "fire
    from the troops": those name who fired)."""
    named_kind = noun.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in NATURAL_CAUSES
                                              for c in noun.children)
    if not (noun.lemma_.lower() in NATURAL_CAUSES or noun.lower_ in NATURAL_CAUSES or named_kind):
        return False
    # the phrase's modifiers, its by/from phrase and the agent of a clause on it ("a fire set by rebels") may
    # name an agent; its place ("a fire in Moscow") and what it did ("which struck Japan") do not
    parts = [t for c in noun.children if c.dep_ in NP_INNER or (c.dep_ == "prep" and c.lower_ in AGENT_PREPS)
             for t in c.subtree]
    parts += [t for c in noun.children if c.dep_ in NOUN_CLAUSE for a in c.children if a.dep_ == "agent"
              for t in a.subtree]
    own = index.by_token.get(noun.i, ())  # the storm's own name ("Typhoon Haiyan") is no agent
    return not [r for r in index.refs_in(parts) if not any(r is o for o in own)] and not any(t.lemma_.lower() in agents or t.lower_ in agents for t in parts)


def _cause_objects(prep: Any) -> list[Any]:
    """The nouns a causal preposition introduces ("in an earthquake", "due to floods", "of cholera")."""
    inner = [g for g in prep.children if g.dep_ in NESTED_PREP and g.pos_ == "ADP"]
    return [h for p in [prep] + inner for g in p.children if g.dep_ == "pobj" for h in with_conj(g)]


def natural_cause(verb: Any, src_heads: list[Any], index: ActorIndex, agents: frozenset[str]) -> bool:
    """Whether a harmful act's only cause is a natural force, an accident or an illness: its subject
    ("floods have killed 40"), or, with no subject, a causal phrase ("killed in an earthquake", "died of
    cholera"), a cause clause ("injured when a train derailed") or the clause an adverbial participle
    hangs on ("a landslide buried a village, killing 30")."""
    if verb.dep_ == "relcl":  # "the fire which destroyed the building": the relative pronoun is the noun
        src_heads = [verb.head if h.lower_ in RELATIVE_PRONOUNS else h for h in src_heads]
    if src_heads:
        return all(_natural_noun(h, index, agents) for h in src_heads)
    v = verb
    for _ in range(3):
        # (a coordinated verb's phrases too: "were killed and millions left homeless after an earthquake")
        for c in [c for k in [v] + [k for k in v.children if k.dep_ == "conj"] for c in k.children]:
            if c.dep_ == "prep" and (c.lower_ in CAUSE_PREPS or c.lower_ in OF_PREPS) \
                    and any(_natural_noun(o, index, agents) for o in _cause_objects(c)):
                return True
            # ("when" is a mark or, as the parser often has it, an adverb of the clause)
            if c.dep_ == "advcl" and any(m.dep_ in CLAUSE_MARK and m.lower_ in CAUSE_MARKS for m in c.children):
                subjects = [s for s in c.children if s.dep_ in SUBJ]
                if c.lemma_.lower() in ACCIDENT_VERBS or (subjects and all(_natural_noun(s, index, agents)
                                                                            for s in subjects)):
                    return True
        if v is not verb:
            subjects = [c for c in v.children if c.dep_ in SUBJ]
            if subjects:
                return all(_natural_noun(s, index, agents) for s in subjects)
        if v.dep_ not in VERB_LINK or v.head.i == v.i:
            return False
        v = v.head
    return False


def _act_noun(noun: Any) -> bool:
    from annalyst.events.lexicon import load_lexicon

    return noun.lemma_.lower() in load_lexicon().nouns or noun.lemma_.lower() in ATTACK_WORDS


def _agent_modifier(noun: Any, index: ActorIndex, agents: frozenset[str]) -> Optional[ActorRef]:
    """The actor named by a modifier before an act noun: "police firing", "an army raid", and
    through a compound chain an agent word, "a police lathi-charge" (not "X police station areas")."""
    mods = [m for m in noun.children if m.dep_ in OWNER_MODIFIER and m.i < noun.i]
    mods += [g for m in mods if m.dep_ == "compound" and m.lemma_.lower() not in agents for g in m.children
             if g.dep_ == "compound" and g.i < m.i and g.lemma_.lower() in agents]
    for mod in mods:
        refs = index.actors_of_np(mod) if index.by_token.get(mod.i) else []
        if refs:
            return refs[0]
        ref = unknown_actor(mod, agents)
        if ref is not None:
            return ref
        if mod.lemma_.lower() in agents:
            return ActorRef(text=mod.text, start=mod.idx, end=mod.idx + len(mod.text), kind="unknown",
                            resolved_by="parse")
    return None


PROTEST_PLACE_PREPS, POLICE_PLACE_PREPS = LANG.words("protest_place_preps"), LANG.words("police_place_preps")
# legal actions a court takes ("sentenced", "jailed"): their unnamed agent is the judiciary, not the police
COURT_ACT_VERBS = LANG.words("court_act_verbs")


def implied_actor(country: Optional[str], sector: Optional[str]) -> ActorRef:
    """An actor no word names, inferred by a rule (``resolved_by`` ``implied``, no text): of ``country`` and
    ``sector``, with the code a read mention of them carries ("ZAFCOP": the police of an agentless arrest, as the
    word "police" placed in South Africa would be), so that the event's code says what the rule decided.  With no
    country there is no code (the sector alone may still be known: the police of an unplaced arrest)."""
    code = country + (sector or "") if country else None
    return ActorRef(text="", country=country, sector=sector, code=code, kind="implied", resolved_by="implied")


def implied_source(verb: Any, code: str, index: ActorIndex, agents: frozenset[str] = frozenset()) -> ActorRef:
    """The unnamed agent of an agentless act: for arrests and crowd control the security forces
    of the place it happened (sector COP), otherwise an unknown actor.  No text: nothing names it."""
    named = _agent_of_cause(verb, code, index, agents)
    if named is None and code in VIOLENT:
        named = contest_agent(verb, index) or cause_clause_doer(verb, index)
    if named is not None:
        return named
    if code in VIOLENT:
        # an unidentified armed group is coded with the country where it struck (ACLED's "unidentified
        # armed group (country)", the GSR's UAF): "a roadside bombing near Samarra killed ..." → IRQ
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_ANY and c.pos_ == "NOUN"]
        country = None
        if all(c.dep_ == "nsubjpass" or c.lemma_.lower() in ATTACK_WORDS for c in subjects):
            # not "a drought killed crops in Ethiopia": only an attack or an agentless passive was struck by someone
            country = place_country([verb] + subjects + [a for a in verb.ancestors][:1], index, VIOLENCE_PLACE_PREPS)
        return implied_actor(country, "UAF" if country else None)
    if code not in POLICE and code not in PROTEST:
        return ActorRef(text="", kind="implied", resolved_by="implied")
    country = None
    # protests are placed where they spread too ("rallies were held across Serbia"); arrests where made
    preps = PROTEST_PLACE_PREPS if code in PROTEST else POLICE_PLACE_PREPS
    for v in [verb] + [a for a in verb.ancestors][:2]:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ == "pobj":
                        placed = [r.country for r in index.actors_of_np(g) if r.country]
                        country = country or (placed[0] if placed else None)
    if code in PROTEST and country is None:  # "Cairo was rocked by riots" (events/protest.py)
        country = next((r.country for g in passive_place(verb) for r in index.actors_of_np(g) if r.country), None)
    if code in PROTEST:
        return implied_protesters(country, code, index)
    if country is None:
        # "he was arrested" with no place in the clause: the police of the state the article is about (its
        # dateline's, or the one state its places belong to; actors.resolver.ArticleHome), as for the word "police"
        from annalyst.actors.resolver import article_home

        home = article_home(index.parsed)
        country = home.police if home is not None else None
    return implied_actor(country, _legal_agent_sector(verb))


# a strike's unnamed agents are its workers, any other protest's its crowd (code_rules.tsv class strike)
STRIKE = ONT.codes("strike")


def implied_protesters(country: Optional[str], code: str, index: ActorIndex) -> ActorRef:
    """The unnamed agents of an agentless protest ("protests started in Boitumelong township", "the strike began on
    March 14"): civilians of the place it was held (PLOVER sector CVL; a strike's are workers, LAB), the place named in
    its clause (``country``), else where the article's civilians live (``ArticleHome.local``, else its police's
    state: the dateline's, or the one state its places belong to).  No country when neither says: an unknown crowd."""
    if country is None:
        from annalyst.actors.resolver import article_home

        home = article_home(index.parsed)
        country = (home.local or home.police) if home is not None else None
    return implied_actor(country, ("LAB" if code in STRIKE else "CVL") if country else None)


def _legal_agent_sector(verb: Any) -> str:
    """Who takes an unnamed legal action: a court sentences and jails (JUD), the police arrest and detain (COP)."""
    return "JUD" if verb.lemma_.lower() in COURT_ACT_VERBS else "COP"


VIOLENT = ONT.codes("violent")
VICTIM = ONT.codes("victim")
# where an attack happened ("near the town of Samarra", "outside of the Iraqi city of Basra")
VIOLENCE_PLACE_PREPS = LANG.words("violence_place_preps")
PLACE_BREAK = LANG.labels("place_break")
NOT_PLACES = ("person", "igo", "ngo", "implied")


def place_country(holders: list[Any], index: ActorIndex, preps: set[str]) -> Optional[str]:
    """The country of the first place named in a locative phrase of the holders ("in a car bomb
    explosion in eastern Beirut" → LBN); nested of/in phrases count, embedded clauses do not."""
    for h in holders:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in preps:
                continue
            for t in sorted(c.subtree, key=lambda x: x.i):
                if any(p.dep_ in PLACE_BREAK for p in _path_up(t, c)):
                    continue
                for ref in index.by_token.get(t.i, ()):
                    if ref.country and ref.kind not in NOT_PLACES and ref.country not in NON_STATE_CODES:
                        return ref.country
    return None


# PLOVER's non-state "country" codes: never a place
NON_STATE_CODES = {"UNO", "IGO", "NGO", "EUR", "MNC", "IMG", "ISM", "WST", "AFR", "ASA"}
# generic people ("23 people", "a journalist", "demonstrators"), not a named person whose nationality
# the place does not tell
HUMAN_KINDS = ("sector", "group")


def placed_victims(targets: list[ActorRef], tok: Any, index: ActorIndex, sources: list[ActorRef]) -> list[ActorRef]:
    """Unresolved victims of violence or coercion ("killed 23 people", "a journalist was killed")
    are the people of the place it happened ("in Tel Aviv" → ISR), or of the police's own country
    (police act at home: "Egyptian police opened fire on demonstrators" → EGY)."""
    if not targets or any(t.country or t.kind not in HUMAN_KINDS or t.resolved_by == "implied" for t in targets):
        return targets
    holders = [tok] + [c for c in tok.children if c.dep_ in PATIENT] \
        + [c for c in tok.children if c.dep_ == "advcl" and c.pos_ == "VERB"]
    country = place_country(holders, index, VIOLENCE_PLACE_PREPS)
    if country is None:
        police = {s.country for s in sources if s.sector == "COP" and s.country}
        country = next(iter(police)) if len(police) == 1 else None
    if country is None:
        return targets
    return [dataclasses.replace(t, country=country) for t in targets]


# "X is responsible for / guilty of / engaged in / behind the killings": X is the agent of the act
RESPONSIBLE_WORDS = LANG.words("responsible_words")


CLAIMED_RESPONSIBILITY_NOUNS = LANG.words("claimed_responsibility_nouns")
CLAIM_VERBS = LANG.words("claim_verbs")


def claimed_act(noun: Any) -> Optional[Any]:
    """The verb of "X claimed / admitted responsibility for <noun>" (None otherwise): a claimed act took
    place, done by the claimer, so it is no mere topic of the claim."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in RESPONSIBLE_PREPS or prep.lower_ in RESPONSIBLE_ALONE_PREPS:
        return None
    holder = prep.head
    if holder.lemma_.lower() not in CLAIMED_RESPONSIBILITY_NOUNS or holder.dep_ not in OBJECT:
        return None
    verb = holder.head
    return verb if verb.lemma_.lower() in CLAIM_VERBS and not _claim_denied(verb) else None


def _claim_denied(verb: Any) -> bool:
    """"did not claim", "no group has claimed": nobody claimed the act, so it names no doer."""
    return any(c.dep_ == "neg" or c.lower_ in NEGATORS and c.dep_ in NEGATOR_SLOT or _nobody_subject(c)
               for c in verb.children)


def negative_subject(c: Any) -> bool:
    """The child is a subject that negates its verb: one naming nobody ("no one", "no party") or opened by a
    negative preconjunct ("Neither Sarney nor Funaro accepted the proposals": the acceptance did not happen)."""
    return _nobody_subject(c) or c.dep_ in SUBJECT_ANY and any(
        d.dep_ in PRECONJ and d.lower_ in NEGATIVE_PRECONJ for d in c.children)


def _nobody_subject(c: Any) -> bool:
    """The child is a subject that names nobody: "no one", "none", "no group"."""
    return c.dep_ in SUBJECT_ANY and (c.lower_ in NOBODY or any(
        d.dep_ == "det" and d.lower_ in NO_DETERMINERS for d in c.children))


def responsible_heads(noun: Any, index: ActorIndex, agents: frozenset[str]) -> list[Any]:
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in RESPONSIBLE_PREPS:
        return []
    holder = prep if prep.lower_ in RESPONSIBLE_ALONE_PREPS else (claimed_act(noun) or prep.head)
    if holder.lemma_.lower() not in RESPONSIBLE_WORDS | CLAIM_VERBS:
        return []
    subj, passive, _ = subject_heads(holder, index, agents)
    return subj or passive


# prepositions that name what an object is about rather than whom the act reaches
ABOUT_PREPS = LANG.words("about_preps")  # not "on": "sanctions on X" names the target


def _only_topic(heads: list[Any], found: list[ActorRef]) -> bool:
    """"shared evidence about contacts with al Qaeda with the US": actors met only inside
    what the object is about yield to a later direct target."""
    spans = [(t.idx, t.idx + len(t.text)) for h in heads for p in h.subtree
             if p.dep_ == "prep" and p.lower_ in ABOUT_PREPS and p.i > h.i for t in p.subtree]
    if not spans:
        return False
    return all(r.start is not None and any(a <= r.start < b for a, b in spans) for r in found)


def _only_place(verb: Any, found: list[ActorRef]) -> bool:
    """Are the targets only places where the act happened ("blocked streets in Hong Kong")?"""
    spans = [(t.idx, t.idx + len(t.text)) for p in verb.subtree
             if p.dep_ == "prep" and p.lower_ in PLACE_ONLY_PREPS for t in p.subtree]
    return all(r.start is not None and any(a <= r.start < b for a, b in spans) for r in found)


def _owned_by_source(heads: list[Any], found: list[ActorRef], sources: list[ActorRef]) -> bool:
    """"its troops", "their own forces": an object the source's possessive pronoun marks as the
    source's own belongs to the same side (the recipient or victim comes later in the clause)."""
    own = {s.country for s in sources if s.country}
    if not own or not all(r.country in own for r in found):
        return False
    return any(c.dep_ in POSSESSOR and c.lower_ in OWN_POSSESSIVES for h in heads for c in h.children) \
        or _own_modifiers_only(heads, found)


def _own_modifiers_only(heads: list[Any], found: list[ActorRef]) -> bool:
    """"cut U.S. aid to Mexico", "sent American troops to Iraq": actors (of the source's own country, the caller
    checks) named only as the object's own modifier ("U.S." of "U.S. aid") mark what is given or sent as the
    source's own; whom it goes to comes later in the clause."""
    # (the mention must lie inside the modifier: "a Filipino woman" is one mention of the woman herself)
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for h in heads for c in h.children
             if c.dep_ in OWNER_MODIFIER]
    return bool(spans) and all(r.start is not None and r.end is not None
                               and any(a <= r.start and r.end <= b for a, b in spans) for r in found)


def _main_clause_subject(tok: Any, index: ActorIndex, agents: frozenset[str]) -> list[ActorRef]:
    """"bombers killed 23 people when they blew themselves up": an unresolved pronoun subject of
    an adverbial clause is the subject of the clause it modifies (when that one is named)."""
    top = _chain(tok)[-1]
    if top.dep_ != "advcl" or top.head.i == top.i:
        return []
    heads, _, _ = subject_heads(top.head, index, agents)
    if not heads or any(h.lower_ in PRONOUNS for h in heads):
        return []
    subj = [c for c in tok.children if c.dep_ in SUBJ + ("nsubjpass",)] or [c for c in top.children if c.dep_ in SUBJ]
    if subj and not _agrees(subj[0], heads):
        return []  # "his ministry ... because they demanded": not the same party
    return actors_for(heads, index, allow_unknown=False)


def _agrees(pronoun: Any, heads: list[Any]) -> bool:
    """Number and person agreement of a pronoun with an antecedent NP (its coordinated heads)."""
    plural = len(heads) > 1 or heads[0].tag_ in PLURAL_NOUN_TAGS
    person = heads[0].ent_type_ == "PERSON"
    word = pronoun.lower_
    if word in PLURAL_PRONOUNS:
        return plural
    if word in SINGULAR_PRONOUNS:
        return not plural
    if word == "it":
        return not plural and not person
    return True


def _same_side(a: list[ActorRef], b: list[ActorRef]) -> bool:
    ca = {r.country for r in a if r.country}
    cb = {r.country for r in b if r.country}
    return bool(ca & cb)


# an arrival of forces (CAMEO 042/074 "arrive", "land"): who sends them and who receives them
ARRIVAL = ONT.codes("arrival")
ARRIVAL_VERBS = LANG.words("arrival_verbs")
# nouns that name the sender's act of sending its forces ("the first deployment of NATO troops")
DEPLOYMENT_NOUNS = LANG.words("deployment_nouns")


@dataclasses.dataclass(frozen=True)
class Arrival:
    """Who acts in a reported arrival of forces, and as what (CAMEO code)."""

    code: str
    sources: list[ActorRef]
    targets: list[ActorRef]


def arrival_of_forces(pred: "Predicate", src_heads: list[Any], sources: list[ActorRef], index: ActorIndex,
                      lex: "Lexicon") -> Optional[Arrival]:
    """"the first deployment of NATO peacekeeping troops arrived in Bosnia": the sender provides
    peacekeeping (074, sender → host); "a first batch of Bangladeshi peacekeeping troops arrived in
    Sierra Leone": the host receives them (0861, host → sender; CAMEO 0861 and the PLOVER GSR code
    the receiving state as the one allowing international involvement)."""
    tok = pred.token
    if pred.nominal or pred.code not in ARRIVAL or tok.lemma_.lower() not in ARRIVAL_VERBS or len(src_heads) != 1:
        return None
    head = src_heads[0]
    peace = lex.cue("topic_peacekeeping") | lex.cue("topic_access")
    of_objects = [g for c in head.children if c.dep_ == "prep" and c.lower_ in OF_PREPS for g in c.children
                  if g.dep_ == "pobj"]
    if head.lemma_.lower() in DEPLOYMENT_NOUNS:
        forces = [r for g in of_objects for r in index.actors_of_np(g) if r.country]
        words = {t.lower_ for g in of_objects for t in g.subtree}
        if not forces or not words & peace:
            return None
        host = place_targets(tok, pred, index, forces)
        return Arrival(ONT.code("provide_peacekeepers"), forces, host) if host else None
    words = {t.lower_ for t in np_tokens(head, inner_only=False)}
    forces = [r for r in sources if r.country]
    if not forces or not words & peace or head.lemma_.lower() in lex.nouns:
        return None
    host = place_targets(tok, pred, index, forces)
    return Arrival(ONT.code("receive_peacekeepers"), host, forces) if host else None


# de-escalation (CAMEO 087x: demobilize, disarm, retreat) reported in an agentless passive
# ("guerrillas have been demobilized"): the demobilized party yields
SELF_YIELD = ONT.codes("self_yield")


def self_yield(pred: "Predicate", src_heads: list[Any], passive: list[Any], index: ActorIndex,
               agents: frozenset[str]) -> list[ActorRef]:
    """The party that demobilized, disarmed or withdrew when the passive names no agent."""
    if pred.nominal or src_heads or not passive or pred.code not in SELF_YIELD:
        return []
    return actors_for(passive, index, allow_unknown=True, agents=agents)


# where a crowd acted ("took to the streets of Dhaka", "gathered outside parliament in Nairobi")
CROWD_PLACE_PREPS = LANG.words("crowd_place_preps")


def _generic(ref: ActorRef) -> bool:
    """A collective noun, not a name: "students", "youths", "a crowd" (not "Hamas", "Mr Smith")."""
    words = ref.text.split()
    return ref.country is None and bool(words) and ref.resolved_by != "implied" and ref.kind != "person" \
        and (ref.kind in HUMAN_KINDS or words[-1].islower())


PLURAL_NOUN_TAGS = LANG.labels("plural_noun_tags")
HELD_VERBS = LANG.words("held_verbs")  # "protests were held / staged": the passive reports a protest


def _protest_verb(verb: Any, lex: "Lexicon") -> bool:
    """A verb that means protesting by itself, used without an object ("detainees protested", "workers
    demonstrated"; not "stocks rallied in Tokyo", a phrasing of "rally", nor "demonstrated resilience")."""
    entry = lex.verbs.get(verb.lemma_.lower())
    return entry is not None and entry.code in PROTEST and not any(c.dep_ in OBJECT for c in verb.children)


CROWD_VERBS = LANG.words("crowd_verbs")
CROWD_PARTICIPLE_TAGS = LANG.labels("crowd_participle_tags")


def _protest_phrasing(pred: "Predicate", heads: list[Any], lex: "Lexicon") -> bool:
    """A protest a light verb's protest noun carries ("campaigners staged a rally", "pickets were held
    by civil servants"), or one a hand-written phrasing codes whose doers are a civilian crowd (`set
    @civilcrowd`: "mineworkers downed tools"; "celebrities walked out of a TV show" is no strike), or a
    crowd verb read as a demonstration without an object ("residents gathered to demand ..."): its
    subject protests as the subject of "protested" does."""
    if pred.code not in PROTEST:
        return False
    tok = pred.token
    if pred.noun is not None and pred.noun is not tok and pred.rank >= RANK_LIGHT_NOUN:
        return True
    if pred.rank >= RANK_CORE_PATTERN:
        crowd = lex.sets.get("@civilcrowd", frozenset())
        return bool(heads) and all(h.lower_ in crowd or h.lemma_.lower() in crowd for h in heads)
    return tok.lemma_.lower() in CROWD_VERBS and not any(c.dep_ in OBJECT for c in tok.children)


def crowd_actors(heads: list[Any], agents: frozenset[str]) -> list[ActorRef]:
    """Unresolved civilian actors for protesters named by a plural common noun (placed later)."""
    out = []
    for h in heads:
        if h.pos_ == "NOUN" and h.tag_ in PLURAL_NOUN_TAGS:
            ref = unknown_actor(h, agents | {h.lemma_.lower()})
            if ref is not None:
                out.append(dataclasses.replace(ref, sector="CVL", kind="group"))
    return out


def placed_crowd(sources: list[ActorRef], tok: Any, index: ActorIndex) -> list[ActorRef]:
    """Protesters, rioters or attackers named only by a collective noun are people of the place
    where they acted ("hundreds of students took to the streets of Dhaka" → BGD)."""
    if not sources or not all(_generic(s) for s in sources):
        return sources
    holders = [tok] + [c for c in tok.children if c.dep_ in OBJECT_OR_POBJ] \
        + [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    country = place_country(holders, index, CROWD_PLACE_PREPS)
    if country is None:
        return sources
    return [dataclasses.replace(s, country=country) for s in sources]


def own_state(sources: list[ActorRef], sector: str) -> list[ActorRef]:
    """An implied party of the source's own state (its government or people)."""
    countries = {s.country for s in sources}
    if len(countries) != 1 or None in countries or any(s.resolved_by == "implied" for s in sources):
        return []
    return [implied_actor(next(iter(countries)), sector)]


# acts with no named target that fall on the actor's own state: an official's resignation or refusal to
# resign (0831, 1231; 0341 an intent to step down) is a change of its own government's leadership;
# easing political freedoms or bans on parties (0811, 0812) is a concession to its own people



# a state's concessions (08), rejections (12) and coercion (17) fall mostly on its own people: the
# newspaper it closes, the opposition leader it lets march, the temple it refuses land
DOMESTIC_PLACE_PREPS = LANG.words("domestic_place_preps")


def domestic_targets(targets: list[ActorRef], tok: Any, index: ActorIndex,
                     sources: list[ActorRef]) -> list[ActorRef]:
    """Unresolved targets of a state's domestic act take the state's country ("Nicaragua's government
    ordered the opposition newspaper La Prensa to suspend publication" → NIC), unless the act is
    placed in another country or other countries are named as its parties."""
    if not targets:
        return targets
    if any(t.country or t.resolved_by == "implied" or t.text.lower() in PRONOUNS for t in targets):
        return targets
    countries = {s.country for s in sources}
    if len(countries) != 1 or None in countries or next(iter(countries)) in NON_STATE_CODES \
            or any(s.resolved_by == "implied" or s.sector not in STATE_SECTORS for s in sources):
        return targets
    country = next(iter(countries))
    clause = clause_tokens(tok)
    if any(r.country and r.country != country for t in clause for r in index.by_token.get(t.i, ())):
        return targets  # "refused to hand the suspects to Britain": a foreign party is involved
    return [dataclasses.replace(t, country=country) for t in targets]


# ----------------------------------------------------------------------------- frame role fillers
# Each filler reads the parse around a frame and returns the actors for one role (None: no change).
# Which code classes may use which filler, in what order, is data (``role`` rows of code_rules.tsv);
# the fillers hold no code class of their own.


def _agent_main_clause_subject(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"... after it attacked": a personal pronoun subject the actor stage left unresolved is the main
    clause's subject when they agree."""
    heads = frame.agent_heads
    if heads and all(h.lower_ in RESOLVABLE_PRONOUNS for h in heads):
        return _main_clause_subject(frame.pred.token, index, frame.agents)
    return None


def _agent_speaker_pronoun(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"X said it would ...": the pronoun is the speaker."""
    if frame.agent_heads and any(h.lower_ in PRONOUNS for h in frame.agent_heads) and frame.speaker:
        return frame.speaker
    return None


def _agent_unresolved_pronoun(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"they marched", "he was shot by them": the act is coded even when the actor stage could not
    resolve the pronoun; the actor stays unresolved (country None)."""
    if frame.pred.nominal:
        return None
    return [pronoun_actor(h) for h in frame.agent_heads if h.lower_ in PERSONAL_PRONOUNS]


def _agent_between_sides(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"fighting between the army and the RSF", "clashes between X and Y": both sides act on each
    other (the first is the agent, the others the patient).  Revises the agent."""
    pred, heads = frame.pred, frame.agent_heads
    agentless = not heads or is_agentless(pred.token, heads, pred.code, frame.agents)
    between = (between_heads(pred.token) or clause_between_heads(pred.token, lex)) if agentless else []
    if not between:
        return None
    frame.agent_heads, frame.patient_heads = between[:1], between[1:]
    return actors_for(frame.agent_heads, index, allow_unknown=True, agents=frame.agents)


def _agent_implied(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """An agentless material act of the hand-written lexicon: its usual agent, implied."""
    pred = frame.pred
    if pred.nominal or not _hand_written(pred) or not is_agentless(pred.token, frame.agent_heads, pred.code, frame.agents):
        return None
    return [implied_source(pred.token, pred.code, index, frame.agents)]


def _agent_unnamed_accuser(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"X has been accused of misusing funds": an accusation is news even when its maker is unnamed
    (CAMEO 1121's codebook example); the accused is the passive subject."""
    pred, tok = frame.pred, frame.pred.token
    if pred.nominal or not frame.patient_heads or frame.agent_heads or not _hand_written(pred) \
            or tok.dep_ in MODIFIER_VERB:
        return None
    return [implied_source(tok, pred.code, index, frame.agents)]


def _agent_arresting_forces(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"the arrest of X", "the arrests of the absconders": arrests are made by the security forces."""
    pred, tok = frame.pred, frame.pred.token
    if not pred.nominal or not _hand_written(pred) \
            or not any(c.dep_ == "prep" and c.lower_ in OF_PREPS for c in tok.children) \
            or any(c.dep_ in DETERMINER_OR_OWNER and c.lower_ in DETERMINER_BLOCKERS for c in tok.children):
        return None
    return [implied_source(tok, pred.code, index, frame.agents)]


def _agent_yielding_party(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"guerrillas have been demobilized": the demobilized party is the one that yields."""
    yielded = self_yield(frame.pred, frame.agent_heads, frame.patient_heads, index, frame.agents)
    if not yielded:
        return None
    frame.patient_heads, frame.yielded = [], True
    return yielded


def _agent_arriving_forces(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """Forces arriving on a peace mission: the sender or the host acts (``arrival_of_forces``).  Revises."""
    return frame.arrival.sources if frame.arrival is not None else None


def _agent_protest_organisers(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"protests erupted in X", "there were demonstrations": a protest is news without named organisers."""
    pred, tok = frame.pred, frame.pred.token
    if not pred.nominal or not _happening(tok, lex) or any(c.dep_ in POSSESSOR for c in tok.children):
        return None
    return [implied_source(tok, pred.code, index, frame.agents)]


# "the attack occurred", "fighting broke out", "the ambush took place": verbs (and "take" + object) that say a
# violent event noun took place (lang/en/words.tsv); narrower than ``cue occur``, whose "take", "turn" or
# "bring" make a metaphor's battle an event ("the battle for control has taken another turn")
VIOLENCE_OCCUR_VERBS = LANG.words("violence_occur_verbs")
OCCURRENCE_OBJECTS = LANG.words("occurrence_objects")


def _agent_violent_happening(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"the attack occurred in Baidoa", "fighting broke out", "there were clashes": violence reported as
    taking place though nobody is named as its doer (implied_source: an unidentified armed group of the
    place, as for an agentless attack verb)."""
    pred, tok = frame.pred, frame.pred.token
    if not pred.nominal or any(c.dep_ in POSSESSOR for c in tok.children) or not _violence_took_place(tok):
        return None
    return [implied_source(tok, pred.code, index, frame.agents)]


def _violence_took_place(noun: Any) -> bool:
    """The noun is the subject of a verb saying it took place, or what "there was" introduces."""
    head = noun.head
    if noun.dep_ == "attr":
        return any(c.dep_ == "expl" for c in head.children)
    if noun.dep_ != "nsubj":
        return False
    return head.lemma_.lower() in VIOLENCE_OCCUR_VERBS \
        or any(c.dep_ in OBJECT and c.lemma_.lower() in OCCURRENCE_OBJECTS for c in head.children)


def _agent_protest_held(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"rallies and sit-ins were held across the country": a protest held, by whom unsaid."""
    pred, tok = frame.pred, frame.pred.token
    if frame.agent_heads or pred.nominal or pred.noun is None or pred.noun.dep_ != "nsubjpass" \
            or tok.lemma_.lower() not in HELD_VERBS:
        return None
    return [implied_source(tok, pred.code, index, frame.agents)]


# "resigned in protest", "walked out in protest at the dismissal": the bare protest noun of an adjunct
# phrase names the manner of another act (lang/en/words.tsv adjunct_act_preps)
ADJUNCT_ACT_PREPS = LANG.words("adjunct_act_preps")
# the manner is a bare singular common noun: not a plural of held protests ("take part in strikes", a
# participation whose modality is the verb's) nor a name ("took power in March")
MANNER_NOUN_TAGS = LANG.labels("manner_noun_tags")
# actors that are a state or an organisation of states, or speak for one (actors/: ActorRef.kind)
STATE_KINDS = ("state", "igo")
# "he spoke to reporters after talks with X", "arrived from a meeting with Y": a meeting named by a time
# or source adjunct of an act, with its partner, was held by the act's doer (lang/en/words.tsv)
MEETING_ADJUNCT_PREPS = LANG.words("meeting_adjunct_preps")
MEETING_PARTNER_PREPS = LANG.words("meeting_partner_preps")


def _adjunct_of(frame: Frame, preps: frozenset[str]) -> Optional[tuple[Any, Any]]:
    """(event noun, verb) when an agentless nominal event is the object of a ``preps`` phrase of a verb."""
    pred = frame.pred
    noun = pred.noun if pred.noun is not None else pred.token
    if not pred.nominal or frame.agent_heads or noun.dep_ != "pobj":
        return None
    prep, verb = noun.head, noun.head.head
    if prep.dep_ != "prep" or prep.lower_ not in preps or verb.pos_ not in VERB_POS:
        return None
    return noun, verb


def _doers_of(verb: Any, frame: Frame, index: ActorIndex) -> Optional[list[ActorRef]]:
    """The verb's subject, found as for the verb's own frame, made the frame's agent.  None for a passive,
    even with a by-phrase: "the accord was signed by X and Y after talks with Z" leaves unsaid which of the
    signers held the talks."""
    heads, passive, _ = subject_heads(verb, index, frame.agents)
    if not heads or passive:
        return None
    frame.agent_heads = heads
    return actors_for(heads, index, allow_unknown=True, agents=frame.agents) or None


def _agent_adjunct_act(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"the association president resigned in protest": a protest named only as the manner of another act is
    made by that act's doer, when the doer is no state (a state's protest is diplomatic: the act itself).
    Only the bare noun: "killed in the protest" places a killing at someone else's protest."""
    found = _adjunct_of(frame, ADJUNCT_ACT_PREPS)
    if found is None:
        return None
    noun, verb = found
    if noun.tag_ not in MANNER_NOUN_TAGS or any(c.dep_ in DETERMINER_OR_OWNER for c in noun.children):
        return None
    doers = _doers_of(verb, frame, index)
    if doers and any(d.kind in STATE_KINDS for d in doers):
        # "Kuwait took diplomatic steps against Iran in protest", "the Egyptian ambassador resigned in
        # protest": a state's protest is diplomatic, the act itself (CAMEO 14 is civilian dissent)
        frame.agent_heads = []
        return None
    return doers


def _agent_meeting_adjunct(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"He spoke to reporters after talks with the ambassador": a meeting with a named partner, placed in
    time by an adjunct phrase of another act, was held by that act's doer (an active verb's subject; a
    passive's doer is unsaid).  Not a meeting with its own holder ("after Bush's talks with X"), nor one
    behind a statement ("Putin said after a telephone discussion with X"): the statement is the sentence's
    news, and a coded meeting would displace it (a bare 010 stays only when nothing more specific does)."""
    found = _adjunct_of(frame, MEETING_ADJUNCT_PREPS)
    if found is None:
        return None
    noun, verb = found
    if verb.lemma_.lower() in lex.cue("speech") or any(c.dep_ in POSSESSOR for c in noun.children) \
            or not any(c.dep_ == "prep" and c.lower_ in MEETING_PARTNER_PREPS for c in noun.children):
        return None
    return _doers_of(verb, frame, index)


ORIGIN_PREPS = LANG.words("origin_preps")


def _agent_origin_phrase(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"Calls for a rescheduling have come from the opposition party", "the criticism came from Paris": an event
    noun that is the subject of a verb of origin (cue ``origin``) was made by the party its "from" phrase names
    (``origin_preps``).  Only a named actor fills it: "came from the talks" names no doer."""
    pred, noun = frame.pred, frame.pred.token
    verb = noun.head
    if not pred.nominal or frame.agent_heads or noun.dep_ not in SUBJECT_ANY or verb is noun \
            or verb.lemma_.lower() not in lex.cue("origin"):
        return None
    heads = [h for c in verb.children if c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS
             for g in c.children if g.dep_ == "pobj" for h in with_conj(g)]
    if not heads:
        return None
    found = actors_for(heads, index, allow_unknown=False, agents=frame.agents)
    if not found:
        return None
    frame.agent_heads = heads
    return found


def _agent_protesting_crowd(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"detainees protested": the crowd a plural noun names is a civilian actor of the place (not an
    event noun: "strikes have demonstrated the displeasure")."""
    pred = frame.pred
    heads = [h for h in frame.agent_heads if not _event_noun(h, lex)]
    if pred.nominal or not (_protest_verb(pred.token, lex) or _protest_phrasing(pred, heads, lex)):
        return None
    return crowd_actors(heads, frame.agents)


def _agent_crowd_doers(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"residents stoned police vehicles": the crowd whose act the pattern read as a protest is a
    civilian actor (placed by ``crowd_place``), not an unknown one (events/protest.py).  Revises an
    agent that is only unknown actors."""
    if frame.pred.nominal or not all(s.kind == "unknown" for s in frame.agent):
        return None
    return crowd_actors(crowd_doers(frame.agent_heads, lex), frame.agents) or None


def _agent_crowd_place(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """Protesters or attackers named only by a collective noun are people of the place.  Revises."""
    return placed_crowd(frame.agent, frame.pred.token, index)


def _target_aimed_at_others(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """What is mobilized is the actor's own force; the target is whom it is aimed at.  Revises."""
    return [t for t in frame.target if t.country and not any(t.country == s.country for s in frame.agent)]


def _target_content(frame: Frame, index: ActorIndex, lex: "Lexicon", violent: bool = False) -> Optional[list[ActorRef]]:
    """The target named in the predicate's content or purpose ("demanded that X ...", "threatened to
    cut ties with X"); a purpose counts only when it names a party ("to improve attendance" does not)."""
    if frame.pred.nominal:
        return None
    return content_targets(frame.pred.token, index, frame.agent, frame.agents, violent=violent,
                           phrasing=frozenset(t.i for t in frame.pred.trigger))


def _target_content_people(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """As ``content``, for acts aimed at people: a purpose naming people without a country counts
    ("opened fire to disperse demonstrators")."""
    return _target_content(frame, index, lex, violent=True)


# clauses whose object pronoun may stand for the subject of the clause they hang from (labels.tsv)
ANTECEDENT_CLAUSE = LANG.labels("antecedent_clause")
# object forms of the personal pronouns ("them", "him", "her"; words.tsv object_pronouns)
OBJECT_PRONOUNS = LANG.words("object_pronouns")


def _target_object_pronoun(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"after a Filipino woman accused them of gang raping her", "the United States, which accuses him of ...",
    "insisted its commandos used lethal force because activists had attacked them": an unresolved object pronoun
    of a clause that hangs from another (adverbial, relative, complement) stands for the subject of the clause it
    hangs from (a pronoun object never names its own clause's subject), when their number agrees and that
    subject is not the act's own agent.  Binding within one sentence only; across sentences the actor stage decides."""
    pred = frame.pred
    if pred.nominal:
        return None
    tok = pred.token
    pron = next((c for c in tok.children if c.dep_ in OBJECT and c.lower_ in OBJECT_PRONOUNS), None)
    if pron is None or index.actors_of_np(pron):
        return None
    top = _chain(tok)[-1]
    if top.dep_ not in ANTECEDENT_CLAUSE or top.head.i == top.i:
        return None
    holder = top.head
    while holder.pos_ not in VERB_POS and holder.head.i != holder.i:
        holder = holder.head  # a relative clause hangs from a noun: the clause is its verb's
    if holder.pos_ not in VERB_POS:
        return None
    heads, passive, _ = subject_heads(holder, index, frame.agents)
    heads = passive or heads  # the grammatical subject: "The five US marines were prevented ..."
    if not heads or any(h.lower_ in PRONOUNS for h in heads) or not _agrees(pron, heads):
        return None
    person = heads[0].ent_type_ == "PERSON"
    if pron.lower_ not in PLURAL_PRONOUNS and not person:
        return None  # "him", "her" stand for a person ("the comment was criticised by X, which accused him")
    # a group noun the actor stage left to the NP's own words ("The five US marines") and an unplaced name are kept
    found = actors_for(heads, index, allow_unknown=True, agents=frame.agents)
    own = {(r.start, r.end) for r in frame.agent}
    if not found or any((r.start, r.end) in own for r in found) or _same_side(found, frame.agent):
        return None
    return found


def _target_served(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    return None if frame.pred.nominal else served_targets(frame.pred.token, index, frame.agent)


def _target_main_clause_patient(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    return None if frame.pred.nominal else _main_clause_targets(frame.pred.token, index, frame.agent, frame.agents)


def _target_addressee(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"blocked streets in Hong Kong in defiance of Chinese authorities": where a protest is held yields
    to whom it defies or addresses.  Revises a target that is only a place."""
    tok, targets = frame.pred.token, frame.target
    if targets and not _only_place(tok, targets):
        return None
    aimed = protest_targets(tok, index, frame.agent)
    if not targets or any(t.country for t in aimed):
        return aimed or targets
    return None


def _target_place_holder(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    return place_targets(frame.pred.token, frame.pred, index, frame.agent)


def _target_shelter_place(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """"sought refuge in Germany": refuge is asked of the state that holds the place."""
    tok = frame.pred.token
    if not any(c.dep_ in OBJECT and c.lemma_.lower() in lex.cue("shelter") for c in tok.children):
        return None
    return place_targets(tok, frame.pred, index, frame.agent)


def _target_own_place_holder(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    return place_targets(frame.pred.token, frame.pred, index, frame.agent, own_ok=True)


def _target_home_state(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    return home_state(frame.agent)


def _target_own_population(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    return own_population(frame.agent)


def _own_state_of_officials(frame: Frame, sector: str) -> Optional[list[ActorRef]]:
    # only officials resign from a state's offices (not "American Financial representatives", not "the US")
    if frame.pred.nominal or not _hand_written(frame.pred) or not all(s.sector in STATE_SECTORS for s in frame.agent):
        return None
    return own_state(frame.agent, sector)


def _target_own_government(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    return _own_state_of_officials(frame, "GOV")


def _target_own_people(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    return _own_state_of_officials(frame, "CVL")


def _target_yielding_place(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    if not frame.yielded:
        return None
    return place_targets(frame.pred.token, frame.pred, index, frame.agent, own_ok=True) or own_state(frame.agent, "GOV")


def _target_arrival_host(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    return frame.arrival.targets if frame.arrival is not None else None


def _target_placed_victims(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    return placed_victims(frame.target, frame.pred.token, index, frame.agent)


def _target_domestic_country(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    return domestic_targets(frame.target, frame.pred.token, index, frame.agent)


# a statement's addressee: "told X", "assured X", "said to X" (a target of the speaker's own side stays)
ADDRESS_VERBS = LANG.words("address_verbs")
ADDRESS_PREPS = LANG.words("address_preps")


def _target_statement_topic(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """A statement about the speaker's own side names its topic, not a target ("Schieffer said American
    troops in Japan ensure ...", "Sasae said Japan is interested", "admitted his Hamas movement was
    holding out"): such targets are dropped unless the speaker addresses them ("told his generals").
    Revises; a statement about no one has no target."""
    targets, agents = frame.target, frame.agent
    if not targets or not agents:
        return None
    kept = [t for t in targets if not _own_side(t, agents, index) or _addressed(t, frame.pred.token, index)]
    return kept if len(kept) != len(targets) else None


def _own_side(ref: ActorRef, agents: list[ActorRef], index: ActorIndex) -> bool:
    """Is the actor the speaker's own side: the same entity, or the same state (both the state itself or
    its organs: government, military, police, courts, intelligence; not two IGOs), or a group the speaker's own
    possessive marks ("his Hamas movement")?"""
    for a in agents:
        if a is ref or (a.entity and a.entity == ref.entity) or (a.code and a.code == ref.code):
            return True
        if not a.country or a.country != ref.country:
            continue
        if a.country not in NONSTATE_CODES and _state_side(a) and _state_side(ref):
            return True
        if governing_party_of(ref, a, index):
            return True
        if any(c.dep_ in POSSESSOR and c.lower_ in OWN_POSSESSIVES for t in _ref_tokens(ref, index) for c in t.head.children):
            return True
    return False


# the state itself and the organs that speak for it (a legislature also speaks against its government)
SPEAKING_STATE_SECTORS = ("GOV", "MIL", "JUD", "COP", "SPY")
# the sectors that speak for a state's government, whose governing party is their own side (words.tsv)
GOVERNING_VOICE_SECTORS = frozenset(w.upper() for w in LANG.words("governing_voice_sectors"))


def governing_party_of(ref: ActorRef, agent: ActorRef, index: ActorIndex) -> bool:
    """Is ``ref`` a party that sat in the government ``agent`` speaks for, on the article's day
    (``ActorIndex.day``; actors/data/governing_parties.tsv)?  "Tony Blair said Labour would publish a rich agenda"
    (2005), "Mr Blair hailed Labour's achievement": a government on its own party's plans is on its own side, not
    acting on it; a party out of government is another party ("Blair said the Tories would cut services")."""
    # (the state itself named bare, not a person of the state with no known office: "Mr Blair" of 1987)
    voice = agent.sector in GOVERNING_VOICE_SECTORS or (agent.sector is None and agent.kind == "state")
    if not agent.country or not ref.code or not voice:
        return False
    return load_kb().governs(ref.code, agent.country, index.day)


def _state_side(ref: ActorRef) -> bool:
    return ref.sector is None or ref.sector in SPEAKING_STATE_SECTORS


def _ref_tokens(ref: ActorRef, index: ActorIndex) -> list[Any]:
    """The parse tokens a mention covers (empty for an implied actor)."""
    if ref.start is None or ref.end is None or ref.start >= ref.end:
        return []
    span = index.parsed.char_span(ref.start, ref.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _addressed(ref: ActorRef, verb: Any, index: ActorIndex) -> bool:
    """Is the mention the predicate's addressee: its dative, the object of an address verb ("told",
    "assured"), or the object of "to" on the verb ("said to reporters")?"""
    for t in _ref_tokens(ref, index):
        if t.head.i == verb.i and (t.dep_ == "dative" or (t.dep_ in OBJECT and verb.lemma_.lower() in ADDRESS_VERBS)):
            return True
        if t.dep_ == "pobj" and t.head.lower_ in ADDRESS_PREPS and t.head.head.i == verb.i:
            return True
    return False


def _target_condition_actor(frame: Frame, index: ActorIndex, lex: "Lexicon") -> Optional[list[ActorRef]]:
    """Whom a threat is aimed at: the actor of its condition ("threatened to launch an offensive unless
    Baghdad accepted")."""
    return None if frame.pred.nominal else conditional_targets(frame.pred.token, index, frame.agent)


from annalyst.events import partners  # noqa: E402 (its fillers read this module's helpers at call time)
from annalyst.events import things  # noqa: E402 (the same)

# per role, filler name -> (filler, whether it revises a filled role); the names are what the
# ``role`` rows of code_rules.tsv name
ROLE_FILLERS: dict[str, dict[str, tuple[Any, bool]]] = {
    "agent": {
        "main_clause_subject": (_agent_main_clause_subject, False),
        "speaker_pronoun": (_agent_speaker_pronoun, False),
        "unresolved_pronoun": (_agent_unresolved_pronoun, False),
        "between_sides": (_agent_between_sides, True),
        "implied_agent": (_agent_implied, False),
        "unnamed_accuser": (_agent_unnamed_accuser, False),
        "arresting_forces": (_agent_arresting_forces, False),
        "yielding_party": (_agent_yielding_party, False),
        "arriving_forces": (_agent_arriving_forces, True),
        "protest_organisers": (_agent_protest_organisers, False),
        "violent_happening": (_agent_violent_happening, False),
        "protest_held": (_agent_protest_held, False),
        "adjunct_act": (_agent_adjunct_act, False),
        "meeting_adjunct": (_agent_meeting_adjunct, False),
        "origin_phrase": (_agent_origin_phrase, False),
        "protesting_crowd": (_agent_protesting_crowd, False),
        "crowd_doers": (_agent_crowd_doers, True),
        "crowd_place": (_agent_crowd_place, True),
    },
    "target": {
        "object_pronoun": (_target_object_pronoun, False),
        "aimed_at_others": (_target_aimed_at_others, True),
        "content_people": (_target_content_people, False),
        "content": (_target_content, False),
        "served": (_target_served, False),
        "main_clause_patient": (_target_main_clause_patient, False),
        "addressee": (_target_addressee, True),
        "place_holder": (_target_place_holder, False),
        "shelter_place": (_target_shelter_place, False),
        "own_place_holder": (_target_own_place_holder, False),
        "home_state": (_target_home_state, False),
        "own_population": (_target_own_population, False),
        "own_government": (_target_own_government, False),
        "own_people": (_target_own_people, False),
        "yielding_place": (_target_yielding_place, False),
        "arrival_host": (_target_arrival_host, True),
        "placed_victims": (_target_placed_victims, True),
        "domestic_country": (_target_domestic_country, True),
        "statement_topic": (_target_statement_topic, True),
        "purpose_partner": (partners._target_purpose_partner, False),
        "dateline_host": (partners._target_dateline_host, False),
        "noun_content": (partners._target_noun_content, False),
        "own_state_body": (partners._target_own_state_body, True),
        "content_subject_party": (partners._target_content_subject_party, False),
        "content_topic": (partners._target_content_topic, True),
        "not_own_side": (partners._target_not_own_side, True),
        "not_a_place": (partners._target_not_a_place, True),
        "unplaced_topic": (partners._target_unplaced_topic, True),
        "not_self": (partners._target_not_self, True),
        "third_party_group": (partners._target_third_party_group, True),
        "relation_partner": (partners._target_relation_partner, False),
        "place_topic": (partners._target_place_topic, True),
        "policy_owner": (partners._target_policy_owner, False),
        "equipment_thing": (things._target_equipment_thing, True),
        "complement_partner": (things._target_complement_partner, False),
    },
    "coded_target": {
        "condition_actor": (_target_condition_actor, False),
    },
}


def _role_order(slot: str) -> tuple[tuple[Optional[CodeClass], str], ...]:
    """The code rules' fillers for a role, checked against ``ROLE_FILLERS`` (a filler the rules name
    that the engine lacks stops the load, with the fix)."""
    out = []
    for klass, name in ONT.roles(slot):
        if name not in ROLE_FILLERS[slot]:
            raise ModelError(f"The code rules name the unknown {slot} filler {name!r}.",
                             f"Use one of {', '.join(sorted(ROLE_FILLERS[slot]))} in the role rows of "
                             "codes/data/code_rules.tsv, or reinstall annalyst.")
        out.append((None if klass == EVERY_CODE else ONT.codes(klass), name))
    return tuple(out)


ROLE_ORDER = {slot: _role_order(slot) for slot in ROLE_FILLERS}


def build_frame(pred: "Predicate", index: ActorIndex, lex: "Lexicon") -> Frame:
    """The predicate's frame as the parse gives it (once per predicate): the reporting clause and its
    speaker, the words naming the agent (subject, by-agent; an event noun's possessor, its doer
    modifier, its "by" phrase) and the patient (a passive subject).  Actors are filled later."""
    tok = pred.token
    agents = lex.cue("agent")
    frame = Frame(pred=pred, agents=agents)
    frame.speech = speech_ancestor(tok, lex)
    if frame.speech is not None:
        s_heads, _, _ = subject_heads(frame.speech, index, agents)
        frame.speaker = actors_for(s_heads, index, allow_unknown=True, agents=agents)
    if pred.nominal:
        src_heads = [c for c in tok.children if c.dep_ in POSSESSOR]
        if not src_heads:
            # (not a place standing for its people: "Darfur talks" are talks about Darfur, not by it)
            src_heads = [c for c in tok.children if c.dep_ in NOUN_MODIFIER
                         and (index.by_token.get(c.i) and not _place_only(c, index) or c.lemma_.lower() in agents)]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in NP_AGENT_PREPS:
                src_heads += [g for g in c.children if g.dep_ == "pobj"]
        passive: list[Any] = []
        src_heads = [h for s in src_heads for h in with_conj(s)] or responsible_heads(tok, index, agents)
    else:
        src_heads, passive, _ = subject_heads(tok, index, agents)
        if passive and not src_heads and tok.tag_ == "VBN" and tok.lower_ in lex.cue("stative"):
            src_heads, passive = passive, []  # "Israel is opposed to X": the subject holds the attitude
        if tok.lemma_.lower() in lex.cue("victim") and not passive:
            # "three people died in police firing": the subject suffered the act
            src_heads, passive = [], src_heads
    frame.agent_heads, frame.patient_heads = src_heads, passive
    return frame


def fill_role(slot: str, frame: Frame, index: ActorIndex, lex: "Lexicon", code: str = "") -> None:
    """Fill one role of the frame with the fillers the code rules allow for the predicate's code
    class (``code``: the event's settled code, for ``coded_target``), in their order (``role`` rows of
    code_rules.tsv): a filler fills the role only while it is empty, unless it revises it
    (``ROLE_FILLERS``).  ``coded_target`` fills the frame's target."""
    role = "target" if slot == "coded_target" else slot
    for name, fill, revises in _fillers_for(slot, code or frame.pred.code):
        if not revises and getattr(frame, role):
            continue
        got = fill(frame, index, lex)
        if got is not None:
            if got != getattr(frame, role):  # a revising filler that left the role as it was is not its source
                frame.filled_by[role] = name
            setattr(frame, role, got)


@lru_cache(maxsize=4096)
def _fillers_for(slot: str, code: str) -> tuple[tuple[str, Any, bool], ...]:
    """The (name, filler, revises) a code may use for a role, in the rules' order (once per code)."""
    return tuple((name,) + ROLE_FILLERS[slot][name] for klass, name in ROLE_ORDER[slot]
                 if klass is None or code in klass)


def _own_slot_targets(frame: Frame, index: ActorIndex) -> list[ActorRef]:
    """The target the predicate's own slots name (passive subject, object, dative, prepositional
    recipient), most direct first; an unresolved or the agent's own possession yields to a resolved
    recipient ("sent troops to Lithuania", "offered its troops to X")."""
    targets: list[ActorRef] = []
    sources = frame.agent
    weak = True  # the targets so far are unresolved or the source's own ("its troops")
    for heads in target_heads(frame.pred, frame.patient_heads):
        found = target_actors(heads, index, sources)
        if found and not targets:
            targets = found
        if any(t.country for t in found):
            owned = _owned_by_source(heads, found, sources) or _only_topic(heads, found)
            if weak:
                targets = found
            weak = owned
            if not owned:
                break
    return targets


# frame-stage vetoes (``veto frame`` rows of codes/data/code_rules.tsv; events/vetoes.py has the sentence
# stage): (predicate, frame, index) -> whether the predicate is no event, before its actors are filled
FRAME_TESTS: dict[str, Callable[..., bool]] = {
    "natural_cause": lambda pred, frame, index: natural_cause(pred.token, frame.agent_heads, index, frame.agents),
}


def _frame_vetoes() -> tuple[tuple[Any, str], ...]:
    rows = []
    for klass, test in ONT.vetoes("frame"):
        if test not in FRAME_TESTS:
            raise ModelError(f"The code rules' veto row for stage 'frame' names the unknown test {test!r}.",
                             f"Use one of {', '.join(sorted(FRAME_TESTS))} in the veto rows of codes/data/code_rules.tsv.")
        rows.append((None if klass == EVERY_CODE else ONT.codes(klass), test))
    return tuple(rows)


FRAME_VETOES = _frame_vetoes()


def frame_veto(pred: "Predicate", frame: Frame, index: ActorIndex) -> str:
    """The first frame-stage veto that makes the predicate no event ('' when none)."""
    for klass, test in FRAME_VETOES:
        if (klass is None or pred.code in klass) and FRAME_TESTS[test](pred, frame, index):
            return test
    return ""


def build_candidate(pred: "Predicate", index: ActorIndex, lex: "Lexicon",
                    frames: Optional[list[Frame]] = None) -> Optional["Candidate"]:
    """The event a predicate makes from its frame (``frames``: where to also keep the frame, for
    ``annalyst frames``); None when the frame has no agent."""
    frame = build_frame(pred, index, lex)
    if frames is not None:
        frames.append(frame)
    tok, agents = pred.token, frame.agents
    src_heads = frame.agent_heads
    veto = frame_veto(pred, frame, index)
    if veto:
        frame.filled_by["agent"] = veto
        return None  # "an earthquake killed eight people": nature, accidents and illness are no agents
    sources = actors_for(src_heads, index, allow_unknown=True, agents=agents)
    frame.arrival = arrival_of_forces(pred, src_heads, sources, index, lex)
    if src_heads and all(_event_noun(h, lex) for h in src_heads):
        # "an explosion at a depot in Lagos killed ...": the place in the event noun's phrase is not
        # the agent; only a mention inside the noun itself is ("a Taliban attack killed ...") or its
        # by-phrase ("the attack by rebels killed ...")
        inner = {id(r) for h in src_heads for r in index.refs_in(np_tokens(h))}
        sources = [r for r in sources if id(r) in inner] or noun_phrase_agents(src_heads, index, agents)
    frame.agent = sources
    if sources:
        frame.filled_by["agent"] = "own_slot"
    fill_role("agent", frame, index, lex)
    if not frame.agent:
        return None
    sources = frame.agent
    frame.target = _own_slot_targets(frame, index)
    if frame.target:
        frame.filled_by["target"] = "own_slot"
    fill_role("target", frame, index, lex)
    targets = frame.target
    speech, speaker_refs = frame.speech, frame.speaker
    src_heads, arrival = frame.agent_heads, frame.arrival
    flags, mood = mood_and_flags(pred, lex, index)
    frame.modality, frame.mood = flags, mood
    if speech is not None:  # what someone did not say (or only might say) is not reported
        # (``modality`` of the speech verb, with the index's sentence memo: the same flags)
        flags |= mood_and_flags(Predicate(speech, STATEMENT, [speech], 0), lex, index)[0] & {"negated", "hypothetical"}
    code = arrival.code if arrival is not None else elite_killing_code(expulsion_code(pred.code, targets), tok, lex)
    same = _same_side(sources, speaker_refs) or any(h.lower_ in PRONOUNS for h in src_heads) \
        or any(s is r for s in sources for r in speaker_refs)
    # a future act reported by an unplaced speaker is most often the actor's own announcement
    own = speech is None or same or not any(r.country for r in speaker_refs)
    if "hypothetical" not in flags and not pred.nominal and mood:
        verbal = code in VERBAL or (code in DIPLOMATIC and code not in INTENT_FOR)
        if mood == "future" and speech is None and code in REPORTED_PLAN and _future_aux(tok):
            # the reporter's own future ("Reagan will travel to West Berlin on June 12"): nobody announces
            # it, so no intent is made; the act itself is told ahead of time, a reported plan
            flags.add("planned")
        elif mood == "future" and own:
            # an actor announcing its own future act: CAMEO codes the announcement (03x intent, 13x threat)
            code, planned = announced(code, verbal)
            if planned and _future_aux(tok):
                flags.add("planned")  # (a future read off "sought to", "is ready to" is an attempt or a stance)
        elif mood == "refuse" and own and (not verbal or (code in REJECT_FOR and _acceptance_trigger(pred, lex))):
            # (an accepted intent the lexicon maps to its rejection, "will not accept the plan" 030 -> 127, too)
            new = mapped(code, REJECT_FOR, REJECT_ROOT)
            if new:
                code = new
                flags.discard("negated")
        elif mood == "obligation" and speech is not None and not same and speaker_refs:
            # "X said Y must do Z": X demands Z of Y
            targets = sources
            sources = speaker_refs
            code = mapped(code, DEMAND_FOR, DEMAND_ROOT) or DEMAND_CODE
            flags.discard("negated")
        else:
            flags.add("hypothetical")
    # roles filled once the event's code is settled (an announced act made a threat: whom its condition names)
    frame.agent, frame.target = sources, targets
    fill_role("coded_target", frame, index, lex, code)
    targets = frame.target
    if code in PROTEST:
        sources, targets = security_side(sources, targets)  # "students and police clashed" (events/protest.py)
    reciprocal = not targets and is_reciprocal(pred, code, sources, lex)
    attribution = None
    if speech is not None and speaker_refs:
        sp = speaker_refs[0]
        attribution = Attribution(text=sp.text, country=sp.country, sector=sp.sector)
    else:
        acc = index.according_to(index.sentence(tok))
        if acc is not None:
            attribution = Attribution(text=acc.text, country=acc.country, sector=acc.sector)
    conf = 0.45 + (0.2 if any(s.country for s in sources if s.resolved_by != "implied") else 0.0) \
        + (0.1 if any(t.country and t.resolved_by != "implied" for t in targets) or reciprocal else 0.0)
    if any(s.resolved_by == "implied" for s in sources):
        conf -= 0.25  # the agent is inferred, not read
    if code in CONSULT and not targets and not reciprocal:
        conf -= 0.1  # "the cabinet met": a body's own meeting, no interaction between actors
    conf += 0.1 if pred.rank >= RANK_CORE_MIN else (0.0 if pred.rank >= 100 else -0.1)
    return Candidate(pred=pred, sources=sources, targets=targets, flags=flags, attribution=attribution,
                     code=code, confidence=max(0.05, min(0.95, conf)), reciprocal=reciprocal, frame=frame)


# CAMEO roots whose acts are joint when coordinated sides do them together: intent/agreement (03),
# consultation (04), diplomatic and material cooperation (05, 06), fighting (19)
RECIPROCAL = ONT.codes("reciprocal")
_COORDINATOR = re.compile(r"\s*(?:,\s*)?(?:and|&)?\s*(?:the\s+)?", re.IGNORECASE)


def is_reciprocal(pred: "Predicate", code: str, sources: list[ActorRef], lex: "Lexicon") -> bool:
    """"Jordan and Britain agreed to …", "Czechia and Albania upgraded ties": coordinated actors of
    different countries doing a symmetric act (`cue reciprocal` on a trigger word) with no other
    target act on each other."""
    if code not in RECIPROCAL or len(sources) < 2:
        return False
    countries = [s.country for s in sources]
    if len(set(countries)) < len(countries):
        # sides are told apart by country; one unresolved side ("the government and the SPLM")
        # still differs from the resolved ones (events pair sides of different countries)
        return False
    if not any(t.lemma_.lower() in lex.cue("reciprocal") or t.lower_ in lex.cue("reciprocal") for t in pred.trigger):
        return False
    # the mentions must be one coordination ("X and Y", "X, Y and Z"), not a subject and an apposition
    doc = pred.token.doc
    text = doc.text
    ordered = sorted(sources, key=lambda r: r.start or 0)
    pairs = [(a, b) for a, b in zip(ordered, ordered[1:]) if a.end is not None and b.start is not None]
    gaps = [_coordination_gap(doc, a.end, b) for a, b in pairs]
    return len(gaps) == len(ordered) - 1 and any(re.search(r"\b(?:and)\b|&", g, re.IGNORECASE) for g in gaps) \
        and all(_COORDINATOR.fullmatch(g) for g in gaps)


def _coordination_gap(doc: Any, start: int, ref: ActorRef) -> str:
    """The text between two coordinated mentions without the words that belong to the second one's
    noun phrase though its mention leaves them out: a courtesy title or a rank ("Mr Netanyahu and Mr
    Erdogan"), an adjective ("... Okongwu and senior French Treasury officials").  A word belongs to
    the mention when its chain of heads enters the mention before it leaves the gap."""
    span = doc.char_span(start, ref.start, alignment_mode="expand")
    if span is None or ref.end is None:
        return doc.text[start:ref.start]
    mention = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    inside = {t.i for t in mention} if mention is not None else set()
    gap = {t.i for t in span}
    kept = []
    for tok in span:
        head = tok
        while head.i in gap and head.head.i != head.i:
            head = head.head
        if head.i in inside and tok.dep_ in NP_INNER:
            continue
        kept.append(tok.text_with_ws)
    return " " + "".join(kept) if kept else " "


# ----------------------------------------------------------------------------- accusation by content


def blame_candidates(sent: Any, index: ActorIndex, lex: "Lexicon", existing: list["Candidate"],
                     verbs: Optional[list[Any]] = None) -> list["Candidate"]:
    """A statement whose content blames an actor is an accusation by the speaker (CAMEO 112).
    ``verbs``: the sentence's tokens that may be blame-speech verbs, when the caller has found
    them already (the coder, from the parse's arrays); all of ``sent`` otherwise."""

    cues = lex.cue("blame")
    out: list[Candidate] = []
    for verb in (sent if verbs is None else verbs):
        if verb.lemma_.lower() not in lex.cue("blamespeech") or verb.pos_ != "VERB":
            continue
        if index.arrays is not None and index.arrays.tree_words(verb.i).isdisjoint(word_ids(cues)):
            continue  # the complements lie in the verb's tree: no blame word there, none in them
        comps = [c for c in verb.children if c.dep_ in REPORTED_CLAUSE]
        for prt in (c for c in verb.children if c.dep_ == "prt"):
            comps += [c for c in prt.children if c.dep_ == "ccomp"]
        comp_toks = [t for c in comps for t in c.subtree]
        cue_toks = [t for t in comp_toks if t.lower_ in cues or t.lemma_.lower() in cues]
        if not cue_toks:
            continue
        s_heads, _, _ = subject_heads(verb, index, lex.cue("agent"))
        speakers = actors_for(s_heads, index, allow_unknown=False)
        if not speakers:
            continue
        target = _blamed(cue_toks, comp_toks, index, speakers)
        if target is None:
            continue
        if any(c.code in DISAPPROVE and any(s is sp for s in c.sources for sp in speakers)
               and any(t is target for t in c.targets) for c in existing):
            continue
        trigger = [verb] + [c for c in verb.children if c.dep_ == "prt"]
        pred = Predicate(verb, ACCUSE_CODE, trigger, 200)
        flags = modality(pred, lex, None)
        flags.discard("disputed")
        conf = 0.5 + (0.1 if target.country else 0.0)
        out.append(Candidate(pred=pred, sources=speakers, targets=[target], flags=flags, code=ACCUSE_CODE,
                             attribution=Attribution(text=speakers[0].text, country=speakers[0].country,
                                                     sector=speakers[0].sector), confidence=conf))
    return out


def _blamed(cue_toks: list[Any], comp_toks: list[Any], index: ActorIndex,
            speakers: list[ActorRef]) -> Optional[ActorRef]:
    own = {s.country for s in speakers if s.country}
    allowed = {t.i for t in comp_toks}
    best: Optional[tuple[int, int, ActorRef]] = None
    for cue in cue_toks:
        anchor = cue if cue.pos_ in NOUN_POS else cue.head
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
            anchor = anchor.head  # "the high-handedness and arbitrariness of the US"
        for t in anchor.subtree:
            if t.i not in allowed:
                continue
            path = _path_up(t, anchor)
            if any(p.dep_ == "prep" and p.lower_ in PLACE_ONLY_PREPS for p in path):
                continue
            if any(p.dep_ in PATIENT or (p.dep_ in POSSESSOR and p.head.i != anchor.i) for p in path):
                continue  # the patient of a nested act ("the decision to remove Russia") is not blamed
            for ref in index.by_token.get(t.i, ()):
                if ref.country and ref.country in own:
                    continue
                cand = (len(path), t.i, ref)
                if best is None or cand[:2] < best[:2]:
                    best = cand
    return best[2] if best else None


OBLIGATION_AUX = LANG.words("obligation_aux")
OBLIGATION_AUX_IDS = label_ids(*OBLIGATION_AUX)


COMMON_NOUN_POS = LANG.labels("common_noun_pos")


def _may_act(head: Any, index: ActorIndex, lex: "Lexicon") -> bool:
    """The subject of an obligation can be asked to act: a name, a pronoun, an agent noun or a noun the actor
    layer gives a sector ("the government must", "they should", "Japanese banks should"), not a common noun of
    a thing ("the pacts should serve": its nationality adjective names a country, not a doer)."""
    agents = lex.cue("agent")
    if head.pos_ not in COMMON_NOUN_POS or head.lemma_.lower() in agents or head.lower_ in agents:
        return True
    return any(r.sector for r in index.actors_of_np(head))


def demand_candidates(sent: Any, index: ActorIndex, lex: "Lexicon", existing: list["Candidate"],
                      verbs: Optional[list[Any]] = None) -> list["Candidate"]:
    """"X said Y must ...": X demands something of Y (CAMEO 10), even when the content is uncoded.
    ``verbs``: as for ``blame_candidates`` (speech verbs)."""
    from annalyst.events.happenings import same_side  # (happenings reads this module: imported at call time)

    out: list[Candidate] = []
    for verb in (sent if verbs is None else verbs):
        if verb.lemma_.lower() not in lex.cue("speech") or verb.pos_ != "VERB":
            continue
        if index.arrays is not None and index.arrays.tree_words(verb.i).isdisjoint(OBLIGATION_AUX_IDS):
            continue  # the complement's auxiliary lies in the verb's tree
        for comp in (c for c in verb.children if c.dep_ == "ccomp"):
            if not any(c.dep_ == "aux" and c.lemma_.lower() in OBLIGATION_AUX for c in comp.children):
                continue
            s_heads, _, _ = subject_heads(verb, index, lex.cue("agent"))
            speakers = actors_for(s_heads, index, allow_unknown=True, agents=lex.cue("agent"))
            c_heads, _, _ = subject_heads(comp, index, lex.cue("agent"))
            if not any(_may_act(h, index, lex) for h in c_heads):
                continue  # "said the pacts should serve as precedents": an opinion of a thing, asked of no one
            # what one's own side must do is no demand on another ("the minister said the army must ..."); a party
            # saying the government should act demands it of another side of its country (events/happenings.py)
            targets = [r for r in actors_for(c_heads, index, allow_unknown=True, agents=lex.cue("agent"))
                       if r.country is None or not any(same_side(s, r) for s in speakers)]
            if not speakers or not targets:
                continue
            if any(c.code in DEMAND and any(s is sp for s in c.sources for sp in speakers) for c in existing):
                continue
            # "said the government should have acted sooner": the modal perfect judges a past failure (criticism)
            code = CRITICIZE_CODE if _counterfactual(comp) else DEMAND_CODE
            pred = Predicate(comp, code, [verb], 150)
            flags = mood_and_flags(Predicate(verb, STATEMENT, [verb], 0), lex)[0] & {"negated", "hypothetical"}
            out.append(Candidate(pred=pred, sources=speakers, targets=targets, flags=flags, code=code,
                                 attribution=Attribution(text=speakers[0].text, country=speakers[0].country,
                                                         sector=speakers[0].sector), confidence=0.75))
    return out
