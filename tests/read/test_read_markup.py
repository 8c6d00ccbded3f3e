"""Research corpora in markup: one record per story, with id, title, date, dateline, text free of markup."""

from __future__ import annotations

import datetime as dt
import gzip
import re
from pathlib import Path

import pytest

from annalyst.model import Status
from annalyst.read import classify_head, iter_documents
from annalyst.read.sniff import Format

FIXTURES = Path(__file__).parent / "fixtures"
_MARKUP = re.compile(r"<[A-Za-z/!?][^>]*>|&[a-z]+;|&#\d+;")


def _assert_clean_story(doc) -> None:
    assert doc.status is Status.PENDING, doc.reason
    assert doc.title and not _MARKUP.search(doc.title)
    assert isinstance(doc.published, dt.date)
    assert doc.raw and not _MARKUP.search(doc.raw)
    assert doc.raw == doc.raw.strip() and "\n\n\n" not in doc.raw


def test_gigaword_file_of_seven_stories_gives_seven_records():
    docs = list(iter_documents([str(FIXTURES / "gigaword_7.sgml")]))
    assert len(docs) == 7
    for doc in docs:
        _assert_clean_story(doc)
    first = docs[0]
    assert first.meta["record_id"] == "AFP_ENG_19970412.0293"
    assert first.title == "Foreign ministers agree to resume border talks"
    assert first.published == dt.date(1997, 4, 12)  # from the id: Gigaword has no date element
    assert first.meta["dateline"] == "GENEVA, April 12 (AFP)"
    assert first.raw == ("GENEVA, April 12 (AFP) - The foreign ministers of the two neighbours agreed on Saturday to resume talks on their "
                         "disputed border next month, a spokesman for the mediators said.\n\n"
                         "\"Both sides have shown goodwill,\" the spokesman told reporters after a four-hour meeting.")
    assert "burned tyres & cars" in docs[1].raw  # entities resolved
    assert [d.published.day for d in docs] == [12, 12, 13, 13, 14, 14, 15]
    assert len({d.doc_id for d in docs}) == 7
    assert [d.position for d in docs][:2] == ["record 1 @ offset 0", f"record 2 @ offset {docs[1].position.split()[-1]}"]


