"""The predicate lexicon: verb and noun triggers, their patterns and CAMEO codes.

Two data files of the language bundle (``lang/en/``), in one format (``docs/events.md``):
``lexicon.tsv`` (hand-written, authoritative for the lemmas it lists) and ``petrarch_verbs.tsv``
(facts converted once from the PETRARCH2 verb dictionary by ``tools/build_lexicon.py``).  Lines are
``KIND GROUP ITEM... CODE``; a line of an unknown kind stops the load with the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Optional

from spacy.strings import get_string_id

from annalyst.codes import is_code
from annalyst.errors import ModelError
from annalyst.lang.bundle import LANG_PACKAGE, load_bundle
from annalyst.lang.tables import bad_row, read_text

FILES = (("lexicon.tsv", 2), ("petrarch_verbs.tsv", 1))  # (file, priority): higher wins
KINDS = frozenset({"verb", "pattern", "noun", "light", "set", "cue", "sense"})
_VERB_LEMMA_LIMIT = 100_000  # (lemma, word) pairs ``Lexicon.verb_lemma`` remembers before it starts over


@dataclass(frozen=True, slots=True)
class Pattern:
    """Words that must accompany a verb for ``code`` to apply."""

    after: tuple[str, ...]  # in order after the verb; "a_b" adjacent words; "@set"
    before: tuple[str, ...]  # anywhere before the verb in its clause
    code: str
    priority: int

    @property
    def size(self) -> int:
        return sum(len(w.split("_")) for w in self.after + self.before)


@dataclass(frozen=True, slots=True)
class Sense:
    """A verb's sense chosen by its argument: with ``particle`` ("off"; "" for any), when its ``role``
    (``object``: the object's head word; ``content``: its content clause) is of ``arg_class`` (a lexicon
    ``@set`` of head words, or a named argument test of ``events.senses``; roles and classes are listed
    there), the verb's event is ``code`` (``-``: no political event)."""

    particle: str
    role: str
    arg_class: str
    code: str


@dataclass(slots=True)
class VerbEntry:
    groups: list[str] = field(default_factory=list)
    code: Optional[str] = None  # code of the bare verb (None: patterns only)
    priority: int = 0


@dataclass(slots=True)
class Lexicon:
    verbs: dict[str, VerbEntry] = field(default_factory=dict)
    patterns: dict[str, list[Pattern]] = field(default_factory=dict)  # group -> patterns
    nouns: dict[str, str] = field(default_factory=dict)  # lemma or "a_b" compound -> code
    light: set[str] = field(default_factory=set)
    sets: dict[str, frozenset[str]] = field(default_factory=dict)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    senses: dict[str, tuple[Sense, ...]] = field(default_factory=dict)  # verb lemma -> its argument senses
    _nominals: dict[str, str] = field(default_factory=dict)
    _needs: dict[tuple[str, ...], tuple[frozenset[str], ...]] = field(default_factory=dict)
    _filters: dict[str, "PatternFilter"] = field(default_factory=dict)
    _verb_lemmas: dict[tuple[str, str], str] = field(default_factory=dict)
    _codable: list[frozenset[str]] = field(default_factory=list)  # ``codable_lemmas``, once built

    def verb_lemma(self, lemma: str, low: str, find: Callable[[str, str, "Lexicon"], str]) -> str:
        """``find(lemma, low, self)`` (the coder's ``_verb_lemma_of``: a pure function of the two
        words and the lexicon), remembered per pair (bounded)."""
        got = self._verb_lemmas.get((lemma, low))
        if got is None:
            if len(self._verb_lemmas) > _VERB_LEMMA_LIMIT:
                self._verb_lemmas.clear()
            got = self._verb_lemmas[lemma, low] = find(lemma, low, self)
        return got

    def codable_lemmas(self) -> frozenset[str]:
        """The verbs, light verbs and ``endlight`` / ``causative`` cues in one set (the coder's
        first test of every verb: one look-up instead of four), built once."""
        got = self._codable
        if not got:
            got.append(frozenset(self.verbs) | self.light | self.cue("endlight") | self.cue("causative"))
        return got[0]

    def cue(self, kind: str) -> frozenset[str]:
        return self.cues.get(kind, frozenset())

    def needs(self, words: tuple[str, ...]) -> tuple[frozenset[str], ...]:
        """For each part of a pattern's words ("a_b" has two), the forms of which a clause must
        hold one for the part to match: a set's members, or the word and, for a plural, its
        singular.  Remembered per pattern (the coder asks for each clause it rules patterns out on)."""
        got = self._needs.get(words)
        if got is None:
            got = self._needs[words] = tuple(self._part_needs(part) for word in words for part in word.split("_"))
        return got

    def _part_needs(self, part: str) -> frozenset[str]:
        if part.startswith("@"):
            return self.sets.get(part, frozenset())
        return frozenset((part, part[:-1]) if part.endswith("s") else (part,))

    @property
    def trigger_lemmas(self) -> frozenset[str]:
        """Every word that can start an event: a sentence without one is not looked at."""
        words = set(self.verbs) | self.light | {n.split("_")[-1] for n in self.nouns} | set(self._nominals)
        return frozenset(words | self.cue("blamespeech"))

    @property
    def nominal_verbs(self) -> dict[str, str]:
        """Nouns that name a verb's act ("lifting" -> "lift"), from ``cue nominal_VERB NOUN``."""
        return self._nominals

    def pattern_filter(self, lemma: str) -> "PatternFilter":
        """``patterns_for(lemma)`` with their word needs as bit masks, built once per lemma."""
        got = self._filters.get(lemma)
        if got is None:
            got = self._filters[lemma] = PatternFilter.of(self.patterns_for(lemma), self.needs)
        return got

    def patterns_for(self, lemma: str) -> list[Pattern]:
        entry = self.verbs.get(lemma)
        if entry is None:
            return []
        # the verb's own patterns first: on a tie they are the more specific reading
        out: list[Pattern] = list(self.patterns.get(f"={lemma}", ()))
        for group in entry.groups:
            out.extend(self.patterns.get(group, ()))
        return out


