"""Layering user files over the package's knowledge base and lexicon: a user entry wins.

* actors rows without dates become organisations (alias type ``org``, the row's own code); rows
  with a date become people holding an office from ``valid_from`` to ``valid_to`` (the knowledge
  base's ``Person``: within the dates the row's country and sector, after them ELI, before them
  the country alone; the code is country + sector, as for every person).
* agents rows without a country become sector nouns (regular plurals added, as for the package's
  ``sectors.tsv``); with a country they name one body of that state (code country + sector).
* verb files join the lexicon above its two files (priority 3): their codes and patterns win.

Every package alias whose text a user file names is dropped first, so "the same name" always
resolves to the user's entry.
"""

from __future__ import annotations

import datetime as dt

from annalyst.actors import kb as kbm
from annalyst.dicts.files import Resources, UserFile, entry_names, parse_date

USER_PRIORITY = 3  # above lexicon.tsv (2) and petrarch_verbs.tsv (1)


def layer_kb(kb: "kbm.KnowledgeBase", resources: Resources) -> "kbm.KnowledgeBase":
    """Add the user's actors and agents to ``kb`` (in place), replacing package entries of the same name."""
    files = resources.of_kind("actors") + resources.of_kind("agents")
    if not files:
        return kb
    names = {kbm._norm(name).lower() for user in files for _, name in entry_names(user)}
    kb.aliases = [a for a in kb.aliases if a.text.lower() not in names]
    for name in names:
        kb.sectors.pop(name, None)
    for user in resources.of_kind("actors"):
        _add_actors(kb, user)
    for user in resources.of_kind("agents"):
        _add_agents(kb, user)
    return kb


def _kind(country: str, sector: str) -> str:
    # the same classes the PETRARCH2 actors get (actors.kb.load_p2_actors)
    if country in ("UNO", "IGO", "EUR"):
        return "igo"
    if country == "NGO":
        return "ngo"
    return "group" if sector in ("REB", "OPP", "PTY") or country == "IMG" else "institution"


def _add_actors(kb: "kbm.KnowledgeBase", user: UserFile) -> None:
    source = f"user:{user.name}"
    for line, (name, code, country, sector, start, end, aliases) in user.rows():
        texts = list(dict.fromkeys([name] + [a.strip() for a in aliases.split("|") if a.strip()]))
        first, last = parse_date(user, line, "valid_from", start), parse_date(user, line, "valid_to", end)
        if first or last:
            pid = f"user:{code}:{name}"
            term = kbm.Term(country=country, sector=sector or None, start=first or dt.date.min, end=last,
                            office=name)
            kb.people[pid] = kbm.Person(id=pid, name=name, terms=(term,))
            for text in texts:
                kbm._add(kb, text, pid, "person", source)
            continue
        kb.actors[code] = kbm.Actor(id=code, country=country or None, sector=sector or None, code=code, name=name,
                                    kind=_kind(country, sector))
        for text in texts:
            kbm._add(kb, text, code, "org", source)


def _add_agents(kb: "kbm.KnowledgeBase", user: UserFile) -> None:
    source = f"user:{user.name}"
    for _line, cells in user.rows():
        noun, sector = cells[0], cells[1]
        country = cells[2] if len(cells) > 2 else ""
        if country:
            aid = f"user:{country}{sector}:{noun.lower()}"
            kb.actors[aid] = kbm.Actor(id=aid, country=country, sector=sector, code=country + sector, name=noun,
                                       kind="institution")
            kbm._add(kb, noun, aid, "org", source)
            continue
        phrase = noun.lower()
        kb.sectors[phrase] = kbm.SectorWord(phrase=phrase, sector=sector, role="noun")
        kbm._add(kb, noun, phrase, "sector", source)
        for plural in kbm.plural_forms(noun):
            if plural.lower() not in kb.sectors:
                kb.sectors[plural.lower()] = kbm.SectorWord(plural.lower(), sector, "noun")
                kbm._add(kb, plural, plural.lower(), "sector", source)


def lexicon_sources(resources: Resources) -> list[tuple[str, str, int]]:
    """(text, shown name, priority) of the user's verb files, for ``events.lexicon.build_lexicon``."""
    return [(user.text, user.name, USER_PRIORITY) for user in resources.of_kind("verbs")]
