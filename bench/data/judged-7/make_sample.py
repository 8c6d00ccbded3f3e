"""Draw the judged-7 articles: political news that no other set, bench gold, fixture or test uses —
Reuters-21578 (1987) wire stories, BBC News stories (2004-2005), GLOCON South African wire documents of the eval's
test half and Times of India articles of March 2002 from IndiaPoliceEvents's test half (judged-6's rules; README.md).
Writes sample.jsonl; run from the repository root:

    PYTHONPATH=src python bench/data/judged-7/make_sample.py [--shared ../shared]
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


# judged-6's drawing rules (its Reuters, BBC and GLOCON rules through judged-5/4/3, its IndiaPoliceEvents rule) are
# reused as written
judged6 = sampling.set_sampler("judged-6")
judged5, judged4, judged3 = judged6.judged5, judged6.judged4, judged6.judged3

# the tree the sample was drawn from (the start of session 11): the exclusions are read as they were then
DRAWN_AT = "0ca2d98"
SEED = 114  # session 11, judged-7; fixed before anything was coded
# the mix: articles per source (judged-6's), and the recall articles by source (10 in all, as judged-6's draw
# happened to give): drawn per source, so that every source has its recall rows whatever the seed gives; a later
# set whose pools run short passes its own (sampling.LaterDraw's ``mix``)
MIX = sampling.Mix(sample={"reuters-": 9, "bbc-": 8, "glocon-": 4, "ipe-": 4},
                   recall={"reuters-": 4, "bbc-": 2, "glocon-": 2, "ipe-": 2})
# judged-6's exclusions plus judged-6's own sample
USED_FILES = judged6.USED_FILES + ("bench/data/judged-6/sample.jsonl",)
# the GLOCON documents earlier sets drew (excluded by id; the quoting test reads the opening, which has no title)
GLOCON_SAMPLES = ("judged-5", "judged-6")


def recall_articles(ids: list[str], seed: int = SEED, mix: sampling.Mix = MIX) -> list[str]:
    """The articles of recall.jsonl, drawn with the set's seed from each source's articles (``mix.recall``;
    judged-8 draws its own with its seed)."""
    return sorted(a for prefix, count in mix.recall.items()
                  for a in sampling.recall_articles([i for i in ids if i.startswith(prefix)], seed, count))


def choose(rng: random.Random, stories: list, bbcs: list, docs: list, pages: list, counts: dict[str, int]) -> list:
    """The articles drawn from each source's pool, ``counts`` of them (by id prefix), Reuters first.  Fewer GLOCON
    documents left than asked: all of them are taken (judged-10's README); fewer IndiaPoliceEvents pages left: all of
    them, and Reuters gives the rest (judged-11's README)."""
    ipe = min(counts["ipe-"], len(pages))
    return (rng.sample(stories, counts["reuters-"] + counts["ipe-"] - ipe) + rng.sample(bbcs, counts["bbc-"])
            + rng.sample(docs, min(counts["glocon-"], len(docs))) + rng.sample(pages, ipe))


def draw(shared: Path, drawn_at: str, seed: int, used_files: tuple[str, ...], glocon_samples: tuple[str, ...],
         folder: str, mix: sampling.Mix = MIX) -> tuple[list[dict], dict[str, int]]:
    """The sample in draw order and the size of each source's pool, by this set's rules with the exclusions read at
    ``drawn_at`` and the articles per source of ``mix.sample`` (judged-8 on draw with their own tree, seed,
    exclusions and mix through it)."""
    vocab, used, corpus = political_words(), used_ids(drawn_at, used_files), repo_text(drawn_at, folder)
    stories = [d for d in judged3.reuters(shared, vocab) if d["id"] not in used and not quoted(d["text"], corpus)]
    bbcs = [d for d in judged4.bbc(shared, vocab) if d["id"] not in used and not quoted(d["text"], corpus)]
    drawn = {d["id"] for s in glocon_samples for d in judged6.sampling_lines(REPO / "bench" / "data" / s / "sample.jsonl")}
    docs = [d for d in judged5.glocon(shared, vocab)
            if d["id"] not in drawn and " ".join(d["text"].split())[:60] not in corpus]
    # the earlier sets' IndiaPoliceEvents ids are named in their sample.jsonl, so ipe_used excludes them
    pages = judged6.ipe(shared, vocab, judged6.ipe_used(drawn_at), corpus)
    rng = random.Random(seed)
    chosen = choose(rng, stories, bbcs, docs, pages, mix.sample)
    # interleave the sources in draw order, so a judge who stops early stops on a mixed set
    order = rng.sample(chosen, len(chosen))
    return order, {"reuters": len(stories), "bbc": len(bbcs), "glocon": len(docs), "ipe": len(pages)}


def main() -> None:
    args = sampling.arguments(__doc__, HERE)
    order, pools = draw(args.shared, DRAWN_AT, SEED, USED_FILES, GLOCON_SAMPLES, "judged-7")
    sampling.write_jsonl(args.out, order)
    print(pools, "->", len(order), "articles")
    print("recall articles:", " ".join(recall_articles([d["id"] for d in order])))

if __name__ == "__main__":
    main()