@dataclass(frozen=True, slots=True)
class PatternFilter:
    """A verb's patterns, ruled out on word sets all at once.

    Each distinct need set (``Lexicon.needs``) of the verb's patterns gets one bit; a word form
    maps to the bits of the need sets that hold it.  A pattern may match only when every need
    of its ``after`` words meets the words after the verb and every need of its ``before`` words
    meets those before it: the same test as ``coder._may_match`` on both sides, as one mask
    comparison per pattern instead of a set test per need (throughput)."""

    patterns: tuple[Pattern, ...]
    word_bits: dict[str, int]  # word form -> bits of the need sets holding it
    after_masks: tuple[int, ...]  # per pattern: bits of its after words' needs
    before_masks: tuple[int, ...]
    words: frozenset[str]  # every word form some need holds
    either_masks: frozenset[int]  # per pattern: its after and before masks together
    id_bits: dict[int, int]  # ``word_bits`` by the word's string id (``any_candidate_ids``) ...
    ids: frozenset[int]  # ... and its keys
    common_mask: int  # the bits in every pattern's ``either_masks`` (0 without patterns)
    has_bare: bool  # whether some pattern needs no word (its mask is 0)

    @classmethod
    def of(cls, patterns: list[Pattern], needs: Callable[[tuple[str, ...]], tuple[frozenset[str], ...]]) -> "PatternFilter":
        bit_of: dict[frozenset[str], int] = {}
        word_bits: dict[str, int] = {}

        def mask(words: tuple[str, ...]) -> int:
            out = 0
            for need in needs(words):
                bit = bit_of.get(need)
                if bit is None:
                    # an empty need (an unknown @set) gets a bit no word sets: its pattern never passes
                    bit = bit_of[need] = 1 << len(bit_of)
                    for word in need:
                        word_bits[word] = word_bits.get(word, 0) | bit
                out |= bit
            return out

        after, before = tuple(mask(p.after) for p in patterns), tuple(mask(p.before) for p in patterns)
        return cls(tuple(patterns), word_bits, after, before, frozenset(word_bits),
                   frozenset(a | b for a, b in zip(after, before)),
                   *cls._by_id(word_bits), cls._common(after, before),
                   any(not (a | b) for a, b in zip(after, before)))

    @staticmethod
    def _common(after: tuple[int, ...], before: tuple[int, ...]) -> int:
        masks = [a | b for a, b in zip(after, before)]
        common = masks[0] if masks else 0
        for mask in masks[1:]:
            common &= mask
        return common

    @staticmethod
    def _by_id(word_bits: dict[str, int]) -> tuple[dict[int, int], frozenset[int]]:
        by_id = {get_string_id(word): bits for word, bits in word_bits.items()}
        return by_id, frozenset(by_id)

    def _present(self, words: Iterable[str]) -> int:
        bits = 0
        for word in self.words.intersection(words):
            bits |= self.word_bits[word]
        return bits

    def any_candidate(self, words: Iterable[str]) -> bool:
        """Whether some pattern could pass ``candidates`` if ``words`` stood on both sides: a
        necessary condition of ``candidates(after, before)`` for any ``after`` and ``before``
        drawn from ``words`` (the test is monotone in the words present)."""
        present = self._present(words)
        return any(not mask & ~present for mask in self.either_masks)

    def any_candidate_ids(self, ids: Iterable[int]) -> bool:
        """``any_candidate`` of the words whose string ids (``spacy.strings.get_string_id``) are
        ``ids``: the parse's arrays give words as ids, so no string is looked up (throughput)."""
        bits = 0
        for i in self.ids.intersection(ids):
            bits |= self.id_bits[i]
        if not bits:
            return self.has_bare  # half the verbs: no word of any pattern in the whole tree
        if self.common_mask & ~bits:
            return False  # a need every pattern has is unmet
        return any(not mask & ~bits for mask in self.either_masks)

    def candidates(self, after_words: Iterable[str], before_words: Iterable[str]) -> list[Pattern]:
        """The patterns, in order, whose every needed word form is present on its side."""
        if not self.patterns:
            return []
        after, before = self._present(after_words), self._present(before_words)
        return [p for p, a, b in zip(self.patterns, self.after_masks, self.before_masks)
                if not (a & ~after or b & ~before)]


