"""Unknown named bodies the article describes take the article's state (issue 15 point 4, track unres, session 16):
a name whose head word says it is a society, foundation, association or university (``data/name_heads.tsv``,
home = yes), and a name followed by the noun of its kind ("the Gazeta Mercantil newspaper"); a person "of" or
"from" such a body speaks for it once the article has placed it (``_member_of``, run again after the home).
Companies keep no country from the article (``test_named_bodies``).  Sentences in the wording of Reuters-21578 and
BBC News stories, none from a judged set."""

from __future__ import annotations

import datetime as dt

import pytest

MARCH_1987 = dt.date(1987, 3, 31)


def rows(resolver, nlp, text, when=MARCH_1987):
    from annalyst.clean.dateline import dateline_spans

    return [(r.text, r.country, r.sector, r.code, r.resolved_by)
            for r in resolver.resolve(nlp(text), when, dateline_spans(text))]


@pytest.mark.parametrize("text,expected", [
    # a society named by its head word in a datelined story: the dateline's state; the man "from" it is its own
    ("LONDON, March 3 - The British government said Britain would pay. John Ison, from the Fostering Society, "
     "said the plan was wrong.",
     [("British government", "GBR", "GOV", "GBRGOV", "adjective+sector"),
      ("Britain", "GBR", None, "GBR", "kb-phrase"),
      ("John Ison", "GBR", "SOC", "GBRSOC", "member-of"),
      ("Fostering Society", "GBR", "SOC", "GBRSOC", "home")]),
    # an association and its acronym: one body of the article's state (its sector: name_heads.tsv's default)
    ("BRASILIA, March 3 - Brazil's Shipowners Association (SYNDA) said the strike cost Brazil millions. SYNDA "
     "urged the government to act.",
     [("Brazil", "BRA", None, "BRA", "kb-phrase"),
      ("Shipowners Association", "BRA", "BUS", "BRABUS", "home"),
      ("SYNDA", "BRA", "BUS", "BRABUS", "acronym"),
      ("Brazil", "BRA", None, "BRA", "kb-phrase"),
      ("SYNDA", "BRA", "BUS", "BRABUS", "acronym"),
      ("government", "BRA", "GOV", "BRAGOV", "home")]),
])
def test_named_body_takes_the_article_state(resolver, nlp, text, expected):
    assert rows(resolver, nlp, text) == expected


def test_name_before_its_kind_is_a_body(resolver, nlp):
    # "the X newspaper": one body, the noun of its kind included, placed by the dateline; not a person "X"
    assert rows(resolver, nlp, "RIO DE JANEIRO, March 3 - Brazil will pay its debts, the Gazeta Mercantil "
                               "newspaper said.") == [
        ("Brazil", "BRA", None, "BRA", "kb-phrase"),
        ("Gazeta Mercantil newspaper", "BRA", "JRN", "BRAJRN", "home")]


def test_no_state_no_country(resolver, nlp):
    # an article that names no state gives the body none: it stays unplaced, as does the person from it
    assert rows(resolver, nlp, "John Ison, from the Fostering Society, said the plan was wrong.") == [
        ("John Ison", None, None, None, "unknown"),
        ("Fostering Society", None, "SOC", None, "name-head")]


def test_civil_society_descriptor_names_a_body_and_a_member_noun_a_person(resolver, nlp):
    # "rights group" (SOC, sector_groups.tsv descriptor) introduces a body's own name, placed by the article; "rights
    # activist" names one member (lang/en/words.tsv member_nouns: its last word), so the name after it is a person's
    text = ("LONDON, March 3 - The British government said Britain would free the men. Civil rights group Liberty "
            "said it was delighted. Rights activist Peter Tatchell said so.")
    from annalyst.clean.dateline import dateline_spans

    refs = resolver.resolve(nlp(text), dt.date(2005, 3, 31), dateline_spans(text))
    assert [(r.text, r.code, r.kind, r.resolved_by) for r in refs if r.sector == "SOC"] == [
        ("rights group Liberty", "GBRSOC", "org", "home"),
        ("Rights activist Peter Tatchell", None, "person", "title")]


def test_kind_noun_that_modifies_another_is_no_body(resolver, nlp):
    # "business" before "programme" is no noun of a body's kind: "BBC2 business" gets no country from the article
    assert rows(resolver, nlp, "LONDON, March 3 - The British government said so. He is appearing on the BBC2 "
                               "business programme Dragon's Den.", dt.date(2005, 3, 31))[1:] == [
        ("BBC2 business", None, "BUS", None, "ner"),
        ("Dragon", None, None, None, "ner")]


@pytest.mark.parametrize("text,expected", [
    # a known parent company, a state's name and a legal form: the parent's company in that state, one body, not
    # the parent and a state acting beside it (Reuters-21578 names such subsidiaries in 238 stories)
    ("SYDNEY, March 3 - Alcan Australia Ltd said it would close the smelter.",
     [("Alcan Australia Ltd", "AUS", "BUS", "AUSBUS", "name-head+adjective")]),
    ("TOKYO, March 3 - Daiwa Securities America Inc will open an office, Medi-Rx America Inc said.",
     [("Daiwa Securities America Inc", "USA", "BUS", "USABUS", "name-head+adjective"),
      ("Medi-Rx America Inc", "USA", "BUS", "USABUS", "name-head+adjective")]),
    # a headline in capitals: only the known parent right before the state's name is part of the name
    ("ALCAN SAYS ALCAN AUSTRALIA LTD TO CLOSE SMELTER",
     [("ALCAN", "CAN", "BUS", "ALCAN", "kb-phrase"),
      ("ALCAN AUSTRALIA LTD", "AUS", "BUS", "AUSBUS", "name-head+adjective")]),
    # the determiner is no part of the name; a parent's possessive stays the parent
    ("Chevron Corp's Chevron U.S.A. Inc said the Mitsubishi Motor Sales America Inc unit was sold.",
     [("Chevron Corp", "USA", "BUS", "CHEVRON", "kb-phrase"),
      ("Chevron U.S.A. Inc", "USA", "BUS", "USABUS", "name-head+adjective"),
      ("Mitsubishi Motor Sales America Inc", "USA", "BUS", "USABUS", "name-head+adjective")]),
])
def test_subsidiary_named_by_its_state(resolver, nlp, text, expected):
    assert rows(resolver, nlp, text) == expected
