"""How many records an input holds, told without reading the records (for a run's progress total).

A text or HTML page is one record; a markup corpus file (LDC/TREC ``<DOC>``, Reuters-21578,
NewsML-G2) holds as many as it closes record elements, counted by scanning its bytes for the
closing tag (what ``read.markup.split_records`` splits at, so the two agree), plus one for an
unclosed tail (read as a failed record).  JSON lines and WARC files are not counted: ``None``
(unknown), as is a markup file beyond what a cheap scan may read (``max_bytes``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO, Optional

from annalyst.read.markup import CHUNK_BYTES
from annalyst.read.sniff import READ_ERRORS, Format, open_input

# Suffixes of one-record files that cannot hide a markup corpus (an HTML page is one record).
ONE_RECORD_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# Suffixes of one-record files unless their first bytes open an element (Gigaword saved as .txt).
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
PEEK_BYTES = 512
# The closing tag of one record, per markup kind (``read.markup.markup_records``).
_CLOSE_TAGS = {"ldc": re.compile(rb"</DOC>", re.I), "reuters": re.compile(rb"</REUTERS>", re.I),
               "newsml": re.compile(rb"</(?:\w+:)?newsItem\s*>")}
_TAIL_KEEP = 64  # bytes kept between chunks: longer than any closing tag, so none is cut in two
_ONE_RECORD_FORMATS = frozenset({Format.TEXT, Format.HTML, Format.BINARY, Format.EMPTY, Format.MARKUP})


class Budget:
    """Bytes a count may still scan: counting must stay cheap next to the run it sizes."""

    def __init__(self, max_bytes: int) -> None:
        self.left = max_bytes

    def take(self, size: int) -> bool:
        if size > self.left:
            return False
        self.left -= size
        return True


def _opens_element(path: str) -> bool:
    with open(path, "rb") as handle:
        head = handle.read(PEEK_BYTES)
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def record_count(path: str, budget: Budget) -> Optional[int]:
    """The records ``path`` holds, or ``None`` when that is unknown without reading it."""
    suffix = Path(path).suffix.lower()
    try:
        if suffix in ONE_RECORD_SUFFIXES or (suffix in TEXT_SUFFIXES and not _opens_element(path)):
            return 1
        sniffed = open_input(path)
    except OSError:
        return 1  # the reader yields one failed record for a file it cannot open
    with sniffed.stream:
        if sniffed.format in _ONE_RECORD_FORMATS:
            return 1
        if sniffed.format is not Format.SGML:
            return None  # JSON lines, WARC: as many records as lines or responses, unknown here
        if sniffed.detail == "timeml":
            return 1
        close = _CLOSE_TAGS.get(sniffed.detail)
        if close is None:
            return 1  # a kind read as one record
        try:
            if not budget.take(Path(path).stat().st_size):
                return None
            return _count_closed(sniffed.stream, close)
        except READ_ERRORS:
            return None


def _count_closed(stream: BinaryIO, close: re.Pattern[bytes]) -> int:
    """Closing tags in the stream, plus one when something but blank space follows the last."""
    count = 0
    carry = b""
    open_tail = False  # something but blank space since the last closing tag
    while True:
        chunk = stream.read(CHUNK_BYTES)
        if not chunk:
            break
        buffer = carry + chunk
        end = 0
        for match in close.finditer(buffer):
            count += 1
            end = match.end()
            open_tail = False
        rest = buffer[end:]
        open_tail = open_tail or bool(rest[:-_TAIL_KEEP].strip())
        carry = rest[-_TAIL_KEEP:]
    if open_tail or carry.strip():
        count += 1
    return count
