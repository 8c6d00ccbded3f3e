"""``bench/injected_junk.py``: junk the cleaner was not written for goes, article paragraphs stay."""

from __future__ import annotations

import random
import sys

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))

import injected_junk as bench  # noqa: E402

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def articles(shared_dir):
    rng = random.Random(5)
    return rng.sample(list(bench.bbc_articles(shared_dir)), 20) + rng.sample(list(bench.reuters_articles(shared_dir)), 20)


@pytest.mark.parametrize("junk_set, min_removed", [("dev", 0.95), ("heldout", 0.95), ("heldout2", 0.93),
                                                    ("heldout3", 0.93), ("heldout4", 0.85), ("heldout5", 0.75),
                                                    ("heldout6", 0.75)])
def test_junk_goes_and_paragraphs_stay(articles, junk_set, min_removed, shared_dir):
    junk = bench.junk_lines(junk_set, shared_dir)
    cases = bench.build_cases(articles, junk, bench._tsv("keep.tsv"), random.Random(junk_set),
                              bench.LAYOUTS.get(junk_set, "classic"))
    result = bench.score(cases)
    assert result.junk_total > 150
    assert 1 - result.junk_kept / result.junk_total >= min_removed, sorted(set(result.survivors))
    assert result.paragraphs_total - result.paragraphs_lost >= 0.995 * result.paragraphs_total, result.lost
    # at most one look-alike lost: a heading injected last, with only junk after it, is furniture
    # by its place (docs/reading-and-cleaning.md); quotations and names all stay
    assert result.keep_lost <= 1 and all("What happens" in l or "Why it" in l for l in result.lost if "look-alike" in l), \
        result.lost


def test_heldout4_is_real_furniture_of_pages_outside_the_html_bench(shared_dir):
    import json

    lines = bench.real_furniture(shared_dir)
    base = shared_dir / "eval" / "html-extraction" / "trafilatura-eval"
    pages = json.loads((base / "evaldata_all.json").read_text("utf-8"))
    english = json.loads((base / "evaldata_en.json").read_text("utf-8"))

    def snippets(urls):
        return {" ".join(s.split()) for url in urls for s in pages[url].get("without", [])}

    only_english = snippets(english) - snippets(set(pages) - set(english))
    assert len(lines) > 1000 and len(set(lines)) == len(lines)
    assert not set(lines) & only_english  # the HTML-extraction bench's pages give nothing
    assert all(1 <= len(bench._WORD.findall(line)) <= bench.REAL_FURNITURE_MAX_WORDS for line in lines)


def test_the_runs_layout_puts_junk_in_runs(articles):
    junk = [f"junk line {i}" for i in range(50)]
    cases = bench.build_cases(articles[:10], junk, bench._tsv("keep.tsv"), random.Random(1), "runs")
    for case in cases:
        blocks = case.text.split("\n\n")
        footer = blocks[-1].split("\n")
        assert 3 <= len(footer) <= 6 and all(line in case.junk for line in footer)
        assert blocks[0].split("\n")[0] == case.junk[0]  # the site's header opens the page


def test_the_junk_sets_are_disjoint():
    sets = {name: {row["text"] for row in bench._tsv(f"{name}.tsv")} for name in ("dev", "heldout", "heldout2", "heldout3")}
    names = sorted(sets)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not sets[a] & sets[b], (a, b, sets[a] & sets[b])


def test_heldout4_halves_take_junk_from_different_pages(shared_dir):
    dev, test = bench.real_furniture(shared_dir, "dev"), bench.real_furniture(shared_dir, "test")
    assert len(dev) > 400 and len(test) > 400
    assert not set(dev) & set(test)  # the test half's junk was never read
    assert set(dev) | set(test) == set(bench.real_furniture(shared_dir))
    assert bench.junk_lines("heldout4", shared_dir, "test") == test


def test_heldout5_halves_take_lines_from_different_pages(shared_dir):
    dev, test = bench.page_furniture(shared_dir, "dev"), bench.page_furniture(shared_dir, "test")
    assert len(dev) > 1000 and len(test) > 1000
    assert not set(dev) & set(test)  # the test half's junk was never read
    # other pages: only generic menu words ("Home", "Kontakt", "Share this:") are also among heldout4's snippets
    assert len(set(dev + test) & set(bench.real_furniture(shared_dir))) < 0.01 * len(set(dev + test))
    assert all(bench._line_shape_ok(line) for line in dev + test)


def test_html_lines_breaks_at_blocks_and_drops_scripts():
    html = "<html><head><title>T</title></head><body><div>Menu<a href=x>Home</a></div><p>Text <b>bold</b></p>" \
           "<script>var x = 1;</script><ul><li>Sport</li><li>Wetter</li></ul></body></html>"
    assert bench.html_lines(html) == ["MenuHome", "Text bold", "Sport", "Wetter"]


def test_fresh_articles_are_outside_the_main_sample(shared_dir):
    rng = random.Random(18)
    bbc = list(bench.bbc_articles(shared_dir))
    main = rng.sample(bbc, 10)
    fresh = bench.fresh_articles(shared_dir, bbc, main, 20, 18)
    assert len(fresh) == 20 and not {a[0] for a in fresh} & {a[0] for a in main}
    reuters_files = {a[0] for a in bench.reuters_articles(shared_dir)}
    assert not {a[0] for a in fresh if a[0].startswith("reuters/")} & reuters_files


