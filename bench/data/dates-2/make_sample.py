"""Draw the dates-2 articles: dates-1's rule (political Reuters-21578 stories with a wire dateline and a time
expression besides it, 80-350 words; README.md) with a new seed, leaving out every story another set of the tree
it was drawn from uses (the judged sets, dates-1, the locations gold, merge sets) and the session-15 blind set's
ids.  Writes sample.jsonl; run from the repository root:

    PYTHONPATH=src python bench/data/dates-2/make_sample.py [--shared ../shared]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # bench/: the shared sampling helpers

import sampling  # noqa: E402

# dates-1's drawing rule, reused as written
dates1 = sampling.set_sampler("dates-1")

DRAWN_AT = "ccc6ec7"  # the start of session 15: the exclusions are read as the tree held them then
SEED = 1615  # issue 16, session 15; fixed before anything was coded
ARTICLES = 40
# every set's samples and golds at DRAWN_AT (ids named there are out)
USED_FILES = ("bench/data",)
# the session-15 blind set (judged-11) is not in the tree: its ids, one a line, are kept beside this script
BLIND_IDS = HERE / "excluded-ids.txt"


def main() -> None:
    args = sampling.arguments(__doc__, HERE)
    used = sampling.used_ids(DRAWN_AT, USED_FILES) | set(BLIND_IDS.read_text(encoding="utf-8").split())
    pool = [d for d in dates1.candidates(args.shared) if d["id"] not in used]
    chosen = random.Random(SEED).sample(pool, ARTICLES)
    sampling.write_jsonl(args.out, chosen)
    print(len(pool), "candidates ->", len(chosen), "articles")


if __name__ == "__main__":
    main()
