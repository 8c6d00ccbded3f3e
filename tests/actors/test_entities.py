"""The document entity layer (issue 15): every mention linked to one entity, later mentions resolved by name,
acronym and description, unknown bodies kept, offices deciding a person, group nouns placed by the article."""

from __future__ import annotations

import datetime as dt

import pytest

from annalyst.actors.step import ActorStep
from annalyst.model import Document


def _mentions(resolver, nlp, text, when=None):
    refs, entities = resolver.resolve_document(nlp(text), when)
    return [(a.text, a.code or a.country, a.resolved_by, a.entity) for a in refs], entities


def test_surname_and_pronouns_are_one_entity(resolver, nlp):
    text = ("Palestinian premier Ismail Haniya warned on Saturday against talks. Haniya, who came to Qatar "
            "from Egypt, named the posts. Haniya said he did not object.")
    mentions, entities = _mentions(resolver, nlp, text, dt.date(2006, 12, 2))
    assert mentions == [
        ("Palestinian premier Ismail Haniya", "PSEGOV", "title+name", "E1"),
        ("Haniya", "PSEGOV", "surname", "E1"),
        ("Qatar", "QAT", "kb-phrase", "E2"),
        ("Egypt", "EGY", "kb-phrase", "E3"),
        ("Haniya", "PSEGOV", "surname", "E1"),
        ("he", "PSEGOV", "coref", "E1"),
    ]
    first = entities[0]
    assert (first.id, first.code, first.resolved_by, first.evidence, len(first.mentions)) == (
        "E1", "PSEGOV", "title+name", "Palestinian premier Ismail Haniya", 4)


def test_acronym_and_full_name_both_ways(resolver, nlp):
    text = "The ADB said it was pleased. The Asian Development Bank (ADB) will provide 150 million dollars."
    mentions, _ = _mentions(resolver, nlp, text)
    assert [(t, c, e) for t, c, _, e in mentions] == [
        ("ADB", "ADB", "E1"), ("it", "ADB", "E1"), ("Asian Development Bank", "ADB", "E1"), ("ADB", "ADB", "E1")]


def test_a_defined_acronym_the_parser_reads_as_a_people_is_still_the_body(resolver, nlp):
    # judged-10 bbc-politics-103: the second "ADSS" is tagged NORP (a people) and was left a body of its own
    text = ("The government has announced a minimum rate for foster carers in England. The Association of Directors "
            "of Social Services (ADSS) said it agreed in principle with the plans. \"But ADSS fully supports proper "
            "remuneration for valued foster carers.\"")
    mentions, _ = _mentions(resolver, nlp, text, dt.date(2004, 6, 1))
    body = [(t, r, e) for t, _, r, e in mentions if "ADSS" in t or "Association" in t]
    assert [t for t, _, _ in body] == ["Association of Directors of Social Services", "ADSS", "ADSS"]
    assert [r for _, r, _ in body][1:] == ["acronym", "acronym"]
    assert len({e for _, _, e in body}) == 1


def test_an_unknown_acronym_takes_its_bracketed_name(resolver, nlp):
    text = "The Union for Democratic Progress of Zambia (UDPZ) rejected the result. The UDPZ said it would appeal."
    mentions, _ = _mentions(resolver, nlp, text)
    acronyms = [m for m in mentions if m[0] == "UDPZ"]
    assert len(acronyms) == 2 and all(m[3] == acronyms[0][3] for m in acronyms)


def test_a_named_body_is_kept_with_its_descriptor_and_found_again(resolver, nlp):
    text = ("Azerbaijani officials will hold talks with Russian gas giant Mosgaz over prices. "
            "Mosgaz has said the company would cut supplies.")
    mentions, entities = _mentions(resolver, nlp, text)
    assert mentions == [
        ("Azerbaijani officials", "AZEGOV", "adjective+sector", "E1"),
        ("Russian gas giant Mosgaz", "RUSBUS", "descriptor+adjective", "E2"),
        ("Mosgaz", "RUSBUS", "name", "E2"),
        ("company", "RUSBUS", "description", "E2"),
    ]
    assert (entities[1].name, entities[1].kind) == ("Mosgaz", "org")


