"""Draw the judged-10 articles (README.md): judged-7's four sources, mix and rules, drawn with session 14's seed
and the exclusions of its start tree.  ``PYTHONPATH=src python bench/data/judged-10/make_sample.py [--shared
../shared]`` from the repository root writes sample.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "bench"))  # the shared sampling helpers

import sampling  # noqa: E402


# judged-7's drawing rules (judged-6's through it, and judged-5's, judged-4's and judged-3's through that) are
# reused as written, as judged-8 and judged-9 reuse them: only the tree, the seed and the exclusions are this set's own
judged7 = sampling.set_sampler("judged-7")
judged9 = sampling.set_sampler("judged-9")

# the tree the sample was drawn from (the start of session 14): the exclusions are read as they were then
DRAWN_AT = "3caa133"
SEED = 117  # session 14, judged-10; fixed before anything was coded
# judged-9's exclusions plus judged-9's own sample
USED_FILES = judged9.USED_FILES + ("bench/data/judged-9/sample.jsonl",)
# the GLOCON documents earlier sets drew (excluded by id; the quoting test reads the opening, which has no title)
GLOCON_SAMPLES = judged9.GLOCON_SAMPLES + ("judged-9",)


def recall_articles(ids: list[str]) -> list[str]:
    """The articles of recall.jsonl: judged-7's draw per source (4/2/2/2), with this set's seed."""
    return judged7.recall_articles(ids, SEED)


def main() -> None:
    args = sampling.arguments(__doc__, HERE)
    order, pools = judged7.draw(args.shared, DRAWN_AT, SEED, USED_FILES, GLOCON_SAMPLES, "judged-10")
    sampling.write_jsonl(args.out, order)
    print(pools, "->", len(order), "articles")
    print("recall articles:", " ".join(recall_articles([d["id"] for d in order])))


if __name__ == "__main__":
    main()
