"""Resolver cases: titles with names, adjective + sector, compounds, PRE entities, apposition, coreference."""

from __future__ import annotations

import datetime as dt

import pytest

from annalyst.actors import ActorStep
from annalyst.model import Document

JULY_2022 = dt.date(2022, 7, 18)


def mentions(resolver, nlp, text, when=JULY_2022):
    return resolver.resolve(nlp(text), when)


def find(refs, text):
    hits = [r for r in refs if r.text == text]
    assert hits, f"no mention {text!r} in {[r.text for r in refs]}"
    return hits[0]


@pytest.mark.parametrize("phrase,country,sector", [
    ("DPRK Foreign Minister Choe Son-hui", "PRK", "GOV"),
    ("a DPRK foreign ministry spokesperson", "PRK", "GOV"),
    ("the Ukrainian Foreign Ministry", "UKR", "GOV"),
    ("Ukrainian President Volodymyr Zelenskyy", "UKR", "GOV"),
    ("the DPRK foreign ministry", "PRK", "GOV"),
    ("Ukrainian lawmakers", "UKR", "LEG"),
    ("the US", "USA", None),
    ("the United States", "USA", None),
    ("the UN Human Rights Council", "UNO", "GOV"),
    ("the DPR", "UKR", "PRE"),
    ("the Lugansk People's Republic", "UKR", "PRE"),
    ("Israeli troops", "ISR", "MIL"),
    ("Egyptian police", "EGY", "COP"),
    ("Israel's high court", "ISR", "JUD"),
    ("Sudanese rebels", "SDN", "REB"),
    ("the Kremlin", "RUS", "GOV"),
    ("NATO", "IGO", "MIL"),
    ("Kosovo", "KOS", None),
    ("Turkish Cypriots", "CYP", "PRE"),
])
def test_resolve_text(resolver, phrase, country, sector):
    ref = resolver.resolve_text(phrase, JULY_2022)
    assert ref is not None and (ref.country, ref.sector) == (country, sector), ref


def test_title_and_name_form_one_mention(resolver, nlp):
    text = "DPRK Foreign Minister Choe Son-hui sent her counterparts letters."
    refs = mentions(resolver, nlp, text)
    ref = refs[0]
    assert ref.text == "DPRK Foreign Minister Choe Son-hui" and ref.kind == "person"
    assert (ref.country, ref.sector, ref.code) == ("PRK", "GOV", "PRKGOV")
    assert text[ref.start:ref.end] == ref.text


def test_compound_actors_are_two_mentions(resolver, nlp):
    refs = mentions(resolver, nlp, "Moscow and Beijing vetoed a US draft sanctions resolution against the DPRK.")
    assert [(r.text, r.country, r.sector) for r in refs[:2]] == [("Moscow", "RUS", "GOV"), ("Beijing", "CHN", "GOV")]
    assert find(refs, "US").country == "USA"
    assert find(refs, "DPRK").country == "PRK"


def test_capital_as_a_place_is_civilian(resolver, nlp):
    refs = mentions(resolver, nlp, "A note was handed to the Russian ambassador in Pyongyang.")
    assert (find(refs, "Russian ambassador").country, find(refs, "Russian ambassador").sector) == ("RUS", "GOV")
    assert find(refs, "Pyongyang").sector == "CVL"


def test_elliptical_coordination(resolver, nlp):
    refs = mentions(resolver, nlp, "North Korea recognized the Donetsk and Lugansk People’s Republics.")
    donetsk = find(refs, "Donetsk")
    assert (donetsk.country, donetsk.sector, donetsk.name) == ("UKR", "PRE", "Donetsk People's Republic")
    assert find(refs, "Lugansk People’s Republics").code == "UKRLPR"
    refs = mentions(resolver, nlp, "Senior Hungarian and Romanian officials agreed on Wednesday.")
    assert (find(refs, "Hungarian").country, find(refs, "Hungarian").sector) == ("HUN", "GOV")
    assert (find(refs, "Romanian officials").country, find(refs, "Romanian officials").sector) == ("ROU", "GOV")


def test_apposition_gives_a_person_their_affiliation(resolver, nlp):
    refs = mentions(resolver, nlp, "On February 26, 2022, Ri Ji-song, a researcher at the Society for "
                                   "International Politics Study, published a statement.")
    ri = find(refs, "Ri Ji-song")
    assert (ri.country, ri.resolved_by) == ("PRK", "apposition")


def test_unknown_actors_are_kept(resolver, nlp):
    refs = mentions(resolver, nlp, "The Zorblatt Liberation Committee accused the government.")
    unknown = [r for r in refs if r.country is None]
    assert any("Zorblatt" in r.text for r in unknown)
    assert find(refs, "government").sector == "GOV"


def test_people_resolve_as_of_the_date(resolver, nlp):
    text = "Donald Trump met Angela Merkel."
    in_office = mentions(resolver, nlp, text, dt.date(2018, 6, 1))
    later = mentions(resolver, nlp, text, dt.date(2023, 6, 1))
    assert find(in_office, "Angela Merkel").sector == "GOV" and find(later, "Angela Merkel").sector == "ELI"
    assert find(later, "Donald Trump").sector == "ELI"
    assert find(mentions(resolver, nlp, text, dt.date(2025, 6, 1)), "Donald Trump").sector == "GOV"


