"""Site furniture by its context (``clean/furniture.py``): short lines that tie to nothing in the
article go on two pieces of evidence (outside the prose, beside junk, repeated on the site,
interface vocabulary, another language); the article's own short lines stay."""

from __future__ import annotations

from annalyst.clean import clean_text, furniture
from annalyst.clean.interface import SiteLines
from annalyst.clean.lines import SiteContext

ARTICLE = [
    "The foreign ministers of both countries met in Geneva on Monday to discuss a ceasefire along the border.",
    "Observers from the United Nations will monitor the line of contact, officials said after the meeting.",
    "The talks are expected to resume next week in Vienna, according to a statement from the mediators.",
    "Both governments have accused each other of violating an earlier truce agreed in the spring.",
]
SPAM = "最新电影免费在线观看高清网站"  # removed as another script: junk beside the furniture


def _removed(blocks: list[str], site: SiteContext | None = None) -> dict[str, str]:
    result = clean_text("\n\n".join(blocks), site=site)
    for paragraph in ARTICLE:
        assert paragraph in result.text.split("\n\n")
    return {r.text: r.reason for r in result.removed}


def test_a_footer_run_goes_beside_junk_after_the_prose():
    footer = ["Contact the newsroom", "Editors' picks", SPAM]
    removed = _removed(ARTICLE + ["\n".join(footer)])
    assert removed == {"Contact the newsroom": furniture.REASON, "Editors' picks": furniture.REASON,
                       SPAM: "spam:language:zh"}


def test_a_lone_short_line_inside_the_article_stays():
    removed = _removed(ARTICLE[:2] + ["Why it matters"] + ARTICLE[2:])
    assert removed == {}


def test_one_piece_of_evidence_is_not_enough():
    # after the prose, but nothing else says it is furniture: a closing line of the article's own
    removed = _removed(ARTICLE + ["Calm returns"])
    assert removed == {}


def test_a_line_repeated_on_the_sites_pages_goes_from_the_third_page():
    site = SiteContext("example.org", SiteLines())
    header = "Contact the newsroom"
    seen = [_removed([header] + ARTICLE, site=site) for _ in range(3)]
    # outside the prose on every page (taken for the headline on the first two); repeated on two
    # other pages from the third on
    assert seen == [{header: "front-matter:title"}] * 2 + [{header: furniture.REASON}]


def test_a_headline_sharing_no_word_needs_a_third_piece_of_evidence():
    headline = "Diplomats hope for calmer summer"
    removed = _removed([SPAM, headline] + ARTICLE)
    assert removed == {SPAM: "spam:language:zh", headline: "front-matter:title"}


def test_a_table_label_beside_its_rows_stays():
    table = ["Shr 71 cts vs 43 cts", "Net 7,274,000 vs 4,447,000", "Year", SPAM, "Shr 1.20 dlrs vs 98 cts"]
    removed = _removed(ARTICLE + table)
    assert removed == {SPAM: "spam:language:zh"}


def test_a_short_line_in_another_language_goes_with_one_more_piece_of_evidence():
    # the identifier gives German 0.72, but clean/foreign.py keeps a short line with an English
    # function word ("was"); "Mehr zum Thema" (0.88) now goes there alone as foreign-line:de
    removed = _removed(ARTICLE + ["\n".join(["Was dich erwartet", SPAM])])
    assert removed == {"Was dich erwartet": furniture.REASON, SPAM: "spam:language:zh"}


def test_a_clause_introducing_what_follows_stays():
    removed = _removed(ARTICLE[:1] + ["The banner on the gate read as follows:", "工人要吃饭，工厂要开工"] + ARTICLE[1:])
    assert removed == {}


def test_prose_is_long_lines_or_sentences():
    assert furniture.is_prose(ARTICLE[0])
    assert furniture.is_prose("Police said no one was hurt.")
    assert not furniture.is_prose("Talks resume on Monday.")  # too short to mark where prose starts
    assert not furniture.is_prose("Contact the newsroom")


def test_a_run_of_short_lines_tied_to_nothing_goes_inside_the_article():
    # (a German site's "Kontakt", "Impressum und Datenschutz" now go as interface lines:
    # data/interface_words_intl.tsv; these have no interface word)
    links = ["Unsere Partner", "Was dich erwartet", "Gute Reise"]
    removed = _removed(ARTICLE[:2] + ["\n".join(links)] + ARTICLE[2:])
    assert removed == {line: furniture.REASON for line in links}


