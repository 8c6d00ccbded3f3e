"""geo/data/tunables.tsv: the place stage's tunable numbers, read once into step.py's constants."""

from annalyst.clean import tunables
from annalyst.geo import step


def test_every_setting_is_present_and_in_range():
    values = tunables.table("tunables.tsv", "annalyst.geo")
    assert set(values) == {"dateline_days", "lower_case_opening_share"}
    assert isinstance(values["dateline_days"], int) and values["dateline_days"] >= 1
    assert isinstance(values["lower_case_opening_share"], float) and 0 < values["lower_case_opening_share"] <= 1


def test_step_reads_the_file():
    assert step.DATELINE_DAYS == tunables.value("tunables.tsv", "dateline_days", "annalyst.geo")
    assert step.LOWER_CASE_OPENING_SHARE == tunables.value("tunables.tsv", "lower_case_opening_share", "annalyst.geo")


def test_the_share_decides_a_lower_case_story(monkeypatch):
    # 70 capitalised words; of the 6 sentence openings after a stop, 4 are lower case: 2/3 is under the share
    text = " ".join(["Word Word Word Word Word Word Word Word Word Word."] * 3
                    + ["then Word Word Word Word Word Word Word Word Word."] * 4)
    assert not step._lower_case_story(text)
    monkeypatch.setattr(step, "LOWER_CASE_OPENING_SHARE", 0.5)
    assert step._lower_case_story(text)
