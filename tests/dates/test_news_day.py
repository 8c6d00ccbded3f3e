"""The story's news day and the news told in the present perfect (``DocumentDates._news_day``,
``_recent_perfect``).

A page or newspaper story without a dated dateline often comes out the morning after its news: the
lead gives its report a day ("..., Austria's interior minister said on Tuesday" on Wednesday's page),
and the story's undated reports were made that day.  A wire story's dateline date is the day of
writing, so it has no other news day.  A lead told in the present perfect ("Nigeria and France have
signed a bilateral agreement") takes the day of the same happening named again in the news week.
Real sentences from news web pages (2019), Reuters-21578 and TimeML (CNN, dev half); events added by
hand on real parses."""

from __future__ import annotations

import datetime as dt

from annalyst.model import Document
from annalyst.parse import ParseStep

# one way to date given triggers on a real parse, shared with the running-time tests
from tests.dates.test_running_time import _dated


# a news page of Wednesday 2019-11-20 (AP, Vienna): the lead's report is Tuesday's
VIENNA = ("VIENNA \u2014 The house where Adolf Hitler was born will be turned into a police station, Austria's "
          "interior minister said on Tuesday, after years of debate over how best to prevent it becoming a "
          "pilgrimage site for neo-Nazis.\n\n"
          "Having recently carried out a compulsory purchase of the house in Braunau am Inn, a town on the border "
          "with Germany, Austria will invite architects to submit plans for a redesign of the building.\n\n"
          "It will house the local police force's offices, the Interior Ministry said in a statement.")
WEDNESDAY = dt.date(2019, 11, 20)
TUESDAY = dt.date(2019, 11, 19)


def test_an_undated_report_of_a_page_takes_the_day_its_lead_reports():
    assert _dated(VIENNA, WEDNESDAY, "Ministry said") == [(TUESDAY, "publication")]


def test_a_wire_dateline_keeps_the_reference_date():
    # the same story under a dated wire dateline: written on Tuesday, so "said" is Tuesday's anyway, and a
    # dateline of Wednesday makes Wednesday the day of writing, whatever the lead's Tuesday
    text = VIENNA.replace("VIENNA \u2014", "VIENNA, Nov 20 (Reuters) -", 1)
    assert _dated(text, WEDNESDAY, "Ministry said") == [(WEDNESDAY, "publication")]


def test_a_lead_day_older_than_the_day_before_is_no_news_day():
    # the page two days later: Tuesday is a day the story looks back to
    assert _dated(VIENNA, dt.date(2019, 11, 21), "Ministry said") == [(dt.date(2019, 11, 21), "publication")]


def test_a_future_or_present_event_keeps_the_reference_date():
    assert _dated(VIENNA, WEDNESDAY, "will invite") == [(WEDNESDAY, "publication")]


def test_the_day_of_an_inverted_report_is_the_reported_clauses():
    # TimeML CNN_20130322_1003 (dev; gold: the defence is of the story's day): Thursday is the plea's, not
    # the announcement's, so the story has no news day
    text = ("New York man admits faking his death\n\n"
            "A New York man who was accused of faking his death last summer pleaded guilty to a conspiracy charge "
            "Thursday, Nassau County District Attorney Kathleen Rice announced.\n\n"
            "He also must pay restitution for the cost of the search.\n\n"
            "Evana Roth told CNN in August she thought her husband devised the plan after he was fired from his job "
            "in July.\n\n"
            "The son's case is still pending, the district attorney said. Jonathan Roth's attorney, Joey Jackson, "
            "defended his client after his arrest.")
    assert _dated(text, dt.date(2013, 3, 22), "defended") == [(dt.date(2013, 3, 22), "publication")]


def test_a_day_of_what_is_reported_is_no_news_day():
    # the lead dates the attack, not the report: "Officials said" after the text has moved to now is of
    # the reference date
    text = ("Officials said the rebels attacked the town on Tuesday.\n\n"
            "The armed forces say the country is calm.\n\n"
            "Officials said the army had withdrawn from the area.")
    assert _dated(text, WEDNESDAY, "army had") == [(WEDNESDAY, "publication")]
    reported = text.replace("the rebels attacked the town on Tuesday", "on Tuesday the rebels attacked the town")
    assert _dated(reported, WEDNESDAY, "army had") == [(TUESDAY, "publication")]


