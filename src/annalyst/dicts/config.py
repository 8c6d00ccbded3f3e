"""Where the user dictionaries come from: ``--dict PATH`` options and an ``annalyst.toml``.

``annalyst.toml`` (in the working directory, or the file given with ``--config``) may hold::

    [dictionaries]
    actors = ["mine.actors.tsv"]      # each kind: a list of paths (or one path)
    agents = ["agents.tsv"]
    verbs = ["my-verbs.tsv"]
    files = ["other.tsv"]             # kind told by the header or the file name

Paths are relative to the file.  The table's files come first, then each ``--dict`` in the order
given; a name in two files is an error (``DictionaryError``), whichever files they are.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Optional, Sequence

from annalyst.dicts.files import KINDS, DictionaryError, Resources, read_resources

CONFIG_NAME = "annalyst.toml"


def config_paths(config: Optional[Path], cwd: Optional[Path] = None) -> list[tuple[Path, Optional[str]]]:
    """(path, kind or None) of the files an ``annalyst.toml`` lists: ``config``, else the working directory's
    (none when it has no such file)."""
    path = config if config is not None else (cwd or Path.cwd()) / CONFIG_NAME
    if config is None and not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DictionaryError(f"Cannot read the configuration {path} ({exc}).",
                              "Give an existing TOML file (--config) with a [dictionaries] table.") from exc
    table = data.get("dictionaries", {})
    if not isinstance(table, dict):
        raise DictionaryError(f"{path}: [dictionaries] is not a table.", "Write [dictionaries] on a line of its own.")
    out: list[tuple[Path, Optional[str]]] = []
    for key, value in table.items():
        if key not in (*KINDS, "files"):
            raise DictionaryError(f"{path}: unknown key {key!r} in [dictionaries].",
                                  f"Use {', '.join(KINDS)} or files.")
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise DictionaryError(f"{path}: [dictionaries] {key} is not a path or a list of paths.",
                                  f'Write {key} = ["file.tsv"].')
        out += [(path.parent / v, None if key == "files" else key) for v in values]
    return out


def load_resources(dicts: Sequence[str] = (), config: Optional[str] = None) -> Optional[Resources]:
    """The validated user resources of a command line (None when there are none)."""
    paths = config_paths(Path(config) if config else None) + [(Path(d), None) for d in dicts]
    return read_resources(paths) if paths else None