def test_a_named_body_without_a_country_keeps_the_reason(resolver, nlp):
    text = "The small party Mabadiliko rejected the result."
    refs, entities = resolver.resolve_document(nlp(text), None)
    party = next(a for a in refs if "Mabadiliko" in a.text)
    entity = next(e for e in entities if e.id == party.entity)
    assert (party.country, party.sector, party.kind) == (None, "PTY", "org")
    assert entity.country is None and entity.reason


@pytest.mark.parametrize("text,when,mention,code", [
    # the title's office decides, over the knowledge base's other terms of the person
    ("UN envoy Martti Ahtisaari arrived in Belgrade.", dt.date(2005, 11, 26), "UN envoy Martti Ahtisaari", "UNOGOV"),
    # where an ambassador serves is not whose ambassador they are
    ("US Ambassador to Japan Thomas Schieffer said Wednesday the troops stay.", dt.date(2005, 11, 30),
     "US Ambassador to Japan Thomas Schieffer", "USAGOV"),
    # a venue is not a person's country
    ("Federal Reserve chairman Paul Volcker met Soviet leader Mikhail Gorbachev in Moscow.", dt.date(1986, 6, 1),
     "Federal Reserve chairman Paul Volcker", "USAGOV"),
    ("A spokesman for Hamas said the movement would not recognise Israel.", dt.date(2006, 1, 1), "spokesman",
     "PSEREB"),
])
def test_offices_and_owners_decide_a_person(resolver, nlp, text, when, mention, code):
    mentions, _ = _mentions(resolver, nlp, text, when)
    assert next(c for t, c, _, _ in mentions if t == mention) == code


def test_an_unplaced_title_takes_no_country_from_the_venue(resolver, nlp):
    text = "Chief negotiator John Smithers met officials in Moscow."
    mentions, _ = _mentions(resolver, nlp, text, dt.date(2005, 1, 1))
    assert next(c for t, c, _, _ in mentions if t.endswith("John Smithers")) is None


@pytest.mark.parametrize("when,codes", [
    (dt.date(1986, 6, 1), ["SUNGOV", "SUNCVL", "CSKGOV", "DDRMIL"]),
    (dt.date(1995, 6, 1), ["RUSELI", "RUSCVL", "CZEGOV", "DEUMIL"]),
])
def test_former_states_in_their_years(resolver, nlp, when, codes):
    text = ("Soviet leader Mikhail Gorbachev spoke in Moscow. Czechoslovak officials listened. "
            "East German troops were on alert.")
    mentions, _ = _mentions(resolver, nlp, text, when)
    assert [c for _, c, _, _ in mentions] == codes


def test_group_nouns_take_the_home_country_with_evidence(resolver, nlp):
    text = ("Zairean President Mobutu Sese Seko used his troops on Wednesday. Troops sealed off the parliament "
            "building. Zaire's opposition marched in Kinshasa. US officials in Washington said Zaire should hold talks.")
    mentions, _ = _mentions(resolver, nlp, text, dt.date(1997, 4, 9))
    assert ("Troops", "CODMIL", "home") == next(m[:3] for m in mentions if m[0] == "Troops")


def test_definite_description_takes_the_last_compatible_entity(resolver, nlp):
    text = "Two Turkish soldiers died in a clash with the PKK. The group said it would fight on."
    mentions, _ = _mentions(resolver, nlp, text)
    pkk = next(m for m in mentions if m[0] == "PKK")
    group = next(m for m in mentions if m[0] == "The group")
    assert group[1:] == ("PKK", "description", pkk[3])


@pytest.mark.parametrize("text", [
    "PYONGYANG, July 14 (Reuters) - North Korea on Wednesday recognised the two republics. Pyongyang said so.",
    "MANILA (AFP) - North Korea on Wednesday recognised the two republics. Pyongyang said so.",
])
def test_the_actor_step_fills_entities_and_skips_the_dateline(text):
    # whatever span annalyst.clean.dateline.dateline_spans returns is no mention and no antecedent
    doc = ActorStep().process(Document(doc_id="d", source="t", text=text, published=dt.date(2022, 7, 14)))
    assert not any(a.start is not None and a.start < text.index("North") for a in doc.actors)
    assert {a.entity for a in doc.actors} == {e.id for e in doc.entities}
    assert all(a.entity for a in doc.actors)


