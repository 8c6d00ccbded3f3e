"""What the judged sets' ``bench/data/*/make_sample.py`` scripts share: the political vocabulary
(judged-1's list, one for every set), word counting, and the Reuters-21578 stories as the corpus
holds them (title, ``<DATE>``, ``<DATELINE>``, ``<PLACES>``, body) with the wire's hard wrapping
undone.  Each script keeps its own drawing rule (seed, length, exclusions) beside its README; a set drawn by an
earlier set's rule names only its folder, the set before, its tree and its seed (``LaterDraw``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import importlib.util
import json
import random
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

BENCH = Path(__file__).resolve().parent
POLITICAL_WORDS = BENCH / "data" / "judged-1" / "political-words.txt"



def set_sampler(folder: str):
    """An earlier judged set's ``bench/data/<folder>/make_sample.py`` as a module, so a later sampler reuses
    its drawing rules as written (the folder name has a dash: no plain import)."""
    spec = importlib.util.spec_from_file_location(folder.replace("-", "_") + "_sample",
                                                  BENCH / "data" / folder / "make_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

def political_words() -> set[str]:
    """The political vocabulary (a header line ``word``, ``#`` comments, one word a line)."""
    lines = POLITICAL_WORDS.read_text(encoding="utf-8").splitlines()
    return {w.strip() for w in lines[1:] if w.strip() and not w.startswith("#")} - {"word"}


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def unwrap(body: str) -> str:
    """Reuters bodies are hard-wrapped at ~70 columns, each paragraph indented: one line per paragraph,
    the closing "Reuter" signature dropped."""
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s{2,}", body)]
    return re.sub(r"\s*Reuter\s*$", "", "\n\n".join(p for p in paras if p))


@dataclass(frozen=True)
class ReutersStory:
    newid: int
    title: str  # unescaped, stripped
    published: str  # the story's <DATE> as YYYY-MM-DD
    dateline: Optional[str]  # "ATHENS, March 30 -" (unescaped, stripped), None when the story has none
    body: str  # unescaped, still hard-wrapped (``unwrap``)
    places: tuple[str, ...]  # the corpus's <PLACES> codes

    @property
    def id(self) -> str:
        return f"reuters-{self.newid}"


def reuters_stories(shared: Path) -> Iterator[ReutersStory]:
    """Every story of ``corpora/reuters21578`` with a title, a date and a body, in corpus order."""
    for path in sorted((shared / "corpora" / "reuters21578").glob("reut2-*.sgm")):
        for story in re.findall(r"<REUTERS(.*?)</REUTERS>", path.read_text(encoding="latin-1"), flags=re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", story, flags=re.S)
            title = re.search(r"<TITLE>(.*?)</TITLE>", story, flags=re.S)
            date = re.search(r"<DATE>\s*(\d+-[A-Z]+-\d{4})", story)
            if not (body and title and date):
                continue
            line = re.search(r"<DATELINE>(.*?)</DATELINE>", story, flags=re.S)
            places = re.search(r"<PLACES>(.*?)</PLACES>", story, flags=re.S)
            yield ReutersStory(
                newid=int(re.search(r'NEWID="(\d+)"', story).group(1)),
                title=html.unescape(title.group(1)).strip(),
                published=dt.datetime.strptime(date.group(1).title(), "%d-%b-%Y").date().isoformat(),
                dateline=html.unescape(line.group(1)).strip() if line else None,
                body=html.unescape(body.group(1)).replace("\x03", ""),
                places=tuple(re.findall(r"<D>(.*?)</D>", places.group(1))) if places else ())


def files_at(rev: str, folders: tuple[str, ...], suffixes: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(path, text) of the files git holds under ``folders`` at commit ``rev``.

    A set's exclusions (stories other sets use or tests quote) are read from the tree as it was when
    the set was drawn: files added later quote the set's own stories, and reading today's tree would
    draw another sample.
    """
    listed = subprocess.run(["git", "ls-tree", "-r", "--name-only", rev, "--", *folders], cwd=BENCH.parent,
                            capture_output=True, text=True, check=True).stdout.splitlines()
    for path in sorted(listed):
        if path.endswith(suffixes):
            shown = subprocess.run(["git", "show", f"{rev}:{path}"], cwd=BENCH.parent, capture_output=True, check=True)
            yield path, shown.stdout.decode("utf-8", errors="replace")


def used_ids(rev: str, files: tuple[str, ...]) -> set[str]:
    """Article ids (``reuters-NNNN``, ``bbc-...``) named by other sets' sample or gold files as they were at ``rev``."""
    found: set[str] = set()
    for _, text in files_at(rev, files, (".jsonl", ".tsv")):
        found |= set(re.findall(r"reuters-\d+|bbc-[a-z]+-\d+", text))
    return found


def repo_text(rev: str, own_folder: str) -> str:
    """Everything tests/ and bench/data/ held at ``rev`` (the set's own folder aside), whitespace collapsed:
    a story whose opening some file quotes has been looked at (``quoted``)."""
    parts = [text for path, text in files_at(rev, ("tests", "bench/data"),
                                              (".py", ".json", ".jsonl", ".tsv", ".txt", ".md", ".csv"))
             if own_folder not in path.split("/")]
    return re.sub(r"\s+", " ", "\n".join(parts))


def quoted(text: str, corpus: str) -> bool:
    """Whether the first 60 characters of the article's body (after its title) stand in ``corpus``."""
    body = re.sub(r"\s+", " ", text.split("\n\n", 1)[-1])
    return body[:60] in corpus


def recall_articles(ids: list[str], seed: int, count: int) -> list[str]:
    """The articles of a set's recall.jsonl: ``count`` of the sample drawn with the seed (ids sorted first)."""
    return sorted(random.Random(seed).sample(sorted(ids), count))


def arguments(doc: str, folder: Path) -> argparse.Namespace:
    """A make_sample.py's options: ``--shared`` (default ``../shared`` beside the repository) and ``--out``
    (default the set's ``sample.jsonl``; a test redraws the sample elsewhere)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=BENCH.parent.parent / "shared")
    ap.add_argument("--out", type=Path, default=folder / "sample.jsonl", help="where to write the sample")
    return ap.parse_args()


def write_jsonl(path: Path, docs: list[dict]) -> None:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


@dataclass(frozen=True)
class Mix:
    """How many articles each source gives a judged set (``sample``) and how many of those its recall rows read
    (``recall``), by article-id prefix (``reuters-``, ``bbc-``, ``glocon-``, ``ipe-``)."""

    sample: dict[str, int]
    recall: dict[str, int]


@dataclass(frozen=True)
class LaterDraw:
    """A judged set drawn by judged-7's ``draw()`` after an earlier set of the same draw (judged-10 on): only its
    folder, the set before it, the tree its exclusions are read from and its seed are its own, so its
    ``make_sample.py`` names those four and nothing is copied from the set before.  The exclusions are the earlier
    set's plus the earlier set's own sample; the GLOCON documents of every earlier set are excluded by id."""

    folder: str
    previous: str
    drawn_at: str
    seed: int
    mix: Optional[Mix] = None  # None: judged-7's (9/8/4/4, recall 4/2/2/2); a set whose pools ran short names its own

    @property
    def the_mix(self) -> Mix:
        return self.mix or set_sampler("judged-7").MIX

    @property
    def used_files(self) -> tuple[str, ...]:
        return set_sampler(self.previous).USED_FILES + (f"bench/data/{self.previous}/sample.jsonl",)

    @property
    def glocon_samples(self) -> tuple[str, ...]:
        return set_sampler(self.previous).GLOCON_SAMPLES + (self.previous,)

    def recall_articles(self, ids: list[str]) -> list[str]:
        """The articles of recall.jsonl: judged-7's draw per source (``the_mix.recall``), with this set's seed."""
        return set_sampler("judged-7").recall_articles(ids, self.seed, self.the_mix)

    def main(self, doc: str) -> None:
        """Draw the sample (``--shared``, ``--out``: ``arguments``), write it and say the pools and recall articles."""
        args = arguments(doc, BENCH / "data" / self.folder)
        order, pools = set_sampler("judged-7").draw(args.shared, self.drawn_at, self.seed, self.used_files,
                                                    self.glocon_samples, self.folder, self.the_mix)
        write_jsonl(args.out, order)
        print(pools, "->", len(order), "articles")
        print("recall articles:", " ".join(self.recall_articles([d["id"] for d in order])))
