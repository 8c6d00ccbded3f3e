"""De-duplication: exact by content hash, near by MinHash; duplicates link to their original."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.clean import CleanStep, DedupStep, content_hash
from annalyst.model import Document, Status

STORY = ("The foreign ministers of both countries met in Geneva on Monday to discuss a ceasefire. "
         "They agreed to meet again next month, and to exchange prisoners before the winter. "
         "Observers from the United Nations will monitor the line of contact, officials said. "
         "The talks were the first direct contact between the two governments in three years.")


def _doc(doc_id: str, text: str) -> Document:
    return CleanStep().process(Document(doc_id=doc_id, source=f"{doc_id}.txt", raw=text))


def test_exact_duplicate_links_to_original():
    step = DedupStep()
    first = step.process(_doc("a", STORY))
    copy = step.process(_doc("b", STORY.upper().replace(",", "")))
    assert first.status is Status.PENDING and first.duplicate_of is None
    assert copy.status is Status.SKIPPED and copy.reason == "duplicate:exact" and copy.duplicate_of == "a"


def test_near_duplicate_links_to_original():
    step = DedupStep(threshold=0.8)
    step.process(_doc("a", STORY))
    edited = step.process(_doc("b", STORY.replace("before the winter", "before winter") + " Updated."))
    assert edited.reason == "duplicate:near" and edited.duplicate_of == "a"
    other = step.process(_doc("c", "Rebels seized the northern town of Kidal on Saturday after heavy fighting "
                                   "with government troops, residents and a military source said by telephone."))
    assert other.status is Status.PENDING


def test_state_is_per_instance_and_seedable():
    DedupStep().process(_doc("a", STORY))
    assert DedupStep().process(_doc("b", STORY)).status is Status.PENDING
    seeded = DedupStep(known_hashes={content_hash(_doc("x", STORY).text): "stored-1"})
    again = seeded.process(_doc("b", STORY))
    assert again.reason == "duplicate:exact" and again.duplicate_of == "stored-1"


def test_same_record_twice_is_not_its_own_duplicate():
    step = DedupStep()
    step.process(_doc("a", STORY))
    assert step.process(_doc("a", STORY)).status is Status.PENDING


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from([STORY, STORY + " More.", "Short note.", "Another story about trade talks in Asia."]),
                min_size=1, max_size=6))
def test_first_occurrence_is_never_a_duplicate(texts):
    step = DedupStep()
    seen: set[str] = set()
    for i, text in enumerate(texts):
        doc = step.process(_doc(f"d{i}", text))
        if doc.duplicate_of:
            assert doc.duplicate_of in seen
        else:
            seen.add(doc.doc_id)


def test_lsh_bands_are_the_ones_datasketch_chooses():
    from datasketch import MinHashLSH

    from annalyst.clean.dedup import NUM_PERM, lsh_bands

    for threshold in (0.5, 0.8, 0.85, 0.9):
        chosen = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        assert lsh_bands(threshold) == (chosen.b, chosen.r)
    step = DedupStep(threshold=0.85)
    step.prepare()
    assert (step.lsh.b, step.lsh.r) == lsh_bands(0.85)
