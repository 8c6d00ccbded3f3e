"""The web UI's files, read once from the package folder into memory.

Requests name a file by key in a fixed table built at start-up; no part of a request is ever
joined to a file-system path, so ``/static/../../etc/passwd`` can only miss the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

_MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
}


@dataclass(frozen=True, slots=True)
class StaticFile:
    name: str
    body: bytes
    media_type: str


@lru_cache(maxsize=1)
def static_files() -> Mapping[str, StaticFile]:
    """Every shipped UI file by name (``app.js``, ``style.css``, ``index.html``)."""
    folder = resources.files("annalyst.serve").joinpath("static")
    table: dict[str, StaticFile] = {}
    for entry in folder.iterdir():
        suffix = "." + entry.name.rsplit(".", 1)[-1] if "." in entry.name else ""
        if entry.is_file() and suffix in _MEDIA_TYPES:
            table[entry.name] = StaticFile(entry.name, entry.read_bytes(), _MEDIA_TYPES[suffix])
    return MappingProxyType(table)
