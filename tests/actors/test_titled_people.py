"""People the knowledge base does not know, named with a title: an honorific between the title and the name,
the destination of a post ("Ambassador to China"), and "director" taking the sector of what it directs.
Sentences from ../shared/corpora/bbc-news and ../shared/corpora/reuters21578, plus issue 15's examples."""

from __future__ import annotations

import datetime as dt

import pytest

WHEN = dt.date(2005, 6, 1)


def rows(resolver, nlp, text):
    return [(r.text, r.country, r.sector, r.resolved_by) for r in resolver.resolve(nlp(text), WHEN)]


def test_a_sentence_end_before_an_honorific_keeps_two_mentions(resolver, nlp):
    # BBC politics: "people" ends one sentence and "Mr Blair" starts the next; they are not one titled person
    got = rows(resolver, nlp, "The bombs killed seven people. Mr Blair's official spokesman said no-one would forget.")
    assert [g[0] for g in got] == ["people", "Blair", "spokesman"]


@pytest.mark.parametrize("text,expected", [
    # BBC: the honorific neither ends the title nor becomes a name of its own
    ('NAO head Sir John Bourn said: "In difficult circumstances following the failure of the sale."',
     [("NAO head Sir John Bourn", "GBR", "GOV", "title+name")]),
    ("Former Northern Ireland minister Sir Nicholas Scott has died, his family has announced.",
     [("Northern Ireland minister Sir Nicholas Scott", "GBR", "ELI", "title+name")]),
    # Reuters: the country after "to" is where the post is, not whose it is
    ("Portuguese Ambassador to China Octavio Valerio said there was no problem.",
     [("Portuguese Ambassador to China Octavio Valerio", "PRT", "GOV", "title+name")]),
    # issue 15: NER reads "Ukraine Kurt Volker" as one organisation
    ("U.S. special envoy to Ukraine Kurt Volker met Russian officials.",
     [("U.S. special envoy to Ukraine Kurt Volker", "USA", "GOV", "title+name"),
      ("Russian officials", "RUS", "GOV", "adjective+sector")]),
    # BBC business: the honorific "Mr" is part of the titled person, not a name of its own
    ("On Friday, Federal Reserve chairman Mr Greenspan's speech in London sent the dollar higher.",
     [("Federal Reserve chairman Mr Greenspan", "USA", "GOV", "title+name"), ("London", "GBR", "CVL", "capital")]),
    # issue 15: "director" is the White House's office; a film director is an artist
    ("White House Budget Director James Millburn said the plan would cut spending.",
     [("White House Budget Director James Millburn", "USA", "GOV", "title+name")]),
    ("French film director Luc Besson sued the producer.",
     [("French film director Luc Besson", "FRA", "CVL", "title+name"), ("producer", None, "BUS", "sector")]),
])
def test_titled_unknown_people(resolver, nlp, text, expected):
    assert rows(resolver, nlp, text) == expected
