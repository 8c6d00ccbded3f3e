"""Junk in any script: lines in another script or language, and site-interface lines, by general features."""

from __future__ import annotations

import pytest

from annalyst.clean import clean_text
from annalyst.clean.interface import SiteLines
from annalyst.clean.lines import SiteContext

ARTICLE = [
    "The foreign ministers of both countries met in Geneva on Monday to discuss a ceasefire along the border.",
    "Observers from the United Nations will monitor the line of contact, officials said after the meeting.",
    "The talks are expected to resume next week in Vienna, according to a statement from the mediators.",
    "Both governments have accused each other of violating an earlier truce agreed in the spring.",
]


def _clean(*inserted: str, site: SiteContext | None = None, after: int = 1):
    """The article with ``inserted`` lines placed after its first ``after`` paragraphs; (kept text,
    removed reasons)."""
    blocks = [*ARTICLE[:after], *inserted, *ARTICLE[after:]]
    result = clean_text("\n\n".join(blocks), site=site)
    for paragraph in ARTICLE:
        assert paragraph in result.text.split("\n\n")
    return result.text, {r.text: r.reason for r in result.removed}


@pytest.mark.parametrize("line, lang", [
    ("网上娱乐平台注册送礼金", "zh"),  # no spaces: no words to count, the script is the evidence
    ("赌球", "zh"),
    ("ฝากเงินครั้งแรกรับโบนัสทันที", "th"),
    ("今なら初回入金で特典がもらえます", "ja"),  # three scripts mixed: one foreign part
    ("온라인 슬롯 무료 쿠폰", "ko"),
    ("Регистрируйтесь сегодня и получайте призы", "ru"),
    ("百家乐 roulette 在线 2025", "zh"),  # mostly Han outside brackets
    ("１位", "zh"),  # one character with a full-width figure: no letter of the article's script at all
    ("Бог", "ru"),  # three letters of an alphabet alone
])
def test_a_line_in_another_script_goes_whatever_its_length(line, lang):
    text, removed = _clean(line)
    assert removed == {line: f"spam:language:{lang}"}
    assert line not in text


@pytest.mark.parametrize("line, lang", [
    ("agen judi bola online resmi dan terpercaya di indonesia", "id"),
    ("mainkan permainan slot percuma dan menangi hadiah lumayan setiap minggu", "ms"),
    ("manood ng mga laro at tumaya sa inyong paboritong koponan", "tl"),
    # English "up" and "at" do not make an English line of it: "at" is Tagalog's too
    ("Mag-sign up na at kumuha ng libreng bonus", "tl"),
])
def test_short_lines_in_languages_close_to_english_words(line, lang):
    _, removed = _clean(line)
    assert removed.get(line, "").startswith("spam:language:")
    assert removed[line].split(":")[-1] in ({"id", "ms"} if lang in ("id", "ms") else {lang})


@pytest.mark.parametrize("line, lang", [
    ("Klicka här för att läsa mer om erbjudandet", "sv"),
    ("Kliknij tutaj aby pobrać za darmo", "pl"),
    ("Folgen Sie uns auf Facebook und Twitter", "de"),
    ("Dans la même rubrique", "fr"),
])
def test_latin_script_lines_of_more_languages(line, lang):
    _, removed = _clean(line)
    assert removed == {line: f"spam:language:{lang}"}


@pytest.mark.parametrize("inserted", [
    ("The statement, issued in Indonesian, ended with one sentence:",
     "Kami tidak akan menyerah dalam perundingan ini."),
    ("The placard carried by the marchers read:", "“和平，不要战争”"),
    ("“Nous ne lâcherons rien,” ",),
    ("The envoy, Wang Yi (王毅), arrived on Sunday.",),
])
def test_quotations_and_names_stay(inserted):
    text, removed = _clean(*inserted)
    assert removed == {}
    for line in inserted:
        assert line.strip() in text


def test_one_character_goes_alone_not_beside_the_article_letters():
    # a line with no letter of the article's script needs only one CJK character; beside Latin
    # letters one character is a gloss of a name ("Li 李"), as before
    from annalyst.clean.language import foreign_line

    assert foreign_line("１位", "en").language == "zh"
    assert foreign_line("Li 李", "en") is None
    assert foreign_line("Li Qiang 李", "en") is None


def test_a_signed_quotation_stays():
    post = "みんなに知っておいて欲しいんだけど、落ち着いて行動してください。"
    text, removed = _clean(post, "— Keiji Matsumoto (@keiji) January 24, 2020")
    assert removed == {} and post in text


def test_an_introducing_line_that_is_junk_introduces_nothing():
    text, removed = _clean("Pick the bulletins you want in your inbox:", "网上娱乐平台注册送礼金")
    assert removed == {"Pick the bulletins you want in your inbox:": "boilerplate:interface",
                       "网上娱乐平台注册送礼金": "spam:language:zh"}


def test_a_spam_word_voids_the_quotation_exception():
    _, removed = _clean("The offer was described as follows:", "欧洲杯 betting 官方 网站")
    assert removed == {"欧洲杯 betting 官方 网站": "spam:language:zh"}


@pytest.mark.parametrize("line", [
    "Loading replies...",
    "Tap to load 14 comments",
    "Choose which bulletins to receive:",
    "Unlock every story with a premium account",
    "Play all 3 videos",
    "Posted 12 minutes ago",
    "Listen: the minister's full interview",
])
def test_interface_lines_go_by_their_features(line):
    text, removed = _clean(line)
    assert removed == {line: "boilerplate:interface"}


