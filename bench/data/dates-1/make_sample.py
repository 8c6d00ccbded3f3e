"""Draw the dates-1 articles: a fixed-seed random sample of political Reuters-21578 stories with a wire
dateline and at least one time expression besides it (rules in README.md).  Writes sample.jsonl; run from
the repository root:

    python bench/data/dates-1/make_sample.py [--shared ../shared]
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # bench/: the shared sampling helpers

import sampling  # noqa: E402
from sampling import political_words, reuters_stories, unwrap, words  # noqa: E402

SEED = 1616  # issue 16
ARTICLES = 30
MIN_WORDS, MAX_WORDS = 80, 350  # long enough to hold events, short enough to annotate every one
MIN_POLITICAL = 3
# the judged-1 stories are left out: a second, independent set
JUDGED = HERE.parent / "judged-1"
# a wire dateline ("WASHINGTON, March 3 - ") opens the body
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:, [A-Za-z .]+)?, [A-Z][a-z]+ \d{1,2} -\s")
# a time expression other than the dateline: a weekday, a relative day, week, month or year
TIME_CUE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow"
                      r"|(?:last|this|next) (?:week|month|year)|(?:January|February|March|April|May|June|July"
                      r"|August|September|October|November|December) \d{1,2})\b")


def candidates(shared: Path) -> list[dict]:
    vocab = political_words()
    taken = {json.loads(line)["id"] for line in (JUDGED / "sample.jsonl").read_text(encoding="utf-8").splitlines()}
    out = []
    for story in reuters_stories(shared):
        if story.dateline is None or story.id in taken:
            continue
        # the corpus keeps the dateline in its own element: put it back in front of the body, as
        # the wire printed it (and as annalyst's markup reader does)
        text = unwrap(story.dateline + " " + story.body)
        ws = words(text)
        if not MIN_WORDS <= len(ws) <= MAX_WORDS or len(vocab & set(ws)) < MIN_POLITICAL:
            continue
        head = DATELINE.match(text)
        if head is None or not TIME_CUE.search(text[head.end():]):
            continue
        out.append({"id": story.id, "text": f"{story.title}\n\n{text}\n", "published": story.published})
    return out


def main() -> None:
    args = sampling.arguments(__doc__, HERE)
    pool = candidates(args.shared)
    chosen = random.Random(SEED).sample(pool, ARTICLES)
    sampling.write_jsonl(args.out, chosen)
    print(len(pool), "candidates ->", len(chosen), "articles")


if __name__ == "__main__":
    main()
