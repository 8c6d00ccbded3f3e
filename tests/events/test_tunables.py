"""events/data/tunables.tsv: the coder's tunable numbers, read once into the modules' constants."""

import pytest

from annalyst.clean import tunables
from annalyst.events import partners


def test_every_setting_is_a_small_whole_number():
    values = tunables.table("tunables.tsv", "annalyst.events")
    assert set(values) == {"policy_depth"}
    assert isinstance(values["policy_depth"], int) and 1 <= values["policy_depth"] <= 6


def test_partners_reads_the_file():
    assert partners.POLICY_DEPTH == tunables.value("tunables.tsv", "policy_depth", "annalyst.events")


def test_an_unknown_setting_is_an_error():
    with pytest.raises(KeyError):
        tunables.value("tunables.tsv", "no_such_setting", "annalyst.events")
