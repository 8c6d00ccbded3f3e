"""Draw the judged-12 articles (README.md): judged-7's rules with session 16's seed, the exclusions of its start
tree and judged-11's mix without GLOCON (the eval test half's GLOCON pool is empty since judged-10).
``PYTHONPATH=src python bench/data/judged-12/make_sample.py [--shared ../shared]`` from the repository root writes
sample.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/: the shared sampling helpers

import sampling  # noqa: E402

# judged-7's drawing rules, reused through sampling.LaterDraw as judged-8 .. judged-11 reuse them: the tree the
# sample was drawn from (the start of session 16, whose exclusions are read as they were then), and the seed, fixed
# before anything was coded; the exclusions are judged-11's plus judged-11's own sample.  The mix is judged-11's
# (README "The mix"), read from its make_sample.py rather than copied: 10/9/0/5, recall 4/3/0/3
MIX = sampling.set_sampler("judged-11").MIX
DRAW = sampling.LaterDraw("judged-12", previous="judged-11", drawn_at="c5891b3", seed=119, mix=MIX)
DRAWN_AT, SEED, USED_FILES, GLOCON_SAMPLES = DRAW.drawn_at, DRAW.seed, DRAW.used_files, DRAW.glocon_samples
recall_articles = DRAW.recall_articles

if __name__ == "__main__":
    DRAW.main(__doc__)
