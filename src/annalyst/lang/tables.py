"""The one reader of the ontology's data files: tab-separated rows under a header line.

Every file read here has the same shape: ``#`` comment lines (the sources and what each column
means), one header line naming the columns, then one row per line, tab-separated.  A row with
the wrong number of columns or a value its column's check refuses stops the load with a
``ModelError`` naming the file and the line, so a bad edit fails loudly at start-up rather than
coding differently."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Callable, Iterator, Optional, Sequence

from annalyst.errors import ModelError

Check = Callable[[str], Optional[str]]  # a column's value -> why it is wrong (None: fine)


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its values by column, and where it was read (for error messages)."""

    values: tuple[str, ...]
    where: str  # "package/path/file.tsv:LINE"

    def __getitem__(self, i: int) -> str:
        return self.values[i]


def bad_row(where: str, why: str) -> ModelError:
    return ModelError(f"Bad row in the language data at {where}: {why}.",
                      "Correct that line (the file's header comments describe its columns), or reinstall annalyst.")


def read_text(package: str, path: Sequence[str]) -> tuple[str, str]:
    """(text, display name) of a packaged data file."""
    node = resources.files(package)
    for part in path:
        node = node.joinpath(part)
    name = "/".join((package.replace(".", "/"), *path))
    try:
        return node.read_text(encoding="utf-8"), name
    except (FileNotFoundError, OSError) as exc:
        raise ModelError(f"The data file {name} is missing ({exc}).",
                         "Reinstall annalyst; its data files ship inside the package.") from exc


def parse_rows(text: str, name: str, columns: Sequence[str], checks: Optional[dict[str, Check]] = None) -> Iterator[Row]:
    """The rows of ``text`` (file ``name``), whose header must be ``columns``; ``checks`` validate
    values by column name."""
    checks = checks or {}
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{name}:{number}"
        values = tuple(v.strip() for v in line.rstrip("\n").split("\t"))
        if not header_seen:
            if values != tuple(columns):
                raise bad_row(where, f"the header must be {' TAB '.join(columns)!r}, not {line.strip()!r}")
            header_seen = True
            continue
        if len(values) != len(columns):
            raise bad_row(where, f"{len(values)} tab-separated values where {len(columns)} are expected "
                                 f"({', '.join(columns)})")
        for column, value in zip(columns, values):
            if not value:
                raise bad_row(where, f"the {column} column is empty")
            check = checks.get(column)
            why = check(value) if check is not None else None
            if why:
                raise bad_row(where, f"{column} {value!r}: {why}")
        yield Row(values, where)
    if not header_seen:
        raise bad_row(f"{name}:1", f"no header line ({' TAB '.join(columns)})")


def read_rows(package: str, path: Sequence[str], columns: Sequence[str],
              checks: Optional[dict[str, Check]] = None) -> list[Row]:
    text, name = read_text(package, path)
    return list(parse_rows(text, name, columns, checks))
