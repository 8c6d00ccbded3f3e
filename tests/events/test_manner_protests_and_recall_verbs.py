"""Events an analyst codes that the coder missed (issue 14 recall; docs/events.md "Frames and roles" and
"Lexicon files"):

* a bare protest noun that names the manner of another act ("resigned in protest") is a protest by that
  act's doer, unless the doer is a state (its protest is diplomatic: the act itself; events/structure.py
  ``_agent_adjunct_act``, ``role agent protest adjunct_act``); when the act
  is itself a protest ("walked out in protest") the protest is that act, not a second happening
  (events/happenings.py ``fold_manner_protests``); a protest with its own article ("killed in the
  protest") is someone else's protest, not the act's manner;
* disparaging verbs (deride, disparage, belittle ...) are criticism (111), as the PETRARCH2 DENOUNCE and
  DENIGRATE families code them; replying is saying (010);
* a meeting with a named partner placed by a time or source adjunct of another act ("spoke to reporters
  after talks with X", "arrived from a meeting with Y") was held by that act's doer (``_agent_meeting_adjunct``,
  ``role agent consult meeting_adjunct``);
* a crowd verb's participle on a noun of people ("a crowd gathered for a demonstration") is what those
  people did: a crowd verb has no passive (``subject_heads``, labels ``crowd_participle_tags``).

Each test gives the exact event set (what must appear and what must not)."""

from __future__ import annotations


def events(code, text):
    """The text's events as (code, source country, source sector, target country, asserted), sorted."""
    return sorted(_row(e) for e in code(text))


def _row(e):
    return e.cameo, e.source.country, e.source.sector, e.target.country if e.target else None, e.asserted


def test_a_protest_named_as_the_manner_of_an_act_is_the_doers_protest():
    # the whole pipeline (the actor stage makes the doctors a sector of Egypt)
    from annalyst.api import code_text

    assert sorted(_row(e) for e in code_text("Hundreds of doctors in Egypt resigned in protest.").events) == [
        ("0831", "EGY", "MED", None, True), ("140", "EGY", "MED", "EGY", True)]


def test_a_states_protest_is_diplomatic_the_act_itself(code):
    # CAMEO 14 is civilian dissent: a state resigning or acting "in protest" protests by that act
    assert events(code, "The ambassador of Egypt resigned in protest.") == [("0831", "EGY", None, None, True)]
    assert events(code, "Iran recalled its ambassador from Egypt in protest.") == [("161", "IRN", None, "EGY", True)]


def test_a_protest_act_done_in_protest_is_one_happening(code):
    # (a driver's dismissal demands no leadership change, CAMEO 1431: the strike's sub-code is left generic, session 16)
    assert events(code, "Workers in Egypt walked out in protest at the dismissal of a driver.") == [
        ("143", None, "CVL", None, True)]


def test_an_act_at_someone_elses_protest_makes_no_protest_of_it(code):
    # "the protest" with its article is a protest held by others; the shooting is the police's act
    assert events(code, "The police shot two students in the protest.") == [("193", None, "COP", None, True)]
    # a month is no march, and a plural is held protests taken part in (the verb's modality), not a manner
    assert events(code, "Haniya came to Qatar from Egypt since Hamas took power in March.") == [
        ("040", None, None, "EGY", True)]
    assert events(code, "Up to 1.4 million workers in Egypt could take part in strikes earmarked for 23 March.") == []


def test_disparaging_is_criticism(code):
    assert events(code, "Iran derided the proposal of Germany.") == [("111", "IRN", None, "DEU", True)]
    assert events(code, "Pakistan belittled India.") == [("111", "PAK", None, "IND", True)]


def test_a_meeting_placed_by_an_adjunct_was_held_by_the_acts_doer(code):
    # "after talks with X", "from a meeting with Y": the meeting's holder is the act's subject
    assert [e for e in events(code, "Iran spoke to reporters after talks with Pakistan.") if e[0] == "040"] == [
        ("040", "IRN", None, "PAK", True)]
    assert events(code, "The ambassador of Japan arrived from a meeting with the president of Egypt.") == [
        ("040", "JPN", None, "EGY", True)]


def test_a_meeting_with_its_own_holder_or_after_a_passive_keeps_its_reading(code):
    # a passive's doer is unsaid; a possessor holds the meeting itself; no partner, no meeting of the doer's
    assert events(code, "Egypt was criticized after talks with Israel.") == []
    assert events(code, "Egypt issued a statement after Israel's talks with Syria.") == [("040", "ISR", None, "SYR", True)]
    assert events(code, "India issued a statement after the talks.") == [("010", "IND", None, None, True)]


def test_a_meeting_behind_a_statement_leaves_the_statement_the_news(code):
    # a coded meeting would displace the bare statement (010 stays only when nothing more specific does)
    assert events(code, "Russia said on Friday after a telephone discussion with Ukraine that the dispute should "
                        "not be politicised.") == [("010", "RUS", None, None, True)]


def test_a_crowd_gathered_for_a_demonstration_demonstrated():
    # the whole pipeline (the actor stage places the police): a crowd verb's participle on a noun of people
    # is what they did, whichever past tag the parser gives it; a thing gathered by someone is no crowd
    from annalyst.api import code_text

    def coded(text):
        return sorted(_row(e) for e in code_text(text).events)

    assert coded("Police in Egypt fired tear gas at a crowd of several hundred gathered for an outlawed "
                 "demonstration.") == [("141", None, "CVL", None, True), ("175", "EGY", "COP", "EGY", True)]
    assert coded("Documents gathered by the police in Egypt were released.") == []


def test_replying_is_saying(code):
    # a reply is the speaker's statement; its content still codes what it says when that is more specific
    assert events(code, "Iran replied angrily to the proposal of Germany.") == [("010", "IRN", None, "DEU", True)]
    assert events(code, "Pakistan replied that it would not withdraw its troops.") == [("1246", "PAK", None, None, True)]
