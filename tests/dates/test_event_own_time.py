"""An event's own time against the time of the sentence around it (issue 16, DATE-REPORT): a
nominal event's own date modifiers, a preposition date the parser hung on such a noun, a relative
clause of a dated happening, a committed-to act, an event measured "a day after" another, and a
said-not-done code (a threat) dated by its report.  Real sentences (BBC News 2004-05, Reuters-21578
1987, news-audit-1), events added by hand on real parses; each test names every event's date."""

from __future__ import annotations

import datetime as dt

from annalyst.dates import DateStep
from annalyst.model import ActorRef, Document, Event
from annalyst.parse import ParseStep


def _dated(text: str, published: dt.date, *triggers: str, cameo: str = "010") -> dict[str, tuple]:
    """{trigger: (date, precision, planned)} of events on the given words, dated by DateStep."""
    doc = ParseStep().process(Document(doc_id="d", source="test", text=text, published=published))
    for word in triggers:
        start = doc.text.index(word)
        sent = next(s for s in doc.sentences if s.start <= start < s.end)
        doc.events.append(Event(doc_id="d", sentence_index=sent.index, text=sent.text, span=(sent.start, sent.end),
                                source=ActorRef("X"), target=None, cameo=cameo, trigger=word,
                                trigger_span=(start, start + len(word))))
    return {e.trigger: (e.date, e.date_precision, "planned" in e.flags) for e in DateStep().process(doc).events}


def test_a_qualified_month_on_a_happening_dates_it_and_the_event_held_at_it():
    # BBC politics, January 2005: the elections were in June 2004, and so was the winning
    dated = _dated("UKIP won 31% of the vote in Erewash in last June's European elections.",
                   dt.date(2005, 1, 10), "won", "elections")
    assert dated == {"won": (dt.date(2004, 6, 1), "month", False),
                     "elections": (dt.date(2004, 6, 1), "month", False)}


def test_a_year_on_a_noun_dates_the_noun_not_the_verb_of_its_sentence():
    # BBC politics: the 2000 election is the election's time; the marring has none of its own
    dated = _dated("Such a result would be inconclusive, paving the way for a repeat of the legal wrangling "
                   "that marred the 2000 election.", dt.date(2005, 3, 1), "election", "paving")
    assert dated == {"election": (dt.date(2000, 1, 1), "year", False),
                     "paving": (dt.date(2005, 3, 1), "publication", False)}


def test_a_weekday_hung_on_a_noun_with_its_own_year_is_the_clauses():
    # the parser hangs "on Tuesday" on "raid", which has its year: Tuesday is the marking's
    dated = _dated("Israel marked the anniversary of the 2010 raid on Tuesday.", dt.date(2011, 6, 2),
                   "raid", "marked")
    assert dated == {"raid": (dt.date(2010, 1, 1), "year", False),
                     "marked": (dt.date(2011, 5, 31), "day", False)}


def test_a_relative_clause_takes_the_date_of_the_happening_it_describes():
    dated = _dated("The rebels have claimed responsibility for the bombing in March that killed 20 people.",
                   dt.date(2005, 11, 3), "claimed", "bombing", "killed")
    assert dated == {"claimed": (dt.date(2005, 11, 3), "publication", False),
                     "bombing": (dt.date(2005, 3, 1), "month", False),
                     "killed": (dt.date(2005, 3, 1), "month", False)}


def test_an_undated_happening_gives_its_relative_clause_nothing():
    # BBC: "a fire ... that killed 25 people" has no date of its own; 2002 is the introduction's
    dated = _dated("Internet cafe opening hours were introduced in 2002 following a fire at one cafe that killed "
                   "25 people.", dt.date(2005, 2, 1), "introduced", "killed")
    assert dated == {"introduced": (dt.date(2002, 1, 1), "year", False),
                     "killed": (dt.date(2005, 2, 1), "publication", False)}


def test_a_committed_act_is_read_forwards_and_planned():
    # BBC politics, published Wednesday 12 January 2005: the debate is Monday 17th, ahead
    dated = _dated("The Lib Dems have pledged to oppose the bill when it is debated next Monday.",
                   dt.date(2005, 1, 12), "pledged", "oppose")
    assert dated == {"pledged": (dt.date(2005, 1, 12), "publication", False),
                     "oppose": (dt.date(2005, 1, 17), "day", True)}


def test_a_committed_act_counts_from_the_commitments_day():
    # published Thursday 3 November 2005: agreed Tuesday 1st, talks Friday 4th (ahead: planned);
    # read from the reference date alone "Friday" would be 28 October, before the agreement
    dated = _dated("The two sides agreed on Tuesday to hold talks on Friday.", dt.date(2005, 11, 3),
                   "agreed", "talks")
    assert dated == {"agreed": (dt.date(2005, 11, 1), "day", False),
                     "talks": (dt.date(2005, 11, 4), "day", True)}
    # published Saturday 5th: the talks are past, Friday 4th, no longer a plan
    dated = _dated("The two sides agreed on Tuesday to hold talks on Friday.", dt.date(2005, 11, 5),
                   "agreed", "talks")
    assert dated == {"agreed": (dt.date(2005, 11, 1), "day", False),
                     "talks": (dt.date(2005, 11, 4), "day", False)}


def test_an_event_measured_after_another_counts_back_from_it():
    # BBC business: the comments are today's (publication), Snow spoke the day before
    dated = _dated("The comments come a day after US Treasury Secretary John Snow said a strong dollar was "
                   "\"in America's interest\".", dt.date(2005, 1, 20), "comments", "said")
    assert dated == {"comments": (dt.date(2005, 1, 20), "publication", False),
                     "said": (dt.date(2005, 1, 19), "publication", False)}
    # BBC business: "three days after", and a dated head gives a day
    dated = _dated("The deal was sealed on Wednesday, three days after Turkmenistan cut off gas supplies.",
                   dt.date(2005, 1, 7), "sealed", "cut off")
    assert dated == {"sealed": (dt.date(2005, 1, 5), "day", False),
                     "cut off": (dt.date(2005, 1, 2), "day", False)}


def test_a_threat_is_dated_by_its_report():
    # judged-1 (Reuters, 31 March 1987): the threat was made last week, when Reagan said it
    text = ("President Ronald Reagan said last week that the U.S. Would impose high tariffs on Japanese imports "
            "to retaliate against alleged Japanese violation of a computer chip trade pact.")
    assert _dated(text, dt.date(1987, 3, 31), "impose", cameo="1312") == {
        "impose": (dt.date(1987, 3, 23), "week", False)}
    # the same words coded as a deed keep the deed's own time (none: the reference date)
    assert _dated(text, dt.date(1987, 3, 31), "impose", cameo="172") == {
        "impose": (dt.date(1987, 3, 31), "publication", False)}


def test_a_named_happening_the_event_took_place_at_gives_its_year():
    # a proper name of a happening (the NER's EVENT, no happening word of happenings.tsv: "War" is a proper
    # noun here) is an occasion as "the raid" is: the invasion is of 1990, not the story's day
    dated = _dated("Iraqi troops invaded Kuwait during the 1990 Gulf War.", dt.date(2019, 11, 19), "invaded")
    assert dated == {"invaded": (dt.date(1990, 1, 1), "year", False)}
