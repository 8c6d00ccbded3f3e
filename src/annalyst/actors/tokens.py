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

COLUMNS = [ORTH, LOWER, LENGTH, SPACY]


class DocTable:
    """A parsed document's token columns (``DocTable(doc)``), read-only."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.strings = doc.vocab.strings
        orth, lower, length, spacy = doc.to_array(COLUMNS).T
        self.lower_ids: np.ndarray = lower  # LOWER hashes, for vectorised word look-ups
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

    def lower(self, i: int) -> str:
        """``doc[i].lower_``."""
        return self.strings[int(self.lower_ids[i])]

    def text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (no trailing space) for ``0 <= start <= end <= len(doc)``."""
        if end - start == 1:
            return self.strings[self.orth[start]]  # most mentions are one word
        if start >= end:
            return ""
        strings, orth, spacy = self.strings, self.orth, self.spacy
        parts = []
        for i in range(start, end - 1):
            parts.append(strings[orth[i]])
            if spacy[i]:
                parts.append(" ")
        parts.append(strings[orth[end - 1]])
        return "".join(parts)

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
