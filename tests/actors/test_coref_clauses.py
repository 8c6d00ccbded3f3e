"""Which clause a police "they" may look in: its own clause never stops the search, only the nearest
clause above it that has a subject of its own does.

The parses are built by hand so that the test pins the rule, not the model's reading of one sentence: the
first one has the kind of parse error seen in real news, where the pronoun's own clause gets a second
subject ("the framework in which they can operate", "the longer the bank waits, the longer they have").
"""

from __future__ import annotations

from spacy.tokens import Doc


def _doc(nlp, rows):
    words, heads, deps, pos, tags, lemmas = zip(*rows)
    return Doc(nlp.vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags),
               lemmas=list(lemmas))


def _they(resolver, doc):
    return next((a for a in resolver.resolve(doc, None) if a.text.lower() == "they"), None)


def test_a_second_subject_in_the_pronouns_own_clause_does_not_stop_the_search(resolver, nlp):
    # "The police fired until they the crowd dispersed ." — "dispersed" has two subjects
    doc = _doc(nlp, [
        ("The", 1, "det", "DET", "DT", "the"),
        ("police", 2, "nsubj", "NOUN", "NNS", "police"),
        ("fired", 2, "ROOT", "VERB", "VBD", "fire"),
        ("until", 7, "mark", "SCONJ", "IN", "until"),
        ("they", 7, "nsubj", "PRON", "PRP", "they"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("crowd", 7, "nsubj", "NOUN", "NN", "crowd"),
        ("dispersed", 2, "advcl", "VERB", "VBD", "disperse"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    they = _they(resolver, doc)
    assert they is not None and they.sector == "COP" and they.resolved_by == "coref"


def test_the_nearest_clause_with_its_own_subject_stops_the_search(resolver, nlp):
    # "Police fired as bombers killed 23 when they blew up ." — "they" are the bombers: the search stops at
    # the bombers' clause and does not reach the police above it
    doc = _doc(nlp, [
        ("Police", 1, "nsubj", "NOUN", "NNS", "police"),
        ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
        ("as", 4, "mark", "SCONJ", "IN", "as"),
        ("bombers", 4, "nsubj", "NOUN", "NNS", "bomber"),
        ("killed", 1, "advcl", "VERB", "VBD", "kill"),
        ("23", 4, "dobj", "NUM", "CD", "23"),
        ("when", 8, "advmod", "SCONJ", "WRB", "when"),
        ("they", 8, "nsubj", "PRON", "PRP", "they"),
        ("blew", 4, "advcl", "VERB", "VBD", "blow"),
        ("up", 8, "prt", "ADP", "RP", "up"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    they = _they(resolver, doc)
    assert they is None or they.sector != "COP"


def test_the_police_clause_above_links_when_no_other_subject_intervenes(resolver, nlp):
    # "Police fired until they dispersed the mob ."
    doc = _doc(nlp, [
        ("Police", 1, "nsubj", "NOUN", "NNS", "police"),
        ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
        ("until", 4, "mark", "SCONJ", "IN", "until"),
        ("they", 4, "nsubj", "PRON", "PRP", "they"),
        ("dispersed", 1, "advcl", "VERB", "VBD", "disperse"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("mob", 4, "dobj", "NOUN", "NN", "mob"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    they = _they(resolver, doc)
    assert they is not None and they.sector == "COP" and they.resolved_by == "coref"
