"""Draw the dates-1 articles: a fixed-seed random sample of political Reuters-21578 stories with a wire
dateline and at least one time expression besides it (rules in README.md).  Writes sample.jsonl; run from
the repository root:

    python bench/data/dates-1/make_sample.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
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


def political_words() -> set[str]:
    lines = (JUDGED / "political-words.txt").read_text(encoding="utf-8").splitlines()
    return {w.strip() for w in lines[1:] if w.strip() and not w.startswith("#")} - {"word"}


def unwrap(body: str) -> str:
    """Reuters bodies are hard-wrapped, each paragraph indented: one line per paragraph, the closing
    "Reuter" signature dropped."""
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s{2,}", body)]
    return re.sub(r"\s*Reuter\s*$", "", "\n\n".join(p for p in paras if p))


def candidates(shared: Path) -> list[dict]:
    vocab = political_words()
    taken = {json.loads(line)["id"] for line in (JUDGED / "sample.jsonl").read_text(encoding="utf-8").splitlines()}
    out = []
    for path in sorted((shared / "corpora" / "reuters21578").glob("reut2-*.sgm")):
        for story in re.findall(r"<REUTERS(.*?)</REUTERS>", path.read_text(encoding="latin-1"), flags=re.S):
            newid = re.search(r'NEWID="(\d+)"', story).group(1)
            body = re.search(r"<BODY>(.*?)</BODY>", story, flags=re.S)
            title = re.search(r"<TITLE>(.*?)</TITLE>", story, flags=re.S)
            date = re.search(r"<DATE>\s*(\d+-[A-Z]+-\d{4})", story)
            line = re.search(r"<DATELINE>(.*?)</DATELINE>", story, flags=re.S)
            if not (body and title and date and line) or f"reuters-{newid}" in taken:
                continue
            # the corpus keeps the dateline in its own element: put it back in front of the body, as
            # the wire printed it (and as annalyst's markup reader does)
            text = unwrap(html.unescape(line.group(1)).strip() + " " + html.unescape(body.group(1)).replace("\x03", ""))
            words = re.findall(r"[a-z]+", text.lower())
            if not MIN_WORDS <= len(words) <= MAX_WORDS or len(vocab & set(words)) < MIN_POLITICAL:
                continue
            head = DATELINE.match(text)
            if head is None or not TIME_CUE.search(text[head.end():]):
                continue
            published = dt.datetime.strptime(date.group(1).title(), "%d-%b-%Y").date().isoformat()
            out.append({"id": f"reuters-{newid}", "text": f"{html.unescape(title.group(1)).strip()}\n\n{text}\n",
                        "published": published})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[2].parent / "shared")
    args = ap.parse_args()
    pool = candidates(args.shared)
    chosen = random.Random(SEED).sample(pool, ARTICLES)
    (HERE / "sample.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in chosen),
                                       encoding="utf-8")
    print(len(pool), "candidates ->", len(chosen), "articles")


if __name__ == "__main__":
    main()
