import pytest

from annalyst.clean.dateline import dateline_spans


@pytest.mark.parametrize("text,expected", [
    ("JAKARTA, March 2 - Indonesia will cut", "JAKARTA, March 2 - "),
    ("NORWICH, N.Y., March 2 - Chenango Bank said", "NORWICH, N.Y., March 2 - "),
    ("KYIV, Ukraine (AP) — Russia fired", "KYIV, Ukraine (AP) — "),
    ("WASHINGTON (Reuters) - The US", "WASHINGTON (Reuters) - "),
    ("intro\n\nNEW YORK, March 3 - a", "NEW YORK, March 3 - "),
])
def test_wire_datelines_are_found(text, expected):
    assert [text[s:e] for s, e in dateline_spans(text)] == [expected]


@pytest.mark.parametrize("text", ["NATO - the alliance said", "The US - and NATO", "mid NEW YORK, March 3 - a", "I - think"])
def test_other_dashes_are_not_datelines(text):
    assert dateline_spans(text) == []
