"""The write path's fast paths give exactly what the slow paths they stand in for give.

``Store.write_documents`` merges blocks that no stored mention is in from the rows in memory;
``remerge_all`` (and any block already in the store) reads the mentions back and merges them
there.  ``merge_block`` shortcuts one-mention blocks; ``content_terms`` tokenises by regex.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.store import Store
from annalyst.store.merge import _DATE_WORDS, _STOPWORDS, facts_of_rows, MergeRule, cluster, content_terms, facts_of, \
    merge_block, strip_dateline, summarize
from store_records import make_doc
from tests.snapshots import store_snapshot

D = dt.date
RULE = MergeRule()

# Sentences that share most of their words (so reports across articles merge) and some that do not.
_SENTENCES = [
    "Russian forces struck the port of Odesa with missiles overnight, officials said.",
    "Russian forces struck Odesa port with missiles overnight.",
    "KYIV, Ukraine (AP) — Missiles struck the port of Odesa overnight, officials said.",
    "Pyongyang accused the United States of hostile policy.",
    "The UN voiced support for the talks in Geneva.",
]
_SPECS = st.fixed_dictionaries({
    # mostly one dyad, family and few days, so that reports across articles merge
    "source": st.sampled_from(["RUSMIL", "RUSMIL", "RUSMIL", "RUS", "PRKGOV"]),
    "target": st.sampled_from(["UKR", "UKR", "UKR", "UNO", None]),
    # statements and appeals share a block (remarks): one speaker's remarks of one day are one occasion
    "cameo": st.sampled_from(["195", "195", "190", "111", "010", "020"]),
    "sentence": st.sampled_from(_SENTENCES[:3] * 2 + _SENTENCES[3:]),
    "date": st.one_of(st.none(), st.integers(0, 3).map(lambda d: D(2024, 3, 1) + dt.timedelta(days=d))),
    "precision": st.sampled_from(["day", "day", "month"]),
    "location": st.sampled_from([None, None, ("Odesa", "UKR", "Odesa"), ("Kyiv", "UKR", "Kyiv"), ("Ukraine", "UKR")]),
    "flags": st.sampled_from([[], [], [], ["negated"], ["disputed"], ["historical"]]),
    "confidence": st.sampled_from([0.3, 0.6, 0.9]),
})


@st.composite
def document_sets(draw):
    docs = []
    for i in range(draw(st.integers(1, 8))):
        specs = draw(st.lists(_SPECS, min_size=0, max_size=3))
        for spec in specs:
            if spec["date"] is None:
                spec.pop("precision")
        published = draw(st.one_of(st.none(), st.integers(0, 3).map(lambda d: D(2024, 3, 1) + dt.timedelta(days=d))))
        # a shared headline makes versions of one story (same outlet and day), compared as one article
        title = draw(st.sampled_from([None, None, "Missiles strike Odesa port"]))
        docs.append(make_doc(f"doc{i}", published, specs, outlet=draw(st.sampled_from(["Wire A", "Wire B", None])),
                             title=title))
    return docs


def _write(store: Store, docs, batch_sizes) -> None:
    i = 0
    for size in batch_sizes:
        if i >= len(docs):
            break
        store.write_documents(docs[i:i + size])
        i += size
    if i < len(docs):
        store.write_documents(docs[i:])


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(document_sets(), st.lists(st.integers(1, 4), max_size=4), st.randoms(use_true_random=False))
def test_events_merged_in_memory_equal_the_events_merged_from_the_store(docs, batch_sizes, rnd: random.Random):
    with Store(":memory:") as store:
        _write(store, docs, batch_sizes)
        written = store_snapshot(store)
        store.remerge_all()  # every block read back from the store and merged there
        assert store_snapshot(store) == written
        # a re-write of some documents in another order re-merges their blocks from the store
        again = list(docs)
        rnd.shuffle(again)
        store.write_documents(again[: len(again) // 2 + 1])
        assert store_snapshot(store) == written
    with Store(":memory:") as one_by_one:
        _write(one_by_one, docs, [1] * len(docs))
        assert store_snapshot(one_by_one) == written


def _mention(i: int, date, precision, doc: str, published, country, source_text: str, sentence: str) -> dict:
    return {"mention_id": f"m{i:02d}", "doc_id": doc, "date": date, "date_precision": precision,
            "published": published, "outlet": f"outlet-{doc}", "location_country": country, "location_city": None,
            "source_text": source_text, "source_name": None, "target_text": "Ukraine", "target_name": "Ukraine",
            "sentence": sentence, "cameo": "195" if i % 3 else "190", "confidence": 0.5 + i / 100,
            "disputed": i % 2 == 0, "historical": False, "block": "b"}


@st.composite
def mention_sets(draw):
    rows = []
    for i in range(draw(st.integers(1, 12))):
        precision = draw(st.sampled_from(["day", "publication", "week", "month", "year", None]))
        date = None if precision in (None, "publication") else D(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 60)))
        published = draw(st.one_of(st.none(), st.integers(0, 60).map(lambda d: D(2024, 1, 1) + dt.timedelta(days=d))))
        rows.append(_mention(i, date, precision, f"d{draw(st.integers(0, 3))}", published,
                             draw(st.sampled_from([None, "UKR", "RUS"])), draw(st.sampled_from(["Russian forces", "it"])),
                             draw(st.sampled_from(_SENTENCES))))
    return rows


@settings(max_examples=80, deadline=None)
@given(mention_sets())
def test_merge_block_equals_clustering_every_block(rows):
    by_id = {r["mention_id"]: r for r in rows}
    general = [(summarize([by_id[m.mention_id] for m in group]), [m.mention_id for m in group])
               for group in cluster(facts_of_rows(rows, RULE), RULE)]
    assert merge_block(rows, RULE) == general


def _terms_char_by_char(sentence: str) -> frozenset[str]:
    """The tokeniser as first written: lower-case letters and digits, anything else a space."""
    sentence = strip_dateline(sentence)
    words = "".join(ch.lower() if ch.isalnum() else " " for ch in sentence).split()
    return frozenset(w[:5] for w in words
                     if w not in _STOPWORDS and w not in _DATE_WORDS and (len(w) > 2 or w.isdigit()))


_TRICKY = ["İstanbul", "ΟΔΟΣ ΣΑΣ", "x_y", "3rd", "½ ²³", "Straße", "ǅemal", "ﬁne", "KYIV, Ukraine (AP) — ", "Mr. Said"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=12), st.sampled_from(_TRICKY), st.sampled_from(_SENTENCES)), max_size=6))
def test_content_terms_equal_the_character_by_character_tokeniser(parts):
    sentence = " ".join(parts)
    content_terms.cache_clear()
    assert content_terms(sentence) == _terms_char_by_char(sentence)


def test_a_held_block_re_summarizes_stored_events_without_reading_their_rows_back():
    """A write that joins a stored event re-summarizes it from the rows its block index holds: no
    look-up of stored mention rows (a scan of the mentions table that grows with the store), and the
    same events as a full re-merge."""
    spec = {"source": "RUSMIL", "target": "UKR", "cameo": "195", "sentence": _SENTENCES[0], "date": D(2024, 3, 1)}
    first = make_doc("doc-a", D(2024, 3, 1), [spec], outlet="Wire A")
    second = make_doc("doc-b", D(2024, 3, 1), [dict(spec, sentence=_SENTENCES[1])], outlet="Wire B")
    with Store(":memory:") as store:
        store.write_documents([first])
        clauses: list[str] = []
        read = store._merge_rows
        store._merge_rows = lambda clause, params: clauses.append(clause) or read(clause, params)
        store.write_documents([second])
        assert clauses == []  # the block is held: neither it nor the stored event's rows are read back
        (event,) = store.query_events()
        assert (event["num_mentions"], event["num_articles"]) == (2, 2)
        written = store_snapshot(store)
        store.remerge_all()
        assert store_snapshot(store) == written
