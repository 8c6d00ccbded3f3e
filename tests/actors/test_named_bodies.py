"""Organisations the knowledge base does not know, told by the head word of their name (issue 15 point 4;
actors/resolver.py ``_named_bodies``, ``data/name_heads.tsv``); capitals compounded onto a thing ("the Abuja
talks") are places, not actors (GEO-ACTOR); and a state named only as where someone goes or comes from does not
place a sentence's group nouns (``_sentence_context``).  Sentences from Reuters-21578 and BBC News wording."""

from __future__ import annotations

import datetime as dt

from annalyst.actors.resolver import name_heads
from annalyst.api import code_text

MARCH_1987 = dt.date(1987, 3, 31)


def resolved(resolver, nlp, text, when=MARCH_1987):
    from annalyst.clean.dateline import dateline_spans

    return {r.text: r for r in resolver.resolve(nlp(text), when, dateline_spans(text))}


def test_name_heads_file():
    heads = name_heads()
    assert heads["party"] == ("PTY", True, False) and heads["corp"] == ("BUS", False, False)
    # (session 16: associations, societies, foundations and universities take the article's state, home = yes)
    assert heads["association"] == ("BUS", True, True) and heads["society"] == ("SOC", True, True)
    assert "council" not in heads and "committee" not in heads  # ambiguous heads are left out on purpose


def test_party_named_with_its_state_adjective_and_acronym(resolver, nlp):
    text = ("BRASILIA, March 31 - Besides expressing its support, the government's Brazilian Democratic Movement "
            "Party (PMDB) urged Sarney to keep on with his decision. Later the PMDB praised Finance Minister "
            "Dilson Funaro.")
    refs = resolver.resolve(nlp(text), MARCH_1987)
    party = next(r for r in refs if r.text == "Brazilian Democratic Movement Party")
    assert (party.country, party.sector, party.kind, party.resolved_by) == ("BRA", "PTY", "org", "name-head+adjective")
    acronyms = [r for r in refs if r.text == "PMDB"]
    assert [(r.code, r.resolved_by, r.entity) for r in acronyms] == [("BRAPTY", "acronym", party.entity)] * 2
    # no separate "Brazilian" state mention or bare "Party" sector mention is left inside the name
    assert not any(r.text in ("Brazilian", "Party") for r in refs)


def test_union_of_a_state_and_civil_society_coalition(resolver, nlp):
    refs = resolved(resolver, nlp, "The talks between the 20,000-member Letter Carriers Union of Canada and "
                                   "government-owned Canada Post were the first since Labor Minister Pierre Cadieux "
                                   "announced the appointment of a mediator yesterday.")
    union = refs["Letter Carriers Union of Canada"]
    assert (union.code, union.kind, union.resolved_by) == ("CANLAB", "org", "name-head+adjective")
    # the state word inside the name still names the sentence's state for its officials
    assert refs["Labor Minister Pierre Cadieux"].code == "CANGOV"
    refs = resolved(resolver, nlp, "The Canadian Coalition on Acid Rain hailed Mulroney's call to take the battle "
                                   "to Congress.")
    assert refs["Canadian Coalition on Acid Rain"].code == "CANSOC"


def test_government_department_takes_the_article_state(resolver, nlp):
    refs = resolved(resolver, nlp, "LONDON, Feb 1 - A Department for Education and Skills spokeswoman said the "
                                   "venture had been ambitious. Tony Blair said Britain would act.")
    dept = refs["Department for Education"]
    assert (dept.code, dept.kind, dept.resolved_by) == ("GBRGOV", "org", "home")


def test_company_keeps_no_country_from_the_article(resolver, nlp):
    # companies act abroad: a name head of home = no is never placed by the article ("Chrysler Corp" in a
    # Canadian story is no Canadian firm; Chrysler is in organisations.tsv since session 14, so a name the
    # knowledge base does not know stands in for it)
    refs = resolved(resolver, nlp, "TORONTO, Oct 20 - The union accepted an offer that matched the pattern "
                                   "reached at Brantley Corp, the Canadian labour minister said.")
    firm = refs["Brantley Corp"]
    assert (firm.country, firm.sector, firm.kind, firm.resolved_by) == (None, "BUS", "org", "name-head")


def test_known_organisations_and_titles_are_untouched(resolver, nlp):
    refs = resolved(resolver, nlp, "The Labour Party said on Monday that the Foreign Ministry had erred.",
                    dt.date(2005, 2, 1))
    assert refs["Labour Party"].resolved_by == "kb-phrase"
    assert "Foreign Ministry" not in refs or refs["Foreign Ministry"].kind != "org"


