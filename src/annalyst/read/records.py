"""One reader per format; every reader yields the same record (`Document`).

A reader never raises on a bad record: it yields the record as FAILED with its file and
position, and goes on when the format lets it (JSON lines do; a WARC whose gzip stream is
broken cannot be resynchronised, so the failure is reported and the file ends there).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any, BinaryIO, Iterator, Optional

from annalyst.model import Document
from annalyst.read.sniff import READ_ERRORS, Format, Sniffed, decode_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CT_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class JsonlFields:
    """Which keys of a JSON record hold what.  Each is a list of candidates, first present wins.

    Dumps disagree on names (``text``/``content``/``maintext``, ``date``/``date_publish``...); the
    defaults cover the common ones, and a caller that knows its dump passes its own names.
    """

    id: tuple[str, ...] = ("id", "doc_id", "_id", "uuid")
    text: tuple[str, ...] = ("text", "content", "body", "maintext", "article", "story")
    html: tuple[str, ...] = ("html", "raw_html", "content_html", "page")
    url: tuple[str, ...] = ("url", "link", "source_url", "uri")
    published: tuple[str, ...] = ("published", "date", "date_publish", "publish_date", "published_at",
                                  "pubdate", "datetime", "timestamp")
    title: tuple[str, ...] = ("title", "headline")
    outlet: tuple[str, ...] = ("outlet", "source_name", "publisher", "site_name", "media")

    @classmethod
    def of(cls, **names: Optional[str]) -> "JsonlFields":
        """Override some fields with one name each: ``JsonlFields.of(text="body")``."""
        given = {k: (v,) for k, v in names.items() if v}
        return cls(**given)


def parse_date(value: Any) -> Optional[dt.date]:
    """A publication date from a container field (ISO string, epoch seconds, or loose text)."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value  # epoch milliseconds are common in dumps
        try:
            return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                               "REQUIRE_PARTS": ["year"]})
    return parsed.date() if parsed else None


def html_charset(data: bytes) -> Optional[str]:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def text_record(sniffed: Sniffed, source: str) -> Iterator[Document]:
    """A plain-text file is one record."""
    try:
        text = decode_bytes(sniffed.stream.read())
    except READ_ERRORS as exc:
        yield failed_record(source, None, f"read: {type(exc).__name__}: {exc}")
        return
    yield Document(doc_id=Document.make_id(source, None, text), source=source, raw=text)


def html_record(sniffed: Sniffed, source: str) -> Iterator[Document]:
    """An HTML file is one record (the cleaner extracts the article)."""
    try:
        data = sniffed.stream.read()
    except READ_ERRORS as exc:
        yield failed_record(source, None, f"read: {type(exc).__name__}: {exc}")
        return
    html = decode_bytes(data, html_charset(data))
    yield Document(doc_id=Document.make_id(source, None, html), source=source, raw_html=html)


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def json_record(record: Any, source: str, position: str, fields: JsonlFields) -> Document:
    """One JSON object → a record (FAILED when it holds no text or HTML)."""
    if not isinstance(record, dict):
        return failed_record(source, position, f"jsonl: expected an object, got {type(record).__name__}")
    text = _first(record, fields.text)
    html = _first(record, fields.html)
    if not isinstance(text, str):
        text = None
    if not isinstance(html, str):
        html = None
    if text is None and html is None:
        return failed_record(source, position,
                       f"jsonl: no text field ({'/'.join(fields.text)}) or html field ({'/'.join(fields.html)})")
    content = text if text is not None else html
    doc = Document(
        doc_id=Document.make_id(source, position, content),
        source=source,
        position=position,
        raw=text,
        raw_html=html if text is None else None,
    )
    url = _first(record, fields.url)
    doc.url = str(url) if url is not None else None
    title = _first(record, fields.title)
    doc.title = str(title).strip() if title is not None else None
    raw_date = _first(record, fields.published)
    doc.published = parse_date(raw_date)
    if doc.published is None and raw_date not in (None, ""):
        # an impossible or unreadable date ("2022-02-30", "soon") is reported, never guessed: the
        # date stage then counts from the story's dateline, or has no publication date
        doc.meta["published_invalid"] = str(raw_date)[:80]
    outlet = _first(record, fields.outlet)
    doc.outlet = str(outlet).strip() if isinstance(outlet, (str, int, float)) else None
    record_id = _first(record, fields.id)
    if record_id is not None:
        doc.meta["record_id"] = str(record_id)
    if text is not None and html is not None:
        doc.meta["has_html"] = True  # text wins: it is what the producer already cleaned
    return doc


