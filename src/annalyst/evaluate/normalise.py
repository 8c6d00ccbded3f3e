"""Normalise gold actor codes before they are compared with annalyst's (shared by ``annalyst eval`` and
``bench/actors_gsr.py``).

The PLOVER GSR was coded with PLOVER 0.5b1 on edited CAMEO-manual sentences, so its codes differ from
PLOVER v2.0's in three documented ways (``data/gold_codes.tsv`` lists the code-for-code ones):

* a few old CAMEO country codes remain (JAP, ITL, VTN) where ISO alpha-3 is meant;
* every organisation that crosses borders is coded ``IGO`` (the UN, the European Community, APEC, the
  IAEA, but also the Red Cross and Amnesty International) or, for four bodies, ``NGO``; PLOVER v2.0 splits
  these into UNO, EUR, IGO and NGO.  The codes of that class therefore match each other
  (:data:`INTERNATIONAL_CLASS`); the other non-state codes (IMG, ISM, MNC) match only themselves;
* sectors carry ethnic or religious suffixes ("CVLalb", "REBkur", "GOVMOS"), which are cut to the sector,
  and ``***`` for "sector not coded", which is no gold sector at all.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

# PLOVER manual v2.0, "International Non-state actor names": the codes a GSR "IGO" or "NGO" may be.
INTERNATIONAL_CLASS = frozenset({"IGO", "UNO", "EUR", "NGO"})


@dataclass(frozen=True)
class GoldCodes:
    countries: dict[str, str]  # gold country code -> annalyst's
    sectors: dict[str, str]  # gold sector code -> annalyst's


@lru_cache(maxsize=1)
def gold_codes() -> GoldCodes:
    """The code-for-code equivalences of ``data/gold_codes.tsv``."""
    countries: dict[str, str] = {}
    sectors: dict[str, str] = {}
    text = resources.files("annalyst.evaluate").joinpath("data", "gold_codes.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        table = countries if row["kind"] == "country" else sectors
        table[row["gold"].strip()] = row["code"].strip()
    return GoldCodes(countries, sectors)


def gold_country(code: Optional[str]) -> Optional[str]:
    """A gold country code as annalyst writes it ("JAP" -> "JPN"); ``None`` for an empty one."""
    if not code or not code.strip():
        return None
    code = code.strip().upper()
    return gold_codes().countries.get(code, code)


def gold_sector(sector: Optional[str]) -> Optional[str]:
    """A gold sector as a PLOVER v2.0 sector ("CVLalb" -> "CVL"); ``None`` for none or "***" (not coded)."""
    if not sector or not sector.strip() or sector.strip().startswith("*"):
        return None
    prefix = sector.strip()[:3].upper()
    return gold_codes().sectors.get(prefix, prefix)


def country_matches(gold: Optional[str], predicted: Optional[str]) -> bool:
    """Whether a predicted country code counts as the (normalised) gold one."""
    if gold is None or predicted is None:
        return False
    if gold == predicted:
        return True
    return gold in INTERNATIONAL_CLASS and predicted in INTERNATIONAL_CLASS


def country_class(code: Optional[str]) -> Optional[str]:
    """The code as a comparison key: the international-organisation class collapses to ``IGO``."""
    if code is None:
        return None
    return "IGO" if code in INTERNATIONAL_CLASS else code
