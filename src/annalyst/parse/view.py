"""``ParsedDoc``: one parsed document as token arrays, built once by the parse stage.

Later stages read the parse from these arrays instead of building their own view (each
``Doc.to_array`` call and each ``Token`` object costs time per word): the words' text, lemma,
fine tag, coarse part of speech, dependency label (as string ids of the vocabulary), the head's
index, the entity IOB mark and type, the sentence of each token, and its character offsets;
plus the tree read once (each token's children in order, and the root of its tree).

``ParsedDoc.doc`` is the spaCy Doc it was read from, for the walks that still use ``Token``
objects.  A ParsedDoc lives only while its record is in flight (``Pipeline.run_batch`` drops it
with the spaCy Doc)."""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, LOWER, ORTH, POS, SENT_START, SPACY, TAG

# the columns of ``ParsedDoc.array``, in this order (the first ten are the event stage's
# ``DocArrays`` columns, read by position)
COLUMNS = (HEAD, DEP, POS, TAG, LOWER, LEMMA, IDX, LENGTH, SPACY, ORTH, ENT_IOB, ENT_TYPE, SENT_START)
COLUMN = {name: i for i, name in enumerate(
    ("head", "dep", "pos", "tag", "lower", "lemma", "idx", "length", "spacy", "orth", "ent_iob", "ent_type",
     "sent_start"))}
_IOB = ("", "I", "O", "B")  # spaCy's ENT_IOB values: 0 unset, 1 inside, 2 outside, 3 begin


@dataclass(frozen=True, slots=True)
class ParsedDoc:
    """The token arrays of one parsed document (see the module's docstring)."""

    doc: Any  # the spaCy Doc
    array: np.ndarray  # (tokens, len(COLUMNS)) as ``Doc.to_array(COLUMNS)`` gives it
    head: list[int]  # per token: its head's index (a root is its own head)
    dep: list[int]  # per token: string ids of the dependency label, POS, tag, lower-case form, lemma
    pos: list[int]
    tag: list[int]
    lower: list[int]
    lemma: list[int]
    kids: list[int]  # every non-root token, ordered by its head, then by position
    kids_start: list[int]  # per token: where its children start in ``kids`` ...
    kids_end: list[int]  # ... and end
    root: np.ndarray  # per token: the root of its dependency tree
    sent_id: np.ndarray  # per token: the index of its sentence
    sentences: tuple[tuple[int, int], ...]  # per sentence: (first token, end token)

    @classmethod
    def of(cls, doc: Any) -> "ParsedDoc":
        arr = doc.to_array(list(COLUMNS)).reshape(-1, len(COLUMNS))
        # HEAD is the offset to the head, stored unsigned: read it back as signed
        index = np.arange(len(arr), dtype=np.int64)
        head = arr[:, 0].view(np.int64) + index
        below = index[head != index]
        # a stable sort keeps each head's children in position order
        order = np.argsort(head[below], kind="stable")
        kids, by_head = below[order], head[below][order]
        root = head
        while True:  # pointer doubling: each round jumps twice as far up, to the fixed point (the root)
            nxt = root[root]
            if np.array_equal(nxt, root):
                break
            root = nxt
        sent_id, sentences = _sentences(arr[:, COLUMN["sent_start"]].view(np.int64))
        return cls(doc=doc, array=arr, head=head.tolist(), dep=arr[:, 1].tolist(), pos=arr[:, 2].tolist(),
                   tag=arr[:, 3].tolist(), lower=arr[:, 4].tolist(), lemma=arr[:, 5].tolist(), kids=kids.tolist(),
                   kids_start=np.searchsorted(by_head, index, side="left").tolist(),
                   kids_end=np.searchsorted(by_head, index, side="right").tolist(),
                   root=root, sent_id=sent_id, sentences=sentences)

    def __len__(self) -> int:
        return len(self.head)

    def column(self, name: str) -> np.ndarray:
        """One column of ``array`` by name ("dep", "ent_type", "idx" ...)."""
        return self.array[:, COLUMN[name]]

    @property
    def strings(self) -> Any:
        return self.doc.vocab.strings

    def string(self, name: str, i: int) -> str:
        """Token ``i``'s value of a string column ("orth" its text, "lemma", "tag", "pos", "dep", "ent_type")."""
        return self.strings[int(self.array[i, COLUMN[name]])]

    def ent_iob(self, i: int) -> str:
        """"B", "I", "O" (or "" where the model set none)."""
        return _IOB[int(self.array[i, COLUMN["ent_iob"]])]

    def offsets(self, i: int) -> tuple[int, int]:
        """Token ``i``'s first character and the character after it, in the parsed text."""
        start = int(self.array[i, COLUMN["idx"]])
        return start, start + int(self.array[i, COLUMN["length"]])

    def children(self, i: int) -> list[int]:
        return self.kids[self.kids_start[i]:self.kids_end[i]]


# each parsed document's text, joined once (``doc_text``); an entry goes with its Doc
_TEXTS: "weakref.WeakKeyDictionary[Any, str]" = weakref.WeakKeyDictionary()


def doc_text(doc: Any) -> str:
    """``doc.text`` of a spaCy Doc, joined once per document: the property joins a ``Token`` per word on
    every read, and some rules read it once per mention or candidate (``actors.coref.quoted``).  Keyed by
    the Doc object itself (weakly), so a copy or a ``Span.as_doc`` never shares another Doc's text."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def remember_text(doc: Any, text: str) -> None:
    """Record ``text`` as the Doc's text for ``doc_text``: the parse stage holds the string it gave spaCy,
    which ``Doc.text`` equals (the tokenizer keeps every character, white space included), so no later
    stage joins the words again."""
    _TEXTS[doc] = text


def _sentences(sent_start: np.ndarray) -> tuple[np.ndarray, tuple[tuple[int, int], ...]]:
    """Per token its sentence's index, and each sentence's token range, from SENT_START (1 starts one)."""
    if not len(sent_start):
        return np.zeros(0, dtype=np.int64), ()
    starts = sent_start == 1
    starts[0] = True  # the first token always opens a sentence
    sent_id = np.cumsum(starts) - 1
    first = np.flatnonzero(starts).tolist()
    return sent_id, tuple(zip(first, first[1:] + [len(sent_start)]))
