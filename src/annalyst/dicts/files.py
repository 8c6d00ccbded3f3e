"""User dictionary files: reading, telling their kind, validating, and their fingerprint.

A user file is one of three kinds (``docs/dictionaries.md``), told by its header line (the first
line that is not blank or a ``#`` comment) or, failing that, by its file name:

========  ==========================================================  ===================
kind      header (tab-separated)                                      file name ends in
========  ==========================================================  ===================
actors    ``name code country sector valid_from valid_to aliases``    ``.actors.tsv``
agents    ``noun sector`` or ``noun sector country``                  ``.agents.tsv``
verbs     ``kind group item code`` (the lexicon's own format)         ``.verbs.tsv``
========  ==========================================================  ===================

Every problem (a bad header, a bad date, an unknown sector, a name given twice) is a
``DictionaryError`` naming the file, the line and the fix, raised when the files are read: before
anything is coded.  ``Resources`` carries the files' texts (not their paths), so a worker process
or a Dask worker rebuilds exactly what the driver validated.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator, Optional, Sequence

from annalyst import __version__
from annalyst.errors import AnnalystError

KINDS = ("actors", "agents", "verbs")
ACTOR_COLUMNS = ("name", "code", "country", "sector", "valid_from", "valid_to", "aliases")
AGENT_COLUMNS = ("noun", "sector", "country")
VERB_COLUMNS = ("kind", "group", "item", "code")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]*$")


class DictionaryError(AnnalystError):
    """A user dictionary that cannot be used as written (file, line, fix)."""

    code = "E020"
    http_status = 400


@dataclass(frozen=True, slots=True)
class UserFile:
    """One validated user file: its kind, the name it is shown by, its text and the text's hash."""

    kind: str
    name: str
    text: str
    sha256: str

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line number, tab-separated cells) of each data line after the header."""
        header_seen = False
        for number, line in enumerate(self.text.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not header_seen:
                header_seen = True
                continue
            yield number, [cell.strip() for cell in line.split("\t")]


@dataclass(frozen=True, slots=True)
class Resources:
    """The user files that layer over the package's knowledge base and lexicon (hashable: caches key on it)."""

    files: tuple[UserFile, ...] = ()

    def of_kind(self, kind: str) -> tuple[UserFile, ...]:
        return tuple(f for f in self.files if f.kind == kind)

    def fingerprint(self) -> str:
        """``annalyst VERSION`` and ``kind:sha256`` of each file, in the order given: equal fingerprints,
        equal coding resources."""
        parts = [f"annalyst {__version__}"] + [f"{f.kind}:{f.sha256[:16]}" for f in self.files]
        return "; ".join(parts)

    def __bool__(self) -> bool:
        return bool(self.files)


def read_resources(paths: Sequence[tuple[Path, Optional[str]]]) -> Resources:
    """Read and validate user files, each (path, kind or None to tell it from the file).  Names and nouns
    must be unique across all files of a kind."""
    files = tuple(read_file(path, kind) for path, kind in paths)
    _check_unique(files)
    return Resources(files)


