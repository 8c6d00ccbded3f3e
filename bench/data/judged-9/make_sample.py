"""Draw the judged-9 articles (README.md): judged-7's four sources, mix and rules, drawn with session 13's seed
and the exclusions of its start tree.  ``PYTHONPATH=src python bench/data/judged-9/make_sample.py [--shared
../shared]`` from the repository root writes sample.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/: the shared sampling helpers

import sampling  # noqa: E402

# judged-7's drawing rules, reused through sampling.LaterDraw: the tree the sample was drawn from (the start of
# session 13, whose exclusions are read as they were then), and the seed, fixed before anything was coded; the
# exclusions are judged-8's plus judged-8's own sample
DRAW = sampling.LaterDraw("judged-9", previous="judged-8", drawn_at="d53f68c", seed=116)
DRAWN_AT, SEED, USED_FILES, GLOCON_SAMPLES = DRAW.drawn_at, DRAW.seed, DRAW.used_files, DRAW.glocon_samples
recall_articles = DRAW.recall_articles

if __name__ == "__main__":
    DRAW.main(__doc__)
