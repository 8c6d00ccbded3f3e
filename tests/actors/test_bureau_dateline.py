"""A wire bureau's dateline is not the state a foreign story is about (issue 15 points 5 and 7;
actors/resolver.py ``_bureau_dateline``).  Real Reuters 1987 text (reuters21578), shortened only where noted."""

from __future__ import annotations

import datetime as dt

from annalyst.actors.resolver import article_home
from annalyst.clean.dateline import dateline_spans

from tests.event_tuples import coded

MARCH_1987 = dt.date(1987, 3, 15)

# reuters-5164 (judged-3), the first two paragraphs and the sixth
IRAN = ("LONDON, March 15 - Iran's revolutionary leader, Ayatollah Ruhollah Khomeini, warned the nation's civilian "
        "and military hierarchy against discord and dissent, Tehran radio said.\n\n"
        "A report, monitored by the British Broadcasting Corporation, said he gave the warning in a speech to senior "
        "government and military figures.\n\n"
        "Urging support for Parliament and the armed forces, Khomeini said it was a \"religious duty\" to control "
        "negative feelings about others and to behave in a friendly way.\n")


def _resolve(resolver, nlp, text):
    parsed = nlp(text)
    refs = resolver.resolve(parsed, MARCH_1987, dateline_spans(text))
    return parsed, [(a.text, a.code or a.country, a.resolved_by) for a in refs]


def test_a_london_dateline_does_not_make_iran_s_parliament_british(resolver, nlp):
    parsed, refs = _resolve(resolver, nlp, IRAN)
    assert refs == [
        ("Iran's revolutionary leader", "IRNGOV", "name+sector"),
        # Supreme Leader 1979-1989 in people.tsv: in office in 1987
        ("Ayatollah Ruhollah Khomeini", "IRNGOV", "kb-person"),
        ("Tehran", "IRNCVL", "place"),
        ("British Broadcasting Corporation", "GBRBUS", "name-head+adjective"),
        ("government", "GBRGOV", "context"),
        ("Parliament", "IRNLEG", "home"),
        ("armed forces", "IRNMIL", "home"),
        ("Khomeini", "IRNGOV", "kb-person"),
    ]
    home = article_home(parsed)
    assert (home.state, home.evidence) == ("IRN", "share")


def test_the_events_of_the_bureau_story_target_iran_s_own_bodies():
    events = coded(IRAN, MARCH_1987, ("trigger", "cameo", "source", "target"))
    # 'warned ... against discord' is a caution, an appeal (020) since session 15's sense_particle rows
    # (lang/en/lexicon.tsv 'warn against'), no longer a threat; the actors under test are unchanged
    assert events == {
        ("warned military", "020", "IRNGOV", None),
        ("warned military", "020", "IRNGOV", None),
        ("Urging support", "022", "IRNGOV", "IRNLEG"),
        ("Urging support", "022", "IRNGOV", "IRNMIL"),
    }


def test_a_dateline_story_about_its_own_state_keeps_the_dateline(resolver, nlp):
    # the same story filed from Tehran: the dateline's state is the one the article names
    text = IRAN.replace("LONDON, March 15", "TEHRAN, March 15")
    parsed, refs = _resolve(resolver, nlp, text)
    assert ("Parliament", "IRNLEG", "home") in refs
    home = article_home(parsed)
    assert (home.state, home.evidence) == ("IRN", "dateline")


def test_a_dateline_state_named_again_in_the_story_stays_its_home(resolver, nlp):
    # constructed: a London story that names Britain twice more is about Britain too; the dateline decides
    text = ("LONDON, March 15 - Britain said Iran's revolutionary leader, Ayatollah Ruhollah Khomeini, had warned "
            "the nation against dissent, Tehran radio said. British officials said Parliament would debate Iran's "
            "policy. Iran's leaders did not comment.")
    parsed, refs = _resolve(resolver, nlp, text)
    assert ("Parliament", "GBRLEG", "home") in refs
    assert article_home(parsed).evidence == "dateline"
