"""The hostile input corpus, built on demand in a folder (nothing of it is checked in).

Each file is written by a small function and comes with what the run must make of it
(`Expect`): how many records it holds, and which ends they may come to.  The valid articles
carry a sentence that must survive cleaning, so a test can prove nothing valid was lost.
Sizes follow the issue: a 50 MB document, a 1 MB single line.
"""

from __future__ import annotations

import gzip
import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

MB = 1024 * 1024

# Small original articles (written for these tests); each proves its file's text got through.
ARTICLES = {
    "valid": ("Protest in the capital\n\n"
              "The government of Kenya accused opposition leaders of organising violent protests in Nairobi on Tuesday.\n\n"
              "Police arrested dozens of demonstrators near parliament, officials said.\n"),
    "cp1252": ("Talks resume\n\n"
               "France and Germany agreed on Monday to resume talks on the \u201cenergy union\u201d \u2014 "
               "a plan both governments had shelved in March.\n\n"
               "Ministers said the first meeting would take place in Brussels next week.\n"),
    "latin1": ("Visit to Paris\n\n"
               "The Spanish foreign minister met his French counterpart at the \u00c9lys\u00e9e palace on Thursday "
               "and praised the cooperation between the two countries.\n\n"
               "Both sides signed an agreement on border security and migration.\n"),
    "html": ("Turkey condemned the air strikes on Syrian villages and called for an immediate ceasefire.",
             "The foreign ministry in Ankara summoned the ambassador of Israel on Wednesday."),
    "jsonl_a": "Brazil expelled two Venezuelan diplomats on Friday after a dispute over the election result.",
    "jsonl_b": "Japan offered humanitarian aid to the Philippines after the typhoon destroyed thousands of homes.",
    "invalid_utf8": ("Election observers\n\n"
                     "The African Union sent election observers to Nigeria before the presidential vote, the commission said.\n\n"
                     "Observers will visit polling stations in Lagos and Abuja.\n"),
    "gz_ok": ("Sanctions\n\n"
              "The European Union imposed new sanctions on Belarus on Monday over the crackdown on journalists.\n\n"
              "Officials in Minsk rejected the measures.\n"),
}

# The sentence of each valid article that must be found in the stored, cleaned text.
MUST_KEEP = {
    "valid.txt": "accused opposition leaders of organising violent protests",
    "cp1252.txt": "energy union\" \u2014 a plan",  # cp1252 0x97 decoded; curly quotes are normalised
    "latin1.txt": "\u00c9lys\u00e9e palace",
    "page.html": "Turkey condemned the air strikes",
    "mixed.jsonl#line 1": "Brazil expelled two Venezuelan diplomats",
    "mixed.jsonl#line 6": "Japan offered humanitarian aid",
    "invalid_utf8.txt": "election observers to Nigeria",
    "ok.txt.gz": "imposed new sanctions on Belarus",
    "loop/inside.txt": "accused opposition leaders of organising violent protests in Mombasa",
}


@dataclass(frozen=True)
class Expect:
    """What must become of one input file."""

    records: Optional[int]  # how many records it yields (None: the format decides, e.g. truncated streams)
    ends: frozenset[str]  # allowed statuses: processed, skipped, failed
    reasons: tuple[str, ...] = ()  # allowed reason prefixes for skipped/failed records (empty: any)


@dataclass
class Corpus:
    root: Path
    expect: dict[str, Expect] = field(default_factory=dict)  # relative path → expectation

    def path(self, rel: str) -> Path:
        return self.root / rel


ANY = frozenset({"processed", "skipped", "failed"})
OK = frozenset({"processed"})


def _html_page(title: str, paragraphs: tuple[str, ...]) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>\n{body}"
            "</article><footer>Copyright 2024</footer></body></html>")


def _warc_record(rec_type: str, uri: str, body: bytes, *, length: Optional[int] = None) -> bytes:
    headers = (f"WARC/1.0\r\nWARC-Type: {rec_type}\r\nWARC-Target-URI: {uri}\r\n"
               f"WARC-Date: 2024-03-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri)) % 10**12:012d}>\r\n"
               f"Content-Type: application/http; msgtype=response\r\n"
               f"Content-Length: {len(body) if length is None else length}\r\n\r\n")
    return headers.encode() + body + b"\r\n\r\n"


def _http(html: str, *, chunked: bool = False, broken_chunks: bool = False) -> bytes:
    payload = html.encode("utf-8")
    if chunked:
        size = b"zz" if broken_chunks else f"{len(payload):x}".encode()
        payload = size + b"\r\n" + payload + b"\r\n0\r\n\r\n"
        return (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"
                + payload)
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + payload


