"""``DedupStep``: exact duplicates by content hash, near duplicates by MinHash LSH (datasketch).

State lives in the step instance (one per run), never in module globals.  A duplicate is
skipped (``duplicate:exact`` / ``duplicate:near``) and linked to its original with
``duplicate_of``; the original goes on to be coded.

Memory is bounded by design: exact duplicates are found across the whole run from a compact
key per distinct text (the first 64 bits of its content hash; the most recent ``memory_keys`` in
memory, older ones in a temporary on-disk table, see ``exact_keys``), while near duplicates are
looked for among the ``near_window`` most recent originals only (their sketches and LSH keys;
older ones are evicted).  A wire story is re-sent within hours or days, not after 50,000 other
articles, and a sketch costs ~3 KB against ~0.25 KB for an exact key.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from functools import lru_cache
from typing import Iterable, Mapping, Optional, Union

from annalyst.clean.exact_keys import MEMORY_KEYS, ExactKeys
from annalyst.clean.normalize import content_hash, words_of
from annalyst.model import Document
from annalyst.pipeline.base import Step

NUM_PERM = 128
SHINGLE_WORDS = 3
MIN_SHINGLES = 8  # below this a MinHash says little; such short texts are matched exactly only
# Near duplicates are sought among this many most recent originals (sketches kept in memory:
# ~3 KB each, so 50,000 ≈ 150 MB at most); exact duplicates are found across the whole run.
NEAR_WINDOW = 50_000


def hash_key(digest: str) -> int:
    """The compact exact-duplicate key of a content hash (hex): its first 64 bits.

    A Python int below 2**64 costs 36 bytes against 89 for the 40-character hex string; two
    distinct texts share a key with probability ~n²/2**65 (1e-8 for 600 million texts).
    """
    try:
        return int(digest[:16], 16)
    except ValueError:  # not a hex digest (a hash from elsewhere): hash it to 64 bits
        return int.from_bytes(hashlib.sha1(digest.encode("utf-8")).digest()[:8], "big")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = words_of(text)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"  # datasketch's default scheme, named because permutations are passed in


@lru_cache(maxsize=4)
def _permutations(num_perm: int):
    """The seeded permutation parameters every sketch shares: datasketch draws them afresh (a
    RandomState and 2 × num_perm draws) for each new MinHash, ~40% of a sketch's cost."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=MINHASH_SEED, scheme=MINHASH_SCHEME).permutations


@lru_cache(maxsize=8)
def lsh_bands(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """The (bands, rows) that ``MinHashLSH`` chooses for ``threshold`` with its default weights.

    datasketch finds them by ~2,600 numerical integrations on every index it builds (~25 ms);
    they depend on the threshold alone, so each process computes them once."""
    from datasketch.lsh import _optimal_param

    return _optimal_param(threshold, num_perm, 0.5, 0.5)


def minhash_of(text: str, num_perm: int = NUM_PERM, *, shingled: Optional[Iterable[str]] = None):
    """The MinHash of a text's word shingles (``shingled``: those shingles, if already computed)."""
    from datasketch import MinHash

    mh = MinHash(num_perm=num_perm, seed=MINHASH_SEED, permutations=_permutations(num_perm), scheme=MINHASH_SCHEME)
    mh.update_batch([s.encode("utf-8") for s in (shingles(text) if shingled is None else shingled)])
    return mh


class DedupStep(Step):
    """Skip documents already seen in this run (or in the store, via ``known_hashes``)."""

    name = "dedup"
    sets = ("duplicate_of", "content_hash")

    def __init__(self, threshold: float = 0.85,
                 known_hashes: Optional[Union[Mapping[str, str], Iterable[tuple[str, str]]]] = None,
                 near_window: int = NEAR_WINDOW, memory_keys: int = MEMORY_KEYS) -> None:
        """``known_hashes``: content hash → doc_id of texts already seen (a mapping, or pairs
        streamed from a store); ``memory_keys``: exact keys held in memory before older ones
        move to disk."""
        from datasketch import MinHashLSH

        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"near-duplicate threshold must be in (0, 1], got {threshold}")
        if near_window < 1:
            raise ValueError(f"near-duplicate window must be at least 1 document, got {near_window}")
        self.threshold = threshold
        self.near_window = near_window
        known = known_hashes.items() if isinstance(known_hashes, Mapping) else (known_hashes or ())
        # hash_key(content_hash) → original doc_id, for every distinct text of the run
        self.hashes = ExactKeys(((hash_key(h), doc_id) for h, doc_id in known), memory_keys=memory_keys)
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, params=lsh_bands(threshold))
        # doc_id → sketch of the most recent originals in the index, oldest first
        self.sketches: OrderedDict[str, object] = OrderedDict()

    def prepare(self) -> None:
        lsh_bands(self.threshold)
        _permutations(NUM_PERM)

    def process(self, doc: Document) -> Document:
        digest = doc.content_hash or content_hash(doc.text)
        doc.content_hash = digest
        key = hash_key(digest)
        original = self.hashes.get(key)
        if original is not None and original != doc.doc_id:
            doc.duplicate_of = original
            return doc.skip("duplicate:exact")
        if original == doc.doc_id:  # the same record again (re-ingest): not a duplicate of itself
            return doc
        shingled = shingles(doc.text)
        if len(shingled) < MIN_SHINGLES:
            self.hashes[key] = doc.doc_id
            return doc
        sketch = minhash_of(doc.text, shingled=shingled)
        near = self._nearest(sketch)
        if near is not None:
            self.hashes[key] = near  # a later exact copy links to the same original
            doc.duplicate_of = near
            return doc.skip("duplicate:near")
        self.hashes[key] = doc.doc_id
        if doc.doc_id not in self.sketches:
            self._remember(doc.doc_id, sketch)
        return doc

    def _remember(self, doc_id: str, sketch) -> None:
        """Index an original's sketch, evicting the oldest beyond ``near_window``."""
        from datasketch import LeanMinHash

        # the lean form drops the permutation table each MinHash carries (same hash values,
        # same Jaccard): 3.7 → 2.9 KB per original document
        lean = LeanMinHash(sketch)
        self.lsh.insert(doc_id, lean)
        self.sketches[doc_id] = lean
        while len(self.sketches) > self.near_window:
            oldest, _ = self.sketches.popitem(last=False)
            self.lsh.remove(oldest)  # also drops its band buckets once they are empty

    def _nearest(self, sketch) -> Optional[str]:
        best, best_score = None, self.threshold
        for candidate in self.lsh.query(sketch):
            score = sketch.jaccard(self.sketches[candidate])
            if score >= best_score:
                best, best_score = candidate, score
        return best
