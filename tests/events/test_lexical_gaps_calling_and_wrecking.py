"""Lexical gaps behind missed events (issue 14, second wave; docs/events.md "Lexicon files"), rows of
``lang/en/lexicon.tsv``:

* calling or describing something with a disparaging predicative criticizes it (111): ``set @disparaging``,
  ``pattern callfor @disparaging``, ``=describe`` / ``=brand`` / ``=label`` patterns (the PETRARCH verbs keep
  their own patterns) and the ``calling`` family (dub); a nearer
  pattern of "call" still wins ("called for an end to the sham elections" is an appeal), and calling or
  describing with no disparaging word codes nothing;
* wrecking talks halts them (164): the ``wreck`` family (scuttle, torpedo, derail) with a ``@talks`` word
  only;
* halving or slashing aid cuts it (162/1621), as "cut" does (the ``sever`` family);
* pointing out someone's shortcomings is criticism (111): ``set @failing`` after "highlight" or a verb of
  the ``state`` family, in the verb's own clause;
* asking for a mediator is an appeal for mediation (028), as asking for mediation is.

Each test gives the exact event set (what must appear and what must not)."""

from __future__ import annotations


def events(code, text):
    """The text's events as (code, source country, target country), sorted."""
    return sorted((e.cameo, e.source.country, e.target.country if e.target else None) for e in code(text))


def test_calling_something_a_sham_criticizes_it(code):
    assert events(code, "Iran called the Israeli election a sham.") == [("111", "IRN", "ISR")]
    assert events(code, "Russia described the sanctions of Britain as unacceptable.") == [("111", "RUS", "GBR")]
    assert events(code, "Egypt branded the election in Israel a farce.") == [("111", "EGY", "ISR")]


def test_a_nearer_call_pattern_wins_and_plain_calling_codes_nothing(code):
    assert events(code, "France called for an end to the sham elections in Syria.") == [("0244", "FRA", "SYR")]
    assert events(code, "Iran described the talks with Pakistan as useful.") == []
    assert events(code, "Japan labelled the shipments to India clearly.") == []


def test_wrecking_talks_halts_them(code):
    assert events(code, "Iran scuttled the talks with Pakistan.") == [("164", "IRN", "PAK")]
    assert events(code, "The storm derailed a train in India.") == []


def test_halving_aid_cuts_it(code):
    assert events(code, "Germany halved its aid to Serbia.") == [("162", "DEU", "SRB")]
    assert events(code, "Britain slashed economic assistance to Egypt.") == [("1621", "GBR", "EGY")]


def test_pointing_out_shortcomings_is_criticism(code):
    assert events(code, "Britain highlighted the shortcomings of Egypt.") == [("111", "GBR", "EGY")]
    assert events(code, "France pointed to failings of Israel.") == [("111", "FRA", "ISR")]
    # no failing word: "highlight" (a PETRARCH-only verb, counted through its patterns) codes nothing
    assert events(code, "Britain highlighted the progress made by Egypt.") == []


def test_asking_for_a_mediator_appeals_for_mediation(code):
    assert events(code, "France asked for a mediator in the dispute with Germany.") == [("028", "FRA", "DEU")]
    assert events(code, "Japan requested mediators from India.") == [("028", "JPN", "IND")]
