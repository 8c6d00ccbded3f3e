"""Named people the article places by the body they serve (session 13, track names; issue 15 point 2): a party's
officer carries the party's own code; a post held "to" an international body is the sender's; a name followed by
"of"/"from" a named body speaks for that body."""

from __future__ import annotations

import datetime as dt

import pytest

WHEN = dt.date(2005, 11, 1)


def resolved(resolver, nlp, text, when=WHEN):
    return {r.text: (r.country, r.sector, r.code, r.resolved_by) for r in resolver.resolve(nlp(text), when)}


@pytest.mark.parametrize("text,expected", [
    # judged-6 bbc-politics-096: "Tory leader Michael Howard" was GBRPTY (judged close); the party is GBRCON
    ("Tory leader Michael Howard said the plan would fail.",
     {"Tory leader Michael Howard": ("GBR", "PTY", "GBRCON", "title+name")}),
    # the possessive party before the title (judged-7 bbc-politics-333)
    ("UKIP's chairman Petrina Holdsworth said the party was united.",
     {"UKIP's chairman Petrina Holdsworth": ("GBR", "PTY", "GBRUKIP", "title+name"),
      "party": (None, "PTY", None, "sector")}),
    # a party's office in apposition: the party's code too (a name the knowledge base does not know: Mark Oaten is
    # in people.tsv since session 14, with the party as his term's body)
    ("Mark Oakden, the Lib Dem home affairs spokesman, said the bill was flawed.",
     {"Mark Oakden": ("GBR", "PTY", "GBRLD", "apposition"),
      "Lib Dem home affairs spokesman": ("GBR", "PTY", "GBRLD", "kb-phrase")}),
    # a company's and a state's officers keep the country and sector (sector_groups.tsv officer_code is PTY only)
    ("Gazprom chairman Alexei Miller met Labour Minister John Smith.",
     {"Gazprom chairman Alexei Miller": ("RUS", "BUS", "RUSBUS", "title+name"),
      "Labour Minister John Smith": ("GBR", "GOV", "GBRGOV", "title+name")}),
])
def test_a_partys_officer_carries_the_partys_code(resolver, nlp, text, expected):
    assert resolved(resolver, nlp, text) == expected


@pytest.mark.parametrize("text,when,expected", [
    # people.tsv ``body``: a known party leader named without a title carries the party's code in the term
    ("Charles Kennedy said the war was wrong.", WHEN,
     {"Charles Kennedy": ("GBR", "PTY", "GBRLD", "kb-person")}),
    ("Mark Oaten said the bill was flawed.", WHEN, {"Mark Oaten": ("GBR", "PTY", "GBRLD", "kb-person")}),
    # after the term a former holder (ELI, no party code); in a government term the state's code
    ("Charles Kennedy said the war was wrong.", dt.date(2010, 1, 1),
     {"Charles Kennedy": ("GBR", "ELI", "GBRELI", "kb-person")}),
    ("Vincent Cable said the plan was wrong.", dt.date(2012, 1, 1),
     {"Vincent Cable": ("GBR", "GOV", "GBRGOV", "kb-person")}),
    # "former" in the text: ELI even inside a term
    ("Former Tory leader Michael Howard said the plan would fail.", WHEN,
     {"Tory leader Michael Howard": ("GBR", "ELI", "GBRELI", "title+name")}),
])
def test_a_known_persons_term_lends_its_bodys_code(resolver, nlp, text, when, expected):
    assert resolved(resolver, nlp, text, when) == expected


@pytest.mark.parametrize("text,expected", [
    # judged-4 zyte-7a664e40d256: the post is held "to" the EU, the ambassador is American (was: no country)
    ("He denied that he, U.S. Ambassador to the European Union Gordon Sondland and Perry formed a channel.",
     {"U.S. Ambassador to the European Union Gordon Sondland": ("USA", "GOV", "USAGOV", "title+name"),
      "Perry": (None, None, None, "unknown")}),
    ("U.S. Ambassador to NATO Kay Bailey Hutchison said the allies agreed.",
     {"U.S. Ambassador to NATO Kay Bailey Hutchison": ("USA", "GOV", "USAGOV", "title+name")}),
    # a state after "to" as before
    ("US Ambassador to Japan Thomas Schieffer said the talks went well.",
     {"US Ambassador to Japan Thomas Schieffer": ("USA", "GOV", "USAGOV", "title+name")}),
])
def test_a_post_to_an_international_body_is_the_senders(resolver, nlp, text, expected):
    assert resolved(resolver, nlp, text, dt.date(2019, 11, 20)) == expected