def test_capital_compounded_onto_a_thing_is_a_place(resolver, nlp):
    refs = resolved(resolver, nlp, "It was a week before a scheduled Moscow visit by U.S. Secretary of State George "
                                   "Shultz. Kremlin officials said Moscow would not yield.")
    assert [(r.code, r.resolved_by) for t, r in refs.items() if t == "Moscow"] == [("SUNGOV", "capital")]
    visit = next(r for r in resolver.resolve(nlp("It was a week before a scheduled Moscow visit by U.S. Secretary of "
                                                 "State George Shultz."), MARCH_1987) if r.text == "Moscow")
    assert (visit.code, visit.resolved_by) == ("SUNCVL", "place")
    assert refs["Kremlin officials"].code == "SUNGOV"
    # a body of people is no thing, even where a line break keeps the capital out of its group
    refs = resolved(resolver, nlp, "The operation was launched when the Baghdad\ngovernment was spreading propaganda.")
    assert refs["Baghdad"].code == "IRQGOV"


def test_venue_capital_is_no_actor_of_talks():
    doc = code_text("The last round of the African Union (AU)-sponsored Abuja talks ended in October with a split in "
                    "the SLM.", published=dt.date(2005, 11, 29), doc_id="abuja")
    assert not any(e.source is not None and e.source.country == "NGA" for e in doc.events)


def test_state_named_as_where_an_envoy_returns_from_does_not_place_the_government(resolver, nlp):
    refs = resolved(resolver, nlp, "WELLINGTON, Oct 1 - Prime Minister Geoffrey Palmer told reporters "
                                   "after a cabinet meeting that the government had asked High Commissioner Rod Gates "
                                   "to return from Suva for discussions.")
    assert (refs["government"].code, refs["government"].resolved_by) == ("NZLGOV", "home")
    # a state named as an actor still places the sentence's officials
    refs = resolved(resolver, nlp, "Judge Alejandro Rivera opened investigations against 28 Chilean government "
                                   "officials.")
    assert refs["Judge Alejandro Rivera"].country == "CHL"


def test_article_home_is_decided_once_and_shown(resolver, nlp):
    from annalyst.actors.describe import describe_actors
    from annalyst.actors.resolver import article_home

    parsed = nlp("KINSHASA, April 9 - Troops sealed off the parliament. Tshisekedi said Zaire needed a new leader.")
    from annalyst.clean.dateline import dateline_spans

    resolver.resolve(parsed, APRIL_1997, dateline_spans(parsed.text))
    home = article_home(parsed)
    assert (home.police, home.state, home.evidence) == ("COD", "COD", "dateline")
    assert article_home(nlp("No one is named here.")) is None  # not resolved: no home
    report = describe_actors("Two men were arrested on Tuesday, a spokesman said.")
    assert report.to_json()["home"] == {"police": None, "state": None, "local": None, "evidence": ""}


APRIL_1997 = dt.date(1997, 4, 9)


def test_participle_between_a_possessive_state_and_its_body(resolver, nlp):
    # "leading", "outgoing" are participles the tagger does not call adjectives; they still sit inside the mention
    refs = resolved(resolver, nlp, "BRASILIA, March 31 - Brazil's leading political party has expressed full support "
                                   "to President Jose Sarney's decision.")
    party = refs["Brazil's leading political party"]
    assert (party.code, party.resolved_by) == ("BRAPTY", "name+sector")
    refs = resolved(resolver, nlp, "Israel's outgoing government said it would not negotiate.", dt.date(2001, 2, 1))
    assert refs["Israel's outgoing government"].code == "ISRGOV"
    # a participle glued to the name names a backer, not the actor
    refs = resolved(resolver, nlp, "Russian-backed separatists shelled Donetsk.", dt.date(2015, 2, 1))
    assert refs["separatists"].country != "RUS" and "Russian-backed separatists" not in refs


def test_hongkongers_are_hong_kong_people(resolver, nlp):
    refs = resolved(resolver, nlp, "China refused to recognise foreign passports held by Hongkongers who had not "
                                   "declared foreign citizenship.", dt.date(1997, 4, 13))
    assert refs["Hongkongers"].code == "HKGCVL"


def test_a_state_word_opening_a_longer_name_that_ends_in_a_known_word(resolver, nlp):
    # bbc-politics-122 (judged-7), the speaker's own phrase: "Foundation" alone is PETRARCH2's gang (EL-RUKN); a
    # capitalised word of no piece between the state word and it ("Lung") makes it the end of a longer name, told
    # by its head (SOC, its country from "British"); a state word right before the known name still is no part
    # of another name ("The British Conservative Party" stays the adjective's and the party's reading)
    text = "John Smith, a spokesman for the British Lung Foundation, said it was wrong."
    refs = resolved(resolver, nlp, text, dt.date(2005, 1, 1))
    assert [(r.text, r.code, r.resolved_by) for r in refs.values()] == [
        ("John Smith", "GBRSOC", "apposition"),
        ("spokesman", "GBRSOC", "owner"),
        ("British Lung Foundation", "GBRSOC", "name-head+adjective"),
    ]
    refs = resolved(resolver, nlp, "The British Conservative Party said so.", dt.date(2005, 1, 1))
    assert [(r.text, r.code or r.country, r.resolved_by) for r in refs.values()] == [
        ("British Conservative Party", "GBR", "adjective")]
