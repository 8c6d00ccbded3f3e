from importlib import resources

import pytest

from annalyst.clean.dateline import Dateline, dateline_spans, datelines, parse_dateline, story_datelines


@pytest.mark.parametrize("text,expected", [
    ("JAKARTA, March 2 - Indonesia will cut", "JAKARTA, March 2 - "),
    ("NORWICH, N.Y., March 2 - Chenango Bank said", "NORWICH, N.Y., March 2 - "),
    ("KYIV, Ukraine (AP) — Russia fired", "KYIV, Ukraine (AP) — "),
    ("WASHINGTON (Reuters) - The US", "WASHINGTON (Reuters) - "),
    ("intro\n\nNEW YORK, March 3 - a", "NEW YORK, March 3 - "),
    ("PYONGYANG, July 14, 2022 -- North Korea on Wednesday recognised", "PYONGYANG, July 14, 2022 -- "),
    ("NAIROBI, Kenya (AP) _ Police fired tear gas", "NAIROBI, Kenya (AP) _ "),
    ("GAZA CITY: Israeli troops killed three Palestinians in a raid, medics said.", "GAZA CITY: "),
    ("MANILA (AFP) - Troops killed", "MANILA (AFP) - "),
    ("RAWALPINDI: Pakistan's army chief said on Monday that the border was calm", "RAWALPINDI: "),
    ("BEIJING, Nov. 8 (Xinhua) -- The talks", "BEIJING, Nov. 8 (Xinhua) -- "),
    ("NEW YORK, FEB 26 - Diamond Shamrock Corp said", "NEW YORK, FEB 26 - "),
    ("ST. LOUIS, Mo., 14 July 2022 - The", "ST. LOUIS, Mo., 14 July 2022 - "),
    ("Pyongyang, July 14 (KCNA) -- The DPRK", "Pyongyang, July 14 (KCNA) -- "),
    ("OAKLAND , N.J., March 2 - Diagnostic", "OAKLAND , N.J., March 2 - "),
    # a hyphenated region
    ("BISSAU, Guinea-Bissau (AP) — Soldiers seized", "BISSAU, Guinea-Bissau (AP) — "),
])
def test_wire_datelines_are_found(text, expected):
    assert [text[s:e] for s, e in dateline_spans(text)] == [expected]


@pytest.mark.parametrize("text", [
    "NATO - the alliance said", "The US - and NATO", "mid NEW YORK, March 3 - a", "I - think",
    "In March 2 - 3 people died", "Meanwhile, Britain - and France",
    "UPDATE: Police say the suspect has been arrested in the city",  # a wire slug
    "EXCLUSIVE - Firm plans job cuts (Reuters) - x",
    "NATO: A warning to Russia",  # a colon headline, not a lead sentence
    "BREAKING: the president resigned today after weeks of pressure",
    "Blair: I will fight on for a third term in office now",  # title case with a colon
    "NOTES: Operating net excludes losses of 12.1 mln dlrs, or 87 cts a share",
    "Schools' Factual (primary) - Thinking Skills: Think About It",  # a lower-case "agency"
    "SMITH, Jones 5 - the score",  # no month: no date
])
def test_headlines_and_sentences_are_not_datelines(text):
    assert dateline_spans(text) == []


def test_parse_dateline_gives_its_parts():
    text = "N. Korea recognises republics\n\nPYONGYANG, July 14, 2022 (KCNA) -- North Korea on Wednesday"
    found = parse_dateline(text)
    assert found == Dateline(place="PYONGYANG", region=None, date_text="July 14, 2022", agency="KCNA",
                             span=(text.index("PYONGYANG"), text.index("North")))
    assert parse_dateline("KYIV, Ukraine, Europe (AP) — Russia").region == "Ukraine, Europe"


def test_parse_dateline_only_looks_at_the_story_opening():
    late = "x" * 700 + "\nJAKARTA, March 2 - Indonesia will cut"
    assert parse_dateline(late) is None
    assert [d.place for d in datelines(late)] == ["JAKARTA"]


def test_dateline_headers_are_upper_case_words():
    text = resources.files("annalyst.clean").joinpath("data/dateline_headers.txt").read_text("utf-8")
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert words and all(w == w.upper() == w.strip() for w in words) and len(set(words)) == len(words)