def test_former_is_not_the_government(resolver):
    ref = resolver.resolve_text("former president Petro Poroshenko", JULY_2022)
    assert (ref.country, ref.sector) == ("UKR", "ELI")


def test_pronoun_coreference(resolver, nlp):
    text = ("In a statement posted on its website, the Ukrainian Foreign Ministry said it strongly condemned "
            "North Korea's decision, adding that the country's contacts with North Korea had been suspended.")
    refs = mentions(resolver, nlp, text)
    its, it = refs[0], find(refs, "it")
    assert its.text == "its" and (its.country, its.resolved_by) == ("UKR", "coref")
    assert it.country == "UKR"
    assert find(refs, "the country").country == "UKR"


def test_person_pronoun_follows_previous_subject(resolver, nlp):
    text = ("On February 28, a DPRK foreign ministry spokesperson responded to a question from KCNA. "
            "According to him, the US stubbornly promoted NATO's eastward expansion.")
    him = find(mentions(resolver, nlp, text), "him")
    assert (him.country, him.sector, him.kind) == ("PRK", "GOV", "person")


def test_expletive_it_is_not_linked(resolver, nlp):
    refs = mentions(resolver, nlp, "Russia vetoed the draft. It is clear that the vote failed.")
    assert not [r for r in refs if r.text == "It"]


def test_repeated_name(resolver, nlp):
    text = ("Speaking at the UN, DPRK representative Pak Chol-min repeated the text. "
            "Later Pak Chol-min said the decision was biased.")
    refs = [r for r in mentions(resolver, nlp, text) if "Pak" in r.text]
    assert len(refs) == 2 and all(r.country == "PRK" for r in refs)
    assert refs[1].resolved_by == "coref"


def test_lowercase_words_are_not_countries(resolver, nlp):
    refs = mentions(resolver, nlp, "We ate turkey and chad with us in the general chorus.")
    assert not [r for r in refs if r.country]


def test_mentions_are_sorted_non_overlapping_and_exact(resolver, nlp):
    text = ("Ukrainian President Volodymyr Zelenskyy also said that Ukraine would react to the DPRK's "
            "recognition of the DPR and LPR's independence. Kiev and Pyongyang froze relations.")
    refs = mentions(resolver, nlp, text)
    for a, b in zip(refs, refs[1:]):
        assert a.end <= b.start
    for r in refs:
        assert text[r.start:r.end] == r.text


def test_actor_step_sets_actors(nlp):
    doc = Document(doc_id="d", source="<t>", text="The UN Security Council condemned North Korea.",
                   published=JULY_2022)
    doc.parsed = nlp(doc.text)
    ActorStep().process(doc)
    assert [(a.text, a.country) for a in doc.actors] == [("UN Security Council", "UNO"), ("North Korea", "PRK")]
    assert ActorStep.sets == ("actors",)


def test_actor_step_parses_when_needed():
    doc = Document(doc_id="d", source="<t>", text="Israeli soldiers entered Gaza.")
    ActorStep().process(doc)
    assert doc.actors[0].country == "ISR" and doc.actors[0].sector == "MIL"


def test_resolve_text_empty(resolver):
    assert resolver.resolve_text("   ") is None
    assert resolver.resolve_text("the weather was fine") is None


def test_of_phrase_gives_the_country(resolver, nlp):
    refs = mentions(resolver, nlp, "The president of Armenia met King Hassan of Morocco.")
    assert [(r.text, r.country, r.sector) for r in refs] == [
        ("president of Armenia", "ARM", "GOV"), ("King Hassan of Morocco", "MAR", "GOV")]


def test_location_gives_a_body_its_country(resolver, nlp):
    refs = mentions(resolver, nlp, "Rebels in the Ivory Coast dismissed an appeal from President Laurent Gbagbo.",
                    dt.date(2003, 1, 1))
    rebels = find(refs, "Rebels")
    assert (rebels.country, rebels.sector, rebels.resolved_by) == ("CIV", "REB", "location")
    assert find(refs, "President Laurent Gbagbo").country == "CIV"


def test_sentence_context_only_from_actor_states(resolver, nlp):
    judge = find(mentions(resolver, nlp, "Judge Alejandro Rivera opened investigations against 28 Chilean "
                                         "government officials."), "Judge Alejandro Rivera")
    assert (judge.country, judge.resolved_by) == ("CHL", "context")
    leader = find(mentions(resolver, nlp, "The party leader Charles Kendall said the Iraq war was wrong."),
                  "party leader Charles Kendall")
    assert leader.country is None  # "Iraq" only modifies "war"


