"""Harvesting: the names and group nouns stored events carry without a knowledge-base entry.

An actor mention counts when its ``resolved_by`` evidence is one of the labels
``dicts/data/no_entry_evidence.tsv`` lists (resolved only from context, or not at all), it is the
source or target of a stored event mention of its document, and its words are no alias of the
knowledge base (with the active user dictionaries: a name already added is not listed again).
Mentions are grouped by their lower-cased words without a leading article, most frequent first;
each comes with an example sentence and an actors-TSV line to edit (``docs/dictionaries.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any, Optional

from annalyst.dicts.files import ACTOR_COLUMNS

_ARTICLES = ("the ", "a ", "an ")


@dataclass(frozen=True, slots=True)
class Unresolved:
    name: str  # as written most often
    mentions: int
    documents: int
    country: Optional[str]  # the commonest country context gave it (None: none)
    sector: Optional[str]
    evidence: str  # resolved_by labels seen, commonest first
    example: str  # a sentence of an event that carries it

    def tsv_line(self) -> str:
        """An actors-TSV row to edit: the code is country + sector when context gave them, else left empty
        (the file will not load until it is filled in)."""
        code = (self.country or "") + (self.sector or "") if self.country else ""
        return "\t".join([self.name, code, self.country or "", self.sector or "", "", "", ""])

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "mentions": self.mentions, "documents": self.documents, "country": self.country,
                "sector": self.sector, "evidence": self.evidence, "example": self.example, "tsv": self.tsv_line()}


def no_entry_evidence() -> frozenset[str]:
    """The ``resolved_by`` labels that mean "no knowledge-base entry named this" (package data)."""
    text = resources.files("annalyst.dicts").joinpath("data", "no_entry_evidence.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return frozenset(rows[1:])  # the first row is the header


def _key(text: str) -> str:
    low = " ".join(text.split()).lower()
    for article in _ARTICLES:
        if low.startswith(article):
            return low[len(article):]
    return low


QUERY = """
SELECT am.text, am.country, am.sector, am.resolved_by, am.doc_id,
       (SELECT any_value(m.sentence) FROM mentions m
         WHERE m.doc_id = am.doc_id AND (m.source_text = am.text OR m.target_text = am.text)) AS sentence
FROM actor_mentions am
WHERE am.resolved_by IN ({labels})
  AND EXISTS (SELECT 1 FROM mentions m
               WHERE m.doc_id = am.doc_id AND (m.source_text = am.text OR m.target_text = am.text))
"""


def harvest(con: Any, known: Optional[set[str]] = None, limit: Optional[int] = None) -> list[Unresolved]:
    """The unresolved names of a store's DuckDB connection, most mentioned first.  ``known``: lower-case alias
    texts that count as entries (default: the active knowledge base's)."""
    labels = sorted(no_entry_evidence())
    rows = con.execute(QUERY.format(labels=", ".join("?" for _ in labels)), labels).fetchall()
    if known is None:
        from annalyst.actors.kb import load_kb

        known = {a.text.lower() for a in load_kb().aliases}
    groups: dict[str, list[tuple]] = {}
    for row in rows:
        key = _key(row[0])
        if key and key not in known and any(c.isalpha() for c in key):
            groups.setdefault(key, []).append(row)
    out = [_summary(rows) for rows in groups.values()]
    out.sort(key=lambda u: (-u.mentions, -u.documents, u.name.lower()))
    return out[:limit] if limit else out


def _commonest(values: list[Optional[str]]) -> Optional[str]:
    counts: dict[str, int] = {}
    for v in values:
        if v:
            counts[v] = counts.get(v, 0) + 1
    return max(sorted(counts), key=lambda v: counts[v]) if counts else None


def _summary(rows: list[tuple]) -> Unresolved:
    names = [_strip_article(r[0]) for r in rows]
    evidence: dict[str, int] = {}
    for r in rows:
        evidence[r[3]] = evidence.get(r[3], 0) + 1
    country = _commonest([r[1] for r in rows])
    sector = _commonest([r[2] for r in rows if r[1] == country])
    example = next((" ".join(r[5].split()) for r in rows if r[5]), "")
    return Unresolved(name=_commonest(names) or names[0], mentions=len(rows), documents=len({r[4] for r in rows}),
                      country=country, sector=sector,
                      evidence=", ".join(sorted(evidence, key=lambda k: (-evidence[k], k))), example=example)


def _strip_article(text: str) -> str:
    text = " ".join(text.split())
    low = text.lower()
    for article in _ARTICLES:
        if low.startswith(article):
            return text[len(article):]
    return text


TSV_HEADER = "\t".join(ACTOR_COLUMNS)
