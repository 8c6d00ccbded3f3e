"""Draw the judged-3 articles: international political news that no other set, bench gold or test uses —
Reuters-21578 (1987) wire stories and English political news web pages of 2019, the pages kept as HTML so
annalyst reads and cleans them itself (rules in README.md).  Writes sample.jsonl; run from the repository root:

    PYTHONPATH=src python bench/data/judged-3/make_sample.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SEED = 73  # session 7, judged-3; fixed before anything was coded
REUTERS, WEB = 13, 12
MIN_WORDS, MAX_WORDS = 80, 450  # Reuters bodies: long enough to hold events, short enough to judge every one
# web article bodies run longer than wire stories; the bound still keeps every event judgeable
WEB_MAX_WORDS = 800
MIN_POLITICAL = 3
RECALL_ARTICLES = 10
# judged-2's sample joins the files whose articles must not be drawn again
USED_FILES = ("bench/data/judged-1/sample.jsonl", "bench/data/judged-2/sample.jsonl",
              "bench/data/dates-1/sample.jsonl", "bench/data/locations/gold.tsv", "bench/data/merge-1/documents.tsv")
# a page's URL path naming one of these sections is not political news (business, sport, technology,
# culture and celebrity, opinion and commentary, local crime, science, games)
NOT_NEWS_SECTIONS = ("business", "economy", "investing", "markets", "sport", "sports", "tech", "technology",
                     "culture", "entertainment", "celebrity", "lifestyle", "opinion", "commentisfree", "crime",
                     "science", "science-and-health", "games", "review", "blog")
# pages the section rule lets through that are read as not political news (decided from the title, before
# coding; README)
NOT_POLITICAL = {"https://www.cnbc.com/2019/11/20/emirates-inks-order-for-30-boeing-787-jets-talks-expansion-plans.html":
                 "business: an airline's aircraft order at an air show"}
URL_DATE = re.compile(r"/(20\d\d)/(\d\d?|[a-z]{3})/(\d\d?)/")
MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"), 1)}
META_DATE = re.compile(r'(?:article:published_time|datePublished|"pubdate"|name="date")[^>]{0,80}?'
                       r'(?:content="|":\s*")(20\d\d-\d\d-\d\d)')


def judged2():
    """judged-2's sampler: the same political vocabulary, Reuters reading and quoting test (one rule set)."""
    spec = importlib.util.spec_from_file_location("judged_2_sample", REPO / "bench" / "data" / "judged-2" /
                                                  "make_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.USED_FILES = USED_FILES
    return module


def repo_text() -> str:
    """judged-2's quoting test over tests/ and bench/data/, this set's own folder aside (its sample quotes
    every story it draws; a rerun must draw the same)."""
    parts = []
    for folder in (REPO / "tests", REPO / "bench" / "data"):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".json", ".jsonl", ".tsv", ".txt", ".md", ".csv") \
                    and "judged-3" not in path.parts:
                parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return re.sub(r"\s+", " ", "\n".join(parts))


def url_date(url: str) -> str | None:
    m = URL_DATE.search(url.lower())
    if not m:
        return None
    month = MONTHS.get(m.group(2)) or int(m.group(2))
    return f"{m.group(1)}-{month:02d}-{int(m.group(3)):02d}"


def known_date(url: str, html: str) -> str | None:
    """The publication date: the one the URL carries, else the page's own published-time metadata."""
    found = url_date(url)
    if found is None:
        m = META_DATE.search(html)
        found = m.group(1) if m else None
    return found


def news_section(url: str) -> bool:
    path = re.sub(r"^https?://[^/]+", "", url.lower())
    return not set(re.split(r"[/_.?]", path)) & set(NOT_NEWS_SECTIONS)


def web_pages(shared: Path, vocab: set[str], words) -> list[dict]:
    """2019 political news pages: zyte (its human-written article body measures the page) and
    trafilatura-eval (its dated pages; the body is annalyst's own extraction, the set has none)."""
    base = shared / "eval" / "html-extraction"
    candidates = []
    for key, item in json.loads((base / "zyte" / "ground-truth.json").read_text(encoding="utf-8")).items():
        html = gzip.decompress((base / "zyte" / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        candidates.append((f"zyte-{key[:12]}", item["url"], html, item["articleBody"], known_date(item["url"], html)))
    from annalyst.clean.html import extract_html

    for url, item in json.loads((base / "trafilatura-eval" / "evaldata_en.json").read_text(encoding="utf-8")).items():
        html = (base / "trafilatura-eval" / "html" / item["file"]).read_text(encoding="utf-8", errors="replace")
        candidates.append((f"trafilatura-{Path(item['file']).stem[:40]}", url, html, extract_html(html, url).text,
                           item.get("date")))
    out = []
    for ident, url, html, body, date in candidates:
        ws = words(body)
        if not (date and date.startswith("2019") and news_section(url)) or url in NOT_POLITICAL:
            continue
        if MIN_WORDS <= len(ws) <= WEB_MAX_WORDS and len(vocab & set(ws)) >= MIN_POLITICAL:
            out.append({"id": ident, "url": url, "published": date, "html": html})
    return out


def recall_articles(ids: list[str]) -> list[str]:
    return sorted(random.Random(SEED).sample(sorted(ids), RECALL_ARTICLES))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    j2 = judged2()
    vocab, used, corpus = j2.political_words(), j2.used_ids(), repo_text()
    reuters = [d for d in j2.reuters(args.shared, vocab) if d["id"] not in used and not j2.quoted(d["text"], corpus)]
    web = web_pages(args.shared, vocab, j2.words)
    rng = random.Random(SEED)
    chosen = rng.sample(reuters, REUTERS) + rng.sample(web, WEB)
    # interleave the two sources in draw order, so a judge who stops early stops on a mixed set
    order = rng.sample(chosen, len(chosen))
    (HERE / "sample.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in order),
                                       encoding="utf-8")
    print({"reuters": len(reuters), "web": len(web)}, "->", len(order), "articles")
    print("web pool:", " ".join(d["url"] for d in web))
    print("recall articles:", " ".join(recall_articles([d["id"] for d in order])))


if __name__ == "__main__":
    main()
