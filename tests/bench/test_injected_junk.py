"""``bench/injected_junk.py``: junk the cleaner was not written for goes, article paragraphs stay."""

from __future__ import annotations

import random
import sys

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))

import injected_junk as bench  # noqa: E402

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def articles(shared_dir):
    rng = random.Random(5)
    return rng.sample(list(bench.bbc_articles(shared_dir)), 20) + rng.sample(list(bench.reuters_articles(shared_dir)), 20)


@pytest.mark.parametrize("junk_set, min_removed", [("dev", 0.95), ("heldout", 0.90), ("heldout2", 0.85)])
def test_junk_goes_and_paragraphs_stay(articles, junk_set, min_removed):
    junk = [row["text"] for row in bench._tsv(f"{junk_set}.tsv")]
    cases = bench.build_cases(articles, junk, bench._tsv("keep.tsv"), random.Random(junk_set))
    result = bench.score(cases)
    assert result.junk_total > 150
    assert 1 - result.junk_kept / result.junk_total >= min_removed, sorted(set(result.survivors))
    assert result.paragraphs_total - result.paragraphs_lost >= 0.995 * result.paragraphs_total, result.lost
    assert result.keep_lost == 0, result.lost


def test_the_junk_sets_are_disjoint():
    sets = {name: {row["text"] for row in bench._tsv(f"{name}.tsv")} for name in ("dev", "heldout", "heldout2", "heldout3")}
    names = sorted(sets)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not sets[a] & sets[b], (a, b, sets[a] & sets[b])
