"""The article's home for more group nouns, and bodies named by their descriptor or their officer's title
(issue 15): farmers, businesses and company officials take the article's state; a generated sector phrase
whose head is a curated group noun ("government troops") is placed like its head; a generated descriptor of
two words or more names a body ("rebel group Renamo"), which "former" leaves the body it is; a general title
after a body's name the document knows ("Lavalin president Bernard Lamarre") makes its bearer the body's."""

from __future__ import annotations

import datetime as dt

from annalyst.clean.dateline import dateline_spans

MARCH_2013 = dt.date(2013, 3, 1)


def refs(resolver, nlp, text):
    return [(r.text, r.sector, r.code, r.resolved_by)
            for r in resolver.resolve(nlp(text), MARCH_2013, dateline_spans(text))]


def test_workers_farmers_and_company_officials_take_the_dateline_state(resolver, nlp):
    text = ("SAO PAULO, March 3 - Workers at the plant went on strike on Friday, the union said. Farmers blocked "
            "roads near Campinas. Company officials held talks with the government in Brasilia.")
    assert refs(resolver, nlp, text) == [
        ("Workers", "LAB", "BRALAB", "home"), ("union", "LAB", "BRALAB", "home"),
        ("Farmers", "AGR", "BRAAGR", "event-location"), ("Campinas", "CVL", "BRACVL", "place"),
        ("Company officials", "BUS", "BRABUS", "home"), ("government", "GOV", "BRAGOV", "location"),
        ("Brasilia", "CVL", "BRACVL", "capital")]


def test_generated_group_phrase_and_descriptor_named_body(resolver, nlp):
    text = ("Mozambique's former rebel group Renamo said its members were beaten by police. Government troops "
            "raided the party's base in Sofala province last week, Renamo said. Mozambique's president called "
            "for calm.")
    assert refs(resolver, nlp, text) == [
        ("Mozambique", None, "MOZ", "kb-phrase"), ("rebel group Renamo", "REB", "MOZREB", "home"),
        ("police", "COP", "MOZCOP", "context"), ("Government troops", "MIL", "MOZMIL", "home"),
        ("party", "PTY", "MOZPTY", "home"), ("Sofala", "CVL", "MOZCVL", "place"), ("province", None, None, "ner"),
        ("Renamo", "REB", "MOZREB", "name"), ("Mozambique's president", "GOV", "MOZGOV", "name+sector")]


def test_a_bodys_president_is_the_bodys(resolver, nlp):
    text = ("MONTREAL, March 9 - Engineering company Lavalin Inc plans a bid for the mapping service. Lavalin "
            "president Bernard Lamarre said the company had held talks with the government. Lamarre declined "
            "to give a price.")
    # the president and his surname are the company's (BUS), not a government's; the company itself has no
    # country of its own here (named by its head word "Inc"), so neither has he
    assert refs(resolver, nlp, text) == [
        ("company Lavalin Inc", "BUS", None, "name-head"), ("Lavalin president Bernard Lamarre", "BUS", None, "body-title"),
        ("company", "BUS", None, "description"), ("government", "GOV", "CANGOV", "home"),
        ("Lamarre", "BUS", None, "surname")]


def test_a_state_office_after_a_body_name_keeps_its_own_sector(resolver, nlp):
    # "spokesman" names no office: the body's; "lawmaker" names one of its own (LEG), which the body does not change
    text = ("The rebel group Renamo said its members were beaten in Mozambique. Renamo lawmaker Saimone Macuiane "
            "said police had attacked them. Renamo spokesman Antonio Muchanga said the talks had failed.")
    assert refs(resolver, nlp, text) == [
        ("rebel group Renamo", "REB", None, "descriptor"), ("Mozambique", None, "MOZ", "kb-phrase"),
        ("Renamo", "REB", None, "name"), ("lawmaker Saimone Macuiane", "LEG", None, "title"),
        ("police", "COP", "MOZCOP", "home"), ("Renamo spokesman Antonio Muchanga", "REB", None, "body-title")]


def test_a_post_a_body_owns_is_the_bodys(resolver, nlp):
    # (coref._owning_body) the post names a province, but its possessor, the union federation, owns it; the
    # surname later is the same person
    text = ("Tony Ehrenreich, Cosatu's Western Cape provincial secretary, said the budget was not enough. "
            "Ehrenreich called on the finance minister to act.")
    assert refs(resolver, nlp, text) == [
        ("Tony Ehrenreich", "LAB", "ZAFCOSATU", "apposition"), ("Cosatu", "LAB", "ZAFCOSATU", "kb-phrase"),
        ("Western Cape provincial secretary", "GOV", "ZAFGOV", "place"), ("Ehrenreich", "LAB", "ZAFCOSATU", "coref"),
        ("finance minister", "GOV", None, "sector")]
