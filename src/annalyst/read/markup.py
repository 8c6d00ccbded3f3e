"""Research corpora in markup: LDC/TREC ``<DOC>`` SGML, Reuters-21578, TimeML and NewsML-G2.

Most news corpora researchers code (English Gigaword, AQUAINT, TREC news, Reuters-21578) are
files of many stories in SGML, not web pages.  Each story becomes one record with its id
(``meta["record_id"]``), headline (``title``), date (``published``), dateline
(``meta["dateline"]``, the wire's place-and-date line, kept out of the text) and text: its
paragraphs, free of markup, one blank line apart.

The SGML is not XML (Reuters-21578 holds ``&#5;`` control characters and bare ``&``), so the
story files are split at their closing tag as they stream and each story is read with regular
expressions; TimeML and NewsML-G2 are XML and small, one file at a time.  What a story lacks
(no body, a non-story type such as an LDC advisory) makes it SKIPPED with the reason; a story cut
off at the end of the file is FAILED with its position.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import BinaryIO, Iterator, Optional

from annalyst.model import Document
from annalyst.read.sniff import READ_ERRORS, Sniffed

CHUNK_BYTES = 1 << 20
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TAG = re.compile(r"<[^<>]*>")
_SPACES = re.compile(r"[ \t\r\f\v]+")


# --------------------------------------------------------------------------- text helpers


def decode(data: bytes) -> str:
    """UTF-8, else Windows-1252 (old SGML corpora are Latin-1), never failing."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def plain(fragment: Optional[str]) -> str:
    """Markup → text: tags dropped, entities resolved, control characters and runs of spaces gone."""
    if not fragment:
        return ""
    # inline tags (TimeML's <EVENT>, <TIMEX3>) sit inside words' spacing: dropped, not spaced
    text = html.unescape(_TAG.sub("", fragment))
    return _SPACES.sub(" ", _CONTROL.sub("", text))


def one_line(fragment: Optional[str]) -> Optional[str]:
    text = " ".join(plain(fragment).split())
    return text or None


def _element(name: str) -> re.Pattern[str]:
    return re.compile(rf"<{name}\b[^>]*>(.*?)</{name}\s*>", re.S | re.I)


_ELEMENTS: dict[str, re.Pattern[str]] = {}


def element(name: str, block: str) -> Optional[str]:
    """The content of the first ``<name ...>...</name>`` in ``block`` (markup kept), or None."""
    pattern = _ELEMENTS.get(name)
    if pattern is None:
        pattern = _ELEMENTS[name] = _element(name)
    match = pattern.search(block)
    return match.group(1) if match else None


def attribute(name: str, tag: str) -> Optional[str]:
    match = re.search(rf"\b{name}\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", tag, re.I)
    if not match:
        return None
    return next(g for g in match.groups() if g is not None).strip()


def paragraphs_of(body: str) -> list[str]:
    """``<P>`` paragraphs when the body has them, else blocks that start on an indented line or
    after a blank one; each paragraph's hard-wrapped lines joined with spaces."""
    if not re.search(r"<p\b", body, re.I):
        return indented_paragraphs(body)
    pieces = re.split(r"</?p\b[^>]*>", body, flags=re.I)
    paragraphs = [" ".join(plain(piece).split()) for piece in pieces]
    return [p for p in paragraphs if p]


def indented_paragraphs(body: str) -> list[str]:
    """Old wire copy (Reuters-21578): a paragraph starts on an indented line or after a blank one."""
    paragraphs: list[list[str]] = []
    for line in plain(body).split("\n"):
        if not line.strip():
            if paragraphs and paragraphs[-1]:
                paragraphs.append([])
            continue
        if not paragraphs or (line[:1].isspace() and paragraphs[-1]):
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
    return [" ".join(p) for p in paragraphs if p]


# --------------------------------------------------------------------------- dates