def test_a_run_of_short_lines_with_figures_is_a_table():
    rows = ["Net loss 186,000", "Revs 10.7 mln", "11 mths", "Net loss 121.4 mln"]
    removed = _removed(ARTICLE + ["\n".join(rows)])
    assert removed == {}


def test_addresses_and_code_are_the_articles_data():
    lines = ["http://example.org/report", "set-option -s set-clipboard off", SPAM]
    removed = _removed(ARTICLE + ["\n".join(lines)])
    assert removed == {SPAM: "spam:language:zh"}


def test_hard_wrapped_wire_copy_is_prose_however_short_its_lines():
    # old wire copy cut at a fixed width: short pieces without a full stop, some with interface
    # words ("share", "view", "download"), none of them furniture or interface
    story = ("GENEVA, March 4 - The two governments agreed to share\n"
             "border patrol data, a view the mediators said would\n"
             "download the burden from local police.\n"
             "    Observers will monitor the line of contact from\n"
             "April, officials said.")
    result = clean_text(story)
    assert result.removed == []
    assert result.language == "en"


def test_a_label_dropped_between_two_paragraphs_goes():
    # amid the prose, no function word, two words: a section link or a name, not a subheading
    for label in ("Funds & ETFs", "Maria Lopez"):
        removed = _removed(ARTICLE[:2] + [label] + ARTICLE[2:])
        assert removed == {label: furniture.REASON}


def test_a_short_line_inside_a_paragraphs_block_goes():
    # no blank line between it and the sentences around it: a paragraph holds sentences
    block = "\n".join([ARTICLE[1], "Weather outlook today", ARTICLE[2]])
    result = clean_text("\n\n".join(ARTICLE[:1] + [block] + ARTICLE[3:]))
    assert {r.text: r.reason for r in result.removed} == {"Weather outlook today": furniture.REASON}
    assert result.text.split("\n\n") == [ARTICLE[0], "\n".join(ARTICLE[1:3]), ARTICLE[3]]


def test_a_date_stamp_below_the_start_of_the_prose_goes_with_one_more_piece_of_evidence():
    # its figures make no table row; after the prose it is a comment's or a teaser's stamp
    removed = _removed(ARTICLE + ["Nov 18, 2019 10:31 pm"])
    assert removed == {"Nov 18, 2019 10:31 pm": furniture.REASON}


def test_a_piece_after_a_sentence_running_on_stays():
    # the line before ends with no full stop: the short line goes on with its sentence
    removed = _removed(ARTICLE[:2] + ["Talks were described by officials of both sides and by the mediators of the United Nations as", "Gute Reise", ARTICLE[2]] + ARTICLE[3:])
    assert "Gute Reise" not in removed


def test_a_footer_of_short_lines_goes_below_the_prose():
    # below the prose and three short lines: a footer (one closing line alone stays, above)
    footer = ["Site Map", "Careers", "Longform"]
    removed = _removed(ARTICLE + footer)
    assert removed == {line: furniture.REASON for line in footer}


def test_another_storys_headline_in_a_footer_goes_with_three_pieces_of_evidence():
    # 14 words without a full stop: not the article's running text below it; in a footer, beside junk
    headline = "Climate change activists urge city leaders not to build a new gas plant in Utah"
    removed = _removed(ARTICLE + ["\n".join(["Site Map", SPAM, headline, "Careers"])])
    assert removed == {"Site Map": furniture.REASON, SPAM: "spam:language:zh", headline: furniture.REASON,
                       "Careers": furniture.REASON}


def test_a_results_table_below_the_prose_is_no_footer():
    # short lines with figures are a table's: they do not make the lines beside them a footer
    table = ["16th PREM", "WINNERS (six times)", "13th Championship", "WINNERS (once)"]
    assert _removed(ARTICLE + table) == {}


def test_a_bare_label_between_the_headline_and_the_prose_goes():
    headline = "Ceasefire talks open in Geneva"
    result = clean_text("\n\n".join([headline, "Power Rankings"] + ARTICLE))
    assert {r.text: r.reason for r in result.removed} == {headline: "front-matter:title",
                                                          "Power Rankings": furniture.REASON}


