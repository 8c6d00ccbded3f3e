"""Headline-shaped lines inside a web page's body are links to other stories (``clean/headlines.py``)."""

from __future__ import annotations

import pytest

from annalyst.clean import clean_text
from annalyst.clean.headlines import REASON, headline_shaped


@pytest.mark.parametrize("line", [
    # web pages of 2019-2023 (trafilatura-eval and zyte pages): a label and the linked headline ...
    "MORE: Black-led group strikes deal to revitalize Oakland Coliseum site, could bring $5B megaproject",
    "VIDEO: Breast Cancer Symptoms That Aren't Lumps",
    "STREAM: Luboku, Pale Blue Dot / Lift Off",
    # ... or a related story's headline in capitals, as long as a sentence
    "CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM",
    "LAUREN ALAINA SAYS 'DWTS' HAS HELPED HER LOSE 25 POUNDS",
])
def test_links_to_other_stories_are_headline_shaped(line):
    assert headline_shaped(line)


@pytest.mark.parametrize("line", [
    "Harry and Meghan felt 'trapped' in the family",  # a section heading in sentence case
    "MAKING SPICED HONEY PEAR JAM",  # a short section heading in capitals
    "A: Trip to Disney World", "Q: Favorite technology purchase in the last 5 years",  # an interview
    "Why did the prime minister not sack the minister?",  # a question ends a sentence
    "NOTE: The figures exclude losses of 12.1 mln dlrs.",  # a full stop
    "SHR 27 CTS VS 29 CTS NET 13,555,000 VS 14,635,000",  # a table row: numbers
    "WASHINGTON (AP) — Police said on Monday that",  # a dateline's lead: too few words after no label
])
def test_prose_headings_and_rows_are_not(line):
    assert not headline_shaped(line)


def test_a_linked_headline_between_paragraphs_is_removed_with_its_reason():
    text = ("Patrick launched a tour of early-voting states this week, visiting Nevada and Iowa before South "
            "Carolina.\n\nSEE MORE: Hong Kong protests: 800 students under siege in university\n\n"
            "Eyamba Sowers didn't know Patrick was coming to Tuesday's networking gathering.")
    result = clean_text(text)
    assert "SEE MORE" not in result.text and "Eyamba Sowers" in result.text and "Patrick launched" in result.text
    assert [(r.text, r.reason) for r in result.removed] == [
        ("SEE MORE: Hong Kong protests: 800 students under siege in university", REASON)]


def test_a_line_of_a_block_is_no_paragraph_of_its_own():
    # hard-wrapped copy: a short line inside a block is the end of a wrapped sentence
    text = ("The company said its board approved the plan on Monday and\nWILL PAY A DIVIDEND OF TEN CTS A SHARE "
            "ON ALL STOCK\nnext month, it said.")
    assert clean_text(text).removed == []
