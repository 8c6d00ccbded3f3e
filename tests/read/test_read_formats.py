"""Readers: every format yields the same record; formats come from content; bad records never raise."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.errors import InputError
from annalyst.model import Status
from annalyst.read import JsonlFields, classify_head, iter_documents, warc_date
from annalyst.read.sniff import Format

HTML = b"<!DOCTYPE html><html><head><title>A page</title></head><body><p>Hello there, world.</p></body></html>"


def test_text_file_is_one_record_with_a_stable_id(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nThe council met on Monday.\n", encoding="utf-8")
    first = list(iter_documents([str(path)]))
    second = list(iter_documents([str(path)]))
    assert len(first) == 1
    assert first[0].raw.startswith("Title") and first[0].raw_html is None
    assert first[0].source == str(path) and first[0].status is Status.PENDING
    assert first[0].doc_id == second[0].doc_id


def test_format_comes_from_content_not_extension(tmp_path: Path):
    lying = tmp_path / "page.txt"
    lying.write_bytes(gzip.compress(HTML))
    (doc,) = iter_documents([str(lying)])
    assert doc.raw_html is not None and "Hello there" in doc.raw_html
    jsonl_as_html = tmp_path / "dump.html"
    jsonl_as_html.write_text(json.dumps({"text": "Body text."}) + "\n", encoding="utf-8")
    (doc,) = iter_documents([str(jsonl_as_html)])
    assert doc.raw == "Body text." and doc.position == "line 1"


def test_latin1_text_is_decoded(tmp_path: Path):
    path = tmp_path / "old.txt"
    path.write_bytes("Café in Zürich: ministers met.".encode("latin-1"))
    (doc,) = iter_documents([str(path)])
    assert "Zürich" in doc.raw


def test_jsonl_fields_positions_and_bad_lines(tmp_path: Path):
    path = tmp_path / "dump.jsonl.gz"
    lines = [
        json.dumps({"uid": "a1", "body": "First story.", "link": "http://x/1", "when": "2021-03-04T10:00:00Z",
                    "headline": "One"}),
        "{not json",
        json.dumps({"uid": "a3", "nothing": "here"}),
        json.dumps({"uid": "a4", "page": "<html><body><p>Fourth.</p></body></html>"}),
    ]
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    fields = JsonlFields.of(id="uid", text="body", html="page", url="link", published="when", title="headline")
    docs = list(iter_documents([str(path)], jsonl_fields=fields))
    assert [d.position for d in docs] == ["line 1", "line 2", "line 3", "line 4"]
    first, bad, empty, html = docs
    assert first.raw == "First story." and first.url == "http://x/1" and first.title == "One"
    assert first.published.isoformat() == "2021-03-04" and first.meta["record_id"] == "a1"
    assert bad.status is Status.FAILED and "invalid JSON" in bad.reason
    assert empty.status is Status.FAILED and "no text field" in empty.reason
    assert html.raw_html.startswith("<html>") and html.raw is None


def test_default_jsonl_field_names(tmp_path: Path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": 7, "content": "Story.", "date": "March 5, 2020", "title": "T"}) + "\n")
    (doc,) = iter_documents([str(path)])
    assert doc.raw == "Story." and doc.published.isoformat() == "2020-03-05" and doc.meta["record_id"] == "7"


def test_json_array_file(tmp_path: Path):
    path = tmp_path / "d.json"
    path.write_text(json.dumps([{"text": "A."}, {"text": "B."}]))
    assert [d.raw for d in iter_documents([str(path)])] == ["A.", "B."]


def test_stdin(monkeypatch):
    fake = io.TextIOWrapper(io.BufferedReader(io.BytesIO(gzip.compress(b"From a pipe.\n"))))
    monkeypatch.setattr(sys, "stdin", fake)
    (doc,) = iter_documents(["-"])
    assert doc.source == "-" and doc.raw.strip() == "From a pipe."


def test_folders_recurse_and_survive_symlink_loops(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("One.")
    (tmp_path / "a" / "b" / "two.html").write_bytes(HTML)
    (tmp_path / "a" / ".hidden.txt").write_text("Hidden.")
    os.symlink(tmp_path / "a", tmp_path / "a" / "b" / "loop")
    docs = list(iter_documents([str(tmp_path / "a")]))
    assert sorted(Path(d.source).name for d in docs) == ["one.txt", "two.html"]


def test_globs_and_missing_inputs(tmp_path: Path):
    (tmp_path / "x1.txt").write_text("One.")
    (tmp_path / "x2.txt").write_text("Two.")
    assert len(list(iter_documents([str(tmp_path / "x*.txt")]))) == 2
    with pytest.raises(InputError):
        iter_documents([str(tmp_path / "missing.txt")])
    with pytest.raises(InputError):
        iter_documents([str(tmp_path / "nomatch-*.txt")])


def test_binary_and_empty_files_are_skipped_not_failed(tmp_path: Path):
    (tmp_path / "shot.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    (tmp_path / "empty.txt").write_text("  \n")
    reasons = sorted(d.reason for d in iter_documents([str(tmp_path)]))
    assert reasons == ["empty", "format:png"]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["", "a.txt", "a.html", "a.jsonl", "a.warc.gz"]))
def test_sniffing_never_raises(head: bytes, name: str):
    fmt, _ = classify_head(head, name)
    assert isinstance(fmt, Format)


def test_warc_dates():
    assert warc_date("2014-02-16T05:02:21Z").isoformat() == "2014-02-16"
    assert warc_date("20080430204825").isoformat() == "2008-04-30"
    assert warc_date("2008-10-294T05:21:46-0700") is None
    assert warc_date(None) is None


def _write_warc(path: Path, gzipped: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for url, ctype, body in [
            ("http://news.example/a", "text/html; charset=utf-8", HTML),
            ("http://news.example/logo.png", "image/png", b"\x89PNG...."),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": "2022-07-18T10:00:00Z"})
            writer.write_record(record)


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_html_responses_only(tmp_path: Path, gzipped: bool):
    path = tmp_path / ("c.warc.gz" if gzipped else "c.warc")
    _write_warc(path, gzipped)
    (doc,) = iter_documents([str(path)])
    assert doc.url == "http://news.example/a" and "Hello there" in doc.raw_html
    assert doc.meta["captured"] == "2022-07-18"
    assert doc.position.startswith("record 1 @ offset 0")


def test_broken_warc_is_reported_not_raised(tmp_path: Path):
    good = tmp_path / "good.warc.gz"
    _write_warc(good, True)
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(good.read_bytes() + b"\x1f\x8b\x08\x00garbage-not-gzip")
    docs = list(iter_documents([str(broken)]))
    assert docs[0].status is Status.PENDING
    assert docs[-1].status is Status.FAILED and docs[-1].position.startswith("record 3 @ offset")
    truncated = tmp_path / "trunc.warc.gz"
    truncated.write_bytes(good.read_bytes()[:200])
    docs = list(iter_documents([str(truncated)]))
    assert docs and all(d.status in (Status.FAILED, Status.PENDING, Status.SKIPPED) for d in docs)


@pytest.mark.shared
def test_shared_warc_corpus_reads_to_completion(shared_dir: Path):
    docs = list(iter_documents([str(shared_dir / "corpora" / "warc")]))
    failed = {Path(d.source).name for d in docs if d.status is Status.FAILED}
    assert {"example-bad-non-chunked.warc.gz", "example-wrong-chunks.warc.gz"} <= failed
    assert all(d.position for d in docs if d.status is Status.FAILED)
    html = [d for d in docs if d.raw_html]
    assert len(html) >= 90 and all(d.url for d in html)
    assert any("truncated" in d.meta.get("reader_warnings", "") for d in docs)


def test_text_starting_with_a_bracket_is_text(tmp_path: Path):
    path = tmp_path / "wire.txt"
    path.write_text("[Reuters] Talks resumed in Vienna on Monday.\n")
    (doc,) = iter_documents([str(path)])
    assert doc.raw.startswith("[Reuters]")


def test_a_single_path_string_is_one_input(tmp_path: Path):
    path = tmp_path / "one.txt"
    path.write_text("One.")
    assert len(list(iter_documents(str(path)))) == 1


def test_jsonl_whose_first_line_is_broken_is_still_jsonl(tmp_path: Path):
    path = tmp_path / "dump.jsonl"
    lines = ['{"text": "cut off', json.dumps({"text": "Second story."}), json.dumps({"text": "Third story."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(iter_documents([str(path)]))
    assert [d.status for d in docs] == [Status.FAILED, Status.PENDING, Status.PENDING]
    assert docs[0].position == "line 1" and docs[2].raw == "Third story."


def test_text_with_a_braced_first_line_stays_text():
    assert classify_head(b"{Editor's note} This story was updated.\nThe council met on Monday.\n")[0] is Format.TEXT
