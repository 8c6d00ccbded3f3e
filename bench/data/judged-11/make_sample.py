"""Draw the judged-11 articles (README.md): judged-7's rules with session 15's seed, the exclusions of its start
tree and a mix without GLOCON (the eval test half's GLOCON pool is empty since judged-10).
``PYTHONPATH=src python bench/data/judged-11/make_sample.py [--shared ../shared]`` from the repository root writes
sample.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/: the shared sampling helpers

import sampling  # noqa: E402

# judged-7's drawing rules, reused through sampling.LaterDraw as judged-8 .. judged-10 reuse them: the tree the
# sample was drawn from (the start of session 15, whose exclusions are read as they were then), and the seed, fixed
# before anything was coded; the exclusions are judged-10's plus judged-10's own sample.  The mix (the lead's, README
# "The mix"): judged-7's 9/8/4/4 without the GLOCON documents no longer there, Reuters, BBC and IndiaPoliceEvents
# taking one of their places each (24 articles, as judged-10), and GLOCON's 2 recall articles given to BBC and IPE
MIX = sampling.Mix(sample={"reuters-": 10, "bbc-": 9, "glocon-": 0, "ipe-": 5},
                   recall={"reuters-": 4, "bbc-": 3, "glocon-": 0, "ipe-": 3})
DRAW = sampling.LaterDraw("judged-11", previous="judged-10", drawn_at="ccc6ec7", seed=118, mix=MIX)
DRAWN_AT, SEED, USED_FILES, GLOCON_SAMPLES = DRAW.drawn_at, DRAW.seed, DRAW.used_files, DRAW.glocon_samples
recall_articles = DRAW.recall_articles

if __name__ == "__main__":
    DRAW.main(__doc__)