_ISO = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_ID_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_ID_SHORT_DATE = re.compile(r"^[A-Za-z_]+(\d{2})(\d{2})(\d{2})(?!\d)")  # TREC: AP880212-0001
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                       "nov", "dec"), 1)}
_DAY_MON_YEAR = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})")  # Reuters-21578: 26-FEB-1987 15:01:01.79


def _date(year: str, month: str, day: str) -> Optional[dt.date]:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def date_of(value: Optional[str]) -> Optional[dt.date]:
    """A date element: ISO (``1998-06-01 00:07:07``, ``19980601``), ``26-FEB-1987``, or loose text."""
    text = one_line(value)
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        return _date(*match.groups())
    match = _DAY_MON_YEAR.match(text)
    if match and match[2].lower() in _MONTHS:
        return _date(match[3], str(_MONTHS[match[2].lower()]), match[1])
    if text.isdigit():
        return None  # "880212": two-digit years are read from the id, where the corpus defines them
    from annalyst.read.records import parse_date

    return parse_date(text)


def date_from_id(doc_id: Optional[str]) -> Optional[dt.date]:
    """LDC ids carry the day: ``AFP_ENG_19970412.0293``, ``APW19980601.0003``; TREC ``AP880212-0001``."""
    if not doc_id:
        return None
    match = _ID_DATE.search(doc_id)
    if match:
        return _date(*match.groups())
    match = _ID_SHORT_DATE.match(doc_id)
    if match:
        return _date("19" + match[1], match[2], match[3])
    return None


# --------------------------------------------------------------------------- story splitting


def split_records(stream: BinaryIO, close_tag: bytes) -> Iterator[tuple[int, bytes, bool]]:
    """(offset, bytes, complete) of each record of a story file, read a chunk at a time.

    A record ends at ``close_tag`` (case-blind); what follows the last one is returned as an
    incomplete record when it holds anything but blank space.
    """
    closing = re.compile(re.escape(close_tag), re.I)
    buffer = b""
    offset = 0
    while True:
        chunk = stream.read(CHUNK_BYTES)
        if not chunk:
            break
        buffer += chunk
        start = 0
        for match in closing.finditer(buffer):
            yield offset + start, buffer[start:match.end()], True
            start = match.end()
        buffer = buffer[start:]
        offset += start
    if buffer.strip():
        yield offset, buffer, False


def _record_doc(source: str, position: str, content: str) -> Document:
    return Document(doc_id=Document.make_id(source, position, content), source=source, position=position)


def story_records(sniffed: Sniffed, source: str, close_tag: bytes, read_story) -> Iterator[Document]:
    """Split a story file at ``close_tag`` and read each story with ``read_story(doc, text)``."""
    from annalyst.read.records import failed_record

    index = 0
    try:
        for offset, data, complete in split_records(sniffed.stream, close_tag):
            index += 1
            position = f"record {index} @ offset {offset}"
            text = decode(data)
            if not complete:
                yield failed_record(source, position, f"sgml: story not closed by {close_tag.decode()} before "
                                                      "the end of the file (truncated?)")
                continue
            yield read_story(_record_doc(source, position, text), text)
    except READ_ERRORS as exc:
        yield failed_record(source, f"record {index + 1}", f"read: {type(exc).__name__}: {exc}")


# --------------------------------------------------------------------------- LDC / TREC <DOC>

_DOC_OPEN = re.compile(r"<DOC\b[^>]*>", re.I)
_HEADLINE_TAGS = ("HEADLINE", "HEAD", "HL", "TITLE")
_DATE_TAGS = ("DATE_TIME", "DATE", "DD", "PUBDATE")
# LDC marks the kind of document: Gigaword ``type="story|multi|advis|other"``, AQUAINT
# ``<DOCTYPE> NEWS STORY </DOCTYPE>``.  Only stories are articles; digests of several stories
# ("multi") and advisories to editors are not.
STORY_TYPES = ("story",)