def test_a_tables_label_above_the_prose_stays():
    # "Year" between a row without figures and a row with one: a results table, not a label of the site
    table = ["Oper shr loss nil vs loss nil", "Oper net loss 112,000 vs loss 125,000", "Revs nil vs nil",
             "Avg shrs 26.7 mln vs 21.9 mln", "Year", "Oper shr loss two cts vs loss two cts",
             "Oper net loss 450,000 vs loss 503,000"]
    result = clean_text("\n\n".join(["Ceasefire talks open in Geneva"] + table + ARTICLE))
    assert [r.reason for r in result.removed] == ["front-matter:title"]


def test_a_lone_line_with_two_figures_among_words_is_no_table():
    # "More videos (1 of 9)" is no table row: the footer lines beside it are no table labels
    footer = ["Middle East", "More videos (1 of 9)", "Advertising Guidelines", "Books"]
    removed = _removed(ARTICLE + footer)
    assert {"Middle East", "Advertising Guidelines", "Books"} <= set(removed)


def test_a_lone_line_with_two_figures_is_judged_as_any_line_and_a_tables_rows_stay():
    # a headline with figures is no table row unless other rows stand near it: it is judged as
    # furniture like the lines beside it, while the rows of a table below the prose stay
    teaser = "The 50 Best Nonfiction Books of the Past 25 Years"
    headline = "Ceasefire talks open in Geneva"
    result = clean_text("\n\n".join(["\n".join([headline, teaser])] + ARTICLE))
    assert {r.text: r.reason for r in result.removed} == {headline: "front-matter:title", teaser: furniture.REASON}
    rows = ["Net loss 186,000 vs 12,000", "Revs 10.7 mln vs 9.8 mln"]
    assert _removed(ARTICLE + rows) == {}
    # figures joined into one fact (a score, a period) are the article's data even alone
    for fact in ("Ireland 19-13 England", "Bank voted 8-1 for no rate change", "Exports rise in 1986/87"):
        result = clean_text("\n\n".join(["\n".join([headline, fact])] + ARTICLE))
        assert {r.text: r.reason for r in result.removed} == {}  # no headline alone in its block: no title either


def test_a_run_of_labels_between_two_paragraphs_goes_and_a_list_stays():
    run = ["Gewalt", "Unsere Kaffees", "Partnerseiten"]
    removed = _removed(ARTICLE[:2] + ["\n".join(run)] + ARTICLE[2:])
    assert removed == {line: furniture.REASON for line in run}
    # items shaped as a list ("Category - winner") are the article's, however bare
    items = ["Drama - Featherboy", "Animation - Brush Head", "Factual - Serious Desert"]
    assert _removed(ARTICLE[:2] + items + ARTICLE[2:]) == {}


def test_a_sentence_the_site_prints_on_every_page_goes_from_the_third_page():
    site = SiteContext("wiki.example.org", SiteLines())
    notice = "Content is available under a free licence unless otherwise noted."
    seen = [_removed(ARTICLE[:2] + [notice] + ARTICLE[2:], site=site).get(notice) for _ in range(3)]
    assert seen == [None, None, furniture.REASON]


def test_a_repeated_sentence_tied_to_the_article_or_quoted_stays():
    site = SiteContext("news.example.org", SiteLines())
    tied = "Observers from the United Nations arrive in Geneva."  # the article's names
    quoted = '"We will keep the line open," a notice on the site reads.'
    for _ in range(3):
        removed = _removed(ARTICLE[:2] + [tied, quoted] + ARTICLE[2:], site=site)
    assert removed == {}


def test_a_banner_shown_twice_on_the_page_goes():
    banner = "Why Beijing will bring slaughter to Hong Kong"  # another story's headline, twice
    result = clean_text("\n\n".join([banner, "Ceasefire talks in Geneva", ARTICLE[0] + "\n" + banner] + ARTICLE[1:]))
    # the copy inside the first paragraph's block is furniture; the one on top goes too (taken for
    # the headline: above the prose a headline-shaped line needs a third piece of evidence)
    assert [r.reason for r in result.removed if r.text == banner] == ["front-matter:title", furniture.REASON]
    assert banner not in result.text


def test_a_short_line_said_twice_by_the_article_stays_when_tied_to_it():
    heading = "Observers in Geneva"  # the article's names: a heading repeated is still the article's
    removed = _removed(ARTICLE[:1] + [heading] + ARTICLE[1:3] + [heading] + ARTICLE[3:])
    assert removed == {}