NIGERIA = ("PARIS, March 27 - Nigeria and France have signed a bilateral agreement to reschedule Nigeria's official "
           "debt to France, government sources said.\n\n"
           "The accord was signed here yesterday by Nigerian Finance Minister Chu Okongwu and senior French Treasury "
           "officials after talks with CoFACE, the French export credit agency, they said.")


def test_news_in_the_present_perfect_takes_the_day_of_its_happening_named_again():
    # reuters-10525: the signing of the lead is yesterday's; the sources' report is the story's day
    assert _dated(NIGERIA, dt.date(1987, 3, 27), "have signed", "sources said", "they said") == [
        (dt.date(1987, 3, 26), "day"), (dt.date(1987, 3, 27), "publication"), (dt.date(1987, 3, 27), "publication")]


def test_a_present_perfect_takes_no_day_older_than_the_news_week():
    text = NIGERIA.replace("signed here yesterday", "signed here on March 12", 1)
    assert _dated(text, dt.date(1987, 3, 27), "have signed", "they said") == [
        (dt.date(1987, 3, 27), "publication"), (dt.date(1987, 3, 27), "publication")]


def test_a_present_perfect_of_a_verb_naming_no_happening_takes_no_day():
    # AFP 2005-11-01: a trend over months, not the attack named with a day
    text = ("The PKK has intensified landmine and remote-control bomb attacks in Turkey over the past few months.\n\n"
            "Three soldiers were killed in an attack on Monday, officials said.")
    assert _dated(text, dt.date(2005, 11, 1), "intensified", "killed") == [
        (dt.date(2005, 11, 1), "publication"), (dt.date(2005, 10, 31), "day")]



def test_an_agreement_names_what_a_signing_makes_not_a_happening():
    # reuters-9946: "he stood by the Paris agreement" is no signing, so February's agreement dates no
    # statement about it; "The accord was signed here yesterday" is a definite signing (reuters-10525)
    from annalyst.dates.happenings import definite, family_of, product_of

    doc = ParseStep().process(Document(doc_id="d", source="test", published=dt.date(1987, 3, 27),
                                       text="The accord was signed here yesterday. He stood by the Paris agreement."))
    words = {t.text: t for t in doc.parsed}
    assert (family_of(words["accord"]), product_of(words["accord"])) == (None, "agreement")
    assert (family_of(words["agreement"]), product_of(words["agreement"])) == (None, "agreement")
    assert family_of(words["signed"]) == "agreement" and definite(words["signed"])
    assert family_of(words["stood"]) is None


# a news page of Wednesday 2019-11-20 (AFP): the lead's main clause tells Tuesday's news, not a report
SETTLEMENTS = ("The United States faced stiff international and Palestinian criticism on Tuesday over its decision to "
               "no longer consider Israeli settlements illegal, while the Jewish state's premier cheered on the "
               "\"historic\" move.\n\n"
               "The United Nations and European Union stressed the decision would not change the reality that the "
               "settlements were illegal, while the Arab League condemned the unilateral move announced on Monday by "
               "US Secretary of State Mike Pompeo.\n\n"
               "Israeli Prime Minister Benjamin Netanyahu, however, said he was \"very moved\" by the announcement.")


def test_the_day_of_the_leads_main_act_is_the_news_day():
    # Monday dates the announcement the lead mentions, not the reactions the page reports
    assert _dated(SETTLEMENTS, WEDNESDAY, "said he was") == [(TUESDAY, "publication")]


def test_a_main_act_two_days_back_is_no_news_day():
    assert _dated(SETTLEMENTS, dt.date(2019, 11, 21), "said he was") == [(dt.date(2019, 11, 21), "publication")]


def test_a_date_of_something_the_lead_mentions_makes_no_news_day():
    # only the mentioned announcement is dated (Monday, two days back): the reactions keep the page's day
    text = SETTLEMENTS.replace(" on Tuesday", "", 1)
    assert _dated(text, WEDNESDAY, "said he was") == [(WEDNESDAY, "publication")]


