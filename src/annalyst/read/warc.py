"""WARC and ARC archives (plain or gzip), streamed record by record with warcio.

Only HTML responses (and HTML ``resource`` records) become Documents: requests, metadata,
revisits and images are not articles.  Each keeps its target URI and WARC date.  A broken
record becomes a FAILED Document with the file, record number and byte offset.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
from typing import Any, Iterator, Optional

from annalyst.model import Document
from annalyst.read.records import failed_record, content_type_charset, html_charset
from annalyst.read.sniff import Sniffed, decode_bytes

_HTML_TYPES = ("text/html", "application/xhtml")
_WARC_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_ARC_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})\d{0,6}$")


def warc_date(value: Optional[str]) -> Optional[dt.date]:
    """The capture date; ``None`` when the header is malformed (ClueWeb's '2008-10-294T...')."""
    if not value:
        return None
    value = value.strip()
    for pattern in (_ARC_DATE, _WARC_DATE):
        match = pattern.match(value)
        if match:
            try:
                parsed = dt.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return None
            # a well-formed ISO date has nothing but a time after the day
            rest = value[match.end():]
            if rest and not re.match(r"^(?:[T ]\d{2}:?\d{2}(?::?\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", rest):
                return None
            return parsed
    return None


def _is_html(record: Any) -> tuple[bool, Optional[str]]:
    if record.rec_type not in ("response", "resource"):
        return False, None
    headers = record.http_headers
    content_type = headers.get_header("Content-Type") if headers is not None else None
    if content_type is None:
        content_type = record.rec_headers.get_header("Content-Type")
    if not content_type:
        return False, None
    lowered = content_type.lower()
    return any(t in lowered for t in _HTML_TYPES), content_type


def _open_for_warc(sniffed: Sniffed, source: str):
    """warcio reads gzip members itself: reopen files raw so offsets are the file's."""
    if source == "-":
        return contextlib.nullcontext(sniffed.stream)
    sniffed.stream.close()
    return open(source, "rb")


def warc_records(sniffed: Sniffed, source: str) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator

    with _open_for_warc(sniffed, source) as stream:
        # warcio writes its warnings to stderr; the library must stay quiet, so they are kept
        # and attached to the next record instead
        notes = io.StringIO()
        try:
            with contextlib.redirect_stderr(notes):
                iterator = ArchiveIterator(stream, arc2warc=True)
        except Exception as exc:  # warcio raises plain Exceptions for unknown formats
            yield failed_record(source, "record 1 @ offset 0", f"warc: {type(exc).__name__}: {_one_line(exc)}")
            return
        records = iter(iterator)
        number = 0
        next_offset = 0  # where the next record starts: the position of a failure
        while True:
            number += 1
            try:
                with contextlib.redirect_stderr(notes):
                    record = next(records)
            except StopIteration:
                if number == 1:  # not one record: a truncated or mislabelled archive
                    yield failed_record(source, "record 1 @ offset 0", "warc: no complete record (truncated archive?)")
                return
            except Exception as exc:  # a broken gzip member or header: the stream cannot resync
                yield failed_record(source, f"record {number} @ offset {next_offset}",
                              f"warc: {type(exc).__name__}: {_one_line(exc)}")
                return
            if not record.rec_type:  # a header warcio could not make sense of: say so, never drop it
                yield failed_record(source, f"record {number} @ offset {next_offset}",
                                    "warc: malformed record header (no WARC-Type)")
                return
            is_html, content_type = _is_html(record)
            payload: Optional[bytes] = None
            error: Optional[BaseException] = None
            if is_html:
                try:
                    with contextlib.redirect_stderr(notes):
                        payload = record.content_stream().read()
                    missing = getattr(record.raw_stream, "limit", 0) or 0
                    if missing > 0:  # the archive ends inside this record (a clipped gzip member)
                        notes.write(f"truncated record: {missing} of {record.length} bytes missing")
                except Exception as exc:  # bad chunking, truncated payload
                    error = exc
            offset = next_offset
            try:
                # warcio knows a record's offset only once it has been read to its end
                with contextlib.redirect_stderr(notes):
                    offset = max(iterator.get_record_offset(), next_offset)
                    next_offset = max(offset + iterator.get_record_length(), offset)
            except Exception as exc:
                error = error or exc
            position = f"record {number} @ offset {offset}"
            if error is not None:
                if is_html:
                    yield failed_record(source, position, f"warc: {type(error).__name__}: {_one_line(error)}")
                    continue
                yield failed_record(source, position, f"warc: {type(error).__name__}: {_one_line(error)}")
                return
            if payload is not None:
                yield _html_document(record, payload, content_type, source, position, notes)


def _html_document(record: Any, payload: bytes, content_type: Optional[str], source: str, position: str,
                   notes: io.StringIO) -> Document:
    html = decode_bytes(payload, content_type_charset(content_type) or html_charset(payload))
    url = record.rec_headers.get_header("WARC-Target-URI")
    raw_date = record.rec_headers.get_header("WARC-Date")
    doc = Document(doc_id=Document.make_id(source, position, html), source=source, position=position,
                   raw_html=html, url=url)
    doc.meta["warc_date"] = raw_date
    captured = warc_date(raw_date)
    if captured is not None:
        doc.meta["captured"] = captured.isoformat()
    elif raw_date:
        doc.meta["warning"] = f"malformed WARC-Date {raw_date!r}"
    warnings = " ".join(notes.getvalue().split())
    if warnings:
        doc.meta["reader_warnings"] = warnings[:500]
        notes.seek(0)
        notes.truncate()
    if not payload.strip():
        doc.skip("empty")
    return doc


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]
