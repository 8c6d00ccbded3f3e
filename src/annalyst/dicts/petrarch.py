"""``annalyst dict import petrarch``: PETRARCH/TABARI dictionaries into user dictionary files.

* actors (``Phoenix.*.actors.txt`` format): an entry's name and ``+`` aliases become one actors row;
  its code (``[NGAREB]``) gives the country and sector (``actors.petrarch_import.split_code``: CAMEO
  agent codes mapped to PLOVER sectors); one dated code (``[USAGOV 010120-090120]``) gives the row's
  dates.  Not converted, each listed with its reason: country blocks (places, not actors), entries
  whose codes name no known country, entries with several codes (the actors format holds one
  period per name), and names or aliases an earlier entry already took.
* agents (``Phoenix.agents.txt`` format): ``NOUN_ [~GOV]`` becomes ``noun<TAB>GOV``; lines with a
  TABARI substitution (``!PERSON!``) or an agent code PLOVER has no sector for are listed.
* verbs (``CAMEO.2.0.txt`` format): the verb families, patterns and word sets in the lexicon's own
  format (the same conversion as ``tools/build_lexicon.py``, which calls ``verb_rows``).

The parsers of PETRARCH's entry lines are those of ``annalyst.actors.petrarch_import``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from annalyst.actors import petrarch_import as p2
from annalyst.dicts.files import ACTOR_COLUMNS, DictionaryError

CODE = re.compile(r"\[([0-9]{2,4}|---)(?::[0-9]+)?\]")
AGENT_LINE = re.compile(r"^([A-Z][A-Z0-9_'\-.]*?)_?\s*(\{[^}]*\})?\s*\[~([A-Z]{3})")
KINDS = ("actors", "agents", "verbs")


@dataclass
class Conversion:
    """The converted file's text and what could not be converted (where, why)."""

    kind: str
    header: str
    rows: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def text(self, source: str) -> str:
        return (f"# Converted by `annalyst dict import petrarch --kind {self.kind}` from {source}\n"
                f"# (PETRARCH/TABARI format); see docs/dictionaries.md.\n{self.header}\n"
                + "".join(row + "\n" for row in self.rows))


def convert_file(path: Path, kind: str) -> Conversion:
    if kind not in KINDS:
        raise DictionaryError(f"Unknown kind {kind!r} to import.", f"Use --kind {'|'.join(KINDS)}.")
    if not path.is_file():
        raise DictionaryError(f"The PETRARCH dictionary {path} does not exist.", "Give the path of a .txt dictionary.")
    if kind == "actors":
        return convert_actors(path)
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return convert_agents(lines) if kind == "agents" else convert_verbs(lines)


def convert_actors(path: Path) -> Conversion:
    out = Conversion("actors", "\t".join(ACTOR_COLUMNS))
    countries = p2._country_codes()
    taken: set[str] = set()
    for entry in p2.iter_entries(path):
        where = entry.name or "(no name)"
        if entry.country_block and entry.country_block not in p2.NONSTATE_CODES:
            out.skipped.append((where, f"a country block [{entry.country_block}]: places, not actors"))
            continue
        if entry.country_block and not entry.codes:  # "EXXON [MNC]": a non-state actor with no sector
            entry.codes.insert(0, (entry.country_block, None, None))
        resolved = [(p2.split_code(c, countries), c, s, e) for c, s, e in entry.codes]
        known = [r for r in resolved if r[0] is not None]
        if not known:
            out.skipped.append((where, "no code with a known country: " + (" ".join(c for _, c, _, _ in resolved) or "none")))
            continue
        chosen = _latest(known)
        if len(known) > 1:
            out.skipped.append((where, f"partly: kept {chosen[1]} of {len(known)} codes "
                                       f"({' '.join(c for _, c, _, _ in known)}); the actors format holds one "
                                       "code and period per name"))
        (country, sector), code, start, end = chosen
        if start and end and end < start:
            out.skipped.append((where, f"code {code} ends ({end}) before it starts ({start})"))
            continue
        names = [n for n in dict.fromkeys([entry.name, *entry.aliases]) if n]
        free = [n for n in names if " ".join(n.split()).lower() not in taken]
        for n in names:
            if n not in free:
                out.skipped.append((where, f"name {n!r} already taken by an earlier entry"))
        if not free:
            continue
        taken.update(" ".join(n.split()).lower() for n in free)
        dated = start is not None or end is not None
        out.rows.append("\t".join([free[0], (country + (sector or "")) if dated else code, country, sector or "",
                                   start.isoformat() if start else "", end.isoformat() if end else "",
                                   "|".join(free[1:])]))
    return out


def _latest(known: list) -> tuple:
    """The code of the latest period (a person's current office), else the entry's first code."""
    dated = [k for k in known if k[2] is not None or k[3] is not None]
    if not dated:
        return known[0]
    return max(dated, key=lambda k: (k[2] or dt.date.min, k[3] or dt.date.max))