def build(root: Path, *, seed: int = 9) -> Corpus:
    """Write the corpus under ``root`` and return it with the expectation for each file."""
    rng = random.Random(seed)
    corpus = Corpus(root)
    root.mkdir(parents=True, exist_ok=True)

    def put(rel: str, data: bytes, expect: Expect) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        corpus.expect[rel] = expect

    # --- the valid documents that must come through -----------------------------------------
    put("valid.txt", ARTICLES["valid"].encode(), Expect(1, OK))
    put("cp1252.txt", ARTICLES["cp1252"].encode("cp1252"), Expect(1, OK))
    put("latin1.txt", ARTICLES["latin1"].encode("latin-1"), Expect(1, OK))
    put("page.html", _html_page("Ankara protests", ARTICLES["html"]).encode(), Expect(1, OK))
    put("ok.txt.gz", gzip.compress(ARTICLES["gz_ok"].encode()), Expect(1, OK))
    # invalid UTF-8 bytes spliced between words: the text around them must survive
    bad = ARTICLES["invalid_utf8"].encode().replace(b"before the", b"before \xff\xfe the").replace(b"Lagos", b"La\xc3gos")
    put("invalid_utf8.txt", bad, Expect(1, OK))

    # --- empty, blank, binary -----------------------------------------------------------------
    put("empty.txt", b"", Expect(1, frozenset({"skipped"}), ("empty",)))
    put("blank.txt", b" \n\t\r\n  \n", Expect(1, frozenset({"skipped"}), ("empty",)))
    put("binary.txt", bytes(rng.randrange(256) for _ in range(4096)) + b"\x00" * 16,
        Expect(1, frozenset({"skipped", "failed"}), ("format", "empty", "language", "read")))
    put("image.html", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(2048)),
        Expect(1, frozenset({"skipped"}), ("format",)))
    put("nul.json", b"\x00" * 1000, Expect(1, frozenset({"skipped", "failed"}), ("format", "empty", "read")))

    # --- oversized ----------------------------------------------------------------------------
    sentence = "The minister said the talks with the delegation would continue next week. "
    paragraph = (sentence * 12 + "\n\n").encode()
    put("huge.txt", paragraph * (50 * MB // len(paragraph) + 1), Expect(1, frozenset({"skipped"}), ("oversize",)))
    put("one_line.txt", (sentence.encode() * (MB // len(sentence) + 1))[:MB],
        Expect(1, frozenset({"skipped"}), ("oversize",)))

    # --- broken HTML --------------------------------------------------------------------------
    put("nested.html", ("<html><body>" + "<div>" * 60000 + "<p>deep</p>" + "</div>" * 60000 + "</body></html>").encode(),
        Expect(1, ANY))
    put("unclosed.html", ("<html><head><title>x<body>" + "<div><span><b><table><tr><td>" * 20000
                          + "<p>never closed").encode(), Expect(1, ANY))
    put("script_only.html", b"<html><body><script>" + b"var a=1;" * 5000 + b"</body></html>", Expect(1, ANY))

    # --- truncated gzip -----------------------------------------------------------------------
    packed = gzip.compress((ARTICLES["valid"] * 200).encode())
    put("truncated.txt.gz", packed[: len(packed) // 2], Expect(1, frozenset({"failed"}), ("read",)))
    put("header_only.gz", packed[:12], Expect(1, ANY))
    lines = b"".join(json.dumps({"id": i, "text": f"Line {i}: " + ARTICLES["jsonl_b"]}).encode() + b"\n"
                     for i in range(60))
    packed_lines = gzip.compress(lines)
    # the cut lands mid-stream: the records before it are read, then one failure at the cut
    put("truncated.jsonl.gz", packed_lines[: len(packed_lines) * 2 // 3], Expect(None, ANY, ("read", "jsonl", "duplicate")))

    # --- JSON lines with bad lines in the middle ----------------------------------------------
    jsonl = [
        json.dumps({"id": "a", "url": "https://example.org/a", "title": "Expulsion", "text": ARTICLES["jsonl_a"]}),
        '{"id": "broken", "text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"id": "no-text", "title": "only a title"}),
        "\xff\xfe not json at all",
        json.dumps({"id": "b", "date": "2024-02-30", "text": ARTICLES["jsonl_b"]}),
        json.dumps({"id": "c", "text": 12345}),
        "",
        json.dumps({"id": "d", "html": "<html><body><p>" + "<b>" * 3000 + "</p></body></html>"}),
    ]
    put("mixed.jsonl", "\n".join(jsonl).encode("utf-8", "surrogateescape"), Expect(8, ANY, ("jsonl", "empty", "language")))

    # --- broken WARC --------------------------------------------------------------------------
    good = _warc_record("response", "https://example.org/warc-good",
                        _http(_html_page("Warc good", ("Egypt and Sudan agreed to share data on the Nile dam after talks in Cairo on Sunday.",))))
    chunk_bad = _warc_record("response", "https://example.org/warc-chunks",
                             _http(_html_page("Chunks", ("Bad chunking here.",)), chunked=True, broken_chunks=True))
    truncated = _warc_record("response", "https://example.org/warc-cut", _http(_html_page("Cut", ("Cut short.",))), length=50_000)
    put("broken.warc", good + chunk_bad + truncated, Expect(None, ANY, ("warc", "empty", "language")))
    put("garbage.warc", b"WARC/1.0\r\nthis is not a header\r\n\r\n" + bytes(rng.randrange(256) for _ in range(512)),
        Expect(None, ANY, ("warc", "format", "empty")))
    second = _warc_record("response", "https://example.org/warc-second",
                          _http(_html_page("Second", ("Chile recalled its ambassador from Peru on Monday after the border incident.",))))
    # one gzip member per record, as crawlers write them; the last member is cut short
    put("cut.warc.gz", gzip.compress(good) + gzip.compress(second)[:-40], Expect(2, ANY, ("warc", "duplicate", "empty")))

    # --- a folder with symlink loops ----------------------------------------------------------
    put("loop/inside.txt", ARTICLES["valid"].replace("Nairobi", "Mombasa").encode(), Expect(1, OK))
    os.symlink(".", root / "loop" / "self")
    os.symlink("..", root / "loop" / "parent")
    os.symlink(str(root / "loop"), root / "loop" / "absolute")
    os.symlink("does-not-exist.txt", root / "loop" / "dangling.txt")
    corpus.expect["loop/dangling.txt"] = Expect(1, frozenset({"failed"}), ("open", "read"))
    return corpus


