"""Session 17, track unres2 (issue 15): a company the knowledge base matched followed by more of its name up to its
legal form is one actor ("Honda Motor Co Ltd", "Nomura International Plc"), across a wire story's line break too
(resolver ``_legal_forms``); words after a known company that no legal form closes stay a name of their own.
Reuters-21578 sentences, shortened where the test says so.  Mentions are asserted in full: (text, code or country,
resolved_by)."""

from __future__ import annotations

import datetime as dt

WHEN = dt.date(1987, 3, 3)


def test_company_name_runs_on_to_its_legal_forms(home_refs):
    # shaped on the Reuters leads the kb track read: "Motor Co Ltd" and "International Plc" were unknown actors
    text = "Honda Motor Co Ltd criticised Nomura International Plc on Tuesday."
    assert home_refs(text, WHEN)[1] == [
        ("Honda Motor Co Ltd", "HONDA", "kb-phrase"),
        ("Nomura International Plc", "NOMURA", "kb-phrase"),
    ]


def test_company_name_runs_on_over_a_line_break(home_refs):
    # reuters-8782 (shortened): the wire's line break falls between the name and its legal form
    text = ("The SEC subpoenaed documents on a secondary public offering of stock by American Express\n"
            "Co on May 9, 1986.")
    assert home_refs(text, WHEN)[1] == [
        ("SEC", "USASEC", "kb-phrase"),
        ("American Express\nCo", "AMEXCO", "kb-phrase"),
    ]


def test_words_without_a_legal_form_stay_apart(home_refs):
    # reuters-1400 (shortened): "Capital Markets" closes with no legal form, so the known match is not stretched
    # over it (such words may name another body)
    text = "The offering is being led by Merrill Lynch Capital Markets, the company said."
    refs = home_refs(text, WHEN)[1]
    assert [r for r in refs if r[0].startswith(("Merrill", "Capital"))] == [
        ("Merrill Lynch", "MERRILL-LYNCH", "kb-phrase"),
        ("Capital Markets", None, "ner"),
    ]


def test_headline_capitals_are_no_company_name(home_refs):
    # a headline in capitals: the verb after the known company is no word of its name
    text = "HONDA SAYS TOYOTA CO TO RAISE PRICES"
    refs = home_refs(text, WHEN)[1]
    assert [r for r in refs if r[0].startswith("HONDA")] == [("HONDA", "HONDA", "kb-phrase")]