def jsonl_records(sniffed: Sniffed, source: str, fields: JsonlFields) -> Iterator[Document]:
    """JSON lines, streamed line by line; a whole-file JSON array is read at once."""
    stream = sniffed.stream
    try:
        head = stream.peek(1).lstrip()[:1]  # type: ignore[attr-defined]
    except (*READ_ERRORS, AttributeError):
        head = b""
    if head == b"[":
        yield from _json_array(stream, source, fields)
        return
    line_no = 0
    while True:
        try:
            line = stream.readline()
        except READ_ERRORS as exc:
            yield failed_record(source, f"line {line_no + 1}", f"read: {type(exc).__name__}: {exc}")
            return
        if not line:
            return
        line_no += 1
        if not line.strip():
            continue
        position = f"line {line_no}"
        try:
            record = json.loads(decode_bytes(line))
        except ValueError as exc:
            yield failed_record(source, position, f"jsonl: invalid JSON: {exc}")
            continue
        yield json_record(record, source, position, fields)


def _json_array(stream: BinaryIO, source: str, fields: JsonlFields) -> Iterator[Document]:
    try:
        records = json.loads(decode_bytes(stream.read()))
    except (ValueError, *READ_ERRORS) as exc:
        yield failed_record(source, None, f"json: {type(exc).__name__}: {exc}")
        return
    for index, record in enumerate(records if isinstance(records, list) else [records]):
        yield json_record(record, source, f"item {index + 1}", fields)


def failed_record(source: str, position: Optional[str], error: str) -> Document:
    return Document(doc_id=Document.make_id(source, position, error), source=source, position=position).fail(error)


def binary_record(sniffed: Sniffed, source: str) -> Document:
    """A file that holds no text (a screenshot in a crawl folder): skipped, with what it is."""
    doc = Document(doc_id=Document.make_id(source, None, sniffed.detail), source=source)
    if sniffed.detail.startswith("unreadable"):
        return doc.fail(f"read: {sniffed.detail}")
    return doc.skip(f"format:{sniffed.detail or 'binary'}")


def records_of(sniffed: Sniffed, source: str, fields: JsonlFields) -> Iterator[Document]:
    """Dispatch an opened input to the reader of its format."""
    from annalyst.read.markup import markup_records, unknown_markup
    from annalyst.read.warc import warc_records

    if sniffed.format is Format.WARC:
        yield from warc_records(sniffed, source)
    elif sniffed.format is Format.SGML:
        yield from markup_records(sniffed, source)
    elif sniffed.format is Format.MARKUP:
        yield unknown_markup(source, sniffed.detail)
    elif sniffed.format is Format.JSONL:
        yield from jsonl_records(sniffed, source, fields)
    elif sniffed.format is Format.HTML:
        yield from html_record(sniffed, source)
    elif sniffed.format is Format.BINARY:
        yield binary_record(sniffed, source)
    elif sniffed.format is Format.EMPTY:
        yield Document(doc_id=Document.make_id(source), source=source).skip("empty")
    else:
        yield from text_record(sniffed, source)


def content_type_charset(content_type: Optional[str]) -> Optional[str]:
    if not content_type:
        return None
    match = _CT_CHARSET.search(content_type)
    return match.group(1) if match else None
