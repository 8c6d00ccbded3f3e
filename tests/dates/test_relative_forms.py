"""The common publication-relative forms answered without dateparser, and ``DateStep.prepare``.

``_relative`` must give exactly what ``_dateparse`` (dateparser with the stage's settings) gives:
the same date and period for the same base and preference.  The full grid (every handled form,
every day of several years, both preferences) was run once; this samples the same comparison.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from annalyst.dates import DateStep, resolve_expression
from annalyst.dates.expressions import _AGO_NUMBERS, _MONTHS, _QUALIFIERS, _dateparse, _relative

_NAMED = (["today", "tonight", "yesterday", "tomorrow"]
          + [f"{q} {u}" for q in _QUALIFIERS for u in ("week", "month", "year")]
          + list(_MONTHS) + [f"{q} {m}" for q in _QUALIFIERS for m in _MONTHS])
_AGO = st.builds(lambda n, unit, plural: f"{n} {unit}{'s' if plural else ''} ago",
                 st.integers(1, 99).map(str) | st.sampled_from(sorted(_AGO_NUMBERS)),
                 st.sampled_from(["day", "week", "month", "year"]), st.booleans())
_BASES = st.dates(min_value=dt.date(1980, 1, 1), max_value=dt.date(2030, 12, 31))


@settings(max_examples=400, deadline=None)
@given(core=st.sampled_from(_NAMED) | _AGO, base=_BASES, prefer=st.sampled_from(["past", "future"]))
@example(core="december", base=dt.date(2022, 12, 31), prefer="future")
@example(core="february", base=dt.date(2020, 1, 30), prefer="past")
@example(core="february", base=dt.date(2021, 1, 30), prefer="past")
@example(core="july", base=dt.date(2022, 7, 1), prefer="future")
@example(core="last month", base=dt.date(2023, 3, 31), prefer="past")
@example(core="last year", base=dt.date(2024, 2, 29), prefer="past")
@example(core="18 months ago", base=dt.date(2024, 2, 29), prefer="past")
@example(core="next week", base=dt.date(2022, 12, 28), prefer="future")
@example(core="last december", base=dt.date(2022, 7, 18), prefer="past")
@example(core="previous week", base=dt.date(1987, 3, 3), prefer="past")
def test_relative_forms_resolve_as_dateparser_does(core, base, prefer):
    direct = _relative(core, base, prefer)
    if direct is None:  # the one case among these forms left to dateparser (see ``_RELATIVE_RE``)
        assert core == "february" and base.day >= 29, (core, base)
        return
    assert direct[0] == _dateparse.__wrapped__(core, base, prefer), (core, base, prefer)


def test_other_forms_are_left_to_dateparser():
    base = dt.date(2022, 7, 18)
    for core in ("week ended february 22", "march/april", "several days ago", "an hour ago", "100 years ago",
                 "last weekend", "fiscal 1988", "monday"):
        assert _relative(core, base, "past") is None, core


def test_relative_forms_do_not_reach_dateparser():
    _dateparse.cache_clear()
    published = dt.date(2019, 10, 31)
    assert resolve_expression("earlier this month", published).date == dt.date(2019, 10, 1)
    assert resolve_expression("last year", published, future=True).date == dt.date(2018, 1, 1)
    assert resolve_expression("two weeks ago", published).date == dt.date(2019, 10, 14)  # that week's Monday
    assert resolve_expression("December", published, future=True).date == dt.date(2019, 12, 1)
    assert resolve_expression("the previous week", published) is None
    info = _dateparse.cache_info()
    assert info.hits + info.misses == 0


def _dateparser_state() -> tuple:
    """What dateparser builds once per process: loaded locales and its dictionaries' caches."""
    from dateparser.date import _get_name_translations
    from dateparser.languages.dictionary import Dictionary
    from dateparser.languages.loader import LocaleDataLoader

    caches = tuple(sorted((name, tuple((str(key), len(entry)) for key, entry in getattr(Dictionary, name).items()))
                          for name in vars(Dictionary) if name.endswith("_cache")
                          and isinstance(getattr(Dictionary, name), dict)))
    return (tuple(LocaleDataLoader._loaded_locales), tuple(LocaleDataLoader._loaded_languages), caches,
            _get_name_translations.cache_info().currsize)


def test_prepare_does_dateparsers_one_off_setup():
    from dateparser.date import _get_name_translations
    from dateparser.languages.dictionary import Dictionary
    from dateparser.languages.loader import LocaleDataLoader

    from annalyst.dates.expressions import prepare_dateparser

    # start from a process where dateparser has set nothing up (these are its caches, safe to empty)
    LocaleDataLoader._loaded_locales.clear()
    LocaleDataLoader._loaded_languages.clear()
    for name in vars(Dictionary):
        if name.endswith("_cache") and isinstance(getattr(Dictionary, name), dict):
            getattr(Dictionary, name).clear()
    _get_name_translations.cache_clear()
    prepare_dateparser.cache_clear()
    empty = _dateparser_state()

    DateStep().prepare()
    prepared = _dateparser_state()
    assert prepared != empty and "en" in prepared[0]
    DateStep().prepare()  # idempotent
    assert _dateparser_state() == prepared
    # expressions that still go to dateparser, on a base no earlier call used: no new one-off load
    misses = _dateparse.cache_info().misses
    resolve_expression("the week ended February 22", dt.date(1987, 3, 7))
    resolve_expression("March/April", dt.date(1987, 3, 7))
    assert resolve_expression("three months ago", dt.date(1987, 3, 7)) is not None  # not dateparser's
    assert _dateparse.cache_info().misses == misses + 2
    assert _dateparser_state() == prepared


def test_parsed_text_is_the_parses_own_text(nlp):
    from annalyst.dates.step import parsed_text
    from annalyst.model import Document

    for text in ("", " ", "\n\n", "July 13, 2022\u00a0 North Korea recognized the DPR.  ",
                 "  Leading space.\n\nTwo paragraphs\tand a tab\n", "x", "Ends without a stop"):
        doc = Document(doc_id="d", source="test", text=text)
        doc.parsed = nlp(text)
        assert parsed_text(doc) == doc.parsed.text, repr(text)
    # a text longer than what was parsed (ParseStep cuts at its length limit): the parsed part
    doc = Document(doc_id="d", source="test", text="Parsed part.  Never parsed.")
    doc.parsed = nlp("Parsed part.  ")
    assert parsed_text(doc) == "Parsed part.  "
