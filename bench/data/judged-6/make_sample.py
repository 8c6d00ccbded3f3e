"""Draw the judged-6 articles: political news that no other set, bench gold, fixture or test uses —
Reuters-21578 (1987) wire stories, BBC News stories (2004-2005), GLOCON South African wire documents of the eval's
test half (judged-5's rules) and Times of India articles of March 2002 from IndiaPoliceEvents, a source never
judged before (rules in README.md).  Writes sample.jsonl; run from the repository root:

    PYTHONPATH=src python bench/data/judged-6/make_sample.py [--shared ../shared]
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "bench"))  # the shared sampling helpers

import sampling  # noqa: E402
from sampling import files_at, political_words, quoted, repo_text, used_ids, words  # noqa: E402


# judged-5's drawing rules (its Reuters and BBC rules through judged-4/3, its GLOCON rule) are reused as written
judged5 = sampling.set_sampler("judged-5")
judged4, judged3 = judged5.judged4, judged5.judged3

# the tree the sample was drawn from (the start of session 10): the exclusions are read as they were then
DRAWN_AT = "643c1ff"
SEED = 113  # session 10, judged-6; fixed before anything was coded
REUTERS, BBC, GLOCON, IPE = 9, 8, 4, 4
IPE_MIN_WORDS, IPE_MAX_WORDS = 80, 600
RECALL_ARTICLES = 10
# judged-5's exclusions plus judged-5's own sample
USED_FILES = judged5.USED_FILES + ("bench/data/judged-5/sample.jsonl",)
# where the bench's IndiaPoliceEvents golds and any test or fixture name an article (``ipe-<doc_id>``, a
# ``"doc_id"`` key, or a sentence quoted)
IPE_FOLDERS = ("bench", "tests")
# the banner line the Times of India pages open with: site chrome, the date it gives is ``published``
BANNER = re.compile(r"^This story is from ")


def ipe_used(rev: str) -> set[str]:
    """IndiaPoliceEvents doc ids that bench golds, tests and fixtures name at ``rev``."""
    found: set[str] = set()
    for _, text in files_at(rev, IPE_FOLDERS, (".py", ".json", ".jsonl", ".tsv", ".txt", ".md", ".csv")):
        found |= set(re.findall(r"\bipe-(\d+)", text))
        found |= set(re.findall(r'"doc_id":\s*"?(\d+)', text))
    return found


def ipe_articles(shared: Path) -> list[tuple[str, str, list[str]]]:
    """(doc id, date, sentences in order) of every IndiaPoliceEvents article, the banner line dropped."""
    folder = shared / "eval" / "india-police-events"
    csv.field_size_limit(1 << 30)
    with (folder / "metadata.csv").open(encoding="utf-8", newline="") as fh:
        dates = {r["doc_id"]: r["date"] for r in csv.DictReader(fh)}
    sentences: dict[str, list[tuple[int, str]]] = {}
    with (folder / "sents.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            text = " ".join(r["sent_text"].split())
            if text and not BANNER.match(text):
                sentences.setdefault(r["doc_id"], []).append((int(r["sent_id"]), text))
    return [(doc, dates[doc], [t for _, t in sorted(rows)]) for doc, rows in sorted(sentences.items(), key=lambda kv: int(kv[0]))]


def ipe_test_half(shared: Path) -> set[str]:
    """The IndiaPoliceEvents articles of the TEST half that ``annalyst eval`` uses (split by article)."""
    from annalyst.evaluate.run import load_india, split_half

    return split_half([row[3] for row in load_india(shared)], "test")


def ipe(shared: Path, vocab: set[str], used: set[str], corpus: str) -> list[dict]:
    """Articles of the eval's test half, named by no bench gold, test or fixture and none of whose sentences (its
    first 40 characters, lower case) is quoted in tests/ or bench/data/, with 80-600 words holding at least 3
    political words.  The text is the article's sentences in order, as the corpus gives them (lower case, its
    mis-decoded quotation marks kept); ``published`` is the article's date of ``metadata.csv``."""
    test, seen = ipe_test_half(shared), corpus.lower()
    out = []
    for doc, date, sents in ipe_articles(shared):
        if doc not in test or doc in used or any(len(s) >= 40 and s[:40].lower() in seen for s in sents):
            continue
        text = " ".join(sents)
        ws = words(text)
        if IPE_MIN_WORDS <= len(ws) <= IPE_MAX_WORDS and len(vocab & set(ws)) >= judged3.MIN_POLITICAL:
            out.append({"id": f"ipe-{doc}", "text": text + "\n", "published": date})
    return out


def recall_articles(ids: list[str]) -> list[str]:
    """The articles of recall.jsonl, drawn with the set's seed."""
    return sampling.recall_articles(ids, SEED, RECALL_ARTICLES)


def main() -> None:
    args = sampling.arguments(__doc__, HERE)
    vocab, used, corpus = political_words(), used_ids(DRAWN_AT, USED_FILES), repo_text(DRAWN_AT, "judged-6")
    stories = [d for d in judged3.reuters(args.shared, vocab) if d["id"] not in used and not quoted(d["text"], corpus)]
    bbcs = [d for d in judged4.bbc(args.shared, vocab) if d["id"] not in used and not quoted(d["text"], corpus)]
    # judged-5's own GLOCON documents are excluded by id; the quoting test reads the opening (no title)
    judged5_docs = {d["id"] for d in sampling_lines(REPO / "bench" / "data" / "judged-5" / "sample.jsonl")}
    docs = [d for d in judged5.glocon(args.shared, vocab)
            if d["id"] not in judged5_docs and " ".join(d["text"].split())[:60] not in corpus]
    pages = ipe(args.shared, vocab, ipe_used(DRAWN_AT), corpus)
    rng = random.Random(SEED)
    chosen = rng.sample(stories, REUTERS) + rng.sample(bbcs, BBC) + rng.sample(docs, GLOCON) + rng.sample(pages, IPE)
    # interleave the sources in draw order, so a judge who stops early stops on a mixed set
    order = rng.sample(chosen, len(chosen))
    sampling.write_jsonl(args.out, order)
    print({"reuters": len(stories), "bbc": len(bbcs), "glocon": len(docs), "ipe": len(pages)}, "->", len(order),
          "articles")
    print("recall articles:", " ".join(recall_articles([d["id"] for d in order])))


def sampling_lines(path: Path) -> list[dict]:
    import json

    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":
    main()
