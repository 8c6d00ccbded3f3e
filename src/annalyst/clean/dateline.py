"""Wire datelines: "JAKARTA, March 2 - ", "NORWICH, N.Y., March 2 - ", "KYIV, Ukraine (AP) — ".

A dateline says where the reporter filed from, not who acted: later stages keep it in the text
(its date dates the paragraph) but must not read its place as an actor.
"""

from __future__ import annotations

import re

# An upper-case place, optional ", State/Country" parts, an optional "Month Day" and an optional
# "(Agency)", then a dash: the shape wire services (Reuters, AP, AFP) open a story with.
_DATELINE = re.compile(
    r"""(?mx)
    ^[ \t\u00a0]*
    (?P<place>[A-Z][A-Z.'\-]+(?:[ ][A-Z][A-Z.'\-]+){0,3})       # JAKARTA, NEW YORK, ST. LOUIS
    (?P<region>(?:,[ \u00a0]*[A-Z][A-Za-z.']*(?:[ ][A-Z][A-Za-z.']*){0,2}\.?){0,2})   # , N.Y. / , Ukraine
    (?P<date>(?:,?[ \u00a0]+[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2})?)     # , March 2
    (?P<agency>(?:[ \u00a0]*\([A-Za-z][A-Za-z .&-]{0,30}\))?)          # (Reuters)
    [ \u00a0]*[-\u2013\u2014]{1,2}[ \u00a0]+
    """
)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the datelines that open a line of ``text``."""
    # "NATO - the alliance said" is a headline, not a dateline: a dateline names a region, a
    # date or an agency after the place
    return [(m.start("place"), m.end()) for m in _DATELINE.finditer(text)
            if any(m.group(part) for part in ("region", "date", "agency"))]
