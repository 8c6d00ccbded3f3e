"""Mentions that get their country from their own phrase or clause, peoples, misspellings, transnational bodies,
and the 2008-2015 conflict actors of the knowledge base."""

from __future__ import annotations

import datetime as dt

import pytest

from annalyst.actors.resolver import _one_edit

MAY_2013 = dt.date(2013, 5, 1)


def resolved(resolver, nlp, text, when=MAY_2013):
    return {r.text: r for r in resolver.resolve(nlp(text), when)}


@pytest.mark.parametrize("text,mention,country,how", [
    # the body or place the group belongs to ("of", membership phrases)
    ("Hundreds of workers of the Kenyan railway corporation went on strike.", "workers", "KEN", "owner"),
    ("Some 2,000 farmers affiliated with the Kenyan Farmers Association blocked roads.", "farmers", "KEN", "owner"),
    ("The Serbs of northern Kosovo voted.", "Serbs", "KOS", "owner"),
    # refugees: the state they flee
    ("The agency sent tents to refugees fleeing the drought in Somalia.", "refugees", "SOM", "owner"),
    # people acting at a place
    ("Students marched through the streets in Nairobi on Friday.", "Students", "KEN", "event-location"),
    ("Muslims gathered in Paris to pray.", "Muslims", "FRA", "event-location"),
    # peoples: a homeland named in the sentence, else their one home
    ("Kikuyu elders called for calm.", "Kikuyu elders", "KEN", "ethnic+home"),
    ("Kurdish fighters clashed with Turkish soldiers.", "Kurdish fighters", "TUR", None),
    # misspelt names, one letter away from one known person or state
    ("President Jacques Chriac visited Mali.", "President Jacques Chriac", "FRA", "title+name"),
    # historical and ambiguous names, as the PETRARCH2 dictionaries code them
    ("Zairean troops crossed the border.", "Zairean troops", "COD", "adjective+sector"),
    ("Pakistan threatened to cut ties with Congo.", "Congo", "COG", "kb-phrase"),
])
def test_country_from_context(resolver, nlp, text, mention, country, how):
    ref = resolved(resolver, nlp, text)[mention]
    assert ref.country == country, ref
    if how is not None:
        assert ref.resolved_by == how, ref


@pytest.mark.parametrize("text,mention", [
    ("Victims of Israeli shelling were buried.", "Victims"),  # the object is the shelling, not Israel
    ("The company opened a plant in China.", "company"),  # businesses work abroad
    ("Christian groups criticised the bill.", "Christian groups"),  # a world religion has no home state
])
def test_no_country_without_one(resolver, nlp, text, mention):
    assert resolved(resolver, nlp, text)[mention].country is None


def test_given_names_are_not_peoples(resolver, nlp):
    refs = resolved(resolver, nlp, "Karen Bass and Christian Lindner spoke.")
    assert all(r.resolved_by not in ("ethnic", "ethnic+home", "ethnic+location") for r in refs.values())


def test_a_lone_religious_adjective_is_no_actor(resolver, nlp):
    refs = resolved(resolver, nlp, "The court applied Islamic law.")
    assert not any(r.text == "Islamic" for r in refs.values())


def test_misspelling_needs_the_first_letter(resolver, nlp):
    refs = resolved(resolver, nlp, "Inland Steel said profits rose.")
    assert all(r.country != "FIN" for r in refs.values())


def test_transnational_body_is_an_ngo(resolver, nlp):
    refs = resolved(resolver, nlp, "The Third World Fisheries Forum urged rich nations to act.")
    forum = next(r for r in refs.values() if "Forum" in r.text)
    assert (forum.country, forum.resolved_by) == ("NGO", "transnational")
    refs = resolved(resolver, nlp, "He flew to the World Trade Center.")
    assert all(r.country != "NGO" for r in refs.values())


