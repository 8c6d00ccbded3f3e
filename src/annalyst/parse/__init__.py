"""Sentences and parse: the cleaned text becomes a spaCy Doc and a list of Sentences.

Sets: ``Document.parsed`` (spaCy Doc, in flight only) and ``Document.sentences``.
"""

from annalyst.parse.spacy_parse import MODEL_NAME, ParseStep, load_nlp, sentences_of

__all__ = ["MODEL_NAME", "ParseStep", "load_nlp", "sentences_of"]
