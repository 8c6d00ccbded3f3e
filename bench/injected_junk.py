"""Injected-junk benchmark: real wire articles with junk lines the cleaner has no rules for.

Articles: BBC News (``../shared/corpora/bbc-news``) and Reuters-21578 stories with a body
(``../shared/corpora/reuters21578``, read with annalyst's own reader), drawn with a fixed seed and
split by document into a dev half and a test half.

Junk: ``bench/junk/dev.tsv`` (the lines the cleaner was developed on), ``bench/junk/heldout.tsv``
(written before any rule; its survivors were inspected after its first measurement) and
``bench/junk/heldout2.tsv`` (written then, before the changes that followed; its survivors were
inspected after its measurement), ``bench/junk/heldout3.tsv`` (written then, measured once at the
end, never tuned on), and ``heldout4``: real furniture of real pages, never written here: the
"must not contain" snippets of the trafilatura evaluation pages that are NOT in its
English subset (``../shared/eval/html-extraction/trafilatura-eval/evaldata_all.json``; German,
French, Spanish, Polish... site menus, teasers, prompts, credits), taken by a fixed filter
(``real_furniture``), split like the articles: the dev half gets the snippets of the dev half's
pages (``half_of`` the page URL; its survivors may be read), the test half those of the other
pages that no dev page has (junk never seen), and laid out differently (``layout="runs"``: header and footer runs of
several lines in one block, runs between paragraphs, a line opening a paragraph's block).
``heldout5`` (``page_furniture``; rule in ``bench/junk/README.md``): lines of pages no earlier set
drew from (the zyte extraction pages' non-article lines, the Common Crawl spam pages and ClueWeb
Japanese shop pages of ``corpora/warc/resiliparse``), injected into articles no earlier set used
(``fresh_articles``) at new positions (``layout="scatter"``); built and measured on the start
tree before any change made for it.
``heldout6`` (``unseen_furniture``; rule in ``bench/junk/README.md``): the human-marked boilerplate
lines of the trafilatura evaluation's English pages (not those dated 2019, judged-3's pool) and
every line of the WARC test files no set used, less any line an earlier set holds, injected
into articles no earlier set used (``unseen_articles``) at new positions (``layout="sidebar"``).
For the other sets each article gets junk at
several positions: the top, between paragraphs, inside a paragraph's block (no blank line), in
clusters, at the bottom, and site furniture repeated on every page of its "site" (five articles
share a site URL).  ``bench/junk/keep.tsv`` adds article lines that look like junk (introduced
foreign quotations, names in their own script, sentences with interface words): they must stay.

Reported per junk set and article half: junk removed, article paragraphs kept, look-alikes kept,
and the cleaner's time per article.  The cleaner reads the articles in a run's batches
(``BATCH_SIZE``, ``CleanStep.process_batch``): a site's first pages see its later pages' lines.

``heldout7`` (``undrawn_furniture``; rule in ``bench/junk/README.md``): the lines heldout5's per-page
sample left out of its pages and every line of the WARC pages no set read, less any line an
earlier set holds, injected into articles no earlier set used (``new_articles``) at new positions
(``layout="dense"``); built and measured on the session-10 start tree before any change.

Usage: python bench/injected_junk.py [--n 200] [--seed 18] [--show 20] [--junk dev|heldout|...|heldout7|all]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
JUNK = Path(__file__).resolve().parent / "junk"
SITE_SIZE = 5
BATCH_SIZE = 32  # a run's batch (``pipeline.default.PipelineOptions.batch_size``): the cleaner looks ahead within it
SETS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
LAYOUTS = {"heldout4": "runs", "heldout5": "scatter", "heldout6": "sidebar", "heldout7": "dense"}


def _tsv(name: str) -> list[dict[str, str]]:
    lines = [line for line in (JUNK / name).read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


REAL_FURNITURE_MAX_WORDS = 12
_WORD = re.compile(r"[^\W\d_]+")


def real_furniture(root: Path, half: Optional[str] = None, seed: int = 18) -> list[str]:
    """heldout4's junk: the trafilatura evaluation's boilerplate snippets ("without") of the pages
    outside its English subset, as whole lines: one to ``REAL_FURNITURE_MAX_WORDS`` words, starting
    with a capital, a digit or "©" (a snippet starting in lower case is a cut piece of a line).

    ``half`` ("dev" or "test") takes the snippets of that half's pages only (``half_of`` the page
    URL), and the test half none that a dev page also has: the dev half's survivors may be read
    and tuned on while the test half stays junk never seen."""
    base = root / "eval" / "html-extraction" / "trafilatura-eval"
    pages = json.loads((base / "evaldata_all.json").read_text("utf-8"))
    english = json.loads((base / "evaldata_en.json").read_text("utf-8"))
    lines: dict[str, None] = {}
    by_half: dict[str, dict[str, None]] = {"dev": {}, "test": {}}
    for url in sorted(pages):
        if url in english:
            continue  # the HTML-extraction bench's pages: their furniture may have been looked at
        for snippet in pages[url].get("without", []):
            text = " ".join(snippet.split())
            if 1 <= len(_WORD.findall(text)) <= REAL_FURNITURE_MAX_WORDS and (text[0].isupper() or text[0].isdigit() or text[0] == "©"):
                lines[text] = None
                by_half[half_of(url, seed)][text] = None
    if half == "dev":
        return list(by_half["dev"])
    if half == "test":
        return [line for line in by_half["test"] if line not in by_half["dev"]]
    return list(lines)


PAGE_LINE_MAX_WORDS = 15
PAGE_LINES_PER_PAGE = 25
_BLOCK_TAGS = ("p", "div", "li", "ul", "ol", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "br", "section",
               "article", "header", "footer", "nav", "aside", "form", "option", "dt", "dd", "figcaption", "blockquote",
               "table", "title", "button", "label")


def html_lines(html: str) -> list[str]:
    """The visible text lines of a page as a browser lays them out: script, style and hidden
    blocks dropped, a line break at every block element, whitespace collapsed."""
    import lxml.html

    try:  # the text is decoded already: lxml must not guess its encoding again (it takes Latin-1)
        tree = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception:  # an empty or broken page gives no lines
        return []
    for bad in tree.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    lines = [" ".join(line.split()) for line in tree.text_content().split("\n")]
    return [line for line in lines if line]


def _line_shape_ok(text: str) -> bool:
    """A whole line of 1 to ``PAGE_LINE_MAX_WORDS`` words that does not start in lower case (a
    line starting in lower case is a cut piece of a sentence); caseless scripts (CJK, Thai) pass."""
    words = _WORD.findall(text)
    if not 1 <= len(words) <= PAGE_LINE_MAX_WORDS or len(text) > 200:
        return False
    first = text[0]
    return not first.islower() and (first.isalnum() or first in "©«»\"'¿¡[(|>+#@€$£")


def page_furniture(root: Path, half: Optional[str] = None, seed: int = 18) -> list[str]:
    """heldout5's junk: lines of real pages that no earlier junk set drew from, taken by a fixed
    filter and never read before the set was measured on the start tree:

    - the zyte article-extraction pages (``eval/html-extraction/zyte``): every text line of the
      page that is not part of its human-written article body (menus, teasers of other stories,
      bylines, share and comment widgets, footers, cookie prompts, in the pages' own languages);
    - the Common Crawl excerpt of random, often spammy, multilingual sites and the ClueWeb09
      Japanese shop pages (``corpora/warc/resiliparse``): every text line (none is a news article).

    Each page gives at most ``PAGE_LINES_PER_PAGE`` lines (a fixed-seed sample) so that no one
    page's menu fills the set.  ``half`` takes the lines of that half's pages (``half_of`` the
    page URL) and the test half none that a dev page also has."""
    by_half: dict[str, dict[str, None]] = {"dev": {}, "test": {}}
    for url, lines in _furniture_pages(root):
        rng = random.Random(f"{seed}|{url}")
        chosen = [line for line in dict.fromkeys(lines) if _line_shape_ok(line)]
        if len(chosen) > PAGE_LINES_PER_PAGE:
            chosen = rng.sample(chosen, PAGE_LINES_PER_PAGE)
        for line in chosen:
            by_half[half_of(url, seed)][line] = None
    if half == "dev":
        return list(by_half["dev"])
    if half == "test":
        return [line for line in by_half["test"] if line not in by_half["dev"]]
    return list(dict.fromkeys(list(by_half["dev"]) + list(by_half["test"])))


def _furniture_pages(root: Path) -> Iterator[tuple[str, list[str]]]:
    import gzip

    from annalyst.read import iter_documents

    zyte = root / "eval" / "html-extraction" / "zyte"
    truth = json.loads((zyte / "ground-truth.json").read_text("utf-8"))
    for key in sorted(truth):
        body = " ".join(truth[key]["articleBody"].split())
        html = gzip.decompress((zyte / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        yield truth[key]["url"], [line for line in html_lines(html) if line not in body]
    warcs = root / "corpora" / "warc" / "resiliparse"
    for name in ("warcfile.warc.gz", "clueweb-quirk.warc.gz"):
        for doc in iter_documents([str(warcs / name)]):
            if doc.raw_html:
                yield doc.url or doc.doc_id, html_lines(doc.raw_html)


UNSEEN_WARCS = ("jwarc/cc.warc.gz", "warcio/example.warc.gz",
                "ukwa_webarchive_test_suite/small-arcs-and-warcs/IAH-urls-wget.warc.gz",
                "ukwa_webarchive_test_suite/small-arcs-and-warcs/IAH-20080430204825-00000-blackbook-truncated.warc.gz",
                "ukwa_webarchive_test_suite/wikipedia-sopa-blackout-2012/wikipedia-blackout/sopa-wikipedia-homepage.warc.gz",
                "ukwa_webarchive_test_suite/wikipedia-sopa-blackout-2012/wikipedia-post-blackout/main-page.warc.gz",
                "ukwa_webarchive_test_suite/wikipedia-sopa-blackout-2012/wikipedia-post-blackout/post-blackout.warc.gz")
JUDGED3_YEAR = "2019"  # judged-3 drew its trafilatura-eval pages from those dated 2019: heldout6 leaves them all out


def unseen_furniture(root: Path, half: Optional[str] = None, seed: int = 18) -> list[str]:
    """heldout6's junk: lines of pages that no earlier junk set and not judged-3 drew from, taken
    by a fixed filter and never read before the set was measured on the start tree:

    - the trafilatura evaluation's English pages (``html/``; heldout4 took only the non-English
      pages' snippets), those not dated 2019 (judged-3's pool): every visible line of the page
      that holds one of its human-marked "must not contain" snippets and none of its "must
      contain" ones, as the whole line the page shows (not the snippet);
    - the WARC test files no set used (``UNSEEN_WARCS``: a Common Crawl record, web-archive test
      crawls, Wikipedia main pages of 2012 in their blackout and after): every text line.

    Same line shape and per-page cap as heldout5 (``_line_shape_ok``, ``PAGE_LINES_PER_PAGE``),
    less any line an earlier set holds (``_earlier_lines``: the same sites' furniture);
    ``half`` takes the lines of that half's pages and the test half none that a dev page has."""
    return _sampled_lines(_unseen_pages(root), _earlier_lines(root, seed), seed, 6, half)


def _sampled_lines(pages: Iterable[tuple[str, list[str]]], earlier: set[str], seed: int, set_no: int,
                   half: Optional[str]) -> list[str]:
    """Up to ``PAGE_LINES_PER_PAGE`` lines of each page (``_line_shape_ok``, none of ``earlier``),
    drawn with a per-page seed; ``half`` takes that half's pages' lines, the test half none a dev page has."""
    by_half: dict[str, dict[str, None]] = {"dev": {}, "test": {}}
    for url, lines in pages:
        rng = random.Random(f"{seed}|{set_no}|{url}")
        chosen = [line for line in dict.fromkeys(lines) if _line_shape_ok(line) and line not in earlier]
        if len(chosen) > PAGE_LINES_PER_PAGE:
            chosen = rng.sample(chosen, PAGE_LINES_PER_PAGE)
        for line in chosen:
            by_half[half_of(url, seed)][line] = None
    if half == "dev":
        return list(by_half["dev"])
    if half == "test":
        return [line for line in by_half["test"] if line not in by_half["dev"]]
    return list(dict.fromkeys(list(by_half["dev"]) + list(by_half["test"])))


def _earlier_lines(root: Path, seed: int) -> set[str]:
    """Every line of the earlier sets: the same site's teaser or menu on a zyte page and a
    trafilatura-eval page ("Namibians want Germany to remove monuments") is not unseen junk."""
    lines = set(real_furniture(root, None, seed)) | set(page_furniture(root, None, seed))
    for name in ("dev", "heldout", "heldout2", "heldout3"):
        lines.update(row["text"] for row in _tsv(f"{name}.tsv"))
    return lines


def _unseen_pages(root: Path) -> Iterator[tuple[str, list[str]]]:
    from annalyst.read import iter_documents

    base = root / "eval" / "html-extraction" / "trafilatura-eval"
    pages = json.loads((base / "evaldata_en.json").read_text("utf-8"))
    for url in sorted(pages):
        page = pages[url]
        path = base / "html" / page["file"]
        if (page.get("date") or "").startswith(JUDGED3_YEAR) or not path.exists():
            continue
        without = [" ".join(s.split()) for s in page.get("without", []) if s.strip()]
        with_ = [" ".join(s.split()) for s in page.get("with", []) if s.strip()]
        html = path.read_bytes().decode("utf-8", "replace")
        yield url, [line for line in html_lines(html)
                    if any(s in line for s in without) and not any(s in line for s in with_)]
    warcs = root / "corpora" / "warc"
    for name in UNSEEN_WARCS:
        for doc in iter_documents([str(warcs / name)]):
            if doc.raw_html:
                yield doc.url or doc.doc_id, html_lines(doc.raw_html)


NEW_WARCS = ("resiliparse/clipped.warc.gz", "warcio/example-iana.org-chunked.warc")


def undrawn_furniture(root: Path, half: Optional[str] = None, seed: int = 18) -> list[str]:
    """heldout7's junk: lines no earlier set holds, taken by a fixed filter and never read before
    the set was measured on the session-10 start tree:

    - the pages heldout5 sampled at most ``PAGE_LINES_PER_PAGE`` lines from (the zyte pages'
      non-article lines, the Common Crawl excerpt's spammy multilingual sites, the ClueWeb09
      Japanese shop pages): the lines its sample left out;
    - the WARC pages no set read (``NEW_WARCS``: resiliparse's clipped record, warcio's IANA page):
      every line.

    Same line shape as heldout5 and heldout6 (``_line_shape_ok``), less every line of every earlier
    set (``_earlier_lines`` and heldout6's), at most ``PAGE_LINES_PER_PAGE`` per page seeded by
    ``seed|7|URL``; ``half`` takes the lines of that half's pages (``half_of`` the page URL) and the
    test half none that a dev page has."""
    from annalyst.read import iter_documents

    earlier = _earlier_lines(root, seed) | set(unseen_furniture(root, None, seed))
    pages = list(_furniture_pages(root))
    warcs = root / "corpora" / "warc"
    for name in NEW_WARCS:
        pages += [(doc.url or doc.doc_id, html_lines(doc.raw_html))
                  for doc in iter_documents([str(warcs / name)]) if doc.raw_html]
    return _sampled_lines(pages, earlier, seed, 7, half)


def junk_lines(name: str, root: Path, half: Optional[str] = None, seed: int = 18) -> list[str]:
    """The junk set's lines; for heldout4, heldout5 and heldout6, those of the article ``half``'s
    pages (``real_furniture``, ``page_furniture``, ``unseen_furniture``)."""
    if name == "heldout4":
        return real_furniture(root, half, seed)
    if name == "heldout5":
        return page_furniture(root, half, seed)
    if name == "heldout6":
        return unseen_furniture(root, half, seed)
    if name == "heldout7":
        return undrawn_furniture(root, half, seed)
    return [row["text"] for row in _tsv(f"{name}.tsv")]


def bbc_articles(root: Path) -> Iterator[tuple[str, str, list[str]]]:
    for path in sorted((root / "corpora" / "bbc-news" / "bbc").glob("*/*.txt")):
        lines = [l.strip() for l in path.read_text(encoding="latin-1").split("\n")]
        body = [l for l in lines[1:] if l]
        yield f"bbc/{path.parent.name}/{path.name}", lines[0], body


def reuters_articles(root: Path, files: int = 2, first: int = 0) -> Iterator[tuple[str, str, list[str]]]:
    from annalyst.read import iter_documents

    paths = sorted((root / "corpora" / "reuters21578").glob("reut2-*.sgm"))[first:first + files]
    for doc in iter_documents([str(p) for p in paths]):
        if doc.raw and doc.title and len(doc.raw) > 400:
            yield f"reuters/{doc.meta['record_id']}", doc.title, doc.raw.split("\n\n")


FRESH_ARTICLES = ("heldout5",)
FRESH_REUTERS_FILES = (10, 2)  # reut2-010 and reut2-011: files no other junk set draws from
UNSEEN_ARTICLES = ("heldout6",)
UNSEEN_REUTERS_FILES = (12, 2)  # reut2-012 and reut2-013: files no earlier junk set draws from
NEW_ARTICLES = ("heldout7",)
NEW_REUTERS_FILES = (14, 2)  # reut2-014 and reut2-015: files no earlier junk set draws from


def fresh_articles(root: Path, bbc: list[tuple[str, str, list[str]]], used: list[tuple[str, str, list[str]]],
                   n: int, seed: int) -> list[tuple[str, str, list[str]]]:
    """Articles no earlier junk set was measured on: BBC stories outside the main sample and
    Reuters stories of other .sgm files, drawn with their own fixed seed."""
    rng = random.Random(f"{seed}|fresh")
    taken = {a[0] for a in used}
    first, files = FRESH_REUTERS_FILES
    reuters = list(reuters_articles(root, files=files, first=first))
    return rng.sample([a for a in bbc if a[0] not in taken], n // 2) + rng.sample(reuters, n - n // 2)


def unseen_articles(root: Path, bbc: list[tuple[str, str, list[str]]], used: list[tuple[str, str, list[str]]],
                    n: int, seed: int) -> list[tuple[str, str, list[str]]]:
    """heldout6's articles: BBC stories outside the main and fresh samples and Reuters stories of
    .sgm files no earlier set read, drawn with their own fixed seed."""
    rng = random.Random(f"{seed}|unseen")
    taken = {a[0] for a in used}
    first, files = UNSEEN_REUTERS_FILES
    reuters = list(reuters_articles(root, files=files, first=first))
    return rng.sample([a for a in bbc if a[0] not in taken], n // 2) + rng.sample(reuters, n - n // 2)


def new_articles(root: Path, bbc: list[tuple[str, str, list[str]]], used: list[tuple[str, str, list[str]]],
                 n: int, seed: int) -> list[tuple[str, str, list[str]]]:
    """heldout7's articles: BBC stories outside the main, fresh and unseen samples and Reuters
    stories of .sgm files no earlier set read, drawn with their own fixed seed."""
    rng = random.Random(f"{seed}|new")
    taken = {a[0] for a in used}
    first, files = NEW_REUTERS_FILES
    reuters = list(reuters_articles(root, files=files, first=first))
    return rng.sample([a for a in bbc if a[0] not in taken], n // 2) + rng.sample(reuters, n - n // 2)


def half_of(key: str, seed: int) -> str:
    """dev or test, by document: a hash of the seed and the article's key."""
    return "dev" if hashlib.sha1(f"{seed}|{key}".encode()).digest()[0] % 2 == 0 else "test"


@dataclass
class Case:
    key: str
    site: str
    text: str
    body: list[str]
    junk: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)


def add_lookalike(blocks: list[str], kept: list[str], keep: list[dict[str, str]], rng: random.Random) -> None:
    """After 4% of paragraphs, a line that looks like junk but is the article's (with its context
    line, when it has one): it must be kept."""
    if rng.random() < 0.04:
        row = rng.choice(keep)
        if row["context"]:
            blocks.append(row["context"])
        blocks.append(row["line"])
        kept.append(row["line"])


def build_cases(articles: list[tuple[str, str, list[str]]], junk: list[str], keep: list[dict[str, str]],
                rng: random.Random, layout: str = "classic") -> list[Case]:
    if layout == "runs":
        return build_run_cases(articles, junk, keep, rng)
    if layout == "scatter":
        return build_scatter_cases(articles, junk, keep, rng)
    if layout == "sidebar":
        return build_sidebar_cases(articles, junk, keep, rng)
    if layout == "dense":
        return build_dense_cases(articles, junk, keep, rng)
    cases = []
    site_furniture: dict[str, list[str]] = {}
    for index, (key, title, body) in enumerate(articles):
        site = f"site{index // SITE_SIZE}.example"
        furniture = site_furniture.setdefault(site, rng.sample(junk, 2))
        injected: list[str] = []
        kept: list[str] = []

        def pick() -> str:
            injected.append(rng.choice(junk))
            return injected[-1]

        blocks: list[str] = [furniture[0]]  # the site's header furniture, on every page
        injected.append(furniture[0])
        if rng.random() < 0.5:
            blocks.append(pick())
        blocks.append(title)
        if rng.random() < 0.5:
            blocks.append(pick())
        for paragraph in body:
            roll = rng.random()
            if roll < 0.12:
                blocks.append(pick())
            elif roll < 0.17:
                blocks.append(f"{pick()}\n{pick()}")  # a cluster of widgets
            elif roll < 0.22:
                paragraph = f"{paragraph}\n{pick()}"  # junk inside the paragraph's block
            blocks.append(paragraph)
            add_lookalike(blocks, kept, keep, rng)
        blocks += [pick(), furniture[1]]
        injected.append(furniture[1])
        cases.append(Case(key, site, "\n\n".join(blocks), body, injected, kept))
    return cases


def build_run_cases(articles: list[tuple[str, str, list[str]]], junk: list[str], keep: list[dict[str, str]],
                    rng: random.Random) -> list[Case]:
    """Junk in runs, as real pages hold it: a header block of one to three lines (the site's
    first), a line under the title in its block, runs of two to four lines between paragraphs, a
    line opening a paragraph's block, and a footer block of two to five lines (the site's last)."""
    cases = []
    site_furniture: dict[str, list[str]] = {}
    for index, (key, title, body) in enumerate(articles):
        site = f"site{index // SITE_SIZE}.example"
        furniture = site_furniture.setdefault(site, rng.sample(junk, 2))
        injected: list[str] = []
        kept: list[str] = []

        def run(n: int) -> list[str]:
            lines = [rng.choice(junk) for _ in range(n)]
            injected.extend(lines)
            return lines

        injected.append(furniture[0])
        blocks: list[str] = ["\n".join([furniture[0]] + run(rng.randint(0, 2)))]
        blocks.append("\n".join([title] + run(1)) if rng.random() < 0.3 else title)
        for paragraph in body:
            roll = rng.random()
            if roll < 0.10:
                blocks.append("\n".join(run(rng.randint(2, 4))))
            elif roll < 0.16:
                paragraph = "\n".join(run(1) + [paragraph])  # a line opening the paragraph's block
            blocks.append(paragraph)
            add_lookalike(blocks, kept, keep, rng)
        injected.append(furniture[1])
        blocks.append("\n".join(run(rng.randint(2, 5)) + [furniture[1]]))
        cases.append(Case(key, site, "\n\n".join(blocks), body, injected, kept))
    return cases


@dataclass
class _Page:
    """One page of the later layouts being built: its site, the site's two furniture lines (both counted
    as injected from the start), the junk lines injected so far and the look-alikes kept."""

    site: str
    furniture: list[str]
    injected: list[str]
    kept: list[str]
    junk: list[str]
    rng: random.Random

    @classmethod
    def start(cls, index: int, site_furniture: dict[str, list[str]], junk: list[str],
              rng: random.Random) -> "_Page":
        site = f"site{index // SITE_SIZE}.example"
        furniture = site_furniture.setdefault(site, rng.sample(junk, 2))
        return cls(site, furniture, [furniture[0], furniture[1]], [], junk, rng)

    def run(self, n: int) -> list[str]:
        """``n`` junk lines drawn for this page, counted as injected."""
        lines = [self.rng.choice(self.junk) for _ in range(n)]
        self.injected.extend(lines)
        return lines


def build_scatter_cases(articles: list[tuple[str, str, list[str]]], junk: list[str], keep: list[dict[str, str]],
                        rng: random.Random) -> list[Case]:
    """heldout5's layout, with positions the earlier sets did not use: the site's furniture under
    the title (not at the top), a junk line between two paragraphs that share one block (no blank
    line on either side), one lone line between paragraphs, a line closing a paragraph's block,
    and a footer split over several blocks with the site's line in its middle."""
    cases = []
    site_furniture: dict[str, list[str]] = {}
    for index, (key, title, body) in enumerate(articles):
        page = _Page.start(index, site_furniture, junk, rng)
        site, furniture, injected, kept, run = page.site, page.furniture, page.injected, page.kept, page.run

        blocks: list[str] = [title, furniture[0]]
        pending: Optional[str] = None  # a paragraph waiting to share its block with the next one
        for paragraph in body:
            if pending is not None:
                blocks.append("\n".join([pending] + run(1) + [paragraph]))
                pending = None
                add_lookalike(blocks, kept, keep, rng)
                continue
            roll = rng.random()
            if roll < 0.08:
                pending = paragraph
                continue
            if roll < 0.18:
                blocks.append(run(1)[0])
            elif roll < 0.24:
                paragraph = "\n".join([paragraph] + run(1))  # a line closing the paragraph's block
            blocks.append(paragraph)
            add_lookalike(blocks, kept, keep, rng)
        if pending is not None:
            blocks.append(pending)
        blocks += ["\n".join(run(rng.randint(1, 3))), furniture[1], "\n".join(run(rng.randint(1, 3)))]
        cases.append(Case(key, site, "\n\n".join(blocks), body, injected, kept))
    return cases


def build_sidebar_cases(articles: list[tuple[str, str, list[str]]], junk: list[str], keep: list[dict[str, str]],
                        rng: random.Random) -> list[Case]:
    """heldout6's layout, with positions no earlier set used: a breadcrumb line above the title in
    the title's block, the site's first line in the middle of the article (after its second
    paragraph, on each of the site's pages), a sidebar of three to six lines each in its own block
    between two paragraphs, and a footer of four to eight single-line blocks with the site's second
    line first."""
    cases = []
    site_furniture: dict[str, list[str]] = {}
    for index, (key, title, body) in enumerate(articles):
        page = _Page.start(index, site_furniture, junk, rng)
        site, furniture, injected, kept, run = page.site, page.furniture, page.injected, page.kept, page.run

        blocks: list[str] = ["\n".join(run(1) + [title]) if rng.random() < 0.5 else title]
        sidebar_at = rng.randrange(1, max(2, len(body)))
        for number, paragraph in enumerate(body):
            if number == 2:
                blocks.append(furniture[0])
            if number == sidebar_at:
                blocks.extend(run(rng.randint(3, 6)))
            blocks.append(paragraph)
            add_lookalike(blocks, kept, keep, rng)
        if len(body) <= 2:
            blocks.append(furniture[0])
        blocks += [furniture[1]] + run(rng.randint(3, 7))
        cases.append(Case(key, site, "\n\n".join(blocks), body, injected, kept))
    return cases


def build_dense_cases(articles: list[tuple[str, str, list[str]]], junk: list[str], keep: list[dict[str, str]],
                      rng: random.Random) -> list[Case]:
    """heldout7's layout, with positions no earlier set used: two lines under the title in the
    title's block, the site's first line both at the top and right after the first paragraph in
    that paragraph's block, a lone line after every third paragraph, a run of two lines before the
    last paragraph in its block, and the site's second line closing the last paragraph's block
    followed by a one-block footer of two to four lines."""
    cases = []
    site_furniture: dict[str, list[str]] = {}
    for index, (key, title, body) in enumerate(articles):
        page = _Page.start(index, site_furniture, junk, rng)
        site, furniture, injected, kept, run = page.site, page.furniture, page.injected, page.kept, page.run
        injected.append(furniture[0])  # it shows twice on each page

        blocks: list[str] = [furniture[0], "\n".join([title] + run(2))]
        last = len(body) - 1
        for number, paragraph in enumerate(body):
            if number == 0:
                paragraph = "\n".join([paragraph, furniture[0]])
            if number == last and number > 0:
                paragraph = "\n".join(run(2) + [paragraph])
            if number == last:
                paragraph = "\n".join([paragraph, furniture[1]])
            blocks.append(paragraph)
            add_lookalike(blocks, kept, keep, rng)
            if number % 3 == 2 and number != last:
                blocks.append(run(1)[0])
        blocks.append("\n".join(run(rng.randint(2, 4))))
        cases.append(Case(key, site, "\n\n".join(blocks), body, injected, kept))
    return cases


@dataclass
class Score:
    junk_total: int = 0
    junk_kept: int = 0
    paragraphs_total: int = 0
    paragraphs_lost: int = 0
    keep_total: int = 0
    keep_lost: int = 0
    seconds: float = 0.0
    articles: int = 0
    survivors: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)

    def row(self, name: str) -> str:
        removed = 1 - self.junk_kept / max(1, self.junk_total)
        kept = 1 - self.paragraphs_lost / max(1, self.paragraphs_total)
        lookalike = 1 - self.keep_lost / max(1, self.keep_total)
        ms = 1000 * self.seconds / max(1, self.articles)
        return (f"| {name} | {self.articles} | {removed:.3f} ({self.junk_total - self.junk_kept}/{self.junk_total}) | "
                f"{kept:.4f} ({self.paragraphs_total - self.paragraphs_lost}/{self.paragraphs_total}) | "
                f"{lookalike:.3f} ({self.keep_total - self.keep_lost}/{self.keep_total}) | {ms:.1f} |")


def score(cases: list[Case]) -> Score:
    from annalyst.clean import CleanStep
    from annalyst.clean.markers import unbracket_company_markers
    from annalyst.clean.normalize import normalize_text as _normalize
    from annalyst.model import Document

    def normalize_text(text: str) -> str:
        # the form a kept paragraph takes in the cleaned text: wire company markers are read as prose
        return unbracket_company_markers(_normalize(text))

    step = CleanStep()
    step.prepare()
    out = Score()
    docs = [Document(doc_id=case.key, source=case.key, raw=case.text, url=f"https://{case.site}/story/{i}")
            for i, case in enumerate(cases)]
    cleaned: list[Document] = []
    for first in range(0, len(docs), BATCH_SIZE):  # in batches, as a run cleans them
        start = time.perf_counter()
        cleaned += step.process_batch(docs[first:first + BATCH_SIZE])
        out.seconds += time.perf_counter() - start
    for case, doc in zip(cases, cleaned):
        out.articles += 1
        lines = {line for line in doc.text.split("\n") if line}
        text = doc.text
        for junk in case.junk:
            out.junk_total += 1
            if normalize_text(junk) in lines:
                out.junk_kept += 1
                out.survivors.append(junk)
        for paragraph in case.body:
            out.paragraphs_total += 1
            if normalize_text(paragraph) not in text:
                out.paragraphs_lost += 1
                reason = next((r.reason for r in doc.removed if r.text == normalize_text(paragraph)), "?")
                out.lost.append(f"[{reason}] {paragraph[:100]}")
        for line in case.keep:
            out.keep_total += 1
            if normalize_text(line) not in lines:
                out.keep_lost += 1
                reason = next((r.reason for r in doc.removed if r.text == normalize_text(line)), "?")
                out.lost.append(f"look-alike [{reason}] {line}")
    return out


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--n", type=int, default=200, help="articles in all (half BBC, half Reuters)")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--junk", choices=SETS + ("all",), default="all")
    parser.add_argument("--half", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--show", type=int, default=15, help="print up to N surviving junk lines and lost lines")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "src"))

    rng = random.Random(args.seed)
    bbc = list(bbc_articles(args.shared))
    reuters = list(reuters_articles(args.shared))
    articles = rng.sample(bbc, args.n // 2) + rng.sample(reuters, args.n - args.n // 2)
    fresh = fresh_articles(args.shared, bbc, articles, args.n, args.seed)
    unseen = unseen_articles(args.shared, bbc, articles + fresh, args.n, args.seed)
    new = new_articles(args.shared, bbc, articles + fresh + unseen, args.n, args.seed)
    keep = _tsv("keep.tsv")
    sets = SETS if args.junk == "all" else (args.junk,)
    halves = ("dev", "test") if args.half == "both" else (args.half,)
    print("| junk set / article half | articles | junk removed | article paragraphs kept | look-alikes kept | ms/article |")
    print("|---|---|---|---|---|---|")
    for name in sets:
        for half in halves:
            junk = junk_lines(name, args.shared, half, args.seed)
            pool = (fresh if name in FRESH_ARTICLES else unseen if name in UNSEEN_ARTICLES
                    else new if name in NEW_ARTICLES else articles)
            chosen = [a for a in pool if half_of(a[0], args.seed) == half]
            cases = build_cases(chosen, junk, keep, random.Random(f"{args.seed}|{name}|{half}"), LAYOUTS.get(name, "classic"))
            result = score(cases)
            print(result.row(f"{name} junk / {half} half"))
            for line in sorted(set(result.survivors))[: args.show]:
                print(f"    kept junk: {line}", file=sys.stderr)
            for line in result.lost[: args.show]:
                print(f"    lost: {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
