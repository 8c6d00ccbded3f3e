"""The knowledge-base files are checked row by row; a bad row is reported with its file and line."""

import shutil

import pytest

from annalyst.actors.kb import data_dir
from annalyst.actors.validate import check_files


def test_packaged_files_have_no_problems():
    problems = check_files()
    assert not problems, "\n".join(map(str, problems[:20]))


@pytest.fixture()
def copy(tmp_path):
    for path in data_dir().glob("*.tsv"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def _append(path, row):
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + "\n" + row + "\n", encoding="utf-8")
    return text.rstrip("\n").count("\n") + 2  # the line the row lands on


@pytest.mark.parametrize("name,row,message", [
    ("organisations.tsv", "XXORG\tXYZ\tGOV\tigo\tBad Org\tBad Org", "unknown country code 'XYZ'"),
    ("organisations.tsv", "XXORG\tIGO\tBOSS\tigo\tBad Org\tBad Org", "unknown sector code 'BOSS'"),
    ("organisations.tsv", "XXORG\tIGO\t\tcompany\tBad Org\tBad Org", "unknown kind 'company'"),
    ("organisations.tsv", "XXORG\tIGO\t\tigo\tNot NATO\tNATO", "alias 'NATO' also names"),
    ("people.tsv", "jane-doe\tJane Doe\t\tGBR\tGOV\t2001-13-01\t\tMinister", "bad date '2001-13-01'"),
    ("people.tsv", "jane-doe\tJane Doe\t\tGBR\tGOV\t2005-01-01\t2001-01-01\tMinister", "ends (2001-01-01) before"),
    # the body a person's term acts for: a known organisation of the term's country and sector
    ("people.tsv", "jane-doe\tJane Doe\t\tGBR\tPTY\t2001-01-01\t\tLeader\tNOSUCHPARTY",
     "unknown body 'NOSUCHPARTY'"),
    ("people.tsv", "jane-doe\tJane Doe\t\tCAN\tPTY\t2001-01-01\t\tLeader\tGBRLD", "GBRLD is not a body of country 'CAN'"),
    ("people.tsv", "jane-doe\tJane Doe\t\tGBR\tGOV\t2001-01-01\t\tLeader\tGBRLD", "and sector 'GOV'"),
    ("successions.tsv", "Kiev\tSUN\t1991-13-01\tbad", "bad date '1991-13-01'"),
    ("former_states.tsv", "SUN\tSoviet Union\t1922-12-30\t1991-12-25\tRUS\tyes\tagain", "'SUN' is listed twice"),
    ("sectors.tsv", "warlord\tWAR\tnoun", "unknown sector code 'WAR'"),
    # head words of organisation names
    ("name_heads.tsv", "guild\tGLD\tno\tno", "unknown sector code 'GLD'"),
    ("name_heads.tsv", "guild\tLAB\tmaybe\tno", "column home must be yes or no"),
    ("name_heads.tsv", "party\tPTY\tyes\tno", "'party' is listed twice"),
    # dated roles of organisations: a known organisation, a real date, one period at a time
    ("org_roles.tsv", "NOSUCHORG\tSDN\tGOV\t2005-07-09\t\tx", "unknown organisation 'NOSUCHORG'"),
    ("org_roles.tsv", "SPLM\tSDN\tGOV\t2005-02-30\t\tx", "bad date '2005-02-30'"),
    ("org_roles.tsv", "SPLM\tSDN\tBOSS\t1990-01-01\t1990-12-31\tx", "unknown sector code 'BOSS'"),
    ("org_roles.tsv", "SPLM\tSDN\tGOV\t2010-01-01\t2012-01-01\tx", "SPLM overlaps its role on line"),
    ("org_roles.tsv", "SPLM\tSDN\tGOV\t\t\tx", "needs a country, a sector and a start date"),
    # the parties in a state's government: a known party, a real date, one term at a time
    ("governing_parties.tsv", "NOSUCHPARTY\t1997-05-02\t\tx", "unknown organisation 'NOSUCHPARTY'"),
    ("governing_parties.tsv", "GBRLAB\t1997-02-30\t\tx", "bad date '1997-02-30'"),
    ("governing_parties.tsv", "GBRLAB\t2005-01-01\t2006-01-01\tx", "GBRLAB overlaps its term on line"),
    ("governing_parties.tsv", "GBRLAB\t\t\tx", "a term needs a start date"),
    ("governing_parties.tsv", "GBRLAB\t2001-01-01\t1999-01-01\tx", "ends (1999-01-01) before"),
    # the sector groups the resolver places by the article: a known group, a PLOVER sector, each pair once
    ("sector_groups.tsv", "home\tBOSS", "unknown sector code 'BOSS'"),
    ("sector_groups.tsv", "abroad\tMIL", "unknown group 'abroad'"),
    ("sector_groups.tsv", "police\tCOP", "'police|COP' is listed twice"),
    # a sector noun that names one body of a state in its own news
    ("home_names.tsv", "IND\tparliament\tNOSUCHORG\tx", "unknown body 'NOSUCHORG'"),
    ("home_names.tsv", "USA\tcongress\tINDINC\tx", "INDINC is not a body of 'USA'"),
    ("home_names.tsv", "XYZ\tcongress\tINDINC\tx", "unknown country code 'XYZ'"),
    ("home_names.tsv", "IND\tcongress\tINDINC\tagain", "'IND|congress' is listed twice"),
    # the home state of a generated multinational: an MNC entry of petrarch2_actors.tsv, not curated, a state
    ("company_homes.tsv", "NOSUCHCOMPANY\tUSA\tBUS\tx", "is no MNC entry of petrarch2_actors.tsv"),
    ("company_homes.tsv", "HAMAS\tPSE\tBUS\tx", "is no MNC entry"),
    ("company_homes.tsv", "SONY\tMNC\tBUS\tx", "a home needs a state and a sector"),
    ("company_homes.tsv", "SONY\tXYZ\tBUS\tx", "unknown country code 'XYZ'"),
    ("company_homes.tsv", "BOEING\tUSA\tBUS\tagain", "'BOEING' is listed twice"),
])
def test_a_bad_row_names_its_file_and_line(copy, name, row, message):
    line = _append(copy / name, row)
    problems = [str(p) for p in check_files(copy)]
    assert any(p.startswith(f"{name}:{line}: ") and message in p for p in problems), problems


def test_a_group_the_resolver_reads_may_not_be_left_empty(copy):
    path = copy / "sector_groups.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(l for l in lines if not l.startswith("local_home\t")) + "\n", encoding="utf-8")
    assert [str(p) for p in check_files(copy) if p.file == "sector_groups.tsv"] == [
        "sector_groups.tsv:0: group 'local_home' has no sector (the resolver reads it)"]


def test_the_resolver_reads_its_sector_groups_from_the_file(copy):
    from annalyst.actors import resolver
    from annalyst.actors.kb import sector_group
    from annalyst.errors import ModelError

    assert resolver.DOMESTIC_SECTORS == sector_group("domestic") == frozenset({"COP", "JUD"})
    assert resolver.LOCAL_HOME_SECTORS == frozenset({"CVL", "EDU"})
    assert resolver.RESIDENT_HOME_SECTORS == sector_group("resident_home") == frozenset({"LAB", "AGR"})
    assert resolver.LINKED_HOME_SECTORS == frozenset({"BUS"}) and {"AGR", "BUS"} <= resolver.HOME_SECTORS
    path = copy / "sector_groups.tsv"
    path.write_text("group\tsector\npolice\tCOP\n", encoding="utf-8")
    with pytest.raises(ModelError, match="'home' is not in"):
        sector_group("home", copy)