def test_apposition_overrides_a_past_office(resolver, nlp):
    refs = resolved(resolver, nlp, "Kofi Annan, the head of the United Nations Children's Fund, said.",
                    dt.date(2020, 1, 1))
    assert refs["Kofi Annan"].country == "UNO" and refs["Kofi Annan"].resolved_by == "apposition"


def test_neutral_role_takes_the_owner_sector(resolver, nlp):
    refs = resolved(resolver, nlp, "Representatives of the Kenyan Farmers Association attended.")
    rep = refs["Representatives"]
    assert (rep.country, rep.sector, rep.resolved_by) == ("KEN", "AGR", "owner")


@pytest.mark.parametrize("name,day,country,sector", [
    ("Walid al-Moualem", "2012-06-01", "SYR", "GOV"),
    ("Wael al-Halqi", "2013-06-01", "SYR", "GOV"),
    ("Ibrahim al-Jaafari", "2015-06-01", "IRQ", "GOV"),
    ("Abdullah Abdullah", "2015-06-01", "AFG", "GOV"),
    ("Ali Zeidan", "2013-06-01", "LBY", "GOV"),
    ("Khalifa Haftar", "2015-06-01", "LBY", "MIL"),
    ("Khaled Bahah", "2015-06-01", "YEM", "GOV"),
    ("Pavlo Klimkin", "2015-06-01", "UKR", "GOV"),
    ("Alexander Zakharchenko", "2015-06-01", "UKR", "PRE"),
    ("Abubakar Shekau", "2014-06-01", "NGA", "REB"),
    ("Hassan Sheikh Mohamud", "2013-06-01", "SOM", "GOV"),
    ("Dioncounda Traore", "2012-09-01", "MLI", "GOV"),
    ("Riek Machar", "2014-06-01", "SSD", "REB"),
    ("Riek Machar", "2012-06-01", "SSD", "GOV"),
    ("Joseph Kabila", "2012-06-01", "COD", "GOV"),
    ("Catherine Samba-Panza", "2014-06-01", "CAF", "GOV"),
    ("Khaled Meshaal", "2012-06-01", "PSE", "REB"),
    ("Hassan Nasrallah", "2012-06-01", "LBN", "REB"),
    ("Abu Bakr al-Baghdadi", "2015-06-01", "IMG", "REB"),
    ("Raheel Sharif", "2015-06-01", "PAK", "MIL"),
    ("Tamim bin Hamad al-Thani", "2015-06-01", "QAT", "GOV"),
    ("Hamad bin Khalifa al-Thani", "2010-06-01", "QAT", "GOV"),
])
def test_conflict_actors_2008_2015(resolver, name, day, country, sector):
    ref = resolver.resolve_text(name, dt.date.fromisoformat(day))
    assert ref is not None and ref.kind == "person" and (ref.country, ref.sector) == (country, sector), ref


@pytest.mark.parametrize("text,country,sector", [
    ("Ahrar al-Sham", "SYR", "REB"),
    ("the SPLM-IO", "SSD", "REB"),
    ("Seleka rebels", "CAF", "REB"),
    ("AMISOM", "IGO", "MIL"),
    ("the Popular Mobilization Forces", "IRQ", "PRM"),
])
def test_conflict_groups(resolver, text, country, sector):
    ref = resolver.resolve_text(text, MAY_2013)
    assert ref is not None and (ref.country, ref.sector) == (country, sector), ref


def test_article_joined_to_arabic_names():
    from annalyst.actors.kb import article_variant

    assert article_variant("Hamad bin Khalifa al Thani") == "Hamad bin Khalifa al-Thani"
    assert article_variant("Abdel Fattah el Sisi") == "Abdel Fattah el-Sisi"
    assert article_variant("Bashar al-Assad") is None


@pytest.mark.parametrize("a,b,near", [
    ("mitterand", "mitterrand", True), ("chriac", "chirac", True), ("quatar", "qatar", True),
    ("same", "same", False), ("santos", "sontas", False), ("ab", "abcd", False),
])
def test_one_edit(a, b, near):
    assert _one_edit(a, b) is near and _one_edit(b, a) is near
