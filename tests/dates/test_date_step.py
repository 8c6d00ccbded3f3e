"""DateStep on hand-built documents: parse real text, add events by hand, date them."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.dates import DateStep
from annalyst.dates.step import NEWS_DAY_LAG
from annalyst.model import ActorRef, Document, Event
from annalyst.parse import ParseStep

from tests.event_at import event_at


def _doc(text: str, published=dt.date(2022, 7, 18)) -> Document:
    doc = Document(doc_id="d", source="test", text=text, published=published)
    return ParseStep().process(doc)


def _event(doc: Document, trigger: str, occurrence: int = 0) -> Event:
    """A statement (010) by an unplaced "X" whose trigger is the ``occurrence``-th match of ``trigger``."""
    return event_at(doc, trigger, source=ActorRef("X"), cameo="010", occurrence=occurrence)


FOUNDING = (
    "July 13, 2022\u00a0 North Korea has officially recognized the independence of the DPR and LPR. "
    "DPRK Foreign Minister Choe Son-hui sent her counterparts the following letters. "
    "In addition, a note was handed to the Russian ambassador in Pyongyang.\n\n"
    "On the very first day, the DPRK Foreign Ministry immediately pointed out that the US was to blame.\n\n"
    "On February 28, a DPRK foreign ministry spokesperson responded to a question from KCNA. "
    "According to him, the US stubbornly promoted NATO's eastward expansion.\n\n"
    "On April 11, the DPRK foreign minister also criticized the decision.\n\n"
    "It is clear that Ukraine responded by immediately severing diplomatic relations with the DPRK."
)


def test_founding_paragraphs():
    doc = _doc(FOUNDING)
    recognized, sent, handed = _event(doc, "recognized"), _event(doc, "sent"), _event(doc, "handed")
    pointed, responded, promoted = _event(doc, "pointed"), _event(doc, "responded"), _event(doc, "promoted")
    criticized, severing = _event(doc, "criticized"), _event(doc, "severing")
    DateStep().process(doc)
    for ev in (recognized, sent, handed):  # the dateline carries through its paragraph
        assert (ev.date, ev.date_precision, ev.date_text) == (dt.date(2022, 7, 13), "day", "July 13, 2022")
    assert (pointed.date, pointed.date_precision) == (dt.date(2022, 7, 18), "publication")  # "first day" is no date
    assert pointed.date_text is None
    assert (responded.date, responded.date_precision) == (dt.date(2022, 2, 28), "day")
    assert promoted.date == dt.date(2022, 2, 28)  # the earlier sentence of its paragraph
    assert criticized.date == dt.date(2022, 4, 11)
    assert (severing.date, severing.date_precision) == (dt.date(2022, 7, 18), "publication")
    assert not any(ev.flags for ev in doc.events)


def test_context_stops_at_the_paragraph_break():
    doc = _doc("On March 3, the council met in private.\n\nThe minister resigned.")
    met, resigned = _event(doc, "met"), _event(doc, "resigned")
    DateStep().process(doc)
    assert met.date == dt.date(2022, 3, 3)
    assert resigned.date_precision == "publication"


def test_prefers_the_date_attached_to_the_trigger():
    doc = _doc("Russia, which annexed Crimea in 2014, vetoed the draft resolution on Friday.")
    annexed, vetoed = _event(doc, "annexed"), _event(doc, "vetoed")
    DateStep().process(doc)
    assert (vetoed.date, vetoed.date_text) == (dt.date(2022, 7, 15), "Friday")
    assert (annexed.date, annexed.date_precision) == (dt.date(2014, 1, 1), "year")
    assert "historical" in annexed.flags and "historical" not in vetoed.flags


def test_span_openers_do_not_date_the_event():
    doc = _doc("Sanctions in force since 2014 were extended by the European Union.")
    extended = _event(doc, "extended")
    DateStep().process(doc)
    assert extended.date_precision == "publication"


def test_relative_expressions_and_anaphora():
    doc = _doc("Police arrested the suspect on Wednesday. Two days earlier, protesters had blocked the road.")
    arrested, blocked = _event(doc, "arrested"), _event(doc, "blocked")
    DateStep().process(doc)
    assert arrested.date == dt.date(2022, 7, 13)
    assert blocked.date == dt.date(2022, 7, 11)
    assert blocked.date_text.lower() == "two days earlier"


def test_future_event_takes_the_coming_weekday():
    doc = _doc("The foreign ministers will meet in Geneva on Thursday.")
    meet = _event(doc, "meet")
    DateStep().process(doc)
    assert meet.date == dt.date(2022, 7, 21)


def test_modal_may_is_not_a_month():
    doc = _doc("Officials said Russia may retaliate against the new sanctions.")
    retaliate = _event(doc, "retaliate")
    DateStep().process(doc)
    assert retaliate.date_precision == "publication"


def test_no_publication_date():
    doc = _doc("The president visited Kyiv on Monday. On March 3, 2022, the UN passed a resolution.", published=None)
    visited, passed = _event(doc, "visited"), _event(doc, "passed")
    DateStep().process(doc)
    assert (visited.date, visited.date_precision) == (None, None)  # a weekday needs a publication date
    assert passed.date == dt.date(2022, 3, 3)


def test_historical_threshold_is_a_parameter():
    doc = _doc("The two countries signed the treaty in 2019.")
    signed = _event(doc, "signed")
    DateStep(historical_days=5000).process(doc)
    assert signed.date == dt.date(2019, 1, 1) and "historical" not in signed.flags
    signed.flags.clear()
    DateStep().process(doc)
    assert "historical" in signed.flags


def test_unparsed_document_falls_back_to_publication():
    doc = Document(doc_id="d", source="test", text="x", published=dt.date(2020, 1, 2))
    doc.events.append(Event(doc_id="d", sentence_index=0, text="x", span=(0, 1), source=ActorRef("X"),
                            target=None, cameo="010"))
    DateStep().process(doc)
    assert (doc.events[0].date, doc.events[0].date_precision) == (dt.date(2020, 1, 2), "publication")


def test_upcoming_dates_in_non_past_clauses_read_forwards():
    doc = _doc("Officials said the talks, starting on July 21, would cover market access.\n\n"
               "The ministers met on July 21.", published=dt.date(2022, 7, 18))
    cover, met = _event(doc, "cover"), _event(doc, "met")
    DateStep().process(doc)
    assert cover.date == dt.date(2022, 7, 21)  # three days ahead, not a year back
    assert met.date == dt.date(2021, 7, 21)  # past tense: on or before publication


def test_mixed_expressions_in_one_paragraph():
    doc = _doc("On Friday, police arrested two men. Last month the court had convicted them. "
               "A hearing is set to take place on August 2.")
    for trigger in ("arrested", "convicted", "take"):
        _event(doc, trigger)
    DateStep().process(doc)
    for ev in doc.events:
        assert ev.date is not None and ev.date_precision in ("day", "month", "year", "publication")
        assert (ev.date_text is None) == (ev.date_precision == "publication")
    assert [ev.date for ev in doc.events] == [dt.date(2022, 7, 15), dt.date(2022, 6, 1), dt.date(2022, 8, 2)]


_EXPRESSIONS = ["Monday", "yesterday", "last month", "April 9", "March 3, 2019", "the first day", "2015",
                "two days earlier", "this week", "may", "December 31", "early March", "the same day"]
_TEMPLATES = ["On {e}, the minister met the ambassador.", "The minister met the ambassador {e}.",
              "Police said {e} that they had arrested the suspect.", "Talks will resume {e}, officials said."]


@settings(max_examples=40, deadline=None)
@given(published=st.none() | st.dates(min_value=dt.date(1980, 1, 1), max_value=dt.date(2035, 12, 31)),
       expr=st.sampled_from(_EXPRESSIONS), template=st.sampled_from(_TEMPLATES))
def test_step_dates_are_valid_and_precision_consistent(published, expr, template):
    doc = _doc("Background sentence without a date.\n\n" + template.format(e=expr), published=published)
    sent = doc.sentences[-1]
    root = doc.parsed.char_span(sent.start, sent.end).root
    doc.events.append(Event(doc_id="d", sentence_index=sent.index, text=sent.text, span=(sent.start, sent.end),
                            source=ActorRef("X"), target=None, cameo="010", trigger=root.text,
                            trigger_span=(root.idx, root.idx + len(root.text))))
    DateStep().process(doc)
    ev = doc.events[0]
    if ev.date is None:
        assert ev.date_precision is None and published is None
        return
    assert ev.date_precision in ("day", "week", "month", "year", "publication")
    if ev.date_precision == "week":
        assert ev.date.weekday() == 0  # a week is dated by its Monday
    if ev.date_precision == "publication":
        # the reference date, or the story's news day: the day before it named in the lead (``_news_day``)
        assert (published - ev.date).days in (0, NEWS_DAY_LAG) and ev.date_text is None
    else:
        assert ev.date_text and ev.date_text in doc.text
        if ev.date_precision == "year":
            assert (ev.date.month, ev.date.day) == (1, 1)
    assert ("historical" in ev.flags) <= (published is not None and ev.date < published)


def test_wire_dateline_carries_through_its_paragraph():
    doc = _doc("WASHINGTON, March 3 - The Senate approved the bill. The House rejected it.\n\n"
               "The president vetoed a similar bill.", published=dt.date(2022, 3, 4))
    approved, rejected, vetoed = _event(doc, "approved"), _event(doc, "rejected"), _event(doc, "vetoed")
    DateStep().process(doc)
    assert approved.date == rejected.date == dt.date(2022, 3, 3)
    assert vetoed.date_precision == "publication"


def test_comparisons_and_noun_modifiers_do_not_date_the_event():
    doc = _doc("The company reported net income of 12 mln dlrs, against 9 mln dlrs a year earlier.\n\n"
               "The board approved the 1982 agreement.", published=dt.date(1987, 6, 2))
    reported, approved = _event(doc, "reported"), _event(doc, "approved")
    DateStep().process(doc)
    assert reported.date_precision == "publication"
    assert approved.date_precision == "publication"


def test_terms_and_concessive_clauses_do_not_date_the_event():
    doc = _doc("The bank is issuing a 60 mln dlr bond due May 14, 1997, the manager said.\n\n"
               "Although the vote was deferred last week, funds are still being released.",
               published=dt.date(1987, 3, 30))
    issuing, released = _event(doc, "issuing"), _event(doc, "released")
    DateStep().process(doc)
    assert issuing.date_precision == "publication"
    assert released.date_precision == "publication"


def test_dates_after_the_last_event_are_not_resolved_and_change_nothing():
    from annalyst.dates import DateStep, DocumentDates, find_date_mentions
    from annalyst.parse import ParseStep
    from annalyst.actors import ActorStep
    from annalyst.events import EventStep
    import datetime as dt
    from annalyst.model import Document

    text = ("North Korea recognized the independence of Donetsk on July 13, 2022, officials said.\n\n"
            "The two sides had first met in March.  Talks are planned for August 3 and September 2023.")
    doc = Document(doc_id="d", source="d.txt", text=text, published=dt.date(2022, 7, 18))
    for step in (ParseStep(), ActorStep(), EventStep()):
        doc = step.process(doc)
    assert doc.events
    last = max(e.span[1] for e in doc.events)
    every = find_date_mentions(doc.parsed)
    early = find_date_mentions(doc.parsed, until=last)
    assert early == [m for m in every if m.start < last] and len(early) < len(every)
    whole, cut = DocumentDates(doc), DocumentDates(doc, until=last)
    assert [whole.choose(e) for e in doc.events] == [cut.choose(e) for e in doc.events]
    assert DateStep().process(doc).events[0].date == dt.date(2022, 7, 13)


def test_a_weekday_of_something_done_is_not_read_forwards():
    # published Wednesday 2002-03-27: "on tuesday" of a bare participle or a participle in a past
    # clause is yesterday, not next Tuesday; a modal clause's participle still reads forwards
    doc = _doc("The two terrorists arrested on tuesday had plans to engineer blasts.\n\n"
               "Two persons were killed in police firing on monday.\n\n"
               "Officials said the talks, starting on friday, would cover market access.",
               published=dt.date(2002, 3, 27))
    arrested, firing, cover = _event(doc, "arrested"), _event(doc, "firing"), _event(doc, "cover")
    DateStep().process(doc)
    assert [(e.date, e.date_precision) for e in (arrested, firing, cover)] == [
        (dt.date(2002, 3, 26), "day"), (dt.date(2002, 3, 25), "day"), (dt.date(2002, 3, 29), "day")]


def test_sentence_roots_are_found_once_and_are_the_sentences_roots():
    """``DocumentDates._root`` keeps each sentence's root (a cache keyed by the sentence's index): the
    same token every time it is asked, and the root spaCy gives that sentence."""
    from annalyst.dates.step import DocumentDates
    from annalyst.parse import ParseStep
    import datetime as dt
    from annalyst.model import Document

    text = ("Police arrested two men on Monday.  They were released later.\n\n"
            "The minister said on Tuesday that talks would resume.")
    doc = ParseStep().process(Document(doc_id="r", source="r.txt", text=text, published=dt.date(2022, 7, 18)))
    dates = DocumentDates(doc)
    sents = list(doc.parsed.sents)
    assert len(sents) == len(doc.sentences) == 3
    for index, sent in enumerate(sents):
        assert dates._root(index).i == sent.root.i
        assert dates._root(index) is dates._root(index)
    assert sorted(dates._roots) == [0, 1, 2]
