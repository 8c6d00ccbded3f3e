"""Draw the judged-4 articles: political news that no other set, bench gold, fixture or test uses —
Reuters-21578 (1987) wire stories, BBC News stories (2004-2005) and English news web pages of any year, the
pages kept as HTML so annalyst reads and cleans them itself (rules in README.md).  Writes sample.jsonl; run from
the repository root:

    PYTHONPATH=src python bench/data/judged-4/make_sample.py [--shared ../shared]
"""

from __future__ import annotations

import importlib.util
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

# judged-3's drawing rules (its Reuters reading, its web-page dates and section filter) are reused as written
_spec = importlib.util.spec_from_file_location("judged_3_sample", REPO / "bench" / "data" / "judged-3" / "make_sample.py")
judged3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(judged3)

# the tree the sample was drawn from (the start of session 8): the exclusions are read as they were then
DRAWN_AT = "b0e6d74"
SEED = 79  # session 8, judged-4; fixed before anything was coded
REUTERS, BBC, WEB = 11, 9, 5  # the web pool holds 5 political news pages (README); Reuters makes up the 25
BBC_FOLDERS = ("politics", "business")
BBC_MIN_WORDS, BBC_MAX_WORDS = 80, 600
# web article bodies run longer than wire stories; judged-3's 800 relaxed so the pool is not empty
WEB_MIN_WORDS, WEB_MAX_WORDS = 80, 1200
RECALL_ARTICLES = 10
# pages the section rule lets through that are not political news, decided from the URL and title before coding
# (README); judged-3's list still applies
NOT_POLITICAL = {
    "https://www.politifact.com/truth-o-meter/article/2019/nov/18/politifacts-guide-understanding-tariffs-and-intern/":
        "business: an explainer of tariffs and trade, not a news report",
    "https://www.pamelaandersonfoundation.org/news/2018/12/4/yellow-vests-and-i": "opinion: a personal essay",
    "https://www.pcgamer.com/through-the-darkest-of-times-review/": "culture: a video game review",
    "https://harpers.org/a-letter-on-justice-and-open-debate/": "opinion: an open letter",
    "https://groove.de/2023/10/31/anti-a100-aktivist-tobias-trommer-es-wird-an-der-zeit-dass-die-clubs-verantwortung-nehmen/":
        "not English (a German interview on club culture)",
    "https://www.bostonherald.com/2023/11/08/brothel-catering-to-politicians-doctors-lawyers-busted-in-boston/":
        "crime: a local police case",
    "https://www.heartlandnewsfeed.com/2023/10/27/christian-county-police-blotters/": "crime: police blotters"}
# judged-3's exclusions plus judged-3's own sample
USED_FILES = judged3.USED_FILES + ("bench/data/judged-3/sample.jsonl",)


def bbc(shared: Path, vocab: set[str]) -> list[dict]:
    """BBC News stories of the politics and business folders with a body of 80-600 words holding at least 3
    political words (the corpus gives no date: ``published`` is null, as in judged-1)."""
    out = []
    for folder in BBC_FOLDERS:
        for path in sorted((shared / "corpora" / "bbc-news" / "bbc" / folder).glob("*.txt")):
            title, _, body = path.read_text(encoding="utf-8", errors="replace").partition("\n")
            ws = words(body)
            if BBC_MIN_WORDS <= len(ws) <= BBC_MAX_WORDS and len(vocab & set(ws)) >= judged3.MIN_POLITICAL:
                out.append({"id": f"bbc-{folder}-{path.stem}", "text": f"{title.strip()}\n\n{body.strip()}\n",
                            "published": None})
    return out


def judged3_pages(rev: str) -> set[str]:
    """The web pages judged-3 drew (ids and URLs), as its sample stood at ``rev``."""
    shown = subprocess.run(["git", "show", f"{rev}:bench/data/judged-3/sample.jsonl"], cwd=REPO,
                           capture_output=True, check=True).stdout.decode("utf-8")
    docs = [json.loads(line) for line in shown.splitlines() if line.strip()]
    return {d["id"] for d in docs} | {d["url"] for d in docs if d.get("url")}


def web_pages(shared: Path, vocab: set[str], taken: set[str]) -> list[dict]:
    """judged-3's page rule with a known publication date of any year and a body of 80-1200 words; pages
    judged-3 drew are out."""
    base = shared / "eval" / "html-extraction"
    candidates = []
    for key, item in json.loads((base / "zyte" / "ground-truth.json").read_text(encoding="utf-8")).items():
        import gzip

        html = gzip.decompress((base / "zyte" / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        candidates.append((f"zyte-{key[:12]}", item["url"], html, item["articleBody"],
                           judged3.known_date(item["url"], html)))
    from annalyst.clean.html import extract_html

    for url, item in json.loads((base / "trafilatura-eval" / "evaldata_en.json").read_text(encoding="utf-8")).items():
        html = (base / "trafilatura-eval" / "html" / item["file"]).read_text(encoding="utf-8", errors="replace")
        candidates.append((f"trafilatura-{Path(item['file']).stem[:40]}", url, html, extract_html(html, url).text,
                           item.get("date")))
    out = []
    for ident, url, html, body, date in candidates:
        if ident in taken or url in taken or not date or not judged3.news_section(url) or url in judged3.NOT_POLITICAL \
                or url in NOT_POLITICAL:
            continue
        ws = words(body)
        if WEB_MIN_WORDS <= len(ws) <= WEB_MAX_WORDS and len(vocab & set(ws)) >= judged3.MIN_POLITICAL:
            out.append({"id": ident, "url": url, "published": date[:10], "html": html})
    return out


def recall_articles(ids: list[str]) -> list[str]:
    """The articles of recall.jsonl, drawn with the set's seed."""
    return sampling.recall_articles(ids, SEED, RECALL_ARTICLES)


def main() -> None:
    args = sampling.arguments(__doc__, HERE)
    vocab, used, corpus = political_words(), used_ids(DRAWN_AT, USED_FILES), repo_text(DRAWN_AT, "judged-4")
    stories = [d for d in judged3.reuters(args.shared, vocab) if d["id"] not in used and not quoted(d["text"], corpus)]
    bbcs = [d for d in bbc(args.shared, vocab) if d["id"] not in used and not quoted(d["text"], corpus)]
    web = web_pages(args.shared, vocab, judged3_pages(DRAWN_AT))
    rng = random.Random(SEED)
    chosen = rng.sample(stories, REUTERS) + rng.sample(bbcs, BBC) + rng.sample(web, WEB)
    # interleave the sources in draw order, so a judge who stops early stops on a mixed set
    order = rng.sample(chosen, len(chosen))
    sampling.write_jsonl(args.out, order)
    print({"reuters": len(stories), "bbc": len(bbcs), "web": len(web)}, "->", len(order), "articles")
    print("web pool:", " ".join(f"{d['published']} {d['url']}" for d in web))
    print("recall articles:", " ".join(recall_articles([d["id"] for d in order])))


if __name__ == "__main__":
    main()