def test_a_short_line_under_the_headline_in_its_block_goes_unless_tied():
    stray = "Apartments and Communities"
    result = clean_text("\n\n".join(["Ceasefire talks open in Geneva\n" + stray] + ARTICLE))
    assert {r.text: r.reason for r in result.removed}.get(stray) == furniture.REASON
    deck = "Observers from the United Nations to watch the border"  # the article's names: its deck
    result = clean_text("\n\n".join(["Ceasefire talks open in Geneva\n" + deck] + ARTICLE))
    assert deck in result.text
    result = clean_text("\n\n".join(["Ceasefire talks open in Geneva\nBy Jane Doe"] + ARTICLE))
    assert result.author == "Jane Doe"


def test_another_storys_headline_between_paragraphs_goes_a_subheading_stays():
    teaser = "Gupta questions Trump's unannounced hospital visit"  # names none of the article's
    removed = _removed(ARTICLE[:2] + [teaser] + ARTICLE[2:])
    assert removed == {teaser: furniture.REASON}
    for heading in ("Why it matters", "What the United Nations observers will do"):  # none, or the article's
        assert _removed(ARTICLE[:2] + [heading] + ARTICLE[2:]) == {}


def test_a_note_in_brackets_between_paragraphs_is_no_teaser():
    note = "(via Geeks Are Sexy)"
    assert _removed(ARTICLE[:2] + [note] + ARTICLE[2:]) == {}


def test_the_first_line_of_a_hard_wrapped_paragraph_is_no_teaser():
    # Reuters-21578 NEWID 13725 (verbatim), a world-news digest: each paragraph another story, hard-wrapped;
    # its first line names places and people of no other paragraph, yet runs on into the next line
    text = ('    MANILA - Communist rebels said they destroyed a vital\n'
            'military communications station in the Northern Philippines and\n'
            'an army spokesman said seven rebels were killed in a gun battle\n'
            'in the southern region.\n'
            '    BELFAST - Mourners clashed with police at an Irish\n'
            'Republican Army funeral in Northern Ireland, prisoners rioted\n'
            'in a high-security jail and guerrillas attacked security bases.\n'
            "    FREETOWN, Sierra Leone - Sierra Leone's former\n"
            'vice-president, Francis Minah, sacked two weeks after a failed\n'
            'coup, has been detained on suspicion of involvement in the\n'
            'plot, police sources said.')
    result = clean_text(text)
    assert [r.text for r in result.removed] == []
    assert "BELFAST - Mourners clashed with police at an Irish" in result.text


def test_a_long_line_or_an_exclamation_under_the_headline_in_its_block_goes():
    # a headline is one line: what else stands in its block, tied to nothing and no sentence, was put there
    for stray in ("Kohl's and Macy's are tanking as four investors weigh in on the retail wreck", "Congratulations!"):
        result = clean_text("\n\n".join(["Ceasefire talks open in Geneva\n" + stray] + ARTICLE))
        assert {r.text: r.reason for r in result.removed} == {stray: furniture.REASON,
                                                               "Ceasefire talks open in Geneva": "front-matter:title"}


def test_a_stamp_without_a_full_date_under_the_headline_goes_a_date_line_is_front_matter():
    result = clean_text("\n\n".join(["Ceasefire talks open in Geneva\nJuly 2018"] + ARTICLE))
    assert {r.text: r.reason for r in result.removed}.get("July 2018") == furniture.REASON
    result = clean_text("\n\n".join(["Ceasefire talks open in Geneva\nMonday 14 March 2005"] + ARTICLE))
    assert result.published is not None and result.published.isoformat() == "2005-03-14"
    # a match's facts above the prose, each a block of its own: the article's front matter, kept
    removed = _removed(["Brentford v Southampton", "Griffin Park", "Tuesday, 1 March", "1945 GMT"] + ARTICLE)
    assert "1945 GMT" not in removed and removed.get("Tuesday, 1 March") != furniture.REASON


def test_a_stamp_sharing_only_calendar_words_with_the_article_is_tied_to_nothing():
    stamp = "Wednesday 20 November 2019 9:22 am"
    article = [ARTICLE[0], ARTICLE[1], "The mediators will meet again on Wednesday, in November, they said."]
    removed = _removed(article[:2] + [stamp + "\n" + article[2]] + ARTICLE[2:])
    assert removed == {stamp: furniture.REASON}