def test_cities_name_their_country(resolver, nlp):
    refs = mentions(resolver, nlp, "Residents of Aleppo fled as shells hit Mariupol.")
    residents = find(refs, "Residents of Aleppo")
    assert (residents.country, residents.sector) == ("SYR", "CVL")
    assert find(refs, "Mariupol").country == "UKR"


def test_common_words_are_not_places(resolver, nlp):
    refs = mentions(resolver, nlp, "Most people agreed. Enterprise matters, George said.")
    assert not [r for r in refs if r.country]


def test_a_thing_named_like_a_body_is_not_an_actor(resolver, nlp):
    refs = mentions(resolver, nlp, "Russia has yet to drop its support for the sanctions regime on the North.")
    assert not [r for r in refs if r.text == "regime"]


def test_known_person_resolves_across_offices(resolver):
    brown_2005 = resolver.resolve_text("Gordon Brown", dt.date(2005, 3, 1))
    brown_2015 = resolver.resolve_text("Gordon Brown", dt.date(2015, 3, 1))
    assert (brown_2005.country, brown_2005.sector) == ("GBR", "GOV")
    assert (brown_2015.country, brown_2015.sector) == ("GBR", "ELI")


def test_ethnic_group_is_not_the_state(resolver, nlp):
    refs = mentions(resolver, nlp, "Ethnic Albanians in Macedonia demanded more rights.")
    albanians = find(refs, "Albanians")
    assert (albanians.country, albanians.kind, albanians.resolved_by) == ("MKD", "group", "location")


def test_led_and_backed(resolver, nlp):
    refs = mentions(resolver, nlp, "The Saudi-led coalition bombed Sanaa while Russian-backed separatists shelled Donetsk.")
    coalition = find(refs, "Saudi-led coalition")
    assert (coalition.country, coalition.sector) == ("SAU", "GOV")
    separatists = find(refs, "separatists")
    assert separatists.country != "RUS"


def test_stance_prefix_is_not_the_actor(resolver, nlp):
    refs = mentions(resolver, nlp, "A prominent anti-Syria journalist was killed in Beirut.", dt.date(2005, 2, 1))
    assert not [r for r in refs if r.country == "SYR"]
    refs = mentions(resolver, nlp, "Pro-Moscow rebels shelled the town.", dt.date(2015, 2, 1))
    assert not [r for r in refs if r.country == "RUS"]


@pytest.mark.parametrize("text,group,country", [
    ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "Albanians", "SRB"),
    ("Ethnic Turks began a hunger strike against Sweden's decision to send them back to Bulgaria.", "Turks", "SWE"),
])
def test_ethnic_group_takes_the_state_it_lives_in(resolver, nlp, text, group, country):
    ref = find(mentions(resolver, nlp, text, dt.date(2000, 1, 1)), group)
    assert (ref.country, ref.resolved_by) == (country, "ethnic+location")


def test_ethnic_group_alone_keeps_no_country(resolver, nlp):
    ref = find(mentions(resolver, nlp, "Ethnic Albanians marched on Sunday.", dt.date(2000, 1, 1)), "Albanians")
    assert ref.country is None


def test_northern_ireland_is_the_united_kingdom(resolver, nlp):
    refs = mentions(resolver, nlp, "The government banned a group in Northern Ireland.", dt.date(2000, 1, 1))
    assert find(refs, "Northern Ireland").country == "GBR"


def test_full_name_without_middle_name(resolver, nlp):
    # the dictionaries list "Carlos Saul Menem"; news writes "Carlos Menem"
    ref = find(mentions(resolver, nlp, "Carlos Menem met the envoy.", dt.date(1995, 1, 1)), "Carlos Menem")
    assert (ref.country, ref.sector) == ("ARG", "GOV")


def test_region_gives_its_country(resolver, nlp):
    refs = mentions(resolver, nlp, "The government of Sindh province has ordered patrols.", dt.date(2000, 1, 1))
    assert refs[0].country == "PAK" and refs[0].sector == "GOV"


def test_plural_people_after_a_demonym_are_civilians(resolver, nlp):
    ref = find(mentions(resolver, nlp, "Some 800,000 Iraqi Kurds sought refuge in Germany.", dt.date(2000, 1, 1)),
               "Iraqi Kurds")
    assert (ref.country, ref.sector) == ("IRQ", "CVL")


def test_noun_compound_inside_a_body(resolver, nlp):
    ref = find(mentions(resolver, nlp, "Angry French paper workers blocked the bridge.", dt.date(2000, 1, 1)),
               "French paper workers")
    assert (ref.country, ref.sector) == ("FRA", "LAB")


def test_surname_that_is_a_title_stays_a_name(resolver, nlp):
    refs = mentions(resolver, nlp, "British Defence Secretary Tom King said troops would stay.", dt.date(1991, 1, 1))
    assert find(refs, "British Defence Secretary Tom King").country == "GBR"


def test_apposition_tells_the_office_of_a_person_without_one(resolver, nlp):
    text = "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded access."
    ref = find(mentions(resolver, nlp, text, dt.date(2000, 1, 1)), "Kenzo Oshima")
    assert (ref.country, ref.resolved_by) == ("UNO", "apposition")
