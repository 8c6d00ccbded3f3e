"""Draw the judged-8 articles: political news that no other set, bench gold, fixture or test uses —
Reuters-21578 (1987) wire stories, BBC News stories (2004-2005), GLOCON South African wire documents of the eval's
test half and Times of India articles of March 2002 from IndiaPoliceEvents's test half (judged-7's rules; README.md).
Writes sample.jsonl; run from the repository root:

    PYTHONPATH=src python bench/data/judged-8/make_sample.py [--shared ../shared]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "bench"))  # the shared sampling helpers

import sampling  # noqa: E402
from sampling import political_words, quoted, repo_text, used_ids  # noqa: E402


# judged-7's drawing rules (judged-6's through it, and judged-5's, judged-4's and judged-3's through that) are
# reused as written
judged7 = sampling.set_sampler("judged-7")
judged6, judged5, judged4, judged3 = judged7.judged6, judged7.judged5, judged7.judged4, judged7.judged3

# the tree the sample was drawn from (the start of session 12): the exclusions are read as they were then
DRAWN_AT = "7eeba4b"
SEED = 115  # session 12, judged-8; fixed before anything was coded
REUTERS, BBC, GLOCON, IPE = 9, 8, 4, 4
# the recall articles by source, drawn per source as judged-7's
RECALL_BY_SOURCE = judged7.RECALL_BY_SOURCE
# judged-7's exclusions plus judged-7's own sample
USED_FILES = judged7.USED_FILES + ("bench/data/judged-7/sample.jsonl",)
# the GLOCON documents earlier sets drew (excluded by id; the quoting test reads the opening, which has no title)
GLOCON_SAMPLES = judged7.GLOCON_SAMPLES + ("judged-7",)


def recall_articles(ids: list[str]) -> list[str]:
    """The articles of recall.jsonl, drawn with the set's seed from each source's articles (``RECALL_BY_SOURCE``)."""
    return sorted(a for prefix, count in RECALL_BY_SOURCE.items()
                  for a in sampling.recall_articles([i for i in ids if i.startswith(prefix)], SEED, count))


def main() -> None:
    args = sampling.arguments(__doc__, HERE)
    vocab, used, corpus = political_words(), used_ids(DRAWN_AT, USED_FILES), repo_text(DRAWN_AT, "judged-8")
    stories = [d for d in judged3.reuters(args.shared, vocab) if d["id"] not in used and not quoted(d["text"], corpus)]
    bbcs = [d for d in judged4.bbc(args.shared, vocab) if d["id"] not in used and not quoted(d["text"], corpus)]
    drawn = {d["id"] for s in GLOCON_SAMPLES for d in judged6.sampling_lines(REPO / "bench" / "data" / s / "sample.jsonl")}
    docs = [d for d in judged5.glocon(args.shared, vocab)
            if d["id"] not in drawn and " ".join(d["text"].split())[:60] not in corpus]
    # judged-6's and judged-7's IndiaPoliceEvents ids are named in their sample.jsonl, so ipe_used excludes them
    pages = judged6.ipe(args.shared, vocab, judged6.ipe_used(DRAWN_AT), corpus)
    rng = random.Random(SEED)
    # fewer GLOCON documents left than the mix asks: all of them are taken (README)
    chosen = (rng.sample(stories, REUTERS) + rng.sample(bbcs, BBC) + rng.sample(docs, min(GLOCON, len(docs)))
              + rng.sample(pages, IPE))
    # interleave the sources in draw order, so a judge who stops early stops on a mixed set
    order = rng.sample(chosen, len(chosen))
    sampling.write_jsonl(args.out, order)
    print({"reuters": len(stories), "bbc": len(bbcs), "glocon": len(docs), "ipe": len(pages)}, "->", len(order),
          "articles")
    print("recall articles:", " ".join(recall_articles([d["id"] for d in order])))


if __name__ == "__main__":
    main()
