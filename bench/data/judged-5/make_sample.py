"""Draw the judged-5 articles: political news that no other set, bench gold, fixture or test uses —
Reuters-21578 (1987) wire stories, BBC News stories (2004-2005) and South African wire documents of GLOCON
(Sapa-AFP, a source never judged before), only those of the test half of the split ``annalyst eval`` uses for
GLOCON (rules in README.md).  Writes sample.jsonl; run from the repository root:

    PYTHONPATH=src python bench/data/judged-5/make_sample.py [--shared ../shared]
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "bench"))  # the shared sampling helpers

import sampling  # noqa: E402
from sampling import political_words, quoted, repo_text, used_ids, words  # noqa: E402


# judged-4's drawing rules (its Reuters reading through judged-3, its BBC rule) are reused as written
judged4 = sampling.set_sampler("judged-4")
judged3 = judged4.judged3

# the tree the sample was drawn from (the start of session 9): the exclusions are read as they were then
DRAWN_AT = "06c9f62"
SEED = 97  # session 9, judged-5; fixed before anything was coded
REUTERS, BBC, GLOCON = 11, 9, 5
GLOCON_MIN_WORDS, GLOCON_MAX_WORDS = 80, 600
RECALL_ARTICLES = 10
# judged-4's exclusions plus judged-4's own sample
USED_FILES = judged4.USED_FILES + ("bench/data/judged-4/sample.jsonl",)


def glocon_test_documents(shared: Path) -> set[str]:
    """The GLOCON documents (by their ``url`` key) of the TEST half that ``annalyst eval`` uses: its split is by
    the document key of ``sentence_Sabinet.jsonl`` (``SPLIT_UNITS['glocon']``), seed ``SPLIT_SEED``."""
    from annalyst.evaluate.run import load_glocon, split_half

    return split_half([doc for _, _, doc in load_glocon(shared)], "test")


def glocon(shared: Path, vocab: set[str]) -> list[dict]:
    """Documents of ``document_Sabinet_R.jsonl`` in the eval's test half with 80-600 words holding at least 3
    political words.  The wire text has no title and no date: ``published`` is null, as for BBC."""
    test = glocon_test_documents(shared)
    out = []
    path = shared / "eval" / "glocon-protest" / "document_Sabinet_R.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        if doc["url"] not in test:
            continue
        ws = words(doc["text"])
        if GLOCON_MIN_WORDS <= len(ws) <= GLOCON_MAX_WORDS and len(vocab & set(ws)) >= judged3.MIN_POLITICAL:
            out.append({"id": f"glocon-{doc['id']}", "text": " ".join(doc["text"].split()) + "\n",
                        "published": None})
    return out


def recall_articles(ids: list[str]) -> list[str]:
    """The articles of recall.jsonl, drawn with the set's seed."""
    return sampling.recall_articles(ids, SEED, RECALL_ARTICLES)


def main() -> None:
    args = sampling.arguments(__doc__, HERE)
    vocab, used, corpus = political_words(), used_ids(DRAWN_AT, USED_FILES), repo_text(DRAWN_AT, "judged-5")
    stories = [d for d in judged3.reuters(args.shared, vocab) if d["id"] not in used and not quoted(d["text"], corpus)]
    bbcs = [d for d in judged4.bbc(args.shared, vocab) if d["id"] not in used and not quoted(d["text"], corpus)]
    # GLOCON text has no title: the quoting test reads its opening
    docs = [d for d in glocon(args.shared, vocab) if " ".join(d["text"].split())[:60] not in corpus]
    rng = random.Random(SEED)
    chosen = rng.sample(stories, REUTERS) + rng.sample(bbcs, BBC) + rng.sample(docs, GLOCON)
    # interleave the sources in draw order, so a judge who stops early stops on a mixed set
    order = rng.sample(chosen, len(chosen))
    sampling.write_jsonl(args.out, order)
    print({"reuters": len(stories), "bbc": len(bbcs), "glocon": len(docs)}, "->", len(order), "articles")
    print("recall articles:", " ".join(recall_articles([d["id"] for d in order])))


if __name__ == "__main__":
    main()
