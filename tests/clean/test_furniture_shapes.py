"""Issue 18, fourth round: furniture told by general features, not strings (``clean/furniture.py``,
``clean/foreign.py``, ``clean/digest.py``): title case amid the prose, a sidebar of single-line
blocks, prompts that speak to the reader, a whole time stamp, links only through the article's own
lines, a short line's function words voting for its language, and digests that leave the
article's own lines alone."""

from __future__ import annotations

from annalyst.clean import clean_text, digest, foreign, furniture, interface
from annalyst.clean.lines import Line

ARTICLE = [
    "The foreign ministers of both countries met in Geneva on Monday to discuss a ceasefire along the border.",
    "Observers from the United Nations will monitor the line of contact, officials said after the meeting.",
    "The talks are expected to resume next week in Vienna, according to a statement from the mediators.",
    "Both governments have accused each other of violating an earlier truce agreed in the spring.",
]
EN = frozenset({"the", "of", "and", "to", "in", "for", "on", "are", "we", "do", "what", "a"})


def _removed(blocks: list[str]) -> dict[str, str]:
    result = clean_text("\n\n".join(blocks))
    for paragraph in ARTICLE:
        assert paragraph in result.text.split("\n\n")
    return {r.text: r.reason for r in result.removed}


def test_title_case_is_every_word_but_function_words_capitalised():
    assert furniture.title_cased("Terms of Use", EN)
    assert furniture.title_cased("Doubts About Gaza War Are Beginning to Creep In", EN)
    assert not furniture.title_cased("Climate activists urge the city not to build a plant", EN)
    assert not furniture.title_cased("NEWS", EN)  # capitals throughout: a shouted heading or a table's
    assert not furniture.title_cased("Contact", EN)  # one word: a name or a label, not a shape
    assert not furniture.title_cased("Terms of Use", frozenset())  # no function-word list, no shape


def test_another_storys_title_case_headline_amid_the_prose_goes_and_a_sentence_case_one_stays():
    headline = "Doubts About the Harvest Are Beginning to Creep In"
    removed = _removed(ARTICLE[:2] + ["Sign up for our daily newsletter", headline] + ARTICLE[2:])
    assert removed[headline] == furniture.REASON
    heading = "Why the talks matter"  # the article's own heading: sentence case, alone
    assert _removed(ARTICLE[:2] + [heading] + ARTICLE[2:]) == {}


def test_a_sidebar_of_single_line_blocks_goes_even_with_function_words():
    sidebar = ["What We Do", "Terms and rules", "About this site"]
    removed = _removed(ARTICLE[:2] + sidebar + ARTICLE[2:])
    assert removed == {line: furniture.REASON for line in sidebar}


def test_menu_items_do_not_vouch_for_each_other():
    # "Us" is on both lines: only the article's own lines tie a short line to it
    menu = ["Contact Us", "Follow Us"]
    removed = _removed(ARTICLE + menu)
    assert removed == {line: furniture.REASON for line in menu}


def test_a_prompt_that_speaks_to_the_reader_goes_and_an_attributed_sentence_stays():
    assert furniture.prompt_sentence("We can help you grow the garden of your dreams.")
    assert furniture.prompt_sentence("Stay up-to-date on our work.")
    assert not furniture.prompt_sentence("We will appeal the ruling, he said.")  # a reporting verb
    assert not furniture.prompt_sentence('"We will appeal," the minister said.')  # a quotation
    assert not furniture.prompt_sentence("The ministers met again on Monday.")  # no "you", no "we"
    prompts = ["Stay up-to-date on our work.", "We can help you grow the garden of your dreams."]
    removed = _removed(ARTICLE + ["Contact the newsroom"] + prompts)
    assert removed == {"Contact the newsroom": furniture.REASON, **{p: furniture.REASON for p in prompts}}


def test_a_whole_time_stamp_is_one_stamp_and_counts_once():
    for stamp in ("Published 7:07 PM EST Nov 19, 2019", "November 19, 2019 at 11:33 am",
                  "11/19/2019 06:18 PM", "17 April 2012 • 2:54pm", "January 2020",
                  "11.15.2019 10:09 AM", "2019-11-15 08:00", "12H ago", "3 d ago"):
        assert interface.is_stamp(stamp), stamp
    for line in ("Mayor", "The meeting is on May 5, 1987.", "Shr 1.20 dlrs vs 1.10", "11.00 12un unch", "1.5 2.3"):
        assert not interface.is_stamp(line), line
    # the stamp forms describe one feature: a date line on top is front matter, not an interface line
    assert interface.lexical_points("12 May 2019")[0] == 1


def test_a_short_lines_function_words_vote_for_its_language():
    assert foreign.foreign_language("Pressesprecherin des", "en") == "de"
    assert foreign.foreign_language("Brighton goleó al Manchester United por", "en") == "es"
    assert foreign.foreign_language("Reds sink 10-man Magpies", "en") is None  # "man": an English noun too
    assert foreign.foreign_language("Die Altstadt Stockholms", "en") is None  # title case: a name
    assert foreign.foreign_language("G Intoppa, S Perugini, CA del Fava, S Orlando, P Griffen, R Pedrazzi", "en") is None


def test_a_digest_leaves_the_articles_own_short_lines():
    prose = Line(0, "The station said on Monday that Balamory, Brush Head and Featherboy had won awards.", 0)
    programmes = [Line(i, text, i) for i, text in enumerate(
        ["Drama Featherboy", "Animation Brush Head", "Preschool Balamory"], start=1)]
    teasers = [Line(i, text, i) for i, text in enumerate(
        ["Storm closes ports across the north", "Markets fall for a third day", "Star striker signs new deal",
         "Rail strike called off at last minute", "Museum returns looted bronzes"], start=4)]
    lines = [prose, programmes[0], teasers[0], programmes[1], teasers[1], programmes[2]] + teasers[2:]
    digest.mark_digests(lines)
    assert [line.reason for line in programmes] == [None, None, None]  # they name what the prose names
    assert {line.reason for line in teasers} == {"digest:headlines"}
