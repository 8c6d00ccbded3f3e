"""Regenerate the ``petrarch2_*.tsv`` knowledge-base files from the PETRARCH2 (Phoenix) dictionaries.

This is a maintainer's tool, run by hand when the reference dictionaries change; the installed product
only reads the generated TSV files.  It converts facts (who held which office when, which place belongs to
which country, which noun names which sector) from the Phoenix dictionaries' TABARI format into annalyst's
own documented TSV format:

* ``petrarch2_people.tsv`` - people with dated roles (``[RUSGOV 991231-080507]``);
* ``petrarch2_actors.tsv`` - institutions, organisations and armed groups with an undated code;
* ``petrarch2_places.tsv`` - the names listed under each country (cities, provinces, spellings);
* ``petrarch2_sectors.tsv`` - agent nouns (``GOVERNMENT [~GOV]``) mapped to PLOVER sectors.

CAMEO codes are read as a 3-letter country (ISO alpha-3, or IGO/NGO/IMG/MNC; ``IGOUNO`` is the UN system)
followed by 3-letter agent codes, mapped to PLOVER sectors by ``CAMEO_AGENT_TO_SECTOR`` (CAMEO's MED, media,
is PLOVER's JRN; CAMEO's HLH, health, is PLOVER's MED; religions become REL).

Usage: ``python -m annalyst.actors.petrarch_import ../shared/reference/petrarch2-dictionaries``
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from annalyst.actors.kb import NONSTATE_CODES, data_dir

CAMEO_AGENT_TO_SECTOR = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "PTY": "PTY", "COP": "COP", "JUD": "JUD",
    "LEG": "LEG", "BUS": "BUS", "CVL": "CVL", "EDU": "EDU", "MED": "JRN", "HLH": "MED", "ELI": "ELI",
    "SPY": "SPY", "UAF": "UAF", "LAB": "LAB", "AGR": "AGR", "CRM": "CRM", "REF": "REF", "REL": "REL",
    "MUS": "REL", "MOS": "REL", "CHR": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL", "ENV": "SOC",
    "HRI": "SOC", "NGO": "SOC", "RAD": "SOC", "PPL": "CVL", "SEP": "REB", "INS": "REB", "IRC": "MED",
}
LOWER_WORDS = {"of", "the", "and", "for", "in", "on", "de", "del", "da", "du", "der", "van", "von", "la", "le",
               "al", "el", "bin", "ibn", "to", "at"}
DATE_RE = re.compile(r"^(?P<op>[<>]?)(?P<a>\d{6,8})?(?:-(?P<b>\d{6,8}))?$")


@dataclass
class Entry:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, Optional[dt.date], Optional[dt.date]]] = field(default_factory=list)
    country_block: Optional[str] = None  # set for "COUNTRY_ [ISO]" blocks


def _country_codes() -> set[str]:
    """ISO alpha-3, PLOVER's non-state codes and the codes of states that no longer exist
    (``former_states.tsv``: SUN, DDR, CSK... — their dated entries are kept since issue 15)."""
    import pycountry

    former = {row["code"] for row in _tsv(data_dir() / "former_states.tsv")}
    return {c.alpha_3 for c in pycountry.countries} | set(NONSTATE_CODES) | former


def _legacy_codes() -> dict[str, str]:
    """Older CAMEO country codes the dictionaries still use → annalyst's (``legacy_codes.tsv``: KSV → KOS)."""
    return {row["code"]: row["country"] for row in _tsv(data_dir() / "legacy_codes.tsv")}


def _tsv(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if line.strip() and not line.startswith("#")),
                                   delimiter="\t"))


_LEGACY: dict[str, str] = {}


def _legacy() -> dict[str, str]:
    if not _LEGACY:
        _LEGACY.update(_legacy_codes())
    return _LEGACY


def parse_date(text: str) -> Optional[dt.date]:
    if len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:6])
    # two-digit years: the dictionaries were last edited 2014-2019, so 00-30 is this century
    year = 2000 + yy if yy <= 30 else 1900 + yy
    return dt.date(year, max(mm, 1), max(dd, 1))


def parse_code(token: str) -> Optional[tuple[str, Optional[dt.date], Optional[dt.date]]]:
    parts = token.strip("[]").split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    code, start, end = parts[0], None, None
    if len(parts) > 1:
        m = DATE_RE.match(parts[1])
        if not m:
            return None
        try:
            a = parse_date(m.group("a")) if m.group("a") else None
            b = parse_date(m.group("b")) if m.group("b") else None
        except ValueError:
            return None
        if m.group("op") == ">":
            start = a
        elif m.group("op") == "<":
            end = a
        else:
            start, end = a, b
    return code, start, end


def clean_alias(raw: str) -> str:
    text = raw.split("#", 1)[0].strip().lstrip("+").strip()
    text = re.sub(r"\{.*?\}|\(.*?\)|!\w*!", " ", text)
    words = [w for w in text.replace("_", " ").split() if w]
    out = []
    for w in words:
        low = w.lower()
        if low in LOWER_WORDS and out:
            out.append(low)
        elif len(words) == 1 and len(w) <= 3:
            out.append(w)  # an abbreviation: matched as written
        else:
            out.append("-".join(part.capitalize() for part in w.split("-")))
    return " ".join(out)