def convert_agents(lines: list[str]) -> Conversion:
    out = Conversion("agents", "noun\tsector")
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        m = AGENT_LINE.match(body)
        if not m or "!" in body:
            out.skipped.append((f"line {number}", f"not a plain NOUN [~AGENT] line: {body[:60]!r}"))
            continue
        sector = p2.CAMEO_AGENT_TO_SECTOR.get(m.group(3))
        noun = m.group(1).replace("_", " ").lower()
        if sector is None:
            out.skipped.append((f"line {number}", f"agent code ~{m.group(3)} has no PLOVER sector"))
        elif noun in seen:
            out.skipped.append((f"line {number}", f"noun {noun!r} already converted"))
        else:
            seen.add(noun)
            out.rows.append(f"{noun}\t{sector}")
    return out


def convert_verbs(lines: list[str]) -> Conversion:
    out = Conversion("verbs", "kind group item code")
    from annalyst.codes import is_code

    rows, out.skipped = verb_rows(lines)
    for kind, group, item, code in rows:
        if not item.strip():
            out.skipped.append((f"{kind} {group}", "an empty word"))
        elif code != "-" and not is_code(code):
            out.skipped.append((f"{kind} {group} {item}", f"code {code!r} is not in the CAMEO codebook"))
        else:
            out.rows.append(" ".join((kind, group, item, code)))
    return out


def clean_word(w: str) -> str:
    w = w.strip().lower().rstrip("_")
    if w.startswith("&"):
        return "@" + w[1:].rstrip("_")
    return w


def convert_pattern(body: str) -> str:
    """'- * {HUMANITARIAN AID} (FOR X)' -> 'humanitarian_aid for x'."""
    body = body.replace("$", " ").replace("+", " ").replace("%", " ")
    pre, _, post = body.partition("*")
    out = []
    for part, prefix in ((pre, "^"), (post, "")):
        for m in re.finditer(r"\{([^}]*)\}|\(([^)]*)\)|(\S+)", part):
            if m.group(1) is not None:
                words = [clean_word(x) for x in m.group(1).split() if x.strip()]
                if words:
                    out.append(prefix + "_".join(words))
            elif m.group(2) is not None:
                # a prepositional phrase: its words in order
                out.extend(prefix + clean_word(x) for x in m.group(2).split() if x.strip())
            else:
                w = clean_word(m.group(3))
                if w and w not in ("-",):
                    out.append(prefix + w)
    return " ".join(w for w in out if w.strip("^@_"))


def verb_rows(lines: list[str]) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str]]]:
    """(kind, group, item, code) rows of a PETRARCH verb dictionary, and the (line, reason) of lines that give
    none: patterns without a code, verb lines whose verb is not a word."""
    rows: list[tuple[str, str, str, str]] = []
    skipped: list[tuple[str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    in_sets = True
    current_set = ""
    group = ""
    group_code = "---"
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_sets = False
            continue
        if not line.strip():
            continue
        if in_sets:
            if line.startswith("&"):
                current_set = clean_word(line.strip())
            elif line.startswith("+") and current_set:
                for w in line[1:].split():
                    rows.append(("set", current_set, clean_word(w).replace("_", " ").strip(), "-"))
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if m:
            group = m.group(1).lower()
            group_code = m.group(2).split(":")[0]
            continue
        if line.startswith("-"):
            cm = CODE.search(line)
            if not cm or cm.group(1) == "---":
                skipped.append((f"line {number}", "a pattern without a code"))
                continue
            pattern = convert_pattern(line[1: cm.start()])
            key = (group, pattern, "p")
            if pattern and key not in seen:
                seen.add(key)
                rows.append(("pattern", group, pattern, cm.group(1)))
            continue
        # a verb line: WORD {forms} [code]
        cm = CODE.search(line)
        code = cm.group(1) if cm else group_code
        head = re.sub(r"\{[^}]*\}", " ", line[: cm.start()] if cm else line).split()
        if not head:
            continue
        parts = head[0].split("_")
        verb_idx = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
        verb = parts[verb_idx].lstrip("+").lower()
        if not verb.isalpha():
            skipped.append((f"line {number}", f"no verb word in {head[0]!r}"))
            continue
        rest = [("^" if i < verb_idx else "") + p.lower().lstrip("+") for i, p in enumerate(parts) if i != verb_idx and p]
        if rest:
            if code != "---" and (group, " ".join(rest), "p") not in seen:
                seen.add((group, " ".join(rest), "p"))
                rows.append(("pattern", verb, " ".join(rest), code))
            continue
        if (group, verb, "v") not in seen:
            seen.add((group, verb, "v"))
            rows.append(("verb", group, verb, code if code != "---" else "-"))
    return rows, skipped
