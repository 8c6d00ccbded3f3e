"""A happening named again takes the day of its dated mention (``annalyst.dates.happenings``)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from annalyst.dates import DateStep, lexicon
from annalyst.model import ActorRef, Document, Event
from annalyst.parse import ParseStep

from tests.event_at import event_at


def _doc(text: str, published: dt.date) -> Document:
    return ParseStep().process(Document(doc_id="d", source="test", text=text, published=published))


def _event(doc: Document, trigger: str, occurrence: int = 0) -> Event:
    """A use of force (190) by an unplaced "X" whose trigger is the ``occurrence``-th match of ``trigger``."""
    return event_at(doc, trigger, source=ActorRef("X"), cameo="190", occurrence=occurrence)


def _dates(doc: Document, *events: Event) -> list[tuple]:
    DateStep().process(doc)
    return [(e.date, e.date_precision, e.date_text) for e in events]


def test_happenings_table_is_well_formed():
    rows = lexicon.data_rows("happenings.tsv")
    assert all(len(row) == 3 for row in rows)
    assert {kind for _, kind, _ in rows} == {"happening", "noun_happening", "product", "other", "definite"}
    named = ("happening", "noun_happening", "product")
    assert all(value for _, kind, value in rows if kind in named)  # every one has its family
    assert {value for _, kind, value in rows if kind == "product"} <= {value for _, kind, value in rows
                                                                       if kind == "happening"}
    assert all(not value for _, kind, value in rows if kind not in named)
    assert not [key for key, n in Counter(word for word, _, _ in rows).items() if n > 1]
    assert all(word == word.lower().strip() and " " not in word for word, _, _ in rows)


def test_an_undated_clash_takes_the_day_of_the_shootout_named_after_it():
    doc = _doc("Two soldiers were killed in a clash with the rebels in the south, an official statement said "
               "on Tuesday.\n\nOne rebel was also killed in the shootout on Monday night, the governor's office "
               "said.", dt.date(2005, 11, 1))
    killed, clash, also = _event(doc, "killed"), _event(doc, "clash"), _event(doc, "killed", 1)
    monday = (dt.date(2005, 10, 31), "day", "Monday night")
    assert _dates(doc, killed, clash, also) == [monday, monday, monday]


def test_the_killings_named_again_take_the_murder_day_and_the_protest_keeps_its_own():
    doc = _doc("About 500 demonstrators gathered at the city hall, denouncing the murder of a former militant "
               "and his family on Wednesday.\n\nPeople condemned the massacre. They killed even children, women, "
               "and the innocent.", dt.date(2005, 11, 18))
    gathered, denouncing = _event(doc, "gathered"), _event(doc, "denouncing")
    condemned, killed = _event(doc, "condemned"), _event(doc, "killed")
    friday = (dt.date(2005, 11, 18), "publication", None)
    # the participle's date after its object is the murder's: the gathering and the denouncing are the story's
    assert _dates(doc, gathered, denouncing, condemned, killed) == [
        friday, friday, friday, (dt.date(2005, 11, 16), "day", "Wednesday")]


def test_another_happening_a_kind_or_a_present_perfect_takes_no_day():
    doc = _doc("A bomb exploded in a crowded market in the capital, police said.\n\nAnother attack on Monday "
               "killed two soldiers. More than 300 people have been killed since the rebels took up arms. "
               "Neighbours denied the charges and said they were a pretext for attacks on them.",
               dt.date(2005, 11, 2))
    exploded = _event(doc, "exploded")
    perfect = _event(doc, "killed", 1)
    attacks = _event(doc, "attacks")
    published = (dt.date(2005, 11, 2), "publication", None)
    assert _dates(doc, exploded, perfect, attacks) == [published, published, published]


def test_an_earlier_mention_dates_a_later_one_of_its_family_only():
    doc = _doc("Rebels attacked an army post on Sunday, the army said.\n\nTwo soldiers died in the raid. "
               "Separately, ministers met in the capital.", dt.date(2005, 11, 2))
    raid, met = _event(doc, "raid"), _event(doc, "met")
    assert _dates(doc, raid, met) == [(dt.date(2005, 10, 30), "day", "Sunday"),
                                      (dt.date(2005, 11, 2), "publication", None)]


def test_the_overnight_attack_is_the_night_before_the_story():
    doc = _doc("BAGHDAD, April 7 - Iraqi troops surrounded the Iranians after the overnight attack was launched.",
               dt.date(1987, 4, 7))
    attack = _event(doc, "attack")
    assert _dates(doc, attack) == [(dt.date(1987, 4, 6), "day", "overnight")]


def test_a_day_owned_by_a_happening_noun_dates_the_event_it_names():
    doc = _doc("Three policemen were killed in Monday's attack on a checkpoint, officials said on Wednesday. "
               "Police arrested two men after Sunday's bombing.", dt.date(2005, 11, 2))
    killed, arrested = _event(doc, "killed"), _event(doc, "arrested")
    # "arrested" is no bombing: "Sunday's" dates the bombing only, the arrest is the story's
    assert _dates(doc, killed, arrested) == [(dt.date(2005, 10, 31), "day", "Monday"),
                                            (dt.date(2005, 11, 2), "publication", None)]


def test_without_a_publication_date_only_a_named_day_is_carried():
    doc = _doc("Rebels attacked an army post on 30 October 2005, the army said.\n\nTwo soldiers died in the raid. "
               "Police said the rebels had struck the post on Monday.\n\nThree men were later killed in the "
               "attack.", None)
    raid, killed = _event(doc, "raid"), _event(doc, "killed")
    # "on Monday" cannot be placed without a publication date: the raid keeps the named day, and the
    # later killing takes the nearest dated mention before it, the same day
    assert _dates(doc, raid, killed) == [(dt.date(2005, 10, 30), "day", "30 October 2005")] * 2


def test_a_happening_ahead_dates_no_past_one():
    doc = _doc("Parliament will vote on the budget on Friday, officials said.\n\nDeputies voted against a "
               "tax plan, the speaker said.", dt.date(2005, 11, 2))
    voted = _event(doc, "voted")
    assert _dates(doc, voted) == [(dt.date(2005, 11, 2), "publication", None)]


def test_a_past_happening_named_with_its_month_dates_it_named_again():
    # TimeML platinum WSJ_20130322_159: the raid of May 2010, named again in the next sentence
    doc = _doc("Mr. Erdogan has long sought an apology for the raid in May 2010 on the Mavi Marmara, which was part "
               "of a flotilla that sought to break Israel's blockade of Gaza. An Israeli raid on the ship left nine "
               "passengers dead, all of them Turkish or of Turkish descent.", dt.date(2013, 3, 22))
    raid = _event(doc, "raid", 1)
    assert _dates(doc, raid) == [(dt.date(2010, 5, 1), "month", "May 2010")]
    assert raid.flags == ["historical"]


def test_a_year_before_the_happening_noun_dates_its_killings():
    # TimeML platinum bbc_20130322_1353: "the 2010 commando raid" (the parser's number modifier)
    doc = _doc("Israel's prime minister has apologised to Turkey for any errors that could have led to loss of life "
               "during the 2010 commando raid on an aid flotilla. Benjamin Netanyahu also agreed with his Turkish "
               "counterpart Recep Tayyip Erdogan to compensate the families of the nine activists who were killed.",
               dt.date(2013, 3, 22))
    killed = _event(doc, "killed")
    assert _dates(doc, killed) == [(dt.date(2010, 1, 1), "year", "2010")]


def test_a_month_not_over_by_the_reference_date_dates_no_happening_named_again():
    # published 22 March: "the raid in March" may be this week's; the next mention keeps the story's day
    doc = _doc("Mr. Erdogan has long sought an apology for the raid in March on the Mavi Marmara. An Israeli raid on "
               "the ship left nine passengers dead.", dt.date(2013, 3, 22))
    raid = _event(doc, "raid", 1)
    assert _dates(doc, raid) == [(dt.date(2013, 3, 22), "publication", None)]


def test_a_month_without_its_year_dates_no_happening_named_again():
    # Reuters 1987-03-12: "in June" of a plan, read backwards, would make the meetings of June 1986
    doc = _doc("Prime Minister Brian Mulroney said the premiers agreed to meet again in June. Speaking to reporters "
               "after nearly five hours of meetings with the 10 premiers, Mulroney said he was pleased.",
               dt.date(1987, 3, 12))
    meetings = _event(doc, "meetings")
    assert _dates(doc, meetings) == [(dt.date(1987, 3, 12), "publication", None)]


# judged-3 zyte-c90731f051d0 (a page of 2019-11-20): the phone call named again, in a sentence in the present
CALL = ("The Democrats are alleging that Trump's call with his Ukrainian counterpart was irregular.\n\n"
        "In the morning, lawmakers grilled Vindman on Trump's July 25 phone call with President Zelensky.\n\n"
        "Trump called the hearings a sham.")


def test_a_definite_happening_noun_takes_its_day_whatever_the_tense_around_it():
    doc = _doc(CALL, dt.date(2019, 11, 20))
    call, called = _event(doc, "call"), _event(doc, "called")
    # the verb "called" names no phone call: it keeps the page's day
    assert _dates(doc, call, called) == [(dt.date(2019, 7, 25), "day", "July 25"),
                                        (dt.date(2019, 11, 20), "publication", None)]


def test_an_indefinite_happening_noun_in_the_present_takes_no_day():
    doc = _doc(CALL.replace("that Trump's call", "that a call", 1), dt.date(2019, 11, 20))
    assert _dates(doc, _event(doc, "call")) == [(dt.date(2019, 11, 20), "publication", None)]


def test_an_indefinite_noun_only_happening_names_another_one():
    # a zyte page of 2019-11-19: "a confidential Obama phone call" is not the July 25 call told before
    text = ("Trump's July 25 phone call with Zelensky was released.\n\n"
            "An official went to the IG to claim knowledge of a confidential Obama phone call.")
    doc = _doc(text, dt.date(2019, 11, 19))
    assert _dates(doc, _event(doc, "phone call", occurrence=1)) == [(dt.date(2019, 11, 19), "publication", None)]


def test_family_words_are_the_nouns_and_verbs_family_of_reads(nlp):
    """``family_words`` (the POS column's nouns and verbs) holds every token ``family_of`` gives a family,
    in text order: the words it leaves out are those ``family_of`` answers None for."""
    from annalyst.dates.happenings import family_of, family_words

    doc = nlp("Two soldiers were killed in a clash near the border on Monday, a statement said. "
              "The attack, the third this week, was condemned; protesters marched and the talks resumed.")
    kept = [t.i for t in family_words(doc)]
    assert kept == [t.i for t in doc if t.pos_ in ("NOUN", "VERB")]
    assert [t.i for t in doc if family_of(t) is not None] == [i for i in kept if family_of(doc[i]) is not None]
    assert [t.i for t in doc if family_of(t) is not None]  # the sentence has happenings to find
