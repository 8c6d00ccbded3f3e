"""Draw the judged-1 articles: a fixed-seed random sample of BBC politics stories and political Reuters-21578
stories (rules in README.md).  Writes sample.jsonl; run from the repository root:

    python bench/data/judged-1/make_sample.py [--shared ../shared]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # bench/: the shared sampling helpers

import sampling  # noqa: E402
from sampling import political_words, reuters_stories, unwrap, words  # noqa: E402

SEED = 15  # issue 15
PER_CORPUS = 12
MIN_WORDS, MAX_WORDS = 80, 400  # a body long enough to hold events, short enough to judge every one
MIN_POLITICAL = 3


def bbc(shared: Path) -> list[dict]:
    out = []
    for path in sorted((shared / "corpora" / "bbc-news" / "bbc" / "politics").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        if MIN_WORDS <= len(words(body)) <= MAX_WORDS:
            out.append({"id": f"bbc-politics-{path.stem}", "text": f"{title.strip()}\n\n{body.strip()}\n",
                        "published": None})
    return out


def reuters(shared: Path) -> list[dict]:
    vocab, out = political_words(), []
    for story in reuters_stories(shared):
        text = unwrap(story.body)
        ws = words(text)
        if not MIN_WORDS <= len(ws) <= MAX_WORDS or len(vocab & set(ws)) < MIN_POLITICAL:
            continue
        out.append({"id": story.id, "text": f"{story.title}\n\n{text}\n", "published": story.published})
    return out


def main() -> None:
    args = sampling.arguments(__doc__, HERE)
    rng = random.Random(SEED)
    pools = {"bbc": bbc(args.shared), "reuters": reuters(args.shared)}
    chosen = [doc for pool in pools.values() for doc in rng.sample(pool, PER_CORPUS)]
    sampling.write_jsonl(args.out, chosen)
    print({name: len(pool) for name, pool in pools.items()}, "->", len(chosen), "articles")


if __name__ == "__main__":
    main()