def test_the_scatter_layout_puts_junk_at_new_places(articles):
    junk = [f"junk line {i}" for i in range(50)]
    cases = bench.build_cases(articles[:10], junk, bench._tsv("keep.tsv"), random.Random(1), "scatter")
    for case in cases:
        blocks = case.text.split("\n\n")
        assert blocks[1] == case.junk[0]  # the site's line under the title, on every page of the site
        assert case.junk[1] in blocks[-3:]  # the site's footer line amid the footer blocks
        assert all(p in case.text for p in case.body)


def test_heldout6_takes_lines_no_earlier_set_nor_judged3_drew_from(shared_dir):
    dev, test = bench.unseen_furniture(shared_dir, "dev"), bench.unseen_furniture(shared_dir, "test")
    assert len(dev) > 100 and len(test) > 100
    assert not set(dev) & set(test)  # the test half's junk was never read
    earlier = set(bench.page_furniture(shared_dir)) | set(bench.real_furniture(shared_dir))
    assert not set(dev + test) & earlier  # the same sites' teasers and menus are left out
    assert all(bench._line_shape_ok(line) for line in dev + test)
    pages = dict(bench._unseen_pages(shared_dir))
    import json
    base = shared_dir / "eval" / "html-extraction" / "trafilatura-eval"
    dated = json.loads((base / "evaldata_en.json").read_text("utf-8"))
    assert not any((dated.get(url, {}).get("date") or "").startswith(bench.JUDGED3_YEAR) for url in pages)


def test_unseen_articles_are_outside_the_main_and_fresh_samples(shared_dir):
    rng = random.Random(18)
    bbc = list(bench.bbc_articles(shared_dir))
    main = rng.sample(bbc, 10)
    fresh = bench.fresh_articles(shared_dir, bbc, main, 20, 18)
    unseen = bench.unseen_articles(shared_dir, bbc, main + fresh, 20, 18)
    assert len(unseen) == 20 and not {a[0] for a in unseen} & {a[0] for a in main + fresh}
    used = {a[0] for a in bench.reuters_articles(shared_dir)} | {a[0] for a in fresh}
    used |= {a[0] for a in bench.reuters_articles(shared_dir, files=2, first=10)}
    assert not {a[0] for a in unseen if a[0].startswith("reuters/")} & used


def test_the_sidebar_layout_puts_junk_at_new_places(articles):
    junk = [f"junk line {i}" for i in range(50)]
    cases = bench.build_cases(articles[:10], junk, bench._tsv("keep.tsv"), random.Random(1), "sidebar")
    for case in cases:
        blocks = case.text.split("\n\n")
        site_first, site_second = case.junk[0], case.junk[1]
        assert site_first in blocks[1:]  # amid the article, not on top
        assert site_second in blocks[-8:-3]  # the footer's first line, more junk under it
        assert sum(1 for b in blocks if b.startswith("junk line")) >= 6  # sidebar and footer: one line a block
        assert all(p in case.text for p in case.body)


def test_heldout7_takes_lines_no_earlier_set_holds(shared_dir):
    dev, test = bench.undrawn_furniture(shared_dir, "dev"), bench.undrawn_furniture(shared_dir, "test")
    assert len(dev) > 500 and len(test) > 500
    assert not set(dev) & set(test)  # the test half's junk was never read
    earlier = bench._earlier_lines(shared_dir, 18) | set(bench.unseen_furniture(shared_dir))
    assert not set(dev + test) & earlier  # lines heldout5's sample left out, and pages no set read
    assert all(bench._line_shape_ok(line) for line in dev + test)


def test_new_articles_are_outside_every_earlier_sample(shared_dir):
    rng = random.Random(18)
    bbc = list(bench.bbc_articles(shared_dir))
    main = rng.sample(bbc, 10)
    fresh = bench.fresh_articles(shared_dir, bbc, main, 20, 18)
    unseen = bench.unseen_articles(shared_dir, bbc, main + fresh, 20, 18)
    new = bench.new_articles(shared_dir, bbc, main + fresh + unseen, 20, 18)
    assert len(new) == 20 and not {a[0] for a in new} & {a[0] for a in main + fresh + unseen}
    earlier_reuters = {a[0] for first in (0, 10, 12) for a in bench.reuters_articles(shared_dir, 2, first)}
    assert not {a[0] for a in new if a[0].startswith("reuters/")} & earlier_reuters


def test_the_dense_layout_puts_junk_at_new_places(articles):
    junk = [f"junk line {i}" for i in range(50)]
    cases = bench.build_cases(articles[:10], junk, bench._tsv("keep.tsv"), random.Random(1), "dense")
    for case in cases:
        blocks = case.text.split("\n\n")
        site_line = case.junk[0]
        assert blocks[0] == site_line and blocks[2].split("\n")[-1 if len(case.body) > 1 else -2] == site_line
        title_block = blocks[1].split("\n")
        assert len(title_block) == 3 and all(line in case.junk for line in title_block[1:])
        last = next(block.split("\n") for block in blocks if case.body[-1] in block.split("\n"))
        assert last[-1] == case.junk[1]  # the site's second line closes the last paragraph's block
        assert all(line in case.junk for line in blocks[-1].split("\n"))
        assert all(p in case.text for p in case.body)