def wire_text(paragraphs: list[str], dateline: str | None) -> str:
    """The story as the wire sent it: the dateline opens the first paragraph ("GENEVA, April 12
    (AFP) - The foreign ministers ..."), so the later stages treat it as they treat every wire
    dateline in text (the story's reference date and filing place, never an actor); the markup's
    DATELINE element is also kept in ``meta["dateline"]``."""
    if dateline and not paragraphs[0].startswith(dateline):
        paragraphs = [f"{dateline} - {paragraphs[0]}", *paragraphs[1:]]
    return "\n\n".join(paragraphs)


def ldc_story(doc: Document, block: str) -> Document:
    opening = _DOC_OPEN.search(block)
    if opening is None:
        return doc.fail("sgml: no <DOC> start tag before </DOC>")
    block = block[opening.start():]
    tag = opening.group(0)
    record_id = attribute("id", tag) or one_line(element("DOCNO", block))
    if record_id:
        doc.meta["record_id"] = record_id
    kind = attribute("type", tag) or one_line(element("DOCTYPE", block))
    if kind:
        doc.meta["doc_type"] = kind
    doc.title = next((t for t in (one_line(element(n, block)) for n in _HEADLINE_TAGS) if t), None)
    dateline = one_line(element("DATELINE", block))
    if dateline:
        doc.meta["dateline"] = dateline
    doc.published = next((d for d in (date_of(element(n, block)) for n in _DATE_TAGS) if d), None) \
        or date_from_id(record_id)
    if kind and not any(story in kind.lower() for story in STORY_TYPES):
        return doc.skip(f"doc-type:{kind.lower().replace(' ', '-')}")
    body = element("TEXT", block)
    paragraphs = paragraphs_of(body) if body is not None else []
    if not paragraphs:
        return doc.skip("no-body")
    doc.raw = wire_text(paragraphs, doc.meta.get("dateline"))
    return doc


# --------------------------------------------------------------------------- Reuters-21578

_REUTERS_OPEN = re.compile(r"<REUTERS\b[^>]*>", re.I)
_SIGN_OFF = re.compile(r"\s*\bReuter\b[\s.]*$", re.I)  # the wire's sign-off closes every body
# Reuters-21578 marks company names and ticker symbols with escaped angle brackets
# ("said &lt;National Amusements Inc&gt; has", "British Petroleum Co Plc &lt;BP&gt;"): the name
# is text, a ticker reads as a parenthesis; neither is left looking like a tag.
_MARKED_NAME = re.compile(r"&lt;([^&<>\n]{1,80}?)(?:&gt;|>)")  # the corpus often leaves ">" bare


def _unmark(match: re.Match[str]) -> str:
    inner = match.group(1).strip()
    return f"({inner})" if re.fullmatch(r"[A-Z0-9.]{1,8}", inner) else inner


def reuters_story(doc: Document, block: str) -> Document:
    opening = _REUTERS_OPEN.search(block)
    if opening is None:
        return doc.fail("sgml: no <REUTERS> start tag before </REUTERS>")
    block = _MARKED_NAME.sub(_unmark, block[opening.start():])
    record_id = attribute("NEWID", opening.group(0))
    if record_id:
        doc.meta["record_id"] = record_id
    doc.published = date_of(element("DATE", block))
    doc.title = one_line(element("TITLE", block))
    dateline = one_line(element("DATELINE", block))
    if dateline:
        doc.meta["dateline"] = dateline.rstrip(" -\u2013\u2014")
    body = element("BODY", block)
    paragraphs = indented_paragraphs(body) if body is not None else []
    if paragraphs:
        paragraphs[-1] = _SIGN_OFF.sub("", paragraphs[-1])
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        text_type = attribute("TYPE", (re.search(r"<TEXT\b[^>]*>", block, re.I) or [""])[0])
        return doc.skip(f"no-body:{text_type.lower()}" if text_type else "no-body")
    doc.raw = wire_text(paragraphs, doc.meta.get("dateline"))
    return doc


# --------------------------------------------------------------------------- TimeML


