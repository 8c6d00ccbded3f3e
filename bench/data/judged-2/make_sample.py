"""Draw the judged-2 articles: international political wire news that no other set, bench gold or test uses —
TempEval-3 platinum (2013) documents and Reuters-21578 (1987) stories (rules in README.md).  Writes
sample.jsonl; run from the repository root:

    python bench/data/judged-2/make_sample.py [--shared ../shared]
"""

from __future__ import annotations

import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "bench"))  # the shared sampling helpers

import sampling  # noqa: E402
from sampling import political_words, quoted, repo_text, reuters_stories, unwrap, used_ids, words  # noqa: E402

SEED = 62  # session 6, judged-2; fixed before anything was coded
TOTAL = 25
MIN_WORDS, MAX_WORDS = 80, 450  # a body long enough to hold events, short enough to judge every one
MIN_POLITICAL = 3
# Reuters-21578 stories 1-2000 (reut2-000, reut2-001) are excluded whole: tests read reut2-000 and the
# over-firing checks of every track read the corpus from its start, so those stories have been looked at.
FIRST_UNREAD_NEWID = 2001
# TimeML documents a test reads as a fixture (tests/read/test_read_markup.py)
TIMEML_FIXTURES = {"AP_20130322"}
# the other sets and golds whose articles must not be drawn again (their sample or gold files)
USED_FILES = ("bench/data/judged-1/sample.jsonl", "bench/data/dates-1/sample.jsonl",
              "bench/data/locations/gold.tsv", "bench/data/merge-1/documents.tsv")
# the tree the sample was drawn from (the start of session 6): the exclusions are read as they were then
DRAWN_AT = "145a261"
SPACES = re.compile(r"\s+")
RECALL_ARTICLES = 10  # articles whose every asserted event is listed in recall.jsonl, drawn with the same seed


def political(text: str, vocab: set[str]) -> bool:
    ws = words(text)
    return MIN_WORDS <= len(ws) <= MAX_WORDS and len(vocab & set(ws)) >= MIN_POLITICAL


def timeml(shared: Path, vocab: set[str]) -> list[dict]:
    """TempEval-3 platinum: the ``<TEXT>`` (tags stripped) and the creation time as the publication date."""
    out = []
    for path in sorted((shared / "eval" / "timeml-platinum").glob("*.tml")):
        if path.stem in TIMEML_FIXTURES:
            continue
        root = ET.parse(path).getroot()
        text = "".join(root.find("TEXT").itertext()).strip()
        dct = root.find(".//DCT/TIMEX3").get("value")[:10]
        if political(text, vocab):
            out.append({"id": f"timeml-{path.stem}", "text": text + "\n", "published": dct})
    return out


def reuters(shared: Path, vocab: set[str]) -> list[dict]:
    """Political stories (as judged-1) about somewhere outside the United States: the corpus's ``<PLACES>``
    name at least one place other than ``usa``."""
    out = []
    for story in reuters_stories(shared):
        if story.newid < FIRST_UNREAD_NEWID or not set(story.places) - {"usa"}:
            continue
        text = unwrap(story.body)
        if not political(text, vocab):
            continue
        # the corpus keeps the dateline ("ATHENS, March 30 - ") in its own element: put it back in front of
        # the body, as the wire sent it (it gives the place and day of what the story reports)
        head = SPACES.sub(" ", story.dateline) + " " if story.dateline else ""
        out.append({"id": story.id, "published": story.published, "text": f"{story.title}\n\n{head}{text}\n"})
    return out


def recall_articles(ids: list[str]) -> list[str]:
    """The articles of recall.jsonl, drawn with the set's seed."""
    return sampling.recall_articles(ids, SEED, RECALL_ARTICLES)


def main() -> None:
    args = sampling.arguments(__doc__, HERE)
    vocab, used, corpus = political_words(), used_ids(DRAWN_AT, USED_FILES), repo_text(DRAWN_AT, "judged-2")
    pools = {name: [d for d in docs(args.shared, vocab) if d["id"] not in used and not quoted(d["text"], corpus)]
             for name, docs in (("timeml", timeml), ("reuters", reuters))}
    rng = random.Random(SEED)
    # every political TimeML document (there are few), Reuters stories drawn at random for the rest
    chosen = pools["timeml"] + rng.sample(pools["reuters"], TOTAL - len(pools["timeml"]))
    sampling.write_jsonl(args.out, chosen)
    print({name: len(pool) for name, pool in pools.items()}, "->", len(chosen), "articles")
    print("recall articles:", " ".join(recall_articles([d["id"] for d in chosen])))


if __name__ == "__main__":
    main()
