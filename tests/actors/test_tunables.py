"""actors/data/tunables.tsv: the resolver's tunable numbers, read once into resolver.py's constants."""

from annalyst.actors import resolver
from annalyst.clean import tunables


def test_every_setting_is_a_small_whole_number():
    values = tunables.table("tunables.tsv", "annalyst.actors")
    assert set(values) == {"name_tail", "title_run_gap"}
    assert all(isinstance(v, int) and 1 <= v <= 10 for v in values.values())


def test_resolver_reads_the_file():
    assert resolver.NAME_TAIL == tunables.value("tunables.tsv", "name_tail", "annalyst.actors")
    assert resolver.TITLE_RUN_GAP == tunables.value("tunables.tsv", "title_run_gap", "annalyst.actors")
