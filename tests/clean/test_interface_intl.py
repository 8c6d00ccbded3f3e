"""The interface vocabulary of other languages (``data/interface_words_intl.tsv``) and its use."""

from __future__ import annotations

import re
from importlib import resources

from annalyst.clean import clean_text, furniture, interface

ARTICLE = [
    "The foreign ministers of both countries met in Geneva on Monday to discuss a ceasefire along the border.",
    "Observers from the United Nations will monitor the line of contact, officials said after the meeting.",
    "The talks are expected to resume next week in Vienna, according to a statement from the mediators.",
    "Both governments have accused each other of violating an earlier truce agreed in the spring.",
]
LANGUAGES = {"de", "fr", "es", "it", "pt", "nl", "pl"}


def _rows() -> list[list[str]]:
    text = resources.files("annalyst.clean").joinpath("data/interface_words_intl.tsv").read_text("utf-8")
    rows = [r.split("\t") for r in text.splitlines() if r.strip() and not r.startswith("#")]
    assert rows[0] == ["lang", "kind", "weight", "item"]
    return rows[1:]


def test_the_file_is_well_formed_and_holds_no_english_spelling():
    english = {item for _, kind, _, item in interface._rows("interface_words.tsv") if kind in ("verb", "word")}
    seen = set()
    for lang, kind, weight, item in _rows():
        assert lang in LANGUAGES and kind in ("verb", "word", "stamp") and weight in ("1", "2"), (lang, kind, item)
        if kind == "stamp":
            re.compile(item)
            continue
        assert item == item.lower() and item not in english, item  # English lines must score as before
        assert (lang, item) not in seen, item
        seen.add((lang, item))


def test_a_word_of_another_languages_interface_counts_one_point_more():
    assert interface.lexical_points("Datenschutz")[0] == 1
    assert interface.lexical_points("Datenschutz", article_lang="en")[0] == 2
    assert interface.lexical_points("Datenschutz", article_lang="de")[0] == 1  # a German site's own word
    assert interface.lexical_points("Hinterlassen Sie einen Kommentar", article_lang="en")[0] == 5
    assert interface.lexical_points("Share this article", article_lang="de")[0] == interface.lexical_points(
        "Share this article")[0]


def test_short_interface_lines_of_other_languages_go_from_an_english_article():
    lines = ["Teilen", "Compartir", "Vorheriger Artikel"]
    result = clean_text("\n\n".join(ARTICLE[:2] + lines[:1] + ARTICLE[2:3] + lines[1:2] + ARTICLE[3:] + lines[2:]))
    removed = {r.text: r.reason for r in result.removed}
    assert set(removed) == set(lines), removed
    assert all(paragraph in result.text for paragraph in ARTICLE)


def test_date_stamps_of_other_languages():
    for line in ("Dienstag, 4. Juni 2019", "8. November 2021", "mardi 3 mars 2020", "12 de mayo de 2021"):
        assert interface.is_stamp(line), line
    assert not interface.is_stamp("The deal was signed in Berlin on 4 June 2019 by both sides.")


def test_japanese_sentences_are_prose_not_furniture():
    lines = ["先日、不正に改造したスマートフォンを販売したとして男性が逮捕されました。",
             "もちろん、会社は改造を認めていません。", "再起動して完了", "商標権侵害と判断される場合があります。"]
    assert furniture.is_prose(lines[0])  # a sentence of ~20 words, though without a space
    # ended by "。": no short line outside a sentence, whatever the page around it
    assert not any(furniture._shaped_like_furniture(line, frozenset()) for line in lines[:2])
    result = clean_text("\n".join(lines))
    assert [r.text for r in result.removed] == [] and result.language == "ja"


def test_photo_credits_of_other_languages():
    from annalyst.clean.patterns import boilerplate_reason

    for line in ("Foto: Max Mustermann", "Bild: Werk/Agentur", "Crédit photo : AFP", "Fuente: archivo",
                 "Augusta National/Getty Images"):
        assert boilerplate_reason(line) == "boilerplate:image-credit", line
    assert boilerplate_reason("Bildung ist wichtig: sagt er") is None
