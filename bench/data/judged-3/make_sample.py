"""Draw the judged-3 articles: international political news that no other set, bench gold or test uses —
Reuters-21578 (1987) wire stories and English political news web pages of 2019, the pages kept as HTML so
annalyst reads and cleans them itself (rules in README.md).  Writes sample.jsonl; run from the repository root:

    PYTHONPATH=src python bench/data/judged-3/make_sample.py [--shared ../shared]
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "bench"))  # the shared sampling helpers

import sampling  # noqa: E402
from sampling import political_words, quoted, repo_text, reuters_stories, unwrap, used_ids, words  # noqa: E402

# the tree the sample was drawn from (the start of session 7): the exclusions are read as they were then
DRAWN_AT = "dba0c3c"
# judged-2's rule: Reuters stories 1-2000 have been read by tests and every over-firing check
FIRST_UNREAD_NEWID = 2001
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


def reuters(shared: Path, vocab: set[str]) -> list[dict]:
    """judged-2's rule: political stories about somewhere outside the United States, NEWID above 2000,
    the dateline put back in front of the unwrapped body."""
    out = []
    for story in reuters_stories(shared):
        if story.newid < FIRST_UNREAD_NEWID or not set(story.places) - {"usa"}:
            continue
        text = unwrap(story.body)
        ws = words(text)
        if not MIN_WORDS <= len(ws) <= MAX_WORDS or len(vocab & set(ws)) < MIN_POLITICAL:
            continue
        head = re.sub(r"\s+", " ", story.dateline) + " " if story.dateline else ""
        out.append({"id": story.id, "published": story.published, "text": f"{story.title}\n\n{head}{text}\n"})
    return out


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
    """The articles of recall.jsonl, drawn with the set's seed."""
    return sampling.recall_articles(ids, SEED, RECALL_ARTICLES)


def main() -> None:
    args = sampling.arguments(__doc__, HERE)
    vocab, used, corpus = political_words(), used_ids(DRAWN_AT, USED_FILES), repo_text(DRAWN_AT, "judged-3")
    stories = [d for d in reuters(args.shared, vocab) if d["id"] not in used and not quoted(d["text"], corpus)]
    web = web_pages(args.shared, vocab, words)
    rng = random.Random(SEED)
    chosen = rng.sample(stories, REUTERS) + rng.sample(web, WEB)
    # interleave the two sources in draw order, so a judge who stops early stops on a mixed set
    order = rng.sample(chosen, len(chosen))
    sampling.write_jsonl(args.out, order)
    print({"reuters": len(stories), "web": len(web)}, "->", len(order), "articles")
    print("web pool:", " ".join(d["url"] for d in web))
    print("recall articles:", " ".join(recall_articles([d["id"] for d in order])))


if __name__ == "__main__":
    main()