def _parse_line(line: str) -> Optional[tuple[str, str, str, str]]:
    parts = line.split()
    if len(parts) < 4 or parts[0] == "kind":
        return None
    return parts[0], parts[1], " ".join(parts[2:-1]), parts[-1]


def _add(lex: Lexicon, kind: str, group: str, item: str, code: str, priority: int, core_lemmas: set[str]) -> None:
    code = "" if code == "-" else code
    if code and not is_code(code):
        return  # an out-of-codebook code in a source file: skip it rather than invent a meaning
    if kind == "verb":
        if priority < 2 and item in core_lemmas:
            return  # the core lexicon is authoritative for its lemmas
        entry = lex.verbs.setdefault(item, VerbEntry(priority=priority))
        gkey = f"{priority}:{group}"
        if gkey not in entry.groups:
            entry.groups.append(gkey)
        # PETRARCH verbs count only through their patterns: their bare-verb codes ("pay" -> 061,
        # "go" -> 040) over-fire on general news while adding nothing on the dev sets
        if code and entry.code is None and priority >= 2:
            entry.code = code
    elif kind == "pattern":
        words = item.split()
        before = tuple(w[1:] for w in words if w.startswith("^"))
        after = tuple(w for w in words if not w.startswith("^"))
        # "=lemma" patterns belong to one verb whatever file lists it (a core phrasing for a verb
        # that only the PETRARCH file defines); other groups are per file
        key = group if group.startswith("=") else f"{priority}:{group}"
        lex.patterns.setdefault(key, []).append(Pattern(after, before, code, priority))
    elif kind == "sense":
        parts = item.split()
        if len(parts) != 3:
            raise ModelError(f"A lexicon sense row for {group!r} needs PARTICLE ROLE CLASS CODE, not {item!r}.",
                             "Write e.g. 'sense call off object @truce 196' (docs/events.md \"Senses by argument\").")
        particle, role, arg_class = parts
        # code '-': the sense is no political event (events/senses.py drops it)
        lex.senses[group] = lex.senses.get(group, ()) + (Sense("" if particle == "-" else particle, role, arg_class,
                                                                code or "-"),)
    elif kind == "noun" and code:
        lex.nouns.setdefault(item.lower(), code)
    elif kind == "light":
        lex.light.add(item)
    elif kind == "set":
        name = group if group.startswith("@") else "@" + group
        lex.sets[name] = lex.sets.get(name, frozenset()) | {item.lower()}
    elif kind == "cue":
        lex.cues[group] = lex.cues.get(group, frozenset()) | {item.lower()}
        if group.startswith("nominal_"):
            lex._nominals[item.lower()] = group[len("nominal_"):]


def load_lexicon() -> Lexicon:
    """The language bundle's lexicon under the active user verb files (``annalyst.dicts``), read once per
    process and set of user files."""
    from annalyst.dicts.active import active

    return _layered_lexicon(active())


@lru_cache(maxsize=2)
def _layered_lexicon(resources) -> Lexicon:
    from annalyst.dicts.layer import lexicon_sources

    bundle = load_bundle()
    return build_lexicon(lexicon_sources(resources)
                         + [(*read_text(LANG_PACKAGE, bundle.file(name)), priority) for name, priority in FILES])


def build_lexicon(sources: list[tuple[str, str, int]]) -> Lexicon:
    """The lexicon of (text, file name, priority) sources, highest priority first."""
    lex = Lexicon()
    core_lemmas: set[str] = set()
    for text, shown, priority in sources:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parsed = _parse_line(line)
            if parsed is None:
                continue  # the header, or a PETRARCH verb with no code of its own
            if parsed[0] not in KINDS:
                raise bad_row(f"{shown}:{number}", f"kind {parsed[0]!r} is none of {', '.join(sorted(KINDS))}")
            _add(lex, *parsed, priority=priority, core_lemmas=core_lemmas)
        if priority == 2:
            core_lemmas = set(lex.verbs)
    return lex
