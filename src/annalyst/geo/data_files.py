"""The geo layer's shipped data files (``annalyst/geo/data``), read with one error when one is missing."""

from __future__ import annotations

from importlib import resources
from typing import Any, Iterator

from annalyst.errors import ModelError


def data_rows(name: str, what: str) -> tuple[Any, Iterator[tuple[int, str]]]:
    """The path of ``data/<name>`` and its (line number, line) pairs, blank and ``#`` comment lines left out.

    ``what`` names the file in the error ("The place-word list ... cannot be read").
    """
    path = resources.files("annalyst.geo").joinpath(f"data/{name}")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ModelError(f"{what} {path} cannot be read ({exc}).",
                         "Reinstall annalyst: the file ships as package data.") from exc
    return path, ((n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.startswith("#"))
