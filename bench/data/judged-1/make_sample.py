"""Draw the judged-1 articles: a fixed-seed random sample of BBC politics stories and political Reuters-21578
stories (rules in README.md).  Writes sample.jsonl; run from the repository root:

    python bench/data/judged-1/make_sample.py [--shared ../shared]
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
SEED = 15  # issue 15
PER_CORPUS = 12
MIN_WORDS, MAX_WORDS = 80, 400  # a body long enough to hold events, short enough to judge every one
MIN_POLITICAL = 3


def political_words() -> set[str]:
    lines = (HERE / "political-words.txt").read_text(encoding="utf-8").splitlines()
    return {w.strip() for w in lines[1:] if w.strip() and not w.startswith("#")} - {"word"}


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def unwrap(body: str) -> str:
    """Reuters bodies are hard-wrapped at ~70 columns, each paragraph indented: one line per paragraph,
    the closing "Reuter" signature dropped."""
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s{2,}", body)]
    text = "\n\n".join(p for p in paras if p)
    return re.sub(r"\s*Reuter\s*$", "", text)


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
    for path in sorted((shared / "corpora" / "reuters21578").glob("reut2-*.sgm")):
        raw = path.read_text(encoding="latin-1")
        for story in re.findall(r"<REUTERS(.*?)</REUTERS>", raw, flags=re.S):
            newid = re.search(r'NEWID="(\d+)"', story).group(1)
            body = re.search(r"<BODY>(.*?)</BODY>", story, flags=re.S)
            title = re.search(r"<TITLE>(.*?)</TITLE>", story, flags=re.S)
            date = re.search(r"<DATE>\s*(\d+-[A-Z]+-\d{4})", story)
            if not (body and title and date):
                continue
            text = unwrap(html.unescape(body.group(1)).replace("\x03", ""))
            ws = words(text)
            if not MIN_WORDS <= len(ws) <= MAX_WORDS or len(vocab & set(ws)) < MIN_POLITICAL:
                continue
            published = dt.datetime.strptime(date.group(1).title(), "%d-%b-%Y").date().isoformat()
            out.append({"id": f"reuters-{newid}", "text": f"{html.unescape(title.group(1)).strip()}\n\n{text}\n",
                        "published": published})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[2].parent / "shared")
    args = ap.parse_args()
    rng = random.Random(SEED)
    pools = {"bbc": bbc(args.shared), "reuters": reuters(args.shared)}
    chosen = [doc for pool in pools.values() for doc in rng.sample(pool, PER_CORPUS)]
    (HERE / "sample.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in chosen),
                                       encoding="utf-8")
    print({name: len(pool) for name, pool in pools.items()}, "->", len(chosen), "articles")


if __name__ == "__main__":
    main()
