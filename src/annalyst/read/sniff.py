"""Open an input and tell its format from its first bytes, not from its name.

Crawlers and dumps lie about extensions (``.html`` that is gzip, ``.txt`` that is JSON lines),
so the extension is only a tie-breaker when the content says nothing clear.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
import zlib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import BinaryIO, Optional

GZIP_MAGIC = b"\x1f\x8b"
LZ4_MAGIC = b"\x04\x22\x4d\x18"
SNIFF_BYTES = 65536
READ_ERRORS = (OSError, EOFError, zlib.error)  # what a broken file or gzip stream raises

# Binary formats that may sit in a crawl folder next to the text (screenshots, archives).
BINARY_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"%PDF", "pdf"),
    (b"PK\x03\x04", "zip"),
    (LZ4_MAGIC, "lz4"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body|head|div|p|article)\b[^>]*>", re.IGNORECASE)
_ARC_START = re.compile(rb"^(?:filedesc|https?|dns|ftp)://\S+ \d{1,3}(?:\.\d{1,3}){3} \d{14} ")

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
WARC_SUFFIXES = {".warc", ".arc"}


class Format(str, Enum):
    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    WARC = "warc"  # WARC or ARC: warcio reads both
    BINARY = "binary"
    EMPTY = "empty"
    SGML = "sgml"  # a markup corpus file (LDC/TREC <DOC>, Reuters-21578, TimeML, NewsML-G2); detail = its kind
    MARKUP = "markup"  # a markup container no reader knows (detail = its root element): skipped


@dataclass
class Sniffed:
    """An opened input: the (decompressed) stream positioned at its start, and what it holds."""

    stream: BinaryIO
    format: Format
    gzipped: bool
    detail: str = ""  # e.g. the binary kind ("png")


def _suffixes(name: str) -> list[str]:
    suffixes = [s.lower() for s in Path(name).suffixes]
    return [s for s in suffixes if s not in (".gz", ".gzip", ".bad")]


_JSON_ARRAY_START = re.compile(rb'^\[\s*(?:\{|\]|"|\[)')
_JSON_OBJECT_START = re.compile(rb'^\{\s*(?:"|\})')


def _looks_like_json(head: bytes) -> bool:
    """JSON lines or a JSON array, not a text that happens to start with a bracket ("[Reuters]")."""
    if _JSON_ARRAY_START.match(head):
        return True
    if not _JSON_OBJECT_START.match(head):
        return False
    lines = head.split(b"\n")[:-1]  # the last piece may be cut by the sniff size
    if not lines:  # the first record is longer than the sniffed head: trust its start
        return True
    # a dump whose first line is broken is still JSON lines: let the complete lines vote
    parsed = sum(1 for line in lines if line.strip() and _is_json_object(line))
    return parsed > 0 and parsed * 2 >= sum(1 for line in lines if line.strip())


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


# The markup that opens a file: an XML declaration, doctypes and comments, then the first element.
_PROLOGUE = re.compile(rb"^(?:<\?xml[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE\s+([\w:.-]+)[^>]*>\s*)*", re.I | re.S)
_DECLARATION = re.compile(rb"<!(?:ELEMENT|ENTITY|ATTLIST|NOTATION)\s", re.I)
_FIRST_ELEMENT = re.compile(rb"<([A-Za-z][\w:.-]*)[^<>]*>")
# Root elements of the corpus formats that ``annalyst.read.markup`` reads (lower case, no prefix).
MARKUP_KINDS = {b"doc": "ldc", b"reuters": "reuters", b"lewis": "reuters", b"timeml": "timeml",
                b"newsitem": "newsml", b"newsmessage": "newsml"}
# Elements an HTML fragment may start with: such a file is a page, not an unknown container.
HTML_ELEMENTS = frozenset(b"""a abbr address article aside b blockquote br caption center code dd div dl dt
em figure font footer form h1 h2 h3 h4 h5 h6 header hr i iframe img input label li link main nav noscript ol p
picture pre script section small span strong style sup table tbody td th thead tr u ul""".split())


_TAG_NAME = re.compile(rb"</?([A-Za-z][\w:.-]*)")


def _mostly_html(head: bytes) -> bool:
    """Whether most distinct element names of the head are HTML's (``<ARTICLE><BYLINE>`` is not)."""
    names = {m.lower().rsplit(b":", 1)[-1] for m in _TAG_NAME.findall(head[:8192])}
    return sum(1 for n in names if n in HTML_ELEMENTS or n in (b"html", b"head", b"body", b"title", b"meta")) * 2 \
        >= len(names)