def test_gzipped_and_foldered_sgml_is_sniffed_from_content(tmp_path: Path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    # no telling extension: the content says it is a <DOC> file
    (folder / "afp_eng_199704").write_bytes(gzip.compress((FIXTURES / "gigaword_7.sgml").read_bytes()))
    docs = list(iter_documents([str(folder)]))
    assert len(docs) == 7 and all(d.status is Status.PENDING for d in docs)
    assert docs[6].meta["record_id"] == "XIN_ENG_19970415.0044"


def test_non_story_types_are_skipped_with_their_type():
    data = b"""<DOC id="NYT_ENG_19970412.0001" type="advis" >
<HEADLINE>Editors: the budget story will move at 6 pm</HEADLINE>
<TEXT><P>NEW YORK TIMES NEWS SERVICE ADVISORY</P></TEXT>
</DOC>
<DOC id="AFP_ENG_19970412.0002" type="multi" >
<HEADLINE>News in brief</HEADLINE>
<TEXT><P>First item.</P><P>Second item.</P></TEXT>
</DOC>
<DOC id="AFP_ENG_19970412.0003" type="story" >
<HEADLINE>Story without text</HEADLINE>
</DOC>
"""
    assert classify_head(data) == (Format.SGML, "ldc")
    docs = list(_read(data))
    assert [(d.status, d.reason) for d in docs] == [
        (Status.SKIPPED, "doc-type:advis"), (Status.SKIPPED, "doc-type:multi"), (Status.SKIPPED, "no-body")]
    assert docs[0].meta["record_id"] == "NYT_ENG_19970412.0001"


def test_aquaint_and_trec_shapes():
    data = b"""<DOC>
<DOCNO> APW19980601.0003 </DOCNO>
<DOCTYPE> NEWS STORY </DOCTYPE>
<DATE_TIME> 1998-06-02 00:07:07 </DATE_TIME>
<BODY>
<HEADLINE> Ministers meet on water dispute </HEADLINE>
<TEXT>
<P>
Water ministers met in Cairo on Monday.
</P>
</TEXT>
</BODY>
</DOC>
<DOC>
<DOCNO> AP880212-0001 </DOCNO>
<HEAD>Strike ends at steel plant</HEAD>
<DATELINE>PITTSBURGH (AP) </DATELINE>
<TEXT>
   Workers at the steel plant voted to end their strike on
Friday, union officials said.
   The plant will reopen next week.
</TEXT>
</DOC>
"""
    aquaint, trec = _read(data)
    assert aquaint.meta["record_id"] == "APW19980601.0003"
    assert aquaint.published == dt.date(1998, 6, 2)  # DATE_TIME wins over the id's day
    assert aquaint.title == "Ministers meet on water dispute" and aquaint.raw == "Water ministers met in Cairo on Monday."
    assert trec.published == dt.date(1988, 2, 12) and trec.meta["dateline"] == "PITTSBURGH (AP)"
    assert trec.raw == ("PITTSBURGH (AP) - Workers at the steel plant voted to end their strike on Friday, union officials said.\n\n"
                        "The plant will reopen next week.")


def test_a_story_cut_off_at_the_end_fails_with_its_position():
    data = (FIXTURES / "gigaword_7.sgml").read_bytes()
    cut = data[: data.rindex(b"<P>")]
    docs = list(_read(cut))
    assert len(docs) == 7 and docs[-1].status is Status.FAILED
    assert docs[-1].position.startswith("record 7") and "truncated" in docs[-1].reason


REUTERS_SHAPED = b"""<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="901">
<DATE> 3-MAR-1987 09:15:22.11</DATE>
<TOPICS></TOPICS>
<TEXT>&#2;
<TITLE>MINISTERS MEET ON TARIFFS</TITLE>
<DATELINE>    BRUSSELS, March 3 - </DATELINE><BODY>Trade ministers met on Tuesday to
discuss tariffs on farm goods, officials said.
    The talks will resume next week.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="2" NEWID="902">
<DATE> 3-MAR-1987 09:16:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>TARIFF TALKS TO RESUME</TITLE>
&#3;
</TEXT>
</REUTERS>
"""


def test_reuters_shape_story_and_brief():
    story, brief = _read(REUTERS_SHAPED)
    assert story.meta == {"record_id": "901", "dateline": "BRUSSELS, March 3"}
    assert story.title == "MINISTERS MEET ON TARIFFS" and story.published == dt.date(1987, 3, 3)
    assert story.raw == ("BRUSSELS, March 3 - Trade ministers met on Tuesday to discuss tariffs on farm goods, officials said.\n\n"
                         "The talks will resume next week.")  # the "Reuter" sign-off is not text
    assert brief.status is Status.SKIPPED and brief.reason == "no-body:brief"


@pytest.mark.shared
def test_five_reuters_stories_cut_from_an_sgm_give_five_records(shared_dir: Path, tmp_path: Path):
    data = (shared_dir / "corpora" / "reuters21578" / "reut2-000.sgm").read_bytes()
    stories = re.findall(rb"<REUTERS\b.*?</REUTERS>\s*", data, re.S)
    with_body = [s for s in stories if b"<BODY>" in s][:5]
    path = tmp_path / "five.sgm"
    path.write_bytes(b"".join(with_body))
    docs = list(iter_documents([str(path)]))
    assert len(docs) == 5
    for doc in docs:
        _assert_clean_story(doc)
    assert [d.meta["record_id"] for d in docs] == ["1", "2", "3", "4", "5"]
    assert docs[0].title == "BAHIA COCOA REVIEW" and docs[0].published == dt.date(1987, 2, 26)
    assert docs[0].meta["dateline"] == "SALVADOR, Feb 26"
    assert docs[0].raw.startswith("SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone, alleviating")


@pytest.mark.shared
def test_reuters_corpus_reads_every_story(shared_dir: Path):
    docs = list(iter_documents([str(shared_dir / "corpora" / "reuters21578" / "reut2-000.sgm")]))
    assert len(docs) == 1000  # NEWID 1-1000: every story of the file, none merged
    assert sum(d.status is Status.PENDING for d in docs) == 925
    assert {d.reason for d in docs if d.status is Status.SKIPPED} == {"no-body:brief", "no-body:unproc"}


@pytest.mark.shared
def test_timeml_text_and_creation_date(shared_dir: Path):
    (doc,) = iter_documents([str(shared_dir / "eval" / "timeml-platinum" / "AP_20130322.tml")])
    assert doc.meta["record_id"] == "AP_20130322" and doc.published == dt.date(2013, 3, 22)
    assert doc.title == "105 U.S. Kids Died From Flu, CDC Says"
    assert doc.raw.startswith("The flu season is winding down, and it has killed 105 children so far")
    assert not _MARKUP.search(doc.raw)


def test_timeml_inline_tags_leave_the_spacing_alone():
    data = (b'<?xml version="1.0" ?><TimeML><DOCID>X_1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" '
            b'value="2013-03-22">March 22</TIMEX3></DCT><TEXT>\nIn <TIMEX3 tid="t4" value="2009">2009</TIMEX3>-'
            b'<TIMEX3 tid="t5" value="2010">2010</TIMEX3> 348 children <EVENT eid="e1">died</EVENT>.\n</TEXT></TimeML>')
    (doc,) = _read(data)
    assert doc.raw == "In 2009-2010 348 children died." and doc.published == dt.date(2013, 3, 22)


def test_newsml_g2_item():
    data = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:20240105:abc" version="1">
 <itemMeta><versionCreated>2024-01-05T10:00:00Z</versionCreated></itemMeta>
 <contentMeta><headline>Talks resume in Geneva</headline><dateline>GENEVA, Jan 5</dateline></contentMeta>
 <contentSet><inlineXML contenttype="application/xhtml+xml">
  <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>
   <p>Negotiators resumed talks on Friday.</p><p>A statement is expected.</p></body></html>
 </inlineXML></contentSet>
</newsItem>
"""
    (doc,) = _read(data)
    assert doc.meta == {"record_id": "urn:newsml:example.com:20240105:abc", "dateline": "GENEVA, Jan 5"}
    assert doc.title == "Talks resume in Geneva" and doc.published == dt.date(2024, 1, 5)
    assert doc.raw == "GENEVA, Jan 5 - Negotiators resumed talks on Friday.\n\nA statement is expected."


@pytest.mark.parametrize("data, root", [
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Feed</title></channel></rss>', "rss"),
    (b"<ARTICLE>\n<BYLINE>Staff</BYLINE>\n<BODYTEXT>Ministers met.</BODYTEXT>\n</ARTICLE>\n", "article"),
    (b'<!DOCTYPE corpus SYSTEM "corpus.dtd">\n<STORY>Ministers met.', "story"),
    (b"<!ELEMENT LEWIS O O (REUTERS+)>\n<!ELEMENT DATE - - (#PCDATA)>\n", "dtd"),
])
def test_unknown_markup_is_skipped_never_read_as_text(tmp_path: Path, data: bytes, root: str):
    docs = list(_read(data, tmp_path))
    assert len(docs) == 1
    assert docs[0].status is Status.SKIPPED and docs[0].reason == "format:unknown-markup"
    assert docs[0].meta["markup_root"] == root


@pytest.mark.parametrize("data, expected", [
    (b"<div class='story'><p>One.</p><p>Two.</p><p>Three.</p></div>", Format.HTML),
    (b"<b>Note</b>: ministers met on Monday.", Format.TEXT),
    (b"<<< URGENT >>> Ministers met on Monday.", Format.TEXT),
])
def test_html_fragments_and_text_are_not_unknown_markup(data: bytes, expected: Format):
    assert classify_head(data)[0] is expected


def _read(data: bytes, folder: Path | None = None):
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(folder or tmp) / "input"
        path.write_bytes(data)
        return list(iter_documents([str(path)]))


def test_the_dateline_opens_the_text_as_on_the_wire_and_dates_the_story(tmp_path):
    # the DATELINE element goes back in front of the story, so the date stage reads its reference
    # date and the actor stage never reads its place as an actor
    from annalyst.api import code_paths
    path = tmp_path / "wire.sgm"
    path.write_text('<DOC id="AFP_ENG_20050714.0001" type="story">\n<HEADLINE>Recognition</HEADLINE>\n'
                    '<DATELINE>PYONGYANG, July 14</DATELINE>\n<TEXT>\n<P>North Korea on Wednesday recognised '
                    'the independence of Kosovo.</P>\n</TEXT>\n</DOC>\n', encoding="utf-8")
    (doc,) = [d for d in code_paths([str(path)]) if d.status == "processed"]
    assert doc.text.startswith("PYONGYANG, July 14 - North Korea")
    assert [(e.source.code if e.source else None, str(e.date)) for e in doc.events] == [("PRK", "2005-07-13")]
