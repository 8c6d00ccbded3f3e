"""Reuters company markers read as prose (``annalyst.clean.markers``), and what that fixes downstream."""

from __future__ import annotations

import datetime as dt

import pytest

from annalyst.clean import clean_document
from annalyst.clean.markers import unbracket_company_markers
from annalyst.model import Document


@pytest.mark.parametrize("text,expected", [
    # a name in brackets loses them (reuters-294)
    ("LONDON, March 2 - <International Leisure Group Plc> said\nits <Air Europe> subsidiary",
     "LONDON, March 2 - International Leisure Group Plc said\nits Air Europe subsidiary"),
    ("whereby <AMCO\nInsurance Co> will increase", "whereby AMCO\nInsurance Co will increase"),
    # a ticker after a name is its symbol in apposition (reuters-1498, Tesco)
    ("Vereins - und Westbank AG <VHBG.F> plans", "Vereins - und Westbank AG (VHBG.F) plans"),
    ("Tesco Plc <TSCO.L> is issuing", "Tesco Plc (TSCO.L) is issuing"),
    # a ticker that is itself the subject keeps no brackets
    ("NEW YORK, March 2 - <IBM> said", "NEW YORK, March 2 - IBM said"),
    # no marker: comparisons and markup-like lower case stay
    ("if a < b and c > d", "if a < b and c > d"), ("x <br> y", "x <br> y"),
])
def test_markers_are_read_as_prose(text, expected):
    assert unbracket_company_markers(text) == expected


def test_the_cleaner_unbrackets_plain_text():
    doc = clean_document(Document(doc_id="r", source="mem", raw="SYDNEY, March 2 - <Ariadne Australia Ltd> said "
                                  "it agreed to sell its stake in the company for 20 mln dlrs."))
    assert doc.text.startswith("SYDNEY, March 2 - Ariadne Australia Ltd said it agreed")


@pytest.mark.slow
def test_the_dateline_is_not_cut_off_by_a_marker():
    from annalyst.api import code_text

    # reuters-294: the dateline's place was the source ("LONDON, March") and ">" stayed in the target
    doc = code_text("LONDON, March 2 - <International Leisure Group Plc> said\nits <Air Europe> subsidiary was in "
                    "advanced negotiations with\nmanufacturers and banks for the lease of 10 <Boeing Co> and 13\n"
                    "<Rolls-Royce Ltd> engines.", published=dt.date(1987, 3, 2))
    assert {(e.source.text, e.cameo, e.target.text if e.target else None) for e in doc.events} == {
        ("International Leisure Group Plc", "010", "Air Europe")}
    assert doc.sentences[0].text.startswith("LONDON, March 2 - International Leisure Group Plc said")
