"""Seats of government named in a locative phrase (``data/seats.tsv``, ``geo/seats.py``, LocationStep)."""

from __future__ import annotations

import pytest

from annalyst.geo import LocationStep
from annalyst.geo.gazetteer import load_gazetteer
from annalyst.geo.seats import GENERIC, load_meeting_seats, load_seats, seat_city, seat_key
from annalyst.model import ActorRef, Document
from annalyst.parse import ParseStep

from tests.event_at import event_at


def _locate(text: str, trigger: str):
    doc = ParseStep().process(Document(doc_id="d", source="test", text=text))
    event_at(doc, trigger, source=ActorRef("X"), cameo="010")
    LocationStep().process(doc)
    loc = doc.events[0].location
    return (loc.name, loc.country) if loc is not None else None


def test_the_table_loads_with_a_generic_row():
    seats = load_seats()
    assert seats["parliament"][GENERIC] is None and seats["parliament"]["ZAF"] == "Cape Town"
    assert seats["commons"] == {"GBR": "London"}


@pytest.mark.parametrize("words,key", [("the Commons", "commons"), ("Parliament's", "parliament"),
                                       ("the House of Commons", "house of commons"), ("the Senate", None)])
def test_seat_key(words, key):
    assert seat_key(words) == key


def test_seat_city_by_the_storys_state():
    assert seat_city("parliament", "ZAF") == ("ZAF", "Cape Town")  # a row of its own
    assert seat_city("parliament", "GRC") == ("GRC", None)  # the capital
    assert seat_city("parliament", None) is None
    assert seat_city("commons", None) == ("GBR", "London")
    assert seat_city("commons", "CAN") is None  # Canada's Commons: a namesake the table does not hold


@pytest.mark.parametrize("text,trigger,place", [
    ("CAPE TOWN, May 3 (Sapa) - Commuters protested outside Parliament's main entrance on Sunday.", "protested",
     ("Cape Town", "ZAF")),
    ("In the Commons, Mr Howard said the bill was being ramrodded through.", "said", ("London", "GBR")),
    ("He made the apology at Westminster on Wednesday.", "made", ("London", "GBR")),
    ("Thousands of supporters gathered outside the Greek parliament on Friday.", "gathered", ("Athens", "GRC")),
])
def test_a_seat_places_the_event_in_its_city(text, trigger, place):
    assert _locate(text, trigger) == place


def test_a_generic_seat_of_a_story_of_no_known_state_places_nothing():
    assert _locate("Protesters gathered outside parliament on Friday.", "gathered") is None


def test_every_meeting_seat_is_a_place_the_gazetteer_knows_in_its_country():
    # the table names each seat as the gazetteer does, so a dateline resolved there finds its row
    gazetteer = load_gazetteer()
    seats = load_meeting_seats()
    assert ("brussels", "BEL") in seats and seats[("brussels", "BEL")] == {"EUR", "NATO"}
    for city, country in seats:
        place = gazetteer.best_known(city)
        assert place is not None and (place.name.casefold(), place.country) == (city, country), city


@pytest.mark.parametrize("text,trigger,place", [
    ("The minister told British lawmakers the bill would pass.", "told", ("London", "GBR")),
    ("Speaking to the Commons on his first day, Mr Clarke said the detainees would stay.", "said",
     ("London", "GBR")),
    ("Mr Clarke told the Commons that the detainees would stay.", "told", ("London", "GBR")),
])
def test_a_legislature_told_places_the_statement_at_its_seat(text, trigger, place):
    # the audience is where the words were spoken: members of a legislature (legislator_noun) or a seat
    assert _locate(text, trigger) == place


@pytest.mark.parametrize("text", [
    "The minister told state lawmakers the bill would pass.",  # which legislature: a state's
    "The minister told the senator the bill would pass.",  # one member may be told anywhere
    "The minister told lawmakers the bill would pass.",  # no state named, none known for the story
])
def test_no_seat_for_an_audience_that_names_no_national_legislature(text):
    assert _locate(text, "told") is None


def test_what_a_legislature_was_told_is_not_placed_at_its_seat():
    # the addressee is where the telling was, not where the told happening was (a telephone call abroad)
    text = "Both men told British lawmakers that Trump's request to the Ukrainian president was inappropriate."
    assert (_locate(text, "told"), _locate(text, "request")) == (("London", "GBR"), None)
