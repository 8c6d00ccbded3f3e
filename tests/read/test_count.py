"""A run's progress total: markup corpus files count their stories, as many as the reader yields."""

from __future__ import annotations

import gzip
from pathlib import Path

from annalyst.read import iter_documents
from annalyst.read.count import Budget, record_count
from annalyst.pipeline.run import estimate_total

FIXTURES = Path(__file__).parent / "fixtures"
GIGAWORD = (FIXTURES / "gigaword_7.sgml").read_bytes()
REUTERS = b"""<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="NO" NEWID="1"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>ONE</TITLE>
<BODY>First story.</BODY></TEXT></REUTERS>
<REUTERS TOPICS="NO" NEWID="2"><DATE>26-FEB-1987 15:02:01.79</DATE><TEXT><TITLE>TWO</TITLE>
<BODY>Second story.</BODY></TEXT></reuters>
"""


def _agrees(path: Path) -> int:
    """The count, checked against the records the reader yields."""
    counted = record_count(str(path), Budget(1 << 30))
    assert counted == sum(1 for _ in iter_documents([str(path)]))
    return counted


def test_a_gigaword_file_counts_its_stories_whatever_its_name(tmp_path: Path):
    for name, data in (("afp.sgml", GIGAWORD), ("afp_eng_199704", GIGAWORD), ("afp.txt", GIGAWORD),
                       ("afp.gz", gzip.compress(GIGAWORD))):
        (tmp_path / name).write_bytes(data)
        assert _agrees(tmp_path / name) == 7


def test_reuters_stories_are_counted_case_blind(tmp_path: Path):
    (tmp_path / "reut2-000.sgm").write_bytes(REUTERS)
    assert _agrees(tmp_path / "reut2-000.sgm") == 2


def test_an_unclosed_last_story_is_one_more_record(tmp_path: Path):
    cut = GIGAWORD[: GIGAWORD.rindex(b"</DOC>")]  # the last story loses its closing tag
    (tmp_path / "cut.sgml").write_bytes(cut)
    assert _agrees(tmp_path / "cut.sgml") == 7


def test_a_closing_tag_across_the_scan_chunks_is_counted_once(tmp_path: Path, monkeypatch):
    import annalyst.read.count as count

    monkeypatch.setattr(count, "CHUNK_BYTES", 7)  # every tag falls across a chunk boundary
    (tmp_path / "afp.sgml").write_bytes(GIGAWORD)
    assert record_count(str(tmp_path / "afp.sgml"), Budget(1 << 30)) == 7


def test_text_and_pages_are_one_record_each(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Talks resumed in Geneva.")
    (tmp_path / "b.html").write_text("<html><body><p>Talks resumed.</p></body></html>")
    (tmp_path / "c").write_text("<b>Note</b>: talks resumed.")
    for name in ("a.txt", "b.html", "c"):
        assert _agrees(tmp_path / name) == 1


def test_the_total_adds_files_and_stories(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Talks resumed in Geneva.")
    (tmp_path / "afp.sgml").write_bytes(GIGAWORD)
    (tmp_path / "reut2-000.sgm").write_bytes(REUTERS)
    assert estimate_total([str(tmp_path)]) == 1 + 7 + 2
    assert estimate_total([str(tmp_path / "*.sgm*")]) == 7 + 2


def test_unknown_when_counting_would_read_too_much_or_cannot_count(tmp_path: Path):
    (tmp_path / "afp.sgml").write_bytes(GIGAWORD)
    assert estimate_total([str(tmp_path)], max_scan_bytes=len(GIGAWORD) - 1) is None
    (tmp_path / "more.jsonl").write_text('{"text": "a"}\n')
    assert estimate_total([str(tmp_path)]) is None