@pytest.mark.parametrize("line", [
    "Print and broadcast media were barred from the courtroom on Friday.",
    "Comments made by the minister drew sharp criticism from unions.",
    "Why it matters",
    "Talks resume on Monday.",
    "Geneva talks: what comes next",
    "Observers to watch the line of contact",  # an interface verb, but tied to the article's words
])
def test_article_lines_with_interface_words_stay(line):
    text, removed = _clean(line)
    assert removed == {}
    assert line in text


def test_the_headline_is_not_an_interface_line():
    result = clean_text("Observers to monitor Geneva ceasefire line\n\n" + "\n\n".join(ARTICLE))
    assert result.title == "Observers to monitor Geneva ceasefire line"
    assert [r.reason for r in result.removed] == ["front-matter:title"]


def test_repetition_across_a_sites_pages_makes_furniture():
    weak = "Gallery and video."  # two interface words, but a full stop, mid-page: not enough alone
    memory = SiteLines()
    site = SiteContext("news.example.com", memory)
    outcomes = []
    for _ in range(2):
        _, removed = _clean(weak, site=site, after=2)
        outcomes.append(removed.get(weak))
    # another site has not printed it, and two pages of the run are fewer than RUN_REPEAT_PAGES
    _, removed = _clean(weak, site=SiteContext("other.example.org", memory), after=2)
    outcomes.append(removed.get(weak))
    _, removed = _clean(weak, site=site, after=2)
    outcomes.append(removed.get(weak))
    assert outcomes == [None, None, None, "boilerplate:interface"]


@pytest.mark.parametrize("sites", [("a.example", "b.example", "c.example", "d.example"), (None, None, None, None)])
def test_repetition_across_the_runs_pages_makes_furniture(sites):
    """A label (no function word) on RUN_REPEAT_PAGES other pages of the run counts as repeated
    whatever their sites (a platform's furniture on several sites; a folder of plain text has no
    site at all)."""
    weak = "Video gallery."
    memory = SiteLines()
    outcomes = [_clean(weak, site=SiteContext(site, memory), after=2)[1].get(weak) for site in sites]
    assert outcomes == [None, None, None, "boilerplate:interface"]
    assert memory.pages_in_run(weak) == 4 and memory.pages_with("a.example", weak) == (1 if sites[0] else 0)

    # a clause recurs across outlets as their articles' own heading: the run's count is not its site's
    clause = "Gallery and video."
    memory = SiteLines()
    outcomes = [_clean(clause, site=SiteContext(site, memory), after=2)[1].get(clause) for site in sites]
    assert outcomes == [None, None, None, None]


def test_a_sentence_repeated_across_the_run_but_not_the_site_stays():
    """The run may hold one story several times (syndicated, updated): a sentence needs its own
    site's repetition to go as furniture; the run's counts only for lines not shaped as sentences."""
    sentence = "Officials expect the talks to last several weeks."
    memory = SiteLines()
    for site in ("a.example", "b.example", "c.example", "d.example"):
        text, removed = _clean(sentence, site=SiteContext(site, memory), after=2)
        assert sentence not in removed


def test_run_memory_is_bounded():
    memory = SiteLines(max_run_lines=3)
    memory.add_page(None, ["one", "two"])
    memory.add_page(None, ["one", "three", "four"])
    assert memory.pages_in_run("one") == 2 and memory.pages_in_run("two") == 0  # the lines seen once forgotten


def test_site_memory_is_bounded():
    memory = SiteLines(max_sites=2, max_lines=3)
    for site in ("a", "b", "c"):
        memory.add_page(site, ["one", "two", "three", "four"])
    assert memory.pages_with("a", "one") == 0  # the least recently seen site was dropped
    assert memory.pages_with("c", "one") == 1 and memory.pages_with("c", "four") == 0


def test_a_long_strapline_repeated_on_the_sites_pages_goes_but_not_a_paragraph():
    """SiteLines remembers lines up to REMEMBERED_WORDS words: a site's strapline of 14 words (no
    full stop) printed on its pages goes from the third page on; the same story's paragraph printed
    again (an update, a copy under another URL) stays."""
    strapline = "The latest on artificial intelligence, from machine learning to computer vision and more"
    memory = SiteLines()
    site = SiteContext("news.example.com", memory)
    outcomes = [_clean(strapline, site=site, after=1)[1].get(strapline) for _ in range(3)]
    assert outcomes == [None, None, "boilerplate:furniture"]


def test_a_headline_shaped_teaser_the_site_prints_on_its_pages_goes_under_the_title():
    """Above the prose a headline-shaped line needs one more piece of evidence (it may be the
    headline, which need not share the article's words); a line the site printed on two other
    pages names no story of this page and gets no such allowance."""
    teaser = "New York's first female crime boss"
    memory = SiteLines()
    site = SiteContext("news.example.com", memory)
    outcomes = []
    for title in ("Geneva talks on the border truce", "Vienna round for Geneva mediators", "United Nations observers for Geneva truce"):
        result = clean_text("\n\n".join([title, teaser, *ARTICLE]), site=site)
        outcomes.append({r.text: r.reason for r in result.removed}.get(teaser))
    assert outcomes == [None, None, "boilerplate:furniture"]
    assert result.title == "United Nations observers for Geneva truce"  # the page's own headline stays its title