def test_a_bare_weekday_the_parser_hangs_on_a_noun_dates_the_main_verb():
    # a news page of 2019-11-20 (CBS): "Tuesday" hangs on "Committee", which has no time of its own
    text = ("Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former National Security Council "
            "official, testified side-by-side before the House Intelligence Committee Tuesday about the events at "
            "the center of the impeachment inquiry.\n\n"
            "Here are some of the highlights:\n\n"
            "Volker said he never used the term \"three amigos\" and added, \"I frankly cringe when I hear it.\"")
    assert _dated(text, WEDNESDAY, "Volker said he never") == [(TUESDAY, "publication")]
    # the lead told in the present perfect is news of the time of writing: no news day
    perfect = text.replace("testified side-by-side", "have testified side-by-side", 1)
    assert _dated(perfect, WEDNESDAY, "Volker said he never") == [(WEDNESDAY, "publication")]


def test_a_lead_naming_the_reference_day_too_has_no_news_day():
    # AFP 1997-04-17, a Thursday, no dateline in the text: Wednesday is the main act of the second
    # sentence, but the lead also tells Thursday's demolition, so the story's undated events keep Thursday
    text = ("Israeli troops on Thursday demolished a second home in the Palestinian village of Surif on the West Bank "
            "where a curfew is in force in connection with last month's Tel Aviv suicide bombing, the army said.\n\n"
            "A first home was destroyed on Wednesday night belonging to Ibrahim Ghanimat, a member of a cell of the "
            "Islamic Resistance Movement (HAMAS) accused of causing the deaths of 11 Israelis in a series of attacks.\n\n"
            "Hospital sources said two villagers were shot and wounded.")
    thursday = dt.date(1997, 4, 17)
    assert _dated(text, thursday, "sources said") == [(thursday, "publication")]


def test_a_report_misparsed_as_a_clause_on_a_noun_still_counts_as_a_day():
    # Xinhua 2006-11-23, a Thursday: "Times of Zambia reported on Thursday" (parsed as a clause on "lot")
    # and "Gould said here on Wednesday" name two days, so the story has no news day
    text = ("There are a lot of loopholes in the electoral system in Zambia, an international independent review "
            "team has said, Times of Zambia reported on Thursday.\n\n"
            "Team that was tasked by the Electoral Commission of Zambia (ECZ) to conduct a review of the last "
            "elections held on September 28 this year urged Zambian government to seal the loopholes in the next "
            "elections.\n\n"
            "Group leader Ron Gould said here on Wednesday that both the government and ECZ would abide by the "
            "recommendations.")
    thursday = dt.date(2006, 11, 23)
    assert _dated(text, thursday, "urged") == [(thursday, "publication")]


# a news page of Wednesday 2019-11-20 (judged-3 zyte-c90731f051d0): the lead's report follows Tuesday's hearing,
# told in the fifth sentence the parser finds (a quotation split in two)
HEARINGS = ("US President Donald Trump has claimed victory as the House of Representatives concluded its third "
            "public hearing on the impeachment proceedings against him.\n\n"
            "The impeachment hearings are an effort by Democrats to establish whether Trump withheld US military aid "
            "to Ukraine.\n\n"
            "The Democrats are alleging that Trump's call with his Ukrainian counterpart was irregular. "
            "\"A great day for Republicans, a great day for our Country! In the end, we will win and save our Country "
            "from certain destruction,\" Trump tweeted soon after the House Select Committee on Intelligence "
            "concluded its third public impeachment hearings on Tuesday.\n\n"
            "Grisham also accused the Democrats of being blinded by their hatred for President Trump.")


def test_a_quotation_split_into_sentences_counts_once_in_the_lead():
    from annalyst.dates.step import DocumentDates

    doc = ParseStep().process(Document(doc_id="d", source="test", published=WEDNESDAY, text=HEARINGS))
    units = DocumentDates(doc)._lead_units()
    starts = [doc.text.index(s) for s in ("US President", "The impeachment", "The Democrats", "\"A great day",
                                         "Grisham")]
    assert units == starts


def test_a_report_right_after_a_dated_occasion_gives_the_news_day():
    # the tweet came "soon after" Tuesday's hearing: the story's undated acts are Tuesday's
    assert _dated(HEARINGS, WEDNESDAY, "accused") == [(TUESDAY, "publication")]


def test_a_fifth_sentence_of_its_own_is_outside_the_lead():
    # the quotation closed before the tweet: five sentences, the dated one past the lead
    text = HEARINGS.replace("our Country! In the end", "our Country!\" he wrote. \"In the end", 1)
    assert _dated(text, WEDNESDAY, "accused") == [(WEDNESDAY, "publication")]
