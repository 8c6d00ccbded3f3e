"""The short forms wire datelines write (``data/dateline_abbreviations.tsv``): AP's US state
abbreviations ("Mich.", "S.C.") and the shortened words of place names ("St." for Saint)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from annalyst.errors import ModelError
from annalyst.geo.data_files import data_rows

_HEADER = ("kind", "abbreviation", "expansion", "admin1")
_KINDS = frozenset({"state", "word"})


@dataclass(frozen=True)
class DatelineAbbreviations:
    states: dict[str, str]  # normalised abbreviation → GeoNames admin-1 code ("mich." → "US.MI")
    words: dict[str, str]  # normalised abbreviated word → the word written out ("st." → "Saint")

    def state(self, qualifier: str) -> str | None:
        """The admin-1 code of the US state a dateline qualifier abbreviates, if it is one."""
        return self.states.get(_key(qualifier))

    def expand(self, name: str) -> str:
        """``name`` with its abbreviated words written out ("ST. JOSEPH" → "Saint JOSEPH")."""
        return " ".join(self.words.get(word.lower(), word) for word in name.split())


def _key(text: str) -> str:
    # "W. Va.", "W.Va." and Reuters' "Mass" (no period) are one abbreviation
    return re.sub(r"[\s.]+", "", text).lower()


@lru_cache(maxsize=1)
def dateline_abbreviations() -> DatelineAbbreviations:
    """Read and check the table once."""
    path, rows = data_rows("dateline_abbreviations.tsv", "The dateline abbreviation list")
    states: dict[str, str] = {}
    words: dict[str, str] = {}
    header_seen = False
    for number, line in rows:
        fields = tuple(line.split("\t"))
        if not header_seen:
            header_seen = fields == _HEADER
            if not header_seen:
                raise ModelError(f"{path}:{number}: the header must be {' '.join(_HEADER)}.",
                                 "Restore the header line of the shipped file.")
            continue
        if len(fields) != len(_HEADER) or fields[0] not in _KINDS:
            raise ModelError(f"{path}:{number}: expected kind (state/word), abbreviation, expansion, admin1.",
                             "Fix the row: four tab-separated fields, kind state or word.")
        kind, abbreviation, expansion, admin1 = fields
        if kind == "state":
            if not re.fullmatch(r"US\.[A-Z]{2}", admin1):
                raise ModelError(f"{path}:{number}: {admin1!r} is not a US GeoNames admin-1 code.",
                                 "Write the state's code as US.<postal code>, e.g. US.MI.")
            states[_key(abbreviation)] = admin1
        else:
            words[abbreviation.lower()] = expansion
    return DatelineAbbreviations(states, words)