# web pages of 2019-2023 (issue 20): a bare upper-case place and a dash opening the story's lead, and a
# byline on the dateline's line
@pytest.mark.parametrize("text,expected", [
    ("MADRID — Rafael Nadal kept Spain's hopes alive, then Marcel Granollers", "MADRID — "),
    ("WEST PALM BEACH — The family of a ranked junior tennis player, diagnosed with", "WEST PALM BEACH — "),
    ("KOBE – A total of 6,000 surgical masks have been lost at a hospital", "KOBE – "),
    ("BERLIN -- The European Space Agency says putting astronauts into a", "BERLIN -- "),
    ("WASHINGTON —\n\nThis is not the gracious welcome billionaire Michael R. Bloomberg", "WASHINGTON —"),
    ("By Jill Lawless | LONDON (AP) — Britain's prime minister said", "LONDON (AP) — "),
    ("By Jill Lawless | LONDON — Britain's prime minister said on Tuesday", "LONDON — "),
])
def test_a_bare_place_and_dash_opening_the_lead_is_the_story_dateline(text, expected):
    assert [text[s:e] for s, e in dateline_spans(text)] == [expected]
    assert text[slice(*parse_dateline(text).span)] == expected


@pytest.mark.parametrize("text", [
    "NATO — the alliance said on Monday it would",  # no lead sentence: lower case
    "NATO — A warning to Russia",  # a short headline
    "UPDATE — The ministry said on Monday that it would",  # a wire slug
    "Madrid — Rafael Nadal kept Spain's hopes alive, then",  # title case needs a date or an agency
])
def test_a_bare_dash_headline_is_no_dateline(text):
    assert dateline_spans(text) == [] and parse_dateline(text) is None


def test_a_bare_place_and_dash_further_down_is_left_to_the_geo_stage():
    # a digest's items ("BEIRUT - Rescue workers ...") are read with the gazetteer in annalyst.geo
    text = ("JAKARTA, March 2 - Indonesia will cut its budget, the minister said on Monday.\n\n"
            "BEIRUT - Rescue workers pulled bodies from the rubble on Monday, police said.")
    assert [d.place for d in datelines(text)] == ["JAKARTA"]


@pytest.mark.parametrize("text,expected", [
    # one-line copy: the dateline runs on after the headline and the byline
    ("Protesters rally at Mayor's Office SKOPJE, April 20 (Sputnik) \u2013 Hundreds gathered",
     "SKOPJE, April 20 (Sputnik) \u2013 "),
    ("French Ligue 1 results zhanghan PARIS, Jan. 17 (Xinhua) -- Following are", "PARIS, Jan. 17 (Xinhua) -- "),
    ("Surfer bitten By JANE DOE CANBERRA, Australia (AP) \u2014 Police in", "JANE DOE CANBERRA, Australia (AP) \u2014 "),
    # a hyphenated region ("Bosnia-Herzegovina"): the dateline is no actor of the headline's act
    ("Muslims reopen mosque By JANE DOE BANJA LUKA, Bosnia-Herzegovina (AP) \u2014 Over 10,000 people",
     "JANE DOE BANJA LUKA, Bosnia-Herzegovina (AP) \u2014 "),
])
def test_a_dateline_run_on_after_the_headline_is_the_story_s(text, expected):
    found = story_datelines(text)
    assert [(text[d.span[0]:d.span[1]], d.run_on) for d in found] == [(expected, True)]
    assert [text[s:e] for s, e in dateline_spans(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Talks resume in NEW YORK on Monday - the UN said",  # no agency in brackets
    "The UN said the NATO (Alliance) plan was set. UPDATE (Reuters) - x",  # a sentence's capitals, a slug
    "Vote held UN PANEL, Plan 4 (AFP) - members met",  # "Plan 4" is no date: no month
])
def test_no_run_on_dateline_without_its_shape(text):
    assert [(text[d.span[0]:d.span[1]]) for d in story_datelines(text) if d.run_on] == []


def test_a_dateline_that_opens_a_line_is_read_before_a_run_on_one():
    text = "Headline SKOPJE, April 20 (Sputnik) - x\nBEIJING, Nov. 8 (Xinhua) -- The talks went on"
    assert [(d.place, d.run_on) for d in story_datelines(text)] == [("BEIJING", False)]
