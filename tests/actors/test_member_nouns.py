"""A proper name after a noun that names one member of a sector ("math teacher Angela Cooper", lang/en/words.tsv
member_nouns) is a person, not a body named by its descriptor as after "company" (issue 15): her later bare
surname and her post reach her, and a teacher with no state of her own is the article's, as its group nouns are
(sector_groups.tsv office_home EDU)."""

from __future__ import annotations

import datetime as dt

from annalyst.clean.dateline import dateline_spans

NOV_2019 = dt.date(2019, 11, 19)


def refs(resolver, nlp, text):
    return [(r.text, r.kind, r.code, r.resolved_by, r.entity)
            for r in resolver.resolve(nlp(text), NOV_2019, dateline_spans(text))]


def test_a_teacher_named_after_her_noun_is_a_person_her_surname_reaches(resolver, nlp):
    text = ("INDIANAPOLIS, Nov 19 - High school math teacher Angela Cooper said she and more than 40 fellow "
            "teachers took a personal day on Tuesday to protest.\n\n\"We need to make sure we keep teachers in "
            "the classroom,\" Cooper said.")
    assert refs(resolver, nlp, text) == [
        ("High school", "state", "USAEDU", "home", "E1"),
        ("teacher Angela Cooper", "person", "USAEDU", "home", "E2"),
        ("she", "person", "USAEDU", "coref", "E2"),
        ("teachers", "state", "USAEDU", "home", "E1"),
        ("Cooper", "person", "USAEDU", "surname", "E2")]


def test_a_body_noun_still_names_the_body_after_it(resolver, nlp):
    text = ("MOSCOW, Nov 19 - The oil company Kovrana raised its prices on Tuesday. The company said demand was "
            "rising.")
    assert refs(resolver, nlp, text) == [
        ("company Kovrana", "org", "RUSBUS", "home", "E1"), ("company", "org", "RUSBUS", "description", "E1")]
