from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from annalyst.errors import ModelError, QueryError

DATA_FILE = "cameo.tsv"


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code and its derived codes."""

    code: str
    name: str
    goldstein: float
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    event: Optional[str]  # PLOVER event type; None for bare statements (CAMEO 01)
    mode: Optional[str]
    context: Optional[str]

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def _table() -> dict[str, CameoCode]:
    try:
        text = resources.files("annalyst.codes").joinpath("data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise ModelError(f"The CAMEO code table is missing ({exc}).",
                         "Reinstall annalyst; the table ships as package data in annalyst/codes/data.") from exc
    table: dict[str, CameoCode] = {}
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    for line in lines[1:]:  # the first non-comment line is the header
        code, name, goldstein, quad, event, mode, context = (line.split("\t") + [""] * 7)[:7]
        table[code] = CameoCode(code=code, name=name, goldstein=float(goldstein), quad_class=int(quad),
                                event=event or None, mode=mode or None, context=context or None)
    return table


def all_codes() -> list[CameoCode]:
    return list(_table().values())


def is_code(cameo: str) -> bool:
    return cameo in _table()


def lookup(cameo: str) -> CameoCode:
    """The entry for a CAMEO code (a 2- to 4-digit string: ``lookup(code)``).

    An unknown 4-digit or 3-digit code falls back to its parent (CAMEO's own rule: a
    sub-code inherits its parent's meaning), so data from other coders still maps.
    """
    table = _table()
    code = (cameo or "").strip()
    for candidate in (code, code[:3], code[:2]):
        if len(candidate) >= 2 and candidate in table:
            return table[candidate]
    raise QueryError(f"Unknown CAMEO code {cameo!r}.", "Use a code from the CAMEO codebook, e.g. 054 or 1823.")


def plover_event(cameo: str) -> Optional[str]:
    return lookup(cameo).event