def timeml_record(sniffed: Sniffed, source: str) -> Iterator[Document]:
    """A TimeML file (TimeBank, TempEval): one record, the text of ``<TEXT>``, dated by its DCT."""
    from annalyst.read.records import failed_record

    try:
        text = decode(sniffed.stream.read())
    except READ_ERRORS as exc:
        yield failed_record(source, None, f"read: {type(exc).__name__}: {exc}")
        return
    doc = _record_doc(source, None, text)
    record_id = one_line(element("DOCID", text))
    if record_id:
        doc.meta["record_id"] = record_id
    doc.title = one_line(element("TITLE", text))
    dct = element("DCT", text) or ""
    value = attribute("value", (re.search(r"<TIMEX3\b[^>]*>", dct) or [""])[0])
    doc.published = date_of(value) if value else date_from_id(record_id)
    body = element("TEXT", text)
    paragraphs = paragraphs_of(body) if body is not None else []
    if not paragraphs:
        yield doc.skip("no-body")
        return
    doc.raw = wire_text(paragraphs, doc.meta.get("dateline"))
    yield doc


# --------------------------------------------------------------------------- NewsML-G2

_G2_ITEM = re.compile(r"<(?:\w+:)?newsItem\b.*?</(?:\w+:)?newsItem\s*>", re.S)
_G2_DATES = ("contentCreated", "firstCreated", "versionCreated")


def _local(block: str, name: str) -> Optional[str]:
    """An element's content whatever its namespace prefix."""
    match = re.search(rf"<(?:\w+:)?{name}\b[^>]*>(.*?)</(?:\w+:)?{name}\s*>", block, re.S)
    return match.group(1) if match else None


def newsml_records(sniffed: Sniffed, source: str) -> Iterator[Document]:
    """NewsML-G2 (IPTC): one record per ``newsItem`` (a ``newsMessage`` may carry several)."""
    from annalyst.read.records import failed_record

    try:
        text = decode(sniffed.stream.read())
    except READ_ERRORS as exc:
        yield failed_record(source, None, f"read: {type(exc).__name__}: {exc}")
        return
    items = list(_G2_ITEM.finditer(text))
    if not items:
        yield failed_record(source, None, "newsml: no complete <newsItem> element")
        return
    for index, match in enumerate(items, 1):
        yield _newsml_item(_record_doc(source, f"item {index}", match.group(0)), match.group(0))


def _newsml_item(doc: Document, item: str) -> Document:
    guid = attribute("guid", item[: item.find(">") + 1])
    if guid:
        doc.meta["record_id"] = guid
    doc.title = one_line(_local(item, "headline"))
    dateline = one_line(_local(item, "dateline"))
    if dateline:
        doc.meta["dateline"] = dateline
    doc.published = next((d for d in (date_of(_local(item, n)) for n in _G2_DATES) if d), None)
    body = _local(item, "body") or _local(item, "inlineXML") or _local(item, "inlineData") or ""
    paragraphs = paragraphs_of(body)
    if not paragraphs:
        return doc.skip("no-body")
    doc.raw = wire_text(paragraphs, doc.meta.get("dateline"))
    return doc


# --------------------------------------------------------------------------- dispatch


def markup_records(sniffed: Sniffed, source: str) -> Iterator[Document]:
    """The records of a sniffed markup corpus file (``Format.SGML``, ``detail`` = its kind)."""
    kind = sniffed.detail
    if kind == "ldc":
        yield from story_records(sniffed, source, b"</DOC>", ldc_story)
    elif kind == "reuters":
        yield from story_records(sniffed, source, b"</REUTERS>", reuters_story)
    elif kind == "timeml":
        yield from timeml_record(sniffed, source)
    elif kind == "newsml":
        yield from newsml_records(sniffed, source)
    else:
        yield unknown_markup(source, kind)


def unknown_markup(source: str, root: str) -> Document:
    """A markup container no reader knows: skipped, never read as one text record with its tags."""
    doc = Document(doc_id=Document.make_id(source, None, root), source=source)
    if root:
        doc.meta["markup_root"] = root
    return doc.skip("format:unknown-markup")
