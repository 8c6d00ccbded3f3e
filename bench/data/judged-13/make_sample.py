"""Draw the judged-13 articles (README.md): judged-7's rules with session 17's seed, the exclusions of its start
tree and judged-12's mix (10/9/0/5, recall 4/3/0/3; the eval test half's GLOCON pool is empty since judged-10).
``PYTHONPATH=src python bench/data/judged-13/make_sample.py [--shared ../shared]`` from the repository root writes
sample.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/: the shared sampling helpers

import sampling  # noqa: E402

# judged-7's drawing rules, reused through sampling.LaterDraw as judged-8 .. judged-12 reuse them: the tree the
# sample was drawn from (the start of session 17, whose exclusions are read as they were then), and the seed, fixed
# before anything was coded; the exclusions are judged-12's plus judged-12's own sample.  The mix is judged-12's
# (README "The mix"), read from its make_sample.py rather than copied
MIX = sampling.set_sampler("judged-12").MIX
DRAW = sampling.LaterDraw("judged-13", previous="judged-12", drawn_at="bffe9c4", seed=120, mix=MIX)
DRAWN_AT, SEED, USED_FILES, GLOCON_SAMPLES = DRAW.drawn_at, DRAW.seed, DRAW.used_files, DRAW.glocon_samples
recall_articles = DRAW.recall_articles

if __name__ == "__main__":
    DRAW.main(__doc__)