def test_an_exclamation_goes_only_where_the_article_does_not_exclaim_itself():
    call = "Thanks for signing up!"
    head = "Ceasefire talks open in Geneva\n" + call
    assert _removed([head] + ARTICLE).get(call) == furniture.REASON
    comment = "Best truce in years, you must be joking. It is good if you like that sort of thing, but really!"
    assert call not in _removed([head] + ARTICLE + [comment])


def test_a_longer_question_goes_in_a_footer_unless_the_article_asks_itself():
    question = "Access to the archive is a good thing, right?"
    footer = ["\n".join(["Contact the newsroom", question, "Editors' picks"])]
    assert _removed(ARTICLE + footer) == {"Contact the newsroom": furniture.REASON, question: furniture.REASON,
                                          "Editors' picks": furniture.REASON}
    asking = ["Has everyone forgotten about the truce agreed last spring in the mountains??"]
    assert question not in _removed(ARTICLE + asking + footer)


def test_another_storys_long_headline_in_a_sidebar_between_paragraphs_goes():
    # a long unended line that is a block of its own interrupts the prose as a short one does
    teaser = "Hit the track today with Mario Kart Tour for iPhone, Android, and iPad"
    sidebar = [teaser, "Editors' picks", "Contact the newsroom"]
    removed = _removed(ARTICLE[:2] + sidebar + ARTICLE[2:])
    assert removed == {line: furniture.REASON for line in sidebar}
    # the article's own long line naming its own people stays
    own = "Observers from the United Nations and mediators from Geneva and Vienna on the border"
    assert own not in _removed(ARTICLE[:2] + [own] + sidebar[1:] + ARTICLE[2:])


def test_a_short_sentence_between_two_furniture_lines_goes_the_articles_own_stay():
    pitch = "Need years of free web page data to help change the world."
    sidebar = ["Editors' picks", pitch, "Weekend Reads"]
    removed = _removed(ARTICLE[:2] + sidebar + ARTICLE[2:])
    assert removed == {line: furniture.REASON for line in sidebar}
    # right after a paragraph, a list of names without a clause, a sentence with figures: the article's
    for own in ("Both sides will meet the mediators again in the spring.", "Brady, McCormick, Longwell, Browne, Doak.",
                "The next round of talks is set for 15 May."):
        assert own not in _removed(ARTICLE[:2] + [sidebar[0], own, sidebar[2]] + ARTICLE[2:])
    assert pitch not in _removed(ARTICLE[:2] + [pitch, sidebar[2]] + ARTICLE[2:])


def test_a_lone_label_with_a_figure_between_two_paragraphs_goes_and_a_tables_labels_stay():
    # a figure makes a short line a table's only near another short line with figures
    removed = _removed(ARTICLE[:2] + ["PlayStation 5"] + ARTICLE[2:])
    assert removed == {"PlayStation 5": furniture.REASON}
    table = ["Q1 2004", "Sales 12.5 mln", "Q2 2004", "Sales 13.1 mln"]
    assert _removed(ARTICLE[:2] + table + ARTICLE[2:]) == {}
    # a numbered heading is an item of the article's own list, however far apart its items stand
    headings = ["4. Stay hydrated", "5. Try yoga"]
    assert _removed(ARTICLE[:1] + headings[:1] + ARTICLE[1:3] + headings[1:] + ARTICLE[3:]) == {}


def test_a_semicolon_between_clauses_is_prose_not_code():
    """Code sets a semicolon against the next token ("x=1;y=2", "&amp;"); prose puts a space after it."""
    assert not furniture.code_or_address("Myles Garrett: I made a mistake; I lost my cool")
    assert furniture.code_or_address("for(i=0;i<n;i++)")
    assert furniture.code_or_address("Tom &amp;Jerry")


def test_a_period_of_two_dates_is_the_articles_data():
    """An exhibition's run below the article, beside a copyright line, stays (zyte page 33fe2471);
    a page's stamp with words and times beside its dates is no period."""
    assert furniture._period("29 November 2018 | 20 January 2019")
    assert furniture._period("March 3, 2020 - April 5, 2020")
    assert not furniture._period("November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm")
    assert not furniture._period("29 November 2018")
    text = ("The festival opens on the first day of the exhibition with thirty works of light art along "
            "the canals of the city, the organisers said on Tuesday.\n\n"
            "Visitors can follow a walking route or take a boat past the works after dark.\n\n"
            "7th Amsterdam Light Festival\n\n29 November 2018 | 20 January 2019\n\n"
            "copyright Inexhibit 2019 - ISSN: 2283-5474")
    result = clean_text(text)
    assert "29 November 2018 | 20 January 2019" in result.text.split("\n\n")


