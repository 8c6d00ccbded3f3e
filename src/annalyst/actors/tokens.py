"""Per-document columns of a parse that the resolver reads many times: texts, offsets, sentences.

Throughput: every ``doc[i]`` or ``doc[a:b]`` builds a Python ``Token`` or ``Span`` (a few µs each),
and ``Span.text`` and ``Token.sent`` build one more object per word they cover or walk over; the
resolver read the same texts, offsets and sentence bounds hundreds of times per document.  One
``Doc.to_array`` call gives the columns as plain lists, and the answers below are read from them.
Each method returns exactly what the spaCy attribute named in its docstring returns
(``tests/actors/test_fastpaths.py`` checks them against spaCy on generated text).
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

import numpy as np
from spacy.attrs import LENGTH, LOWER, ORTH, SPACY
from spacy.strings import get_string_id

from annalyst.parse.view import doc_text

COLUMNS = [ORTH, LOWER, LENGTH, SPACY]
# a lower-cased text: at most this share of its words capitalised (a web page's few capitalised boilerplate words,
# "This story is from", "Facebook Twitter", do not make a lower-cased article a cased one)...
CASE_BLIND_SHARE = 0.05
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})
CASE_BLIND_MIN_WORDS = 20  # ...among at least this many words (a short all-lower-case line is no evidence)


class DocTable:
    """A parsed document's token columns (``DocTable(doc)``), read-only."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.strings = doc.vocab.strings
        orth, lower, length, spacy = doc.to_array(COLUMNS).T
        self.lower_ids: np.ndarray = lower  # LOWER hashes, for vectorised word look-ups
        self.orth_ids: np.ndarray = orth  # ORTH hashes, the same for the words themselves (``positions``)
        self.orth: list[int] = orth.tolist()
        self.spacy: list[int] = spacy.tolist()
        # a token's offset is the length of the text before it: doc.text is its tokens' texts and
        # spaces joined, so the offsets are the running sums of the lengths and spaces
        widths = length + spacy
        self.starts: list[int] = (np.cumsum(widths) - widths).tolist()
        self.lengths: list[int] = length.tolist()

    def __len__(self) -> int:
        return len(self.orth)

    def word(self, i: int) -> str:
        """``doc[i].text``."""
        return self.strings[self.orth[i]]

    def positions(self, word: str) -> list[int]:
        """The tokens whose text is ``word`` (``doc[i].text == word``), in order: one comparison of the ORTH
        column instead of a string look-up per token, for rules that start only at a given word."""
        return np.flatnonzero(self.orth_ids == get_string_id(word)).tolist()

    def lower(self, i: int) -> str:
        """``doc[i].lower_``."""
        return self.strings[int(self.lower_ids[i])]

    def text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (no trailing space) for ``0 <= start <= end <= len(doc)``."""
        if end - start == 1:
            return self.strings[self.orth[start]]  # most mentions are one word
        if start >= end:
            return ""
        # a slice of the document's text, joined once per Doc (``doc_text``), between the span's offsets
        return doc_text(self.doc)[self.starts[start]:self.end_char(end)]

    def start_char(self, start: int) -> int:
        """``doc[start].idx``: the character offset of a span that starts at token ``start``."""
        return self.starts[start]

    def end_char(self, end: int) -> int:
        """``doc[a:end].end_char``: the character offset after token ``end - 1``."""
        return self.starts[end - 1] + self.lengths[end - 1]

    def sent_start(self, i: int) -> int:
        """``doc[i].sent.start``."""
        return self._sentences[0][i]

    def sent_end(self, i: int) -> int:
        """``doc[i].sent.end``."""
        return self._sentences[1][i]

    @cached_property
    def case_blind(self) -> bool:
        """The document is written without capitals (a corpus lower-cased as a whole: "police arrested vhp
        activists in ahmedabad"): fewer than ``CASE_BLIND_SHARE`` of its words of two letters or more begin
        with a capital (of at least ``CASE_BLIND_MIN_WORDS``), and at most half of its sentences do.  Where it
        is, capitals say nothing about names, so the resolver matches its knowledge-base names
        case-insensitively."""
        words = capitals = 0
        # each distinct word of two letters or more once, weighted by how often it stands in the document
        orth, lengths = self.doc.to_array([ORTH, LENGTH]).reshape(-1, 2).T
        ids, counts = np.unique(orth[lengths >= 2], return_counts=True)
        unread = int(counts.sum())  # occurrences not yet read: the words can grow by at most this many
        for i, n in zip(ids.tolist(), counts.tolist()):
            unread -= n
            word = self.strings[i]
            if word[0].isalpha():
                words += n
                capitals += n * word[0].isupper()
                if capitals >= CASE_BLIND_SHARE * (words + unread):
                    return False  # capitalised even if every unread word is a lower-case one: a cased text
        if words < CASE_BLIND_MIN_WORDS or capitals >= CASE_BLIND_SHARE * words:
            return False
        if not self.doc.has_annotation("SENT_START"):
            return False  # an unsegmented text: its sentence starts cannot confirm it
        firsts = [self._first_letter(start, end) for start, end in self._sentence_spans()]
        firsts = [c for c in firsts if c]
        return 2 * sum(c.isupper() for c in firsts) <= len(firsts)

    @cached_property
    def place_words(self) -> frozenset[str]:
        """The lower-case words the parser's entity recogniser reads as a place somewhere in the document
        (GPE, LOC, FAC): in a lower-cased text the recogniser finds "gujarat" in one sentence and misses it in
        the next, and the document's own reading holds for every occurrence."""
        return frozenset(t.lower_ for t in self.doc if t.ent_type_ in PLACE_ENTITY_TYPES)

    def _first_letter(self, start: int, end: int) -> str:
        for i in range(start, end):
            word = self.strings[self.orth[i]]
            if word[:1].isalpha():
                return word[0]
        return ""

    def _sentence_spans(self) -> list[tuple[int, int]]:
        starts, ends = self._sentences
        return sorted(set(zip(starts, ends)))

    @cached_property
    def _sentences(self) -> tuple[list[int], list[int]]:
        """Each token's sentence bounds, from one pass over ``doc.sents`` (built on first use: an unparsed
        document raises spaCy's own error only where a sentence is asked for, as ``Token.sent`` did)."""
        doc = self.doc
        if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks:
            # a hook may say anything: ask it, token by token
            sents = [doc[i].sent for i in range(len(doc))]
            return [s.start for s in sents], [s.end for s in sents]
        # ``doc.sents`` cuts where ``Span.sent`` looks (at tokens marked as sentence starts) and asks the
        # same "sents" hook, if any
        starts: list[int] = []
        ends: list[int] = []
        for sent in doc.sents:
            start, end = sent.start, sent.end
            starts += [start] * (end - start)
            ends += [end] * (end - start)
        return starts, ends


def member(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """``numpy.isin(values, ids)`` for a sorted, non-empty ``ids``, by binary search: ``isin`` sorts and
    merges both arrays, which costs more than the look-ups themselves on a document's few hundred ids."""
    at = np.minimum(np.searchsorted(ids, values), len(ids) - 1)
    return ids[at] == values
