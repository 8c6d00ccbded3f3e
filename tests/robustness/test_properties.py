"""Invariants that cross stages, checked with hypothesis.

- cleaning never invents text: every line of ``Document.text`` is an input line, or input lines
  joined by one space (hard-wrapped paragraphs), after the documented normalisation
  (``clean.normalize.normalize_text``); every removed line is the input line it says it is;
- reading and cleaning never raise, whatever the bytes, and every record ends with a status;
- every event's span lies inside its document and slices to its text; trigger and actors too;
- event dates are real dates with a known precision, and their expression is in the text;
- export → read back round-trips (CSV, Parquet, PLOVER JSON lines) the store's event rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import tempfile
from functools import lru_cache
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from annalyst.clean import clean_document
from annalyst.clean.normalize import normalize_text, words_of
from annalyst.model import ActorRef, DatePrecision, Document, Event, Sentence, Status
from annalyst.read import iter_documents
from annalyst.store import EventQuery, Store
from annalyst.store.export import FLAT_COLUMNS, plover_record, plover_skip_reason, validate_plover

SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# -- building blocks of plausible news text ---------------------------------------------------

SENTENCES = (
    "The government of Kenya accused Uganda of violating the border agreement on Monday.",
    "Officials in Nairobi said the talks would continue next week.",
    "France and Germany signed a trade agreement in Berlin on 3 March 2024.",
    "Police arrested dozens of protesters near the parliament building.",
    "The United Nations called for an immediate ceasefire in Sudan.",
    "Russia did not threaten Ukraine, the Kremlin said.",
    "Japan may offer humanitarian aid to the Philippines if the storm hits.",
    "North Korea has officially recognized the independence of the Donetsk People's Republic.",
    "On July 13, the foreign ministry of China condemned the sanctions imposed by the United States.",
    "Brazil expelled two Venezuelan diplomats after the election.",
)
JUNK = (
    "casino siteleri yeni bahis siteleri deneme bonusu veren siteler",
    "Please select digest to download:",
    "18.07.2022 Author: Konstantin Asmolov",
    "Home | World | Politics | Contact",
    "Related articles",
    "Share this: Facebook Twitter Email",
    "\u00a9 2024 All rights reserved.",
)
LINE = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(JUNK),
    st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=4).map(" ".join),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
    st.just(""),
)
RAW_TEXT = st.lists(LINE, min_size=1, max_size=25).map(lambda lines: "\n".join(lines))


def _composed_of(line: str, pieces: list[str]) -> bool:
    """``line`` is input lines, in input order, joined by single spaces."""

    @lru_cache(maxsize=None)
    def fits(pos: int, first: int) -> bool:
        if pos == len(line):
            return True
        for j in range(first, len(pieces)):
            piece = pieces[j]
            end = pos + len(piece)
            if piece and line.startswith(piece, pos) and (end == len(line) or line[end] == " "):
                if fits(end + 1 if end < len(line) else end, j + 1):
                    return True
        return False

    return fits(0, 0)


@SLOW
@given(RAW_TEXT)
def test_cleaning_never_invents_text(raw):
    doc = clean_document(Document(doc_id="p", source="p", raw=raw))
    normalised = normalize_text(raw).split("\n")
    pieces = [line.strip() for line in normalised if line.strip()]
    for line in doc.text.split("\n"):
        if line.strip():
            assert _composed_of(line, pieces), (line, pieces)
    for removed in doc.removed:
        assert removed.line_no is not None and normalised[removed.line_no].strip() == removed.text
    # every input line is either kept or removed with a reason: nothing vanishes unexplained
    kept_words = words_of(doc.text)
    removed_words = [w for r in doc.removed for w in words_of(r.text)]
    assert sorted(kept_words + removed_words) == sorted(w for p in pieces for w in words_of(p))


@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096), st.sampled_from([".txt", ".html", ".jsonl", ".warc", ".gz", ".json", ""]))
def test_reading_and_cleaning_never_raise(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        docs = list(iter_documents([str(path)]))
        assert docs, "every file yields at least one record"
        for doc in docs:
            clean_document(doc)
            assert doc.status in (Status.PENDING, Status.SKIPPED, Status.FAILED)
            if doc.status is not Status.PENDING:
                assert doc.reason
            assert doc.source == str(path)


# -- events: offsets and dates ----------------------------------------------------------------


@lru_cache(maxsize=1)
def _pipeline():
    from annalyst.pipeline.default import PipelineOptions, build_pipeline

    return build_pipeline(PipelineOptions(dedup=False))


ARTICLE = st.tuples(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6),
    st.sampled_from(["\n\n", " ", "\n"]),
    st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))),
    st.sampled_from(["", "Breaking news\n\n", "casino siteleri yeni bahis siteleri\n"]),
)


def _assert_offsets(doc: Document) -> None:
    text = doc.text
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(text) and text[s.start:s.end] == s.text
    for ref in doc.actors:
        if ref.start is not None:
            assert 0 <= ref.start < ref.end <= len(text) and text[ref.start:ref.end] == ref.text, ref
    for ev in doc.events:
        start, end = ev.span
        assert 0 <= start < end <= len(text), ev.span
        assert text[start:end] == ev.text
        assert ev.text in [s.text for s in doc.sentences]
        if ev.trigger_span is not None:
            t0, t1 = ev.trigger_span
            assert start <= t0 < t1 <= end, (ev.trigger_span, ev.span)
            assert set(words_of(ev.trigger)) <= set(words_of(text[t0:t1])), (ev.trigger, text[t0:t1])
        for ref in (ev.source, ev.target):
            if ref is not None and ref.start is not None:
                assert text[ref.start:ref.end] == ref.text, ref


def _assert_dates(doc: Document) -> None:
    precisions = {p.value for p in DatePrecision}
    for ev in doc.events:
        if ev.date is None:
            assert ev.date_precision in (None, *precisions)
            continue
        assert isinstance(ev.date, dt.date) and 1000 <= ev.date.year <= 2100
        assert ev.date_precision in precisions
        if ev.date_precision == DatePrecision.PUBLICATION.value:
            assert ev.date == doc.published
        if ev.date_text:
            assert ev.date_text in doc.text, ev.date_text
        if doc.published and ev.date_precision != DatePrecision.PUBLICATION.value and "historical" not in ev.flags:
            assert ev.date <= doc.published + dt.timedelta(days=366), (ev.date, doc.published, ev.date_text)


@pytest.mark.slow
@settings(deadline=None, max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_event_spans_slice_their_document_and_dates_are_valid(article):
    sentences, joiner, published, head = article
    doc = Document(doc_id="e", source="e", raw=head + joiner.join(sentences), published=published)
    (doc,) = _pipeline().run_batch([doc])
    assume(doc.status == Status.PROCESSED)
    _assert_offsets(doc)
    _assert_dates(doc)


@pytest.mark.slow
def test_the_founding_article_keeps_every_invariant(example_path):
    doc = Document(doc_id="f", source=str(example_path), raw=example_path.read_text(encoding="utf-8"))
    (doc,) = _pipeline().run_batch([doc])
    assert doc.status == Status.PROCESSED and doc.events
    _assert_offsets(doc)
    _assert_dates(doc)


# -- export → read back -----------------------------------------------------------------------

ODD_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n\",;'<>&\\"),
                   min_size=1, max_size=40).filter(lambda s: s.strip() == s and s.strip())
CODES = st.sampled_from(["010", "0234", "036", "042", "057", "111", "112", "1246", "138", "173", "190"])


@st.composite
def stored_documents(draw) -> list[Document]:
    from annalyst.codes import lookup

    docs = []
    for n in range(draw(st.integers(1, 3))):
        sentences = draw(st.lists(ODD_TEXT, min_size=1, max_size=3))
        text = "\n\n".join(sentences)
        doc = Document(doc_id=f"d{n}", source=f"/in/{n}.txt", text=text, status=Status.PROCESSED, language="en",
                       url=draw(st.none() | st.just(f"https://example.org/{n}")), title=draw(st.none() | ODD_TEXT),
                       published=draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1))),
                       content_hash=f"h{n}")
        start = 0
        for i, s in enumerate(sentences):
            doc.sentences.append(Sentence(i, start, start + len(s), s))
            start += len(s) + 2
        for s in doc.sentences:
            if not draw(st.booleans()):
                continue
            cameo = draw(CODES)
            code = lookup(cameo)
            source = ActorRef(text=draw(ODD_TEXT), country=draw(st.sampled_from(["KEN", "UGA", "USA", None])),
                              sector=draw(st.sampled_from(["GOV", "MIL", None])), name=draw(st.none() | ODD_TEXT))
            target = draw(st.none() | st.builds(ActorRef, text=ODD_TEXT, country=st.sampled_from(["FRA", "DEU", None])))
            ev = Event(doc_id=doc.doc_id, sentence_index=s.index, text=s.text, span=(s.start, s.end), source=source,
                       target=target, cameo=cameo, trigger=s.text[:10], goldstein=code.goldstein,
                       quad_class=code.quad_class, event=code.event, mode=code.mode, context=code.context,
                       date=draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1))), date_precision="day",
                       confidence=draw(st.floats(0, 1)))
            for flag in draw(st.sets(st.sampled_from(["negated", "hypothetical", "disputed", "historical"]))):
                ev.add_flag(flag)
            ev.assign_id()
            doc.events.append(ev)
        docs.append(doc)
    return docs


def _plain(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 9)
    return value


@settings(deadline=None, max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(stored_documents())
def test_export_then_read_back_round_trips(docs):
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        with Store(base / "s.duckdb") as store:
            store.write_documents(docs)
            q = EventQuery(limit=None, include_flagged=True, sort="date")
            rows = store.event_rows(q, with_document=True)
            kept = [r for r in rows if plover_skip_reason(r) is None]  # PLOVER needs an actor, event, date
            for fmt, name, n in (("csv", "out.csv", len(rows)), ("parquet", "out.parquet", len(rows)),
                                 ("plover-jsonl", "out.jsonl", len(kept))):
                assert store.export(q, fmt, base / name) == n
        names = [n for n, _ in FLAT_COLUMNS]
        joined = ("flags", "mention_codes")  # list columns, written ";"-joined
        expected = [{n: _plain(r.get(n) if n not in joined else ";".join(r.get(n) or [])) for n in names}
                    for r in rows]
        parquet = [{n: _plain(v) for n, v in row.items()} for row in pq.read_table(base / "out.parquet").to_pylist()]
        assert parquet == expected
        with (base / "out.csv").open(encoding="utf-8", newline="") as fh:
            read_csv = list(csv.DictReader(fh))
        assert len(read_csv) == len(expected)
        for got, want in zip(read_csv, expected):
            for name in names:
                value = want[name]
                assert got[name] == ("" if value is None else str(value)), (name, got[name], value)
        plover = [json.loads(line) for line in (base / "out.jsonl").read_text(encoding="utf-8").splitlines()]
        assert plover == [json.loads(json.dumps(plover_record(r), default=str)) for r in kept]
        for record, row in zip(plover, kept):
            assert validate_plover(record) == []
            assert record["id"] == row["event_id"] and record["text"] == row["sentence"]
