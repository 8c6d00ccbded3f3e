"""Sentences and parse: the cleaned text becomes a spaCy Doc and a list of Sentences.

Sets: ``Document.parsed`` (spaCy Doc, in flight only), ``Document.parsed_view`` (the same parse as
token arrays, ``ParsedDoc``, built once here and read by later stages) and ``Document.sentences``.
"""

from annalyst.parse.spacy_parse import MODEL_NAME, ParseStep, load_nlp, sentences_of
from annalyst.parse.view import ParsedDoc

__all__ = ["MODEL_NAME", "ParseStep", "ParsedDoc", "load_nlp", "sentences_of"]