@pytest.mark.parametrize("text,expected", [
    # judged-4 bbc-politics-386: "Brad Adams, from the UK's Human Rights Watch" was left without a code
    ("Brad Adams, from the UK's Human Rights Watch, said the embargo must stay.",
     {"Brad Adams": ("NGO", None, "NGO", "member-of"), "UK": ("GBR", None, "GBR", "kb-phrase"),
      "Human Rights Watch": ("NGO", None, "HRW", "kb-phrase")}),
    # the recogniser takes "of" into the name ("Brad Adams of"): the name stops before it
    ("Brad Adams of Human Rights Watch said the embargo must stay.",
     {"Brad Adams": ("NGO", None, "NGO", "member-of"), "Human Rights Watch": ("NGO", None, "HRW", "kb-phrase")}),
    # a party named so: its own code
    ("Ann Clwyd of Labour said it.",
     {"Ann Clwyd": ("GBR", "PTY", "GBRLAB", "member-of"), "Labour": ("GBR", "PTY", "GBRLAB", "kb-phrase")}),
    # a knowledge-base name that is only part of a longer unknown name is not the body (judged-7 bbc-politics-122:
    # PETRARCH2's "Foundation" gang would have made the doctor an American rebel); since session 14 (track orgs)
    # that one-word match is no longer made: the longer name is one body told by its head (resolver._longer_name),
    # and since session 15 (track unres) the doctor speaks for that named body, as Brad Adams for Human Rights Watch
    ("And Dr John Moore-Gillon, of the British Lung Foundation, said the checks were wrong.",
     {"John Moore-Gillon": ("GBR", "SOC", "GBRSOC", "member-of"),
      "British Lung Foundation": ("GBR", "SOC", "GBRSOC", "name-head+adjective")}),
    # a place says where someone is from, not whom they act for (the older of-phrase rule)
    ("John Smith of London said it.", {"John Smith of London": ("GBR", None, "GBR", "of-phrase")}),
    # a thing after "from" hung on the verb is no body of the person's
    ("John Smith received a letter from Amnesty International.",
     {"John Smith": (None, None, None, "unknown"), "Amnesty International": ("NGO", None, "AMNESTY", "kb-phrase")}),
])
def test_a_name_of_a_body_speaks_for_it(resolver, nlp, text, expected):
    assert resolved(resolver, nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # judged-4 bbc-politics-283 (a name the knowledge base does not know: Charles Kennedy is in people.tsv since
    # session 14): the person who tells voters "his Liberal Democrats would ..." speaks for them;
    # his later surname follows (before: no country, in five events)
    ("Charles Kennard has told voters his Liberal Democrats would cut taxes. Mr Kennard said it.",
     {"Charles Kennard": ("GBR", "PTY", "GBRLD", "own-body"), "his": ("GBR", "PTY", "GBRLD", "coref"),
      "Liberal Democrats": ("GBR", "PTY", "GBRLD", "kb-phrase"), "Kennard": ("GBR", "PTY", "GBRLD", "coref")}),
    # the possessive of another clause's subject is that subject's
    ("Charles Kennard said Tony Blair had let his Labour Party down.",
     {"Charles Kennard": (None, None, None, "unknown"), "Tony Blair": ("GBR", "GOV", "GBRGOV", "kb-person"),
      "his": ("GBR", "GOV", "GBRGOV", "coref"), "Labour Party": ("GBR", "PTY", "GBRLAB", "kb-phrase")}),
    # a former party is not the person's now
    ("Charles Kennard attacked his former party, Labour.",
     {"Charles Kennard": (None, None, None, "unknown"), "party": (None, "ELI", None, "sector"),
      "Labour": ("GBR", "PTY", "GBRLAB", "kb-phrase")}),
])
def test_a_person_speaks_for_their_own_named_body(resolver, nlp, text, expected):
    assert resolved(resolver, nlp, text) == expected


def test_a_surname_alone_is_the_person_the_article_named_in_full(resolver, nlp):
    # "Stoltenberg" is the alias of NATO's Jens Stoltenberg (2014-2024); in 1987, after "Gerhard Stoltenberg", it is
    # the West German finance minister the article named, not a secretary general before his first term
    text = "West German Finance Minister Gerhard Stoltenberg met the bankers. Stoltenberg said rates would fall."
    assert resolved(resolver, nlp, text, dt.date(1987, 3, 2)) == {
        "West German Finance Minister Gerhard Stoltenberg": ("DEU", "GOV", "DEUGOV", "title+name"),
        "Stoltenberg": ("DEU", "GOV", "DEUGOV", "same-name")}
    # without the full name the knowledge base's own alias holder, read on the date
    assert resolved(resolver, nlp, "Stoltenberg said the alliance would hold.", dt.date(2016, 1, 1)) == {
        "Stoltenberg": ("IGO", "MIL", "IGOMIL", "kb-person")}
