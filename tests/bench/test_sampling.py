"""The judged sets can be drawn again: each ``make_sample.py`` reproduces its committed ``sample.jsonl``
byte for byte (the exclusions of judged-2 are read from the tree it was drawn from, ``DRAWN_AT``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("folder", ["dates-1", "judged-1", "judged-2"])
def test_make_sample_draws_the_committed_sample(folder, shared_dir, tmp_path):
    if not (shared_dir / "corpora" / "reuters21578").is_dir():
        pytest.skip("../shared/corpora/reuters21578 is not here")
    if folder == "judged-2" and subprocess.run(["git", "cat-file", "-e", "145a261^{commit}"], cwd=REPO,
                                               capture_output=True).returncode != 0:
        pytest.skip("judged-2's exclusions are read from commit 145a261, which this (shallow?) clone lacks")
    out = tmp_path / "sample.jsonl"
    done = subprocess.run([sys.executable, str(REPO / "bench" / "data" / folder / "make_sample.py"),
                           "--shared", str(shared_dir), "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == (REPO / "bench" / "data" / folder / "sample.jsonl").read_bytes()