def iter_entries(path: Path) -> Iterator[Entry]:
    current: Optional[Entry] = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        codes = re.findall(r"\[[^\]]*\]", body)
        head = re.sub(r"\[[^\]]*\]", "", body).strip()
        if body.startswith("+") and current is not None:
            current.aliases.append(clean_alias(head))
        elif head and not body[:1].isspace():
            if current is not None:
                yield current
            current = Entry(name=clean_alias(head))
            if len(codes) == 1 and re.fullmatch(r"\[[A-Z]{3}\]", codes[0]):
                current.country_block = codes[0].strip("[]")
        elif current is None:
            continue
        for token in codes:
            parsed = parse_code(token)
            if parsed and current is not None:
                current.codes.append(parsed)
    if current is not None:
        yield current


def split_code(code: str, countries: set[str]) -> Optional[tuple[str, Optional[str]]]:
    if code.startswith("IGOUNO"):
        country, rest = "UNO", code[6:]
    else:
        country, rest = code[:3], code[3:]
    country = _legacy().get(country, country)
    if country not in countries:
        return None
    sector = None
    for i in range(0, len(rest) - 2, 3):
        sector = CAMEO_AGENT_TO_SECTOR.get(rest[i:i + 3])
        if sector:
            break
    return country, sector


def convert(dictionaries: Path, out: Path) -> dict[str, int]:
    countries = _country_codes()
    people: list[str] = []
    actors: list[str] = []
    places: list[str] = []
    seen_ids: set[str] = set()
    for filename, default_sector in (("Phoenix.Countries.actors.txt", None),
                                     ("Phoenix.International.actors.txt", None),
                                     ("Phoenix.MilNonState.actors.txt", "REB")):
        for entry in iter_entries(dictionaries / filename):
            names = [a for a in [entry.name, *entry.aliases] if a]
            if entry.country_block:
                if entry.country_block in countries:
                    places.extend(f"{a}\t{entry.country_block}" for a in names)
                continue
            resolved = [(split_code(c, countries), s, e) for c, s, e in entry.codes]
            resolved = [(r, s, e) for r, s, e in resolved if r is not None]
            if not resolved or not names:
                continue
            pid = re.sub(r"[^a-z0-9]+", "-", entry.name.lower()).strip("-")
            if not pid or pid in seen_ids:
                continue
            seen_ids.add(pid)
            dated = [(r, s, e) for r, s, e in resolved if s or e]
            if dated:
                first = True
                for (country, sector), start, end in dated:
                    if sector == "ELI":
                        continue  # former office is derived from the terms themselves
                    start = start or dt.date(1900, 1, 1)
                    if end is not None and end < start:
                        continue
                    # aliases are written on a person's first line only: the loader unites them
                    people.append("\t".join([pid, entry.name, "|".join(names[1:]) if first else "", country,
                                             sector or "", start.isoformat(), end.isoformat() if end else "",
                                             f"petrarch2 {filename}"]))
                    first = False
            else:
                (country, sector), _, _ = resolved[0]
                actors.append("\t".join([pid.upper(), country, sector or default_sector or "", "|".join(names)]))
    sectors = []
    for line in (dictionaries / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].strip()
        m = re.match(r"^([A-Z][A-Z0-9_'\-.]*?)_?\s*(\{[^}]*\})?\s*\[~([A-Z]{3})", body)
        if not m or "!" in body:
            continue
        sector = CAMEO_AGENT_TO_SECTOR.get(m.group(3))
        if sector:
            sectors.append(f"{m.group(1).replace('_', ' ').lower()}\t{sector}\tnoun")
    header = ("# Generated by annalyst.actors.petrarch_import from the PETRARCH2 Phoenix dictionaries\n"
              "# (../shared/reference/petrarch2-dictionaries, openeventdata/petrarch2 commit 676801cd, MIT licence).\n"
              "# Facts converted to annalyst's format; see docs/actors.md.  Do not edit by hand: edit the curated\n"
              "# files (states.tsv, organisations.tsv, people.tsv, sectors.tsv), which take precedence.\n")
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "petrarch2_people.tsv": ("id\tname\taliases\tcountry\tsector\tstart\tend\toffice", people),
        "petrarch2_actors.tsv": ("code\tcountry\tsector\taliases", actors),
        "petrarch2_places.tsv": ("alias\tcountry", places),
        "petrarch2_sectors.tsv": ("phrase\tsector\trole", sectors),
    }
    for name, (columns, rows) in files.items():
        (out / name).write_text(header + columns + "\n" + "\n".join(sorted(set(rows))) + "\n", encoding="utf-8")
    return {name: len(set(rows)) for name, (_, rows) in files.items()}


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the petrarch2_*.tsv actor data files.")
    parser.add_argument("dictionaries", type=Path, help="the petrarch2-dictionaries folder")
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: the package data)")
    args = parser.parse_args(argv)
    counts = convert(args.dictionaries, args.out or data_dir())
    for name, n in counts.items():
        sys.stdout.write(f"{name}: {n} rows\n")  # a maintainer's script, run directly
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