def read_file(path: Path, kind: Optional[str] = None) -> UserFile:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(f"Cannot read the dictionary {path} ({exc}).",
                              "Give the path of a UTF-8 text file (--dict PATH or annalyst.toml [dictionaries]).") from exc
    shown = str(path)
    header_line, header = _header(text)
    told = kind or _kind_of(header) or _kind_by_name(path.name)
    if told is None:
        raise DictionaryError(f"{shown}:{header_line}: cannot tell what kind of dictionary this is "
                              f"(header {' '.join(header) or 'missing'!r}).",
                              _header_fix())
    if told not in KINDS:
        raise DictionaryError(f"{shown}: unknown dictionary kind {told!r}.", f"Use one of: {', '.join(KINDS)}.")
    if _kind_of(header) != told:
        raise DictionaryError(f"{shown}:{header_line}: bad header for a {told} file: {' '.join(header) or '(none)'!r}.",
                              _header_fix(told))
    user = UserFile(kind=told, name=shown, text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    {"actors": _check_actors, "agents": _check_agents, "verbs": _check_verbs}[told](user)
    return user


def _header(text: str) -> tuple[int, list[str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            return number, line.split()
    return 0, []


def _kind_of(header: list[str]) -> Optional[str]:
    if tuple(header) == ACTOR_COLUMNS:
        return "actors"
    if tuple(header) in (AGENT_COLUMNS[:2], AGENT_COLUMNS):
        return "agents"
    if tuple(header) == VERB_COLUMNS:
        return "verbs"
    return None


def _kind_by_name(name: str) -> Optional[str]:
    for kind in KINDS:
        if name.endswith((f".{kind}.tsv", f"-{kind}.tsv", f"_{kind}.tsv")) or name == f"{kind}.tsv":
            return kind
    return None


def _header_fix(kind: Optional[str] = None) -> str:
    headers = {"actors": "\t".join(ACTOR_COLUMNS), "agents": "noun\tsector (and optionally\tcountry)",
               "verbs": " ".join(VERB_COLUMNS)}
    if kind:
        return f"Make the first line that is not a comment the {kind} header: {headers[kind]!r} (docs/dictionaries.md)."
    return ("Start the file with one of the headers " + "; ".join(f"{k}: {h!r}" for k, h in headers.items())
            + " (docs/dictionaries.md).")


def _fail(user: UserFile, line: int, cause: str, fix: str) -> DictionaryError:
    return DictionaryError(f"{user.name}:{line}: {cause}.", fix)


@lru_cache(maxsize=1)
def sector_codes() -> frozenset[str]:
    """The PLOVER sector codes (``dicts/data/sector_codes.tsv``)."""
    text = resources.files("annalyst.dicts").joinpath("data", "sector_codes.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return frozenset(rows[1:])


def _check_sector(user: UserFile, line: int, sector: str, *, required: bool) -> None:
    if not sector and not required:
        return
    if sector not in sector_codes():
        raise _fail(user, line, f"unknown sector {sector!r}",
                    f"Use a PLOVER sector code: {', '.join(sorted(sector_codes()))}.")


def _check_country(user: UserFile, line: int, country: str) -> None:
    if country and not _COUNTRY.match(country):
        raise _fail(user, line, f"bad country {country!r}",
                    "Write an ISO 3166 alpha-3 code (NGA) or a PLOVER non-state code (IGO, NGO, IMG...).")


def parse_date(user: UserFile, line: int, column: str, value: str) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(user, line, f"bad date {value!r} in column {column}",
                    "Write dates as YYYY-MM-DD, or leave the cell empty for open-ended.") from None


def _check_actors(user: UserFile) -> None:
    for line, cells in user.rows():
        if len(cells) != len(ACTOR_COLUMNS):
            raise _fail(user, line, f"{len(cells)} columns where the header has {len(ACTOR_COLUMNS)}",
                        "Separate the 7 columns with tabs; leave empty cells empty (two tabs in a row).")
        name, code, country, sector, start, end, _aliases = cells
        if not name:
            raise _fail(user, line, "empty name", "Give every actor a name in the first column.")
        if not _CODE.match(code):
            raise _fail(user, line, f"bad code {code!r}", "Give an actor code of capital letters and digits (NGAREBCJT).")
        _check_country(user, line, country)
        _check_sector(user, line, sector, required=False)
        first, last = parse_date(user, line, "valid_from", start), parse_date(user, line, "valid_to", end)
        if first and last and last < first:
            raise _fail(user, line, f"valid_to {end} is before valid_from {start}", "Swap the two dates.")
        if (first or last) and not country:
            raise _fail(user, line, "a dated entry has no country",
                        "A row with dates is an office held over a period: give its country (and sector).")


def _check_agents(user: UserFile) -> None:
    for line, cells in user.rows():
        if len(cells) not in (2, 3) or not cells[0]:
            raise _fail(user, line, f"{len(cells)} columns, or an empty noun",
                        "Write: noun<TAB>sector, optionally <TAB>country.")
        _check_sector(user, line, cells[1], required=True)
        _check_country(user, line, cells[2] if len(cells) == 3 else "")


def _check_verbs(user: UserFile) -> None:
    from annalyst.codes import is_code
    from annalyst.events.lexicon import KINDS as LEXICON_KINDS

    header_seen = False
    for line, raw in enumerate(user.text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        parts = raw.split()
        if len(parts) < 4:
            raise _fail(user, line, f"{len(parts)} fields",
                        "Write KIND GROUP ITEM... CODE (docs/events.md, 'The lexicon'); use - for no code.")
        if parts[0] not in LEXICON_KINDS:
            raise _fail(user, line, f"kind {parts[0]!r}", f"Use one of: {', '.join(sorted(LEXICON_KINDS))}.")
        if parts[-1] != "-" and not is_code(parts[-1]):
            raise _fail(user, line, f"unknown CAMEO code {parts[-1]!r}",
                        "Use a code of the CAMEO codebook (annalyst codes lists them), or - for none.")


def entry_names(user: UserFile) -> Iterator[tuple[int, str]]:
    """(line, lower-case name) of every name a file defines: an actor's name and aliases, an agent's noun, a
    verb file's (kind, group, item)."""
    if user.kind == "verbs":
        return
    for line, cells in user.rows():
        names = [cells[0]]
        if user.kind == "actors":
            names += [a for a in (s.strip() for s in cells[6].split("|")) if a]
        for name in dict.fromkeys(" ".join(n.split()).lower() for n in names):
            yield line, name


def _check_unique(files: Sequence[UserFile]) -> None:
    for kind in ("actors", "agents"):
        seen: dict[str, tuple[str, int]] = {}
        for user in (f for f in files if f.kind == kind):
            for line, name in entry_names(user):
                if name in seen:
                    where = seen[name]
                    raise _fail(user, line, f"duplicate name {name!r} (already at {where[0]}:{where[1]})",
                                "Keep one row per name: merge the two rows, or delete one.")
                seen[name] = (user.name, line)
