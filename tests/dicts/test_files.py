"""Reading, telling the kind of and validating user dictionary files (annalyst.dicts.files, .config)."""

from __future__ import annotations

import pytest

from annalyst.dicts import DictionaryError, read_resources
from annalyst.dicts.config import config_paths, load_resources
from annalyst.dicts.files import read_file

ACTORS_HEADER = "name\tcode\tcountry\tsector\tvalid_from\tvalid_to\taliases\n"


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_kind_from_header_and_from_name(tmp_path):
    actors = _write(tmp_path, "mine.tsv", "# my actors\n" + ACTORS_HEADER + "Kogi Valley Brigade\tNGAREBKVB\tNGA\tREB\t\t\tKVB\n")
    agents = _write(tmp_path, "a.tsv", "noun\tsector\tcountry\nvigilantes\tCVL\tNGA\n")
    verbs = _write(tmp_path, "v.tsv", "kind group item code\nverb raid raid 190\n")
    assert [read_file(p).kind for p in (actors, agents, verbs)] == ["actors", "agents", "verbs"]
    # a header that is no known one: the file name decides the kind, and the header is reported as bad for it
    named = _write(tmp_path, "x.actors.tsv", "name\tcode\n")
    with pytest.raises(DictionaryError, match=r"x\.actors\.tsv:1: bad header for a actors file"):
        read_file(named)
    with pytest.raises(DictionaryError, match="cannot tell what kind"):
        read_file(_write(tmp_path, "x.tsv", "who\twhat\n"))


@pytest.mark.parametrize("row, message", [
    ("Brigade\tNGAREB\tNGA\tREB\t2021-13-01\t\t\n", r"mine\.tsv:2: bad date '2021-13-01' in column valid_from"),
    ("Brigade\tNGAREB\tNGA\tXYZ\t\t\t\n", r"mine\.tsv:2: unknown sector 'XYZ'"),
    ("Brigade\tNGAREB\tNigeria\tREB\t\t\t\n", r"mine\.tsv:2: bad country 'Nigeria'"),
    ("Brigade\tNGAREB\tNGA\tREB\t\t\n", r"mine\.tsv:2: 6 columns"),
    ("Brigade\tNGAREB\tNGA\tREB\t2021-02-01\t2020-01-01\t\n", "valid_to 2020-01-01 is before valid_from"),
])
def test_bad_actor_rows_name_file_line_and_fix(tmp_path, row, message):
    path = _write(tmp_path, "mine.tsv", ACTORS_HEADER + row)
    with pytest.raises(DictionaryError, match=message) as err:
        read_file(path)
    assert err.value.fix


def test_duplicate_names_across_files(tmp_path):
    one = _write(tmp_path, "one.tsv", ACTORS_HEADER + "Kogi Valley Brigade\tNGAREB\tNGA\tREB\t\t\tKVB\n")
    two = _write(tmp_path, "two.tsv", ACTORS_HEADER + "# comment\nKVB\tNGAREB\tNGA\tREB\t\t\t\n")
    with pytest.raises(DictionaryError, match=r"two\.tsv:3: duplicate name 'kvb' \(already at .*one\.tsv:2\)"):
        read_resources([(one, None), (two, None)])


def test_bad_agent_sector_and_verb_code(tmp_path):
    with pytest.raises(DictionaryError, match=r"a\.tsv:2: unknown sector 'SOLDIER'"):
        read_file(_write(tmp_path, "a.tsv", "noun\tsector\nvigilantes\tSOLDIER\n"))
    with pytest.raises(DictionaryError, match=r"v\.tsv:3: unknown CAMEO code '999'"):
        read_file(_write(tmp_path, "v.tsv", "kind group item code\nverb raid raid 190\nverb raid storm 999\n"))
    with pytest.raises(DictionaryError, match=r"v\.tsv:2: kind 'verbs'"):
        read_file(_write(tmp_path, "v.tsv", "kind group item code\nverbs raid raid 190\n"))


def test_fingerprint_follows_contents(tmp_path):
    path = _write(tmp_path, "mine.tsv", ACTORS_HEADER + "Brigade\tNGAREB\tNGA\tREB\t\t\t\n")
    first = read_resources([(path, None)]).fingerprint()
    assert first == read_resources([(path, None)]).fingerprint()
    path.write_text(ACTORS_HEADER + "Brigade\tNGAMIL\tNGA\tMIL\t\t\t\n", encoding="utf-8")
    assert read_resources([(path, None)]).fingerprint() != first
    assert first.startswith("annalyst ")


def test_config_table_paths_relative_to_the_file(tmp_path):
    _write(tmp_path, "mine.tsv", ACTORS_HEADER + "Brigade\tNGAREB\tNGA\tREB\t\t\t\n")
    _write(tmp_path, "nouns.tsv", "noun\tsector\nvigilantes\tCVL\n")
    config = _write(tmp_path, "annalyst.toml", '[dictionaries]\nactors = ["mine.tsv"]\nfiles = "nouns.tsv"\n')
    assert config_paths(None, cwd=tmp_path) == [(tmp_path / "mine.tsv", "actors"), (tmp_path / "nouns.tsv", None)]
    resources = load_resources((), str(config))
    assert [f.kind for f in resources.files] == ["actors", "agents"]
    assert config_paths(None, cwd=tmp_path / "elsewhere") == []
    _write(tmp_path, "bad.toml", '[dictionaries]\nactor = ["mine.tsv"]\n')
    with pytest.raises(DictionaryError, match="unknown key 'actor'"):
        load_resources((), str(tmp_path / "bad.toml"))


def test_sector_codes_agree_with_the_knowledge_base():
    from annalyst.actors.kb import SECTOR_CODES
    from annalyst.dicts.files import sector_codes

    assert sector_codes() == SECTOR_CODES