def test_a_stamp_ending_with_a_colon_introduces_nothing():
    """A clause ending with a colon introduces the article's next line; a page's stamp row with a
    bar does not, and is judged as furniture ("January 13, 2020 at 08:45 AM | categories:")."""
    own = frozenset({"at", "the", "was", "as"})
    assert furniture._introduces("The offer was described as follows:", 6, own)
    assert not furniture._introduces("January 13, 2020 at 08:45 AM | categories:", 5, own)


def test_a_notice_sentence_the_run_printed_on_eight_other_pages_goes_beside_furniture():
    # sites share it (a licence, a platform's pitch), so no one site's count has seen it on its
    # first pages; the run's count has, from the ninth page on, and beside a menu item it is no prose
    memory = SiteLines()
    notice = "Content is available under a free licence unless otherwise noted on the page."
    menu = "Editors' picks"
    seen = [_removed(ARTICLE[:2] + [notice, menu] + ARTICLE[2:], site=SiteContext(f"site{n}.example", memory))
            for n in range(9)]
    assert seen[:8] == [{menu: furniture.REASON}] * 8  # a menu item amid the prose goes on every page
    assert seen[8] == {notice: furniture.REASON, menu: furniture.REASON}


def test_a_sentence_the_run_repeats_among_the_paragraphs_stays():
    # a story sent again (a copy, an update): its sentence stands among its paragraphs, beside no furniture
    memory = SiteLines()
    sentence = "A second round of talks is planned for the autumn in a neutral country."
    seen = [_removed(ARTICLE[:2] + [sentence] + ARTICLE[2:], site=SiteContext(f"site{n}.example", memory))
            for n in range(10)]
    assert seen == [{}] * 10


def test_a_short_line_beside_another_storys_headline_in_a_paragraphs_block_goes():
    # a widget and a teaser put above the last paragraph in its block: the teaser (a long line that
    # does not run on into the paragraph) makes a run with the widget, as a second widget would
    teaser = "Mayor's cat wins a national award after a long and bitter contest in the north"
    block = "\n".join(["Gardening", teaser, "Talks resume on Monday."])
    result = clean_text("\n\n".join(ARTICLE + [block]))
    assert {r.text: r.reason for r in result.removed} == {"Gardening": furniture.REASON, teaser: furniture.REASON}


def test_a_long_line_opening_a_hard_wrapped_sentence_is_no_teaser():
    # the long line's sentence runs on into the next line of its block: it is the paragraph's opening
    opening = "Officials from both sides said on Tuesday that the next round of talks would"
    rest = "begin in Vienna once the monitors had reported on the line of contact."
    result = clean_text("\n\n".join(ARTICLE[:3] + ["\n".join(["Gardening", opening, rest])] + ARTICLE[3:]))
    assert {r.text: r.reason for r in result.removed} == {"Gardening": furniture.REASON}
    assert opening in result.text and rest in result.text


def test_a_line_under_one_in_another_script_is_no_piece_of_its_sentence():
    # one width and no full stop, but a cut sentence goes on in its own script: the English line
    # under a Russian teaser is judged as a line of its own (and goes beside it, tied to nothing)
    from annalyst.clean.lines import split_lines, wrapped_pieces

    teaser = "Смотрите также новые фотографии нашего города сегодня"
    label = "Weekend guide: markets and gardens in bloom"
    block = "\n".join([teaser, label, ARTICLE[3]])
    assert 1 not in wrapped_pieces(split_lines(block))  # the label (line 1) is no piece of the teaser's sentence
    result = clean_text("\n\n".join(ARTICLE[:3] + [block]))
    assert {r.text: r.reason for r in result.removed} == {teaser: "spam:language:ru", label: furniture.REASON}


def test_a_second_headline_under_the_pages_headline_needs_no_third_piece_of_evidence():
    # a page has one headline: under the one tied to the article, a headline-shaped line tied to
    # nothing is another story's teaser, judged on two pieces of evidence as any short line
    title = "Ceasefire monitors head to Geneva border"
    teaser = "Ten Garden Tools Every Small Balcony Needs"
    result = clean_text("\n\n".join([title, teaser, SPAM] + ARTICLE))
    assert result.title == title
    assert {r.text: r.reason for r in result.removed} == {
        title: "front-matter:title", teaser: furniture.REASON, SPAM: "spam:language:zh"}


