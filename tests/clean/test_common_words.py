"""``data/common_words.txt`` (``tools/build_common_words.py``): the words common in every section of
the news name no topic, so a furniture-shaped line sharing only such words with the article is
tied to nothing (``clean/furniture.py`` ``_content``, ``Links``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from annalyst.clean import clean_text, furniture, language

ARTICLE = [
    "The foreign ministers of both countries met in Geneva on Monday to discuss a ceasefire along the border.",
    "Observers from the United Nations will monitor the line of contact, officials said, and the ceasefire still holds.",
    "The current talks are expected to resume next week in Vienna, according to a statement from the mediators.",
    "Both governments still accuse each other of breaking the current truce, and the ceasefire is still fragile.",
]
ENGLISH = language.function_words()["en"]


def test_the_list_holds_words_of_every_topic_and_no_topic_word():
    common = language.common_words()["en"]
    assert {"still", "current", "news", "world"} <= common
    assert not {"ceasefire", "rugby", "oil", "music"} & common


def _builder():
    path = Path(__file__).resolve().parents[2] / "tools" / "build_common_words.py"
    spec = importlib.util.spec_from_file_location("build_common_words", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_word_must_be_common_in_every_section():
    sections = {"sport": ["The match is still on", "Rugby today", "Rugby still"],
                "business": ["Oil is still up", "Oil fell", "Shares still rose"]}
    assert _builder().common_words(sections, min_share=0.5) == ["still"]


def test_a_common_word_ties_nothing_a_topic_word_and_a_name_do():
    common = language.common_words()["en"]
    assert furniture._content("Stay current", ENGLISH) == (set(), {"current"})
    assert furniture._content("Stay current", ENGLISH, common) == (set(), set())
    assert furniture._content("Ceasefire still holds", ENGLISH, common)[1] == {"ceasefire", "holds"}
    # capitalised, a common word stays a name: a heading's or a list's ("Still Life", "David Bowie")
    assert furniture._content("Talks in Geneva still go on", ENGLISH, common)[0] == {"geneva"}
    assert furniture._content("A Still Life", ENGLISH, common)[0] == {"still", "life"}


def test_a_footer_sharing_only_common_words_goes_and_one_on_the_topic_stays():
    footer = ["Is there still time?", "Stay current", "Ceasefire watch"]
    result = clean_text("\n\n".join(ARTICLE + ["\n".join(footer)]))
    removed = {r.text: r.reason for r in result.removed}
    assert removed == {"Is there still time?": furniture.REASON, "Stay current": furniture.REASON}
    assert all(paragraph in result.text.split("\n\n") for paragraph in ARTICLE)