@pytest.mark.parametrize("text,later,code", [
    # family name first (family_name_first.tsv): the first word alone is the same person
    ("North Korean chief negotiator Kim Gye-gwan arrived in Beijing. Kim said the talks had a direction.", "Kim",
     "PRKGOV"),
    # elsewhere a lone first name is not linked
    ("Scotland's political correspondent Glenn Campbell reported the vote. Glenn said he was surprised.",
     "Glenn", None),
])
def test_first_word_of_a_name_only_where_the_family_name_comes_first(resolver, nlp, text, later, code):
    at = text.index(later, text.index(".") + 1)
    refs = resolver.resolve(nlp(text), dt.date(2005, 11, 9))
    ref = next((a for a in refs if a.start == at), None)
    assert (ref.code if ref is not None else None) == code


def test_an_honorific_and_surname_name_the_titled_person(resolver, nlp):
    text = "Industry Secretary Patricia Hewitt said the plan would work. Ms Hewitt told GMTV that children would gain."
    mentions, _ = _mentions(resolver, nlp, text, dt.date(2005, 1, 10))
    assert [(t, c, how, e) for t, c, how, e in mentions if "Hewitt" in t] == [
        ("Industry Secretary Patricia Hewitt", "GBRGOV", "title+name", "E1"),
        ("Ms Hewitt", "GBRGOV", "surname", "E1"),
    ]


@pytest.mark.parametrize("when,codes", [
    # before the CPA a rebel movement, a partner of Sudan's government from 2005-07-09, South Sudan's after
    (dt.date(1998, 6, 1), ["SPLM", "TALIBAN"]),  # as PETRARCH2 and the PLOVER GSR code their 1996-2001 rule
    (dt.date(2003, 6, 1), ["SPLM", "TALIBAN"]),
    (dt.date(2005, 11, 29), ["SDNGOV", "TALIBAN"]),
    (dt.date(2013, 6, 1), ["SSDGOV", "TALIBAN"]),
    (dt.date(2022, 6, 1), ["SSDGOV", "AFGGOV"]),
    (None, ["SPLM", "TALIBAN"]),  # no date: their usual coding (organisations.tsv)
])
def test_dated_roles_of_organisations(resolver, nlp, when, codes):
    """org_roles.tsv: the article's date chooses an organisation's role (a movement in a government)."""
    text = "The SPLM met the Taliban."
    mentions, _ = _mentions(resolver, nlp, text, when)
    assert [c for _, c, _, _ in mentions] == codes


@pytest.mark.parametrize("text,expected", [
    # "Mrs Blair" in a story that calls its Blair "Mr Blair" is another person: unplaced, an entity of her own
    ("Mr Blair met Mrs Blair in London. Mrs Blair said the trip went well.",
     [("Blair", "GBRGOV", "kb-person", "E1"), ("Blair", None, "honorific", "E2"), ("London", "GBRCVL", "capital", "E3"),
      ("Blair", None, "honorific", "E2")]),
    # an unknown name: "Mrs Smith" is not linked to the "Mr Smith" that "John Smith" became
    ("John Smith said Mr Smith and Mrs Smith met.",
     [("John Smith", None, "unknown", "E1"), ("Smith", None, "unknown", "E1"), ("Mrs Smith", None, "honorific", "E2")]),
    # one sex throughout, or no honorific at all: every mention stays the person's
    ("Tony Blair spoke. Mr Blair said Gordon Brown would go.",
     [("Tony Blair", "GBRGOV", "kb-person", "E1"), ("Blair", "GBRGOV", "kb-person", "E1"),
      ("Gordon Brown", "GBRGOV", "kb-person", "E2")]),
    # "Dr" says no sex
    ("Mrs Jowell said Dr Jowell agreed.",
     [("Mrs Jowell", None, "unknown", "E1"), ("Dr Jowell", None, "unknown", "E1")]),
])
def test_an_honorific_of_the_other_sex_is_another_person(resolver, nlp, text, expected):
    mentions, _ = _mentions(resolver, nlp, text, dt.date(2005, 3, 1))
    assert mentions == expected