def test_a_long_notice_sentence_the_site_prints_under_each_story_goes():
    # more than MAX_WORDS words and a full stop, but printed on the site's other pages under other
    # stories, alone: the site's notice, not a paragraph of a story printed again
    memory = SiteLines()
    notice = "The county edition reaches eleven towns along the valley every weekday morning since 1921."
    stories = [["Rail workers in the north walked out on Tuesday over a long dispute about pay and hours.",
                "The union said its members would strike again next month unless managers improved their offer."],
               ["The central bank left its main interest rate unchanged, as most analysts had expected it would.",
                "Its governor warned that inflation would stay above target for most of the coming year."],
               ["Flood warnings were issued for three rivers after a week of heavy rain across the western hills.",
                "Residents of low-lying streets were told to move their cars and valuables to higher ground."]]
    seen = []
    for first, second in stories:
        result = clean_text("\n\n".join([first, notice, second]), site=SiteContext("news.example.com", memory))
        assert first in result.text and second in result.text
        seen.append({r.text: r.reason for r in result.removed})
    assert seen == [{}, {}, {notice: furniture.REASON}]


def test_a_storys_sentences_printed_again_on_the_site_stay():
    # the same story under another URL (an update): its short sentences repeat together, a copy
    memory = SiteLines()
    copied = ["Police said the two men were arrested on Sunday near the northern border crossing.",
              "A third suspect is still being sought by officers from the regional force.",
              "The arrests followed a six-month investigation into smuggling along the river valley."]
    seen = [_removed(ARTICLE[:2] + copied + ARTICLE[2:], site=SiteContext("news.example.com", memory))
            for _ in range(3)]
    assert seen == [{}, {}, {}]


def test_another_storys_title_cased_headline_amid_the_prose_goes_beside_junk():
    # longer than MAX_WORDS and unended: set in title case between two paragraphs it is a teaser, not
    # the article's closing note, and the junk beside it is the second piece of evidence
    teaser = "Weapons Transfers to Northern Allies Shrouded in Secrecy — but Not for Their Neighbours"
    assert _removed(ARTICLE[:2] + [teaser, SPAM] + ARTICLE[2:]) == {teaser: furniture.REASON, SPAM: "spam:language:zh"}


def test_a_label_the_site_prints_on_four_other_pages_goes_amid_the_prose():
    # one short clause between two paragraphs: the site's repetition on two other pages is one point,
    # on SITE_WIDE_PAGES other pages (its every page: the site's frame) a second
    memory = SiteLines()
    label = "Posted in"
    seen = [_removed(ARTICLE[:2] + [label] + ARTICLE[2:], site=SiteContext("news.example.com", memory)).get(label)
            for _ in range(5)]
    assert seen == [None, None, None, None, furniture.REASON]


def test_a_label_tied_by_one_word_goes_on_evidence_well_past_what_it_needs():
    """``furniture._outweighed``: in a footer beside junk (three points) and on the site's other
    pages (a fourth from the third page on), a label sharing one name with the article goes; a
    phrase tied so, or a label tied by two names, stays: the article's heading."""
    footer = [SPAM, "Editors' picks", "Contact the newsroom"]
    seen: dict[str, list] = {}
    for label in ("Regional Observers", "Observers at the Border", "United Nations Observers"):
        site = SiteContext("example.org", SiteLines())
        seen[label] = [_removed(ARTICLE + ["\n".join([label] + footer)], site=site).get(label) for _ in range(3)]
    assert seen == {"Regional Observers": [None, None, furniture.REASON],
                    "Observers at the Border": [None, None, None],
                    "United Nations Observers": [None, None, None]}


def test_a_long_teaser_between_paragraphs_goes_on_the_teasers_two_points():
    """Another story's headline of 11-20 words between two paragraphs, naming people and things
    none of them the article's, needs no more evidence than a short one; a long line naming the
    article's own people, or one ending the text, stays."""
    teaser = "Carol Smith showcases a new range of winter coats on a trip to Hong Kong"
    assert _removed(ARTICLE[:2] + [teaser] + ARTICLE[2:]) == {teaser: furniture.REASON}
    tied = "Observers from the United Nations and the mediators in Vienna on the line of contact"
    assert _removed(ARTICLE[:2] + [tied] + ARTICLE[2:]) == {}
    assert _removed(ARTICLE + [teaser]) == {}  # below the prose: the article's closing note, on one point
