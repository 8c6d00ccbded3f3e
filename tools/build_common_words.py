"""Write the cleaner's list of common news words (``src/annalyst/clean/data/common_words.txt``), once.

Run from the repository root:  ``python tools/build_common_words.py``

A word that at least ``MIN_SHARE`` of the stories of *every* section of a general news corpus use
("still", "now", "current", "news", "world", "terms") names no topic: a menu item or another
story's headline that shares only such a word with an article ("Stay current", "New Terms of
Use") is not tied to it (``clean/furniture.py`` ``Links``).  A topic word is common in one section
at most ("rugby", "oil", "music"), so the minimum over the sections keeps it out.

Sections: the five of the BBC News corpus (business, entertainment, politics, sport, tech) and
the Reuters-21578 stories of ``reut2-002`` … ``reut2-009`` (files that ``bench/injected_junk.py``
draws no article from).  Only word counts are taken; no text is copied.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"
OUT = REPO / "src" / "annalyst" / "clean" / "data" / "common_words.txt"
MIN_SHARE = 0.03  # three stories in a hundred, in every section
REUTERS_FILES = slice(2, 10)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # furniture._WORDS: the words the ties are read from


def sections() -> dict[str, list[str]]:
    """Each section's story texts."""
    from annalyst.read import iter_documents

    out = {f"bbc-{folder.name}": [path.read_text("latin-1") for path in sorted(folder.glob("*.txt"))]
           for folder in sorted((CORPORA / "bbc-news" / "bbc").iterdir()) if folder.is_dir()}
    paths = sorted((CORPORA / "reuters21578").glob("reut2-*.sgm"))[REUTERS_FILES]
    out["reuters"] = [doc.raw for doc in iter_documents([str(p) for p in paths]) if doc.raw]
    return out


def common_words(texts_by_section: dict[str, list[str]], min_share: float = MIN_SHARE) -> list[str]:
    """The words (lower case) that at least ``min_share`` of the stories of every section use,
    most common first (by their smallest share)."""
    shares: list[dict[str, float]] = []
    for texts in texts_by_section.values():
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update({word.lower() for word in _WORD.findall(text)})
        shares.append({word: n / max(1, len(texts)) for word, n in counts.items()})
    least = {word: min(share.get(word, 0.0) for share in shares) for word in shares[0]} if shares else {}
    return sorted((w for w, s in least.items() if s >= min_share), key=lambda w: (-least[w], w))


def main() -> None:
    words = common_words(sections())
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# Common news words: no topic; sharing one ties no line to an article (clean/furniture.py Links).\n")
        fh.write(f"# Written by tools/build_common_words.py: the words that at least {MIN_SHARE:.0%} of the stories of\n")
        fh.write("# every section of the BBC News corpus (5 sections) and of Reuters-21578 (reut2-002 … 009) use.\n")
        fh.write("# Format: \"<iso-639-1>: word word ...\", one language a row, lower case.\n")
        fh.write("en: " + " ".join(words) + "\n")
    print(f"{len(words)} words -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
