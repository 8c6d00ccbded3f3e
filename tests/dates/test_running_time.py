"""The article's running time: a date carries across paragraph breaks of a wire story (one sentence a
paragraph) to a past event with no date of its own, until the text moves to now, to the future, to an
older day or to a date of something else (``DateStep``, ``RUNNING_PARAGRAPHS``, ``RUNNING_DAYS``).
Real sentences from Reuters-21578 and AFP wire text; events added by hand on real parses."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from annalyst.dates import DateStep
from annalyst.model import ActorRef, Document, Event
from annalyst.parse import ParseStep


def _dated(text: str, published: dt.date, *triggers: str, codes: Optional[dict[str, str]] = None) -> list[tuple]:
    """The (date, precision) of events added at the triggers, each coded 010 unless ``codes`` names its code."""
    doc = ParseStep().process(Document(doc_id="d", source="test", text=text, published=published))
    for word in triggers:
        start = doc.text.index(word)
        sent = next(s for s in doc.sentences if s.start <= start < s.end)
        doc.events.append(Event(doc_id="d", sentence_index=sent.index, text=sent.text, span=(sent.start, sent.end),
                                source=ActorRef("X"), target=None, cameo=(codes or {}).get(word, "010"), trigger=word,
                                trigger_span=(start, start + len(word))))
    return [(e.date, e.date_precision) for e in DateStep().process(doc).events]


# the story's own dateline: a wire dateline's date is the day of writing, so the lead's "yesterday" is no
# news day for the story's undated reports (``_news_day``)
MURDANI = ("JAKARTA, March 9 - Murdani told a meeting of the ruling Golkar party in Jakarta yesterday that he believed the security "
           "situation was now stable.\n\n")


def test_a_report_takes_the_time_of_the_report_paragraphs_before():
    # reuters-2972 (JAKARTA, March 9): the second statement was made at yesterday's meeting
    text = MURDANI + ("However, he also said mass meetings during the election campaign period should be "
                      "avoided, as they could trigger what he termed a critical situation very easily.")
    assert _dated(text, dt.date(1987, 3, 9), "also said") == [(dt.date(1987, 3, 8), "day")]


def test_an_event_takes_the_day_of_the_happening_told_a_paragraph_before():
    # AFP 1997-04-17 (a Thursday): the demolition of Wednesday night sparked the clashes
    text = ("A first home was destroyed on Wednesday night belonging to Ibrahim Ghanimat, a member of a cell of "
            "the Islamic Resistance Movement.\n\n"
            "The demolition sparked clashes with troops during which two villagers were shot and wounded as "
            "protesters took to the streets in violation of the curfew, hospital sources said.")
    assert _dated(text, dt.date(1997, 4, 17), "sparked") == [(dt.date(1997, 4, 16), "day")]


def test_a_sentence_in_the_present_ends_the_running_time():
    text = MURDANI + ("The armed forces say the country is calm.\n\n"
                      "However, he also said mass meetings during the election campaign period should be avoided.")
    assert _dated(text, dt.date(1987, 3, 9), "also said") == [(dt.date(1987, 3, 9), "publication")]


def test_a_day_older_than_the_news_week_is_background():
    # AFP 1997-04-17 (a Thursday): "last Thursday" is a week back; the arrests have no day in the text
    text = ("The curfew on Surif, a town of 15,000 inhabitants, was imposed after the army discovered the body of "
            "a kidnapped Israeli soldier, Sergeant Sharon Edry, in the village last Thursday.\n\n"
            "The HAMAS radicals were arrested on suspicion of involvement in Edry's murder and the 10 other deaths.")
    assert _dated(text, dt.date(1997, 4, 17), "arrested") == [(dt.date(1997, 4, 17), "publication")]


def test_a_report_does_not_take_the_day_of_what_was_done():
    # reuters-21565 (moved into the news week): Palmer spoke on the story's day, not on the coup's
    text = ("The sanctions were approved by the cabinet soon after Colonel Sitivene Rabuka staged his second coup "
            "on September 25.\n\n"
            "Palmer said the cabinet was happy with the statement from Commonwealth leaders in Vancouver.")
    assert _dated(text, dt.date(1987, 9, 28), "Palmer said") == [(dt.date(1987, 9, 28), "publication")]


def test_the_running_time_reaches_back_at_most_three_paragraphs():
    filler = "The meeting was attended by regional commanders.\n\n"
    near = MURDANI + filler * 2 + "He also said mass meetings should be avoided."
    far = MURDANI + filler * 3 + "He also said mass meetings should be avoided."
    assert _dated(near, dt.date(1987, 3, 9), "also said") == [(dt.date(1987, 3, 8), "day")]
    assert _dated(far, dt.date(1987, 3, 9), "also said") == [(dt.date(1987, 3, 9), "publication")]


def test_a_future_event_takes_no_running_time():
    text = MURDANI + "He will address the party congress."
    assert _dated(text, dt.date(1987, 3, 9), "address") == [(dt.date(1987, 3, 9), "publication")]


# BBC News 2005 (politics): a year places one sentence's background, not the story's time
STRAW = ("Mr Straw, visiting Beijing, noted arms embargoes applied to China, Burma and Zimbabwe but not to North "
         "Korea, which he said had a terrible rights record. The EU imposed its arms ban on China in 1989 after "
         "troops opened fire on protestors in Tiananmen Square. Mr Straw also signed a deal on China-UK tourism.")


def test_a_year_of_an_earlier_sentence_does_not_carry():
    # a BBC story has no publication date: the deal is undated, not of 1989
    assert _dated(STRAW, None, "imposed", "signed") == [(dt.date(1989, 1, 1), "year"), (None, None)]
    # with one, the deal is of the story's day
    assert _dated(STRAW, dt.date(2005, 1, 13), "imposed", "signed") == [
        (dt.date(1989, 1, 1), "year"), (dt.date(2005, 1, 13), "publication")]


def test_a_month_of_an_earlier_sentence_still_carries():
    # reuters-style: the month dates the paragraph's reports of that month
    text = STRAW.replace("in 1989", "in March", 1)
    assert _dated(text, dt.date(2005, 4, 13), "signed") == [(dt.date(2005, 3, 1), "month")]


# TimeML CNN_20130322_1003 (dev; a Friday): "the day before [the son reported him missing]" counts from a
# happening of last July, not from the text's last day (Thursday)
ROTH = ("Raymond Roth on Thursday agreed to plead guilty to the conspiracy charge, the district attorney's office "
        "said.\n\n"
        "\"Call me at 8 PM at the resort,\" Raymond Roth wrote in an e-mail to his son the day before "
        "the son reported him missing.\n\n"
        "Jonathan Roth's attorney, Joey Jackson, defended his client after his arrest.")


def test_the_eve_of_a_named_happening_is_not_the_day_before_the_last_date():
    friday = dt.date(2013, 3, 22)
    # the e-mail's day is not told (read from Thursday, "the day before" would make it Wednesday)
    assert _dated(ROTH, friday, "wrote") == [(friday, "publication")]


def test_a_bare_day_before_counts_from_the_last_day():
    text = ROTH.replace("the day before the son reported him missing", "the day before", 1)
    assert _dated(text, dt.date(2013, 3, 22), "wrote") == [(dt.date(2013, 3, 20), "day")]


# news-audit-1 AFP_ENG_19970413.0456 (dev; published 1997-04-14): a named speaker's dated speech dates his later
# undated reports, and "he said" right after one of them
WANG = ("The statement followed similar comments by Wang Fengchao, deputy director of China's Hong Kong and Macau "
        "Affairs Office, during a visit to Hong Kong on April 4.\n\n"
        "China does not accept the concept of dual nationality for its nationals.\n\n"
        "Foreigners could assert their right of abode within a set time limit after the handover, Wang said. "
        "The time limit would be set by the future SAR government, he said.\n\n"
        "Britain has also said it is studying the question.")


def test_a_speakers_dated_speech_dates_his_later_reports():
    april4, published = dt.date(1997, 4, 4), dt.date(1997, 4, 14)
    assert _dated(WANG, published, "Wang said", "he said", "Britain has") == [
        (april4, "day"), (april4, "day"), (published, "publication")]


def test_a_date_of_what_the_speaker_talks_about_is_not_his_speech():
    # "Volker testified about the July 25 call": the call's day, not the testimony's
    text = ("Volker said the July 25 call was not discussed.\n\n"
            "China does not accept the concept of dual nationality.\n\n"
            "\"That's correct,\" Volker said.")
    assert _dated(text, dt.date(2019, 11, 20), "Volker said.") == [(dt.date(2019, 11, 20), "publication")]


# judged-2 reuters-6989 (RIYADH, March 19 1987): "It said" carries on the report of last October, and what it
# goes on to report happened by then
JANES = ("RIYADH, March 19 - Saudi Arabia's Defence Minister was quoted as saying the kingdom had completed studies "
         "on the purchase of submarines.\n\n"
         "The London-based magazine Jane's Defence Weekly said last October the Saudi government had approached six "
         "European countries to supply between six and eight submarines.\n\n"
         "It said Britain was expected to offer the Upholder submarine. France, West Germany, Italy, Sweden and The "
         "Netherlands were also submitting proposals.")


def test_a_report_carried_on_by_a_pronoun_dates_what_it_goes_on_to_report():
    assert _dated(JANES, dt.date(1987, 3, 19), "submitting") == [(dt.date(1986, 10, 1), "month")]


def test_without_the_pronoun_report_the_old_report_time_does_not_carry():
    text = JANES.replace("It said Britain was expected to offer the Upholder submarine. ", "", 1)
    assert _dated(text, dt.date(1987, 3, 19), "submitting") == [(dt.date(1987, 3, 19), "publication")]


def test_an_act_told_of_the_speaker_is_not_his_report():
    # dates-1 reuters-17780: "asked" is in a relative clause on the speaker, not what he reports
    text = ("WASHINGTON, June 3 - Rep. Mike Synar said on Monday the United States is ill-prepared.\n\n"
            "The IEA was formed after the 1973-74 Arab oil embargo.\n\n"
            "Synar, who asked for the GAO report after criticism of U.S. action, said the United States advocated a "
            "test.")
    june3 = dt.date(1987, 6, 3)
    assert _dated(text, june3, "asked", "said the United") == [(june3, "publication"), (dt.date(1987, 6, 1), "day")]


def test_a_report_carried_on_paragraphs_later_does_not_date_the_story():
    # a zyte page of 2019-11-19: "he said" before the dated report, the event two paragraphs on
    text = ("\"Go out and vote Republican today,\" he said.\n\n"
            "The people of this country are not buying impeachment, Trump said at a rally in Louisiana last week.\n\n"
            "\"You gotta give me a big win please,\" he said.\n\n"
            "Kentucky Democrats beat incumbent Gov. Matt Bevin in a state Trump won by 30 points.")
    assert _dated(text, dt.date(2019, 11, 19), "beat") == [(dt.date(2019, 11, 19), "publication")]


def test_a_present_perfect_takes_no_earlier_day():
    # dates-2 reuters-12916 (dev half): English puts no past day on a present perfect ("*has proposed on
    # Wednesday"), so the committee's Wednesday does not carry to what Reagan "has proposed"
    text = ("WASHINGTON, April 3 - The House Budget Committee, meanwhile, approved Wednesday a trillion-dlr spending "
            "plan.\n\n"
            "Miller also told reporters President Regan remains opposed to any tax increases other than those he "
            "himself has proposed.")
    assert _dated(text, dt.date(1987, 4, 3), "approved", "proposed") == [
        (dt.date(1987, 4, 1), "day"), (dt.date(1987, 4, 3), "publication")]
