"""De-duplication memory is bounded: exact keys for the whole run, near-duplicate sketches for a window."""

from __future__ import annotations

import pytest

from annalyst.clean import CleanStep, DedupStep, content_hash
from annalyst.clean.dedup import hash_key
from annalyst.model import Document, Status

STORIES = [
    "The foreign ministers of both countries met in Geneva on Monday to discuss a ceasefire. "
    "They agreed to meet again next month, and to exchange prisoners before the winter.",
    "Rebels seized the northern town of Kidal on Saturday after heavy fighting with government "
    "troops, residents and a military source said by telephone from the region.",
    "The central bank raised its main interest rate by half a point on Thursday, citing inflation "
    "that has stayed above its target for eighteen months despite earlier increases.",
]


def _doc(doc_id: str, text: str) -> Document:
    return CleanStep().process(Document(doc_id=doc_id, source=f"{doc_id}.txt", raw=text))


def _near_copy(text: str) -> str:
    return text.replace("on ", "on this ", 1) + " Updated."


def test_window_evicts_the_oldest_sketch_and_its_lsh_keys():
    step = DedupStep(threshold=0.7, near_window=2)
    for i, text in enumerate(STORIES):
        assert step.process(_doc(f"s{i}", text)).status is Status.PENDING
    assert list(step.sketches) == ["s1", "s2"]  # s0 evicted
    assert "s0" not in step.lsh.keys and all("s0" not in b for t in step.lsh.hashtables
                                              for b in (t.get(k) for k in t.keys()))
    # a near copy of an evicted original is no longer found; one of a recent original still is
    old = step.process(_doc("n0", _near_copy(STORIES[0])))
    assert old.status is Status.PENDING
    recent = step.process(_doc("n2", _near_copy(STORIES[2])))
    assert recent.reason == "duplicate:near" and recent.duplicate_of == "s2"


def test_exact_duplicates_are_found_beyond_the_window():
    step = DedupStep(near_window=1)
    for i, text in enumerate(STORIES):
        step.process(_doc(f"s{i}", text))
    assert len(step.sketches) == 1
    copy = step.process(_doc("c0", STORIES[0].upper()))
    assert copy.reason == "duplicate:exact" and copy.duplicate_of == "s0"


def test_exact_keys_are_compact_ints():
    digest = content_hash("A short text about talks.")
    key = hash_key(digest)
    assert isinstance(key, int) and 0 <= key < 2 ** 64
    assert hash_key("not-a-hex-digest") == hash_key("not-a-hex-digest") != key


def test_a_window_below_one_is_refused():
    with pytest.raises(ValueError):
        DedupStep(near_window=0)


def test_the_same_near_copy_is_found_within_the_window():
    step = DedupStep(threshold=0.7, near_window=10)
    for i, text in enumerate(STORIES):
        step.process(_doc(f"s{i}", text))
    near = step.process(_doc("n0", _near_copy(STORIES[0])))
    assert near.reason == "duplicate:near" and near.duplicate_of == "s0"
