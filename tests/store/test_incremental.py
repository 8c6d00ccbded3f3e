"""Incremental merging (``annalyst.store.blocks``): a block's sweep is the union of its linked
components' sweeps, the index finds every link, and merging batch by batch (with re-ingests) gives
the events a full re-merge gives."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.store.blocks import BlockIndex, plan_block
from annalyst.store.merge import MergeRule, cluster, components, facts_of_rows, linked

D = dt.date
RULE = MergeRule()

# sentences that share words in several degrees: copies, rewordings, other happenings, tolls, none
_SENTENCES = [
    "Russian forces shelled Kharkiv overnight, killing 4 civilians.",
    "Russian forces shelled Kharkiv overnight, killing 4 civilians.",
    "Russian artillery shelled Kharkiv overnight and killed 4 people.",
    "Russian forces shelled Kharkiv again, killing 7 civilians.",
    "Talks on grain exports resumed in Geneva.",
    "Grain export talks resumed in Geneva on Tuesday.",
    None,
]


@st.composite
def block_rows(draw):
    rows = []
    for i in range(draw(st.integers(1, 18))):
        precision = draw(st.sampled_from(["day", "day", "day", "publication", "month", None]))
        date = None if precision in (None, "publication") else D(2024, 3, 1) + dt.timedelta(days=draw(st.integers(0, 4)))
        rows.append({
            "mention_id": f"m{i:02d}", "doc_id": f"d{draw(st.integers(0, 6))}", "date": date, "date_precision": precision,
            "source_text": draw(st.sampled_from(["Russian forces", "Russian forces", "Mr Brown", "it"])),
            "source_country": draw(st.sampled_from([None, "RUS"])), "target_text": "Ukraine",
            "published": D(2024, 3, 1) + dt.timedelta(days=draw(st.integers(0, 4))),
            "location_country": draw(st.sampled_from([None, None, "UKR", "RUS"])), "location_city": None,
            "cameo": "195", "cameo_root": "19", "confidence": 0.6, "outlet": "Wire", "block": "b",
            "sentence_index": draw(st.integers(0, 3)), "trigger": "shelled",
            "sentence": draw(st.sampled_from(_SENTENCES)),
        })
    return rows


def _partition(groups) -> list[list[str]]:
    return sorted(sorted(m.mention_id for m in g) for g in groups)


def _events(groups) -> set[tuple[str, frozenset[str]]]:
    return {(g[0].mention_id, frozenset(m.mention_id for m in g)) for g in groups}


@settings(max_examples=80, deadline=None)
@given(block_rows())
def test_the_sweep_of_a_block_is_the_union_of_its_components_sweeps(rows):
    facts = facts_of_rows(rows, RULE)
    by_component = [g for part in components(facts, RULE) for g in cluster(part, RULE)]
    assert _events(by_component) == _events(cluster(facts, RULE))


@settings(max_examples=60, deadline=None)
@given(block_rows())
def test_the_index_finds_every_link(rows):
    facts = facts_of_rows(rows, RULE)
    index = BlockIndex(RULE.window_days)
    index.add(facts)
    for f in facts:
        expected = {o.mention_id for o in facts if o is not f and linked(f, o, RULE)}
        assert index.links(f, RULE) == expected


@settings(max_examples=60, deadline=None)
@given(block_rows())
def test_the_sweep_tried_only_on_linked_mentions_events_is_the_full_sweep(rows):
    # a mention joins only through a member it is compatible with, and a compatible pair is linked:
    # trying only the events of its linked mentions of other stories (the index's adjacency) and of
    # its own story's mentions changes no placement
    facts = facts_of_rows(rows, RULE)
    index = BlockIndex(RULE.window_days)
    index.add(facts)
    index.link_all([f.mention_id for f in facts], RULE)
    assert [[m.mention_id for m in g] for g in cluster(facts, RULE, index.adjacent)] == \
        [[m.mention_id for m in g] for g in cluster(facts, RULE)]
    for f in facts:  # the adjacency is the link relation across stories, both ways
        assert index.adjacent.get(f.mention_id, set()) == {o.mention_id for o in facts
                                                           if o.story != f.story and linked(f, o, RULE)}


def _by_doc(rows):
    docs: dict[str, list[dict]] = {}
    for r in rows:
        docs.setdefault(r["doc_id"], []).append(r)
    return docs


@settings(max_examples=80, deadline=None)
@given(block_rows(), st.randoms(use_true_random=False))
def test_merging_article_by_article_in_any_order_gives_the_full_sweep(rows, rnd: random.Random):
    docs = _by_doc(rows)
    order = list(docs)
    rnd.shuffle(order)
    index = BlockIndex(RULE.window_days)
    for doc_id in order:  # an article's mentions come together, as a write brings them
        plan_block(index, facts_of_rows(docs[doc_id], RULE), [], RULE, "b")
    # a re-ingest of some articles: their mentions leave and come back
    again = order[: rnd.randint(0, len(order))]
    for doc_id in again:
        plan_block(index, facts_of_rows(docs[doc_id], RULE), [r["mention_id"] for r in docs[doc_id]], RULE, "b")
    expected = _events(cluster(facts_of_rows(rows, RULE), RULE))
    assert {(e, ids) for e, ids in index.event_members.items()} == expected
    assert all(index.event_of[m] == e for e, ids in expected for m in ids)


@settings(max_examples=40, deadline=None)
@given(block_rows(), st.randoms(use_true_random=False))
def test_removing_articles_gives_the_sweep_of_what_is_left(rows, rnd: random.Random):
    docs = _by_doc(rows)
    index = BlockIndex(RULE.window_days)
    plan_block(index, facts_of_rows(rows, RULE), [], RULE, "b")
    gone = [d for d in docs if rnd.random() < 0.4]
    plan_block(index, [], [r["mention_id"] for d in gone for r in docs[d]], RULE, "b")
    left = [r for r in rows if r["doc_id"] not in gone]
    expected = _events(cluster(facts_of_rows(left, RULE), RULE)) if left else set()
    assert set(index.event_members.items()) == expected


def test_a_write_sweeps_only_the_components_it_touches():
    day = D(2024, 3, 1)

    def row(mid, doc, sentence, date):
        return {"mention_id": mid, "doc_id": doc, "date": date, "date_precision": "day", "source_text": "Russian forces",
                "source_country": "RUS", "target_text": "Ukraine", "published": date, "cameo": "195", "cameo_root": "19",
                "confidence": 0.6, "outlet": "Wire", "block": "b", "sentence_index": 0, "trigger": "shelled",
                "sentence": sentence}

    index = BlockIndex(RULE.window_days)
    strike = "Russian forces shelled Kharkiv overnight, killing 4 civilians."
    talks = "Grain export talks resumed in Geneva with Turkish mediators."
    plan_block(index, facts_of_rows([row("a", "d1", strike, day)], RULE), [], RULE, "b")
    plan_block(index, facts_of_rows([row("b", "d2", talks, day + dt.timedelta(days=2))], RULE), [], RULE, "b")
    change = plan_block(index, facts_of_rows([row("c", "d3", strike, day)], RULE), [], RULE, "b")
    # the copy of the strike report joins its event; the talks' component is not swept again
    assert change.merged_mentions == 2
    assert change.dropped_events == {"a"} and _partition(change.groups) == [["a", "c"]]
    assert index.event_members == {"a": frozenset({"a", "c"}), "b": frozenset({"b"})}


def _strike_doc(doc_id: str, day: int, sentence: str):
    from store_records import make_doc

    return make_doc(doc_id, D(2024, 3, day), [{"source": "RUSMIL", "target": "UKR", "cameo": "195",
                                               "date": D(2024, 3, day), "sentence": sentence}])


def test_two_writers_on_one_file_keep_each_others_merges(tmp_path):
    from annalyst.store import Store
    from tests.snapshots import store_snapshot

    path = tmp_path / "s.duckdb"
    strike = "Russian forces shelled Kharkiv overnight, killing 4 civilians."
    with Store(path) as first, Store(path) as second:
        first.write_documents([_strike_doc("a", 1, strike)])
        second.write_documents([_strike_doc("b", 1, strike)])  # merges with a: read from the store
        first.write_documents([_strike_doc("c", 2, strike)])  # first's index is stale: it must re-read
        written = store_snapshot(first)
        assert [e["num_mentions"] for e in first.query_events()] == [3]
        first.remerge_all()
        assert store_snapshot(first) == written


def test_a_failed_write_leaves_no_stale_index(tmp_path, monkeypatch):
    from annalyst.store import Store

    strike = "Russian forces shelled Kharkiv overnight, killing 4 civilians."
    with Store(tmp_path / "s.duckdb") as store:
        store.write_documents([_strike_doc("a", 1, strike)])

        def fail(*args, **kwargs):  # the batch was merged in the index, then the write fails
            raise OSError("disk full")

        with monkeypatch.context() as patch:
            patch.setattr(Store, "_write_events", fail)
            try:
                store.write_documents([_strike_doc("b", 1, strike)])
            except OSError:
                pass
        store.write_documents([_strike_doc("c", 1, strike)])
        assert [(e["num_mentions"], e["num_articles"]) for e in store.query_events()] == [(2, 2)]
        assert store.count_events() == 1 and store.overview()["documents"] == 2


def test_an_index_compacted_after_many_removals_still_finds_every_link():
    rnd = random.Random(7)
    rows = []
    for i in range(150):
        day = D(2024, 3, 1) + dt.timedelta(days=rnd.randint(0, 3))
        rows.append({"mention_id": f"m{i:03d}", "doc_id": f"d{i // 2}", "date": day, "date_precision": "day",
                     "source_text": "Russian forces", "source_country": "RUS", "target_text": "Ukraine", "published": day,
                     "cameo": "195", "cameo_root": "19", "confidence": 0.6, "outlet": "Wire", "block": "b",
                     "sentence_index": i % 2, "trigger": "shelled", "sentence": rnd.choice(_SENTENCES)})
    index = BlockIndex(RULE.window_days)
    plan_block(index, facts_of_rows(rows, RULE), [], RULE, "b")
    gone = {f"d{k}" for k in range(0, 75) if k % 5}  # 4 articles in 5 leave: more than stay
    plan_block(index, [], [r["mention_id"] for r in rows if r["doc_id"] in gone], RULE, "b")
    left = facts_of_rows([r for r in rows if r["doc_id"] not in gone], RULE)
    assert len(index.ids) == len(left)  # compacted: no row of a removed mention is left
    for f in left:
        assert index.links(f, RULE) == {o.mention_id for o in left if o is not f and linked(f, o, RULE)}
    assert set(index.event_members.items()) == _events(cluster(left, RULE))
