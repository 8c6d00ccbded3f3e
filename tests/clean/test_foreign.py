"""Short lines in another language that carry nothing of the article (``clean/foreign.py``)."""

from __future__ import annotations

from annalyst.clean import clean_text
from annalyst.clean.foreign import foreign_language

ARTICLE = [
    "The foreign ministers of both countries met in Geneva on Monday to discuss a ceasefire along the border.",
    "Observers from the United Nations will monitor the line of contact, officials said after the meeting.",
    "The talks are expected to resume next week in Vienna, according to a statement from the mediators.",
    "Both governments have accused each other of violating an earlier truce agreed in the spring.",
]


def _removed(blocks: list[str]) -> dict[str, str]:
    result = clean_text("\n\n".join(blocks))
    for paragraph in ARTICLE:
        assert paragraph in result.text.split("\n\n")
    return {r.text: r.reason for r in result.removed}


def test_capitalised_nouns_and_a_shared_word_do_not_hide_a_foreign_line():
    # German capitalises nouns (a "row of names" to the line-alone test) and has "was" ("what")
    lines = ["Haben Sie Fragen zum Magazin?", "Wir tun jeden Tag, was wir lieben."]
    removed = _removed(ARTICLE[:2] + lines[:1] + ARTICLE[2:3] + lines[1:] + ARTICLE[3:])
    assert removed == {lines[0]: "foreign-line:de", lines[1]: "foreign-line:de"}


def test_a_foreign_name_or_title_the_article_talks_about_stays():
    article = ARTICLE + ["The ministers later visited the Frankfurter Buchmesse together, where the "
                         "Deutsche Nationalbibliothek had opened an exhibition."]
    removed = _removed(article[:2] + ["Deutsche Nationalbibliothek Frankfurter Buchmesse"] + article[2:])
    assert removed == {}


def test_a_foreign_menu_line_ending_with_a_colon_introduces_nothing():
    # "Mehr Informationen zum Thema:" is no article line introducing a quotation
    lines = ["Weitere Informationen zum Coronavirus in Thüringen:", "Lesen Sie hier einen weiteren"]
    removed = _removed(ARTICLE[:2] + ["\n".join(lines)] + ARTICLE[2:])
    assert set(removed) == set(lines), removed  # by their language or their interface words


def test_introduced_quotations_and_article_sentences_stay():
    assert _removed(ARTICLE[:1] + ["The banner on the gate of the factory read:", "Wir wollen Arbeit und Brot"]
                    + ARTICLE[1:]) == {}
    assert foreign_language("Talks resume on Monday.", "en") is None
    assert foreign_language("Oesterreichische Draukraftwerke AG of", "en") is None  # a wrapped name, "of"
    assert foreign_language("Lies auch das", "en") == "de"
    assert foreign_language("Mehr", "en") is None  # one word: too little for the identifier alone


def test_a_short_line_the_identifier_spreads_over_neighbours_but_rules_the_article_out():
    # German 0.45, English 0.0017: too unsure alone, but English is ruled out
    assert foreign_language("Ob Supermarkt oder Pumptrack", "en") == "de"
    assert foreign_language("Die Altstadt Stockholms", "en") is None  # German 0.41, English 0.004: not 40 times

    # names stay however they are spelt, and so do table rows
    assert foreign_language("Machiko Suzuki.", "en") is None
    assert foreign_language("Udo Dirkschneider", "en") is None
    assert _removed(ARTICLE + ["| 無視 | mushi | disregard |"]) == {}


def test_a_short_line_in_a_run_of_a_foreign_language_goes_with_the_run():
    # alone, a title-case pair reads as a name and stays; under a Spanish teaser it is its menu
    teaser = "Brighton goleó al Manchester City en un partido muy disputado que terminó con tres goles."
    removed = _removed(ARTICLE[:2] + [teaser + "\nContenido Relacionado"] + ARTICLE[2:])
    assert removed == {teaser: "spam:language:es", "Contenido Relacionado": "foreign-line:es"}
    alone = _removed(ARTICLE[:2] + ["Contenido Relacionado"] + ARTICLE[2:])
    assert alone == {"Contenido Relacionado": "boilerplate:furniture"}  # by its place, not its language


def test_a_run_pools_nothing_into_the_article_names_or_other_languages():
    # a name the article's prose holds stays beside the run; a line the identifier gives another
    # language than the run's is not pooled
    teaser = "Brighton goleó al Manchester City en un partido muy disputado que terminó con tres goles."
    lines = ["Geneva Vienna", "Contenido Relacionado"]
    removed = _removed(ARTICLE[:2] + [lines[0] + "\n" + teaser] + ARTICLE[2:])
    assert removed == {teaser: "spam:language:es"}
    german = "Die Regierung hat am Dienstag neue Steuern auf Treibstoff angekündigt und verteidigt."
    removed = _removed(ARTICLE[:2] + [german + "\n" + lines[1]] + ARTICLE[2:])
    assert removed == {german: "spam:language:de", lines[1]: "boilerplate:furniture"}  # by its place only


def test_a_lone_foreign_line_with_figures_goes_and_a_tables_rows_stay():
    # figures make a line the article's data only near a table's rows: alone, a foreign line with
    # figures is judged by its words like any other
    line = "Resolução Consema nº 014/12"
    assert _removed(ARTICLE[:2] + [line] + ARTICLE[2:]) == {line: "foreign-line:pt"}
    table = ["Resolução Consema nº 014/12", "Net loss 186,000 vs 12,000", "Revs 10.7 mln vs 9.8 mln"]
    assert _removed(ARTICLE + ["\n".join(table)]) == {}
