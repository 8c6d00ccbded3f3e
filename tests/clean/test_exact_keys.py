"""Exact-duplicate keys: bounded in memory, exact answers, the same as a dict."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.clean import CleanStep, DedupStep
from annalyst.clean.exact_keys import ExactKeys
from annalyst.model import Document, Status

KEYS = st.integers(min_value=0, max_value=2 ** 64 - 1)


def test_keys_beyond_memory_move_to_disk_and_are_still_found():
    keys = ExactKeys(memory_keys=8)
    for i in range(100):
        keys[i * 7919 + 2 ** 63] = f"doc-{i}"  # both halves of the unsigned range
    keys[5] = "low"
    assert keys.spilled > 0 and len(keys._recent) <= 8
    assert len(keys) == 101
    assert all(keys.get(i * 7919 + 2 ** 63) == f"doc-{i}" for i in range(100))
    assert keys.get(5) == "low" and keys.get(6) is None and 6 not in keys


def test_a_key_re_added_after_it_went_to_disk_takes_the_new_value():
    keys = ExactKeys(memory_keys=2)
    for i in range(10):
        keys[i] = f"a{i}"
    keys[0] = "b0"
    assert keys.get(0) == "b0" and len(keys) == 10
    for i in range(10, 20):  # push it to disk again
        keys[i] = f"a{i}"
    assert keys.get(0) == "b0" and len(keys) == 20


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(KEYS, st.text(min_size=1, max_size=5)), max_size=60), st.integers(1, 6))
def test_it_answers_as_a_dict_does(pairs, memory_keys):
    keys, expected = ExactKeys(memory_keys=memory_keys), {}
    for key, value in pairs:
        keys[key] = value
        expected[key] = value
    assert len(keys) == len(expected)
    assert all(keys.get(k) == v for k, v in expected.items())
    assert dict(keys.items()) == expected
    assert dict(pickle.loads(pickle.dumps(keys)).items()) == expected


def test_memory_keys_below_one_is_refused():
    with pytest.raises(ValueError):
        ExactKeys(memory_keys=0)


def _doc(doc_id: str, text: str) -> Document:
    return CleanStep().process(Document(doc_id=doc_id, source=f"{doc_id}.txt", raw=text))


def test_dedup_finds_exact_copies_of_originals_whose_keys_are_on_disk():
    step = DedupStep(memory_keys=2, near_window=1)
    texts = [f"Report number {i}: the council met on Monday and voted on budget item {i * 31}." for i in range(12)]
    for i, text in enumerate(texts):
        assert step.process(_doc(f"s{i}", text)).status is Status.PENDING
    assert step.hashes.spilled >= 8
    copy = step.process(_doc("c0", texts[0].upper()))
    assert copy.reason == "duplicate:exact" and copy.duplicate_of == "s0"


def test_dedup_takes_known_hashes_as_a_stream_of_pairs():
    story = _doc("x", "The prime minister resigned on Friday after losing a vote of confidence in parliament.")
    step = DedupStep(known_hashes=iter([(story.content_hash, "stored-1")]), memory_keys=1)
    again = step.process(_doc("y", story.text))
    assert again.reason == "duplicate:exact" and again.duplicate_of == "stored-1"