def markup_container(head: bytes) -> Optional[tuple[Format, str]]:
    """(SGML, kind) for a corpus file, (MARKUP, root) for another markup container, None for text.

    A container is a file that opens with an element (after any XML declaration, doctype and
    comments) and closes it again in its head, or that declares itself XML or SGML.  Text that
    merely starts with a bracketed word ("<b>Note</b>: ...") is left to the other tests.
    """
    prologue = _PROLOGUE.match(head)
    rest = head[prologue.end():]
    doctype = (prologue.group(1) or b"").lower()
    if doctype in MARKUP_KINDS:
        return Format.SGML, MARKUP_KINDS[doctype]
    if _DECLARATION.match(rest):
        return Format.MARKUP, "dtd"  # a document type definition: markup about markup, no text
    first = _FIRST_ELEMENT.match(rest)
    if first is None:
        return None
    root = first.group(1).lower()
    local = root.rsplit(b":", 1)[-1]
    if local in MARKUP_KINDS:
        return Format.SGML, MARKUP_KINDS[local]
    if (local in HTML_ELEMENTS or local == b"html") and _mostly_html(head):
        return None
    declared = prologue.end() > 0 and (b"<?xml" in head[:prologue.end()].lower() or bool(doctype))
    closed = re.search(rb"</" + re.escape(first.group(1)) + rb"\s*>", head, re.I) is not None
    if declared or closed:
        return Format.MARKUP, local.decode("ascii", "replace")
    return None


def classify_head(head: bytes, name: str = "") -> tuple[Format, str]:
    """The format of a (decompressed) input from its first bytes; ``name`` breaks ties."""
    if not head.strip():
        return Format.EMPTY, ""
    for magic, kind in BINARY_MAGICS:
        if head.startswith(magic):
            return Format.BINARY, kind
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/") or _ARC_START.match(stripped):
        return Format.WARC, ""
    if _HTML_START.match(stripped):
        return Format.HTML, ""
    if _looks_like_json(stripped):
        return Format.JSONL, ""
    if b"\x00" in head[:4096]:
        return Format.BINARY, "data"
    if stripped.startswith(b"<"):
        container = markup_container(stripped)
        if container is not None:
            return container
    suffixes = _suffixes(name)
    if suffixes and suffixes[-1] in HTML_SUFFIXES and _HTML_ANYWHERE.search(head):
        return Format.HTML, ""
    if len(_HTML_ANYWHERE.findall(head[:8192])) >= 3:
        return Format.HTML, ""
    return Format.TEXT, ""


def _peekable(raw: BinaryIO) -> io.BufferedReader:
    if isinstance(raw, io.BufferedReader):
        return raw
    return io.BufferedReader(raw, buffer_size=SNIFF_BYTES)  # type: ignore[arg-type]


def _peek(stream: io.BufferedReader, size: int = SNIFF_BYTES) -> bytes:
    """Up to ``size`` bytes from the start without consuming them (peek may return fewer)."""
    head = stream.peek(size)
    return head[:size]


def _gunzip_head(data: bytes) -> bytes:
    """As much of a gzip stream's start as decompresses cleanly (the rest may be broken)."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        return inflater.decompress(data, SNIFF_BYTES)
    except zlib.error:
        return b""


class _Gunzip(io.RawIOBase):
    """A gzip stream read one decompressed piece at a time.

    ``GzipFile.read(n)`` gathers ``n`` bytes before returning and drops them all when the
    stream turns out truncated; ``read1`` hands over each piece as it comes, so the records
    before the cut of a truncated ``.jsonl.gz`` are still read and only the cut fails.
    """

    def __init__(self, fileobj: BinaryIO) -> None:
        self._gz = gzip.GzipFile(fileobj=fileobj)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        piece = self._gz.read1(len(buffer))
        buffer[: len(piece)] = piece
        return len(piece)

    def close(self) -> None:
        self._gz.close()
        super().close()


def open_input(path: str) -> Sniffed:
    """Open a file (or ``-`` for stdin), undo gzip if the bytes say so, and sniff the format."""
    raw: BinaryIO = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115 (caller closes)
    stream = _peekable(raw)
    start = _peek(stream)
    gzipped = start[:2] == GZIP_MAGIC
    head = start
    if gzipped:
        head = _gunzip_head(start)
        stream = io.BufferedReader(_Gunzip(stream), buffer_size=SNIFF_BYTES)
        if not head:
            return Sniffed(stream, Format.BINARY, gzipped, "unreadable gzip")
    fmt, detail = classify_head(head, path)
    return Sniffed(stream, fmt, gzipped, detail)


def decode_bytes(data: bytes, declared: Optional[str] = None) -> str:
    """Bytes to text: the declared charset if it works, else UTF-8, else a detected charset."""
    for encoding in (declared, "utf-8"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes  # trafilatura's own dependency

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("utf-8", errors="replace")
