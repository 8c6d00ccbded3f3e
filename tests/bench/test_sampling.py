"""The judged sets can be drawn again: each ``make_sample.py`` reproduces its committed ``sample.jsonl``
byte for byte (the exclusions of judged-2 .. judged-13 are read from the tree each was drawn from,
``DRAWN_AT``).  judged-3's and judged-4's pools of trafilatura-eval pages are measured by annalyst's own extraction: a
cleaner that changes a page's word count across the bounds changes the pool, and this test says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


DRAWN_AT = {"judged-2": "145a261", "judged-3": "dba0c3c", "judged-4": "b0e6d74", "judged-5": "06c9f62",
            "judged-6": "643c1ff", "judged-7": "0ca2d98", "judged-8": "7eeba4b",
            "judged-9": "d53f68c", "judged-10": "3caa133", "dates-2": "ccc6ec7", "judged-11": "ccc6ec7",
            "judged-12": "c5891b3", "judged-13": "bffe9c4"}


@pytest.mark.parametrize("folder", ["dates-1", "dates-2", "judged-1", "judged-2",
                                    pytest.param("judged-3", marks=pytest.mark.slow),
                                    pytest.param("judged-4", marks=pytest.mark.slow),
                                    pytest.param("judged-5", marks=pytest.mark.slow),
                                    pytest.param("judged-6", marks=pytest.mark.slow),
                                    pytest.param("judged-7", marks=pytest.mark.slow),
                                    pytest.param("judged-8", marks=pytest.mark.slow),
                                    pytest.param("judged-9", marks=pytest.mark.slow),
                                    pytest.param("judged-10", marks=pytest.mark.slow),
                                    pytest.param("judged-11", marks=pytest.mark.slow),
                                    pytest.param("judged-12", marks=pytest.mark.slow),
                                    pytest.param("judged-13", marks=pytest.mark.slow)])
def test_make_sample_draws_the_committed_sample(folder, shared_dir, tmp_path):
    if not (shared_dir / "corpora" / "reuters21578").is_dir():
        pytest.skip("../shared/corpora/reuters21578 is not here")
    rev = DRAWN_AT.get(folder)
    if rev and subprocess.run(["git", "cat-file", "-e", f"{rev}^{{commit}}"], cwd=REPO, capture_output=True).returncode:
        pytest.skip(f"{folder}'s exclusions are read from commit {rev}, which this (shallow?) clone lacks")
    out = tmp_path / "sample.jsonl"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}  # judged-3 .. judged-13 import annalyst (page extraction, the eval split)
    done = subprocess.run([sys.executable, str(REPO / "bench" / "data" / folder / "make_sample.py"),
                           "--shared", str(shared_dir), "--out", str(out)], capture_output=True, text=True, timeout=300,
                          env=env)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == (REPO / "bench" / "data" / folder / "sample.jsonl").read_bytes()


def test_a_later_draw_excludes_every_earlier_set():
    """``sampling.LaterDraw`` (judged-10 on) extends the set before it: its exclusions are every earlier judged set's
    sample, by file and, for GLOCON, by set; judged-9's own are unchanged by it."""
    sys.path.insert(0, str(REPO / "bench"))
    import sampling

    judged9, judged10 = sampling.set_sampler("judged-9"), sampling.set_sampler("judged-10")
    assert judged10.USED_FILES[:-1] == judged9.USED_FILES
    assert {f"bench/data/judged-{i}/sample.jsonl" for i in range(1, 10)} <= set(judged10.USED_FILES)
    assert judged10.GLOCON_SAMPLES == ("judged-5", "judged-6", "judged-7", "judged-8", "judged-9")


def test_a_later_draw_takes_judged_7s_mix_unless_it_names_its_own():
    """judged-8 .. judged-10 draw judged-7's mix (9/8/4/4, recall 4/2/2/2); judged-11 names its own, without GLOCON,
    and its recall draw takes the mix's count from each source."""
    sampling = sampling_module()
    judged7 = sampling.set_sampler("judged-7")
    for folder in ("judged-8", "judged-9", "judged-10"):
        assert sampling.set_sampler(folder).DRAW.the_mix == judged7.MIX
    judged11 = sampling.set_sampler("judged-11").DRAW
    assert judged11.the_mix.sample == {"reuters-": 10, "bbc-": 9, "glocon-": 0, "ipe-": 5}
    ids = [f"reuters-{i}" for i in range(10)] + [f"bbc-politics-{i:03d}" for i in range(9)] + [f"ipe-{i}" for i in range(5)]
    drawn = judged11.recall_articles(ids)
    assert [sum(a.startswith(p) for a in drawn) for p in ("reuters-", "bbc-", "glocon-", "ipe-")] == [4, 3, 0, 3]
    assert drawn == sorted(drawn) and set(drawn) <= set(ids)


@pytest.mark.parametrize("folder, previous", [("judged-12", "judged-11"), ("judged-13", "judged-12")])
def test_a_later_set_draws_the_previous_sets_mix_after_it(folder, previous):
    """judged-12 reads judged-11's mix and judged-13 judged-12's (not a copy of it), and each excludes the previous
    set's exclusions plus its sample."""
    sampling = sampling_module()
    before, later = sampling.set_sampler(previous), sampling.set_sampler(folder)
    assert later.DRAW.the_mix == before.MIX
    assert later.USED_FILES == before.USED_FILES + (f"bench/data/{previous}/sample.jsonl",)
    assert later.GLOCON_SAMPLES == before.GLOCON_SAMPLES + (previous,)


def test_a_short_pool_is_taken_whole_and_reuters_gives_the_rest():
    """judged-7's ``choose``: a GLOCON or IndiaPoliceEvents pool smaller than the mix asks is taken whole; the
    IndiaPoliceEvents shortfall is drawn from Reuters, the GLOCON one from nobody."""
    import random

    judged7 = sampling_module().set_sampler("judged-7")
    pools = [[f"{source}-{i}" for i in range(size)] for source, size in
             (("reuters", 30), ("bbc", 30), ("glocon", 1), ("ipe", 2))]
    chosen = judged7.choose(random.Random(1), *pools, {"reuters-": 10, "bbc-": 9, "glocon-": 3, "ipe-": 5})
    assert [sum(a.startswith(p) for a in chosen) for p in ("reuters-", "bbc-", "glocon-", "ipe-")] == [13, 9, 1, 2]
    assert len(set(chosen)) == len(chosen)


def sampling_module():
    sys.path.insert(0, str(REPO / "bench"))
    import sampling

    return sampling
