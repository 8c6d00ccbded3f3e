"""Exports: CSV (+ datapackage.json), Parquet, PLOVER JSON lines, GDELT 2.0 event and mentions TSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import duckdb
import pyarrow.parquet as pq
import pytest

from annalyst.errors import InputError
from annalyst.store import EventQuery, Store
from annalyst.store.export import (FLAT_COLUMNS, export, gdelt_columns, gdelt_extra_columns, gdelt_mentions_columns,
                                   plover_score, resolve_format, validate_plover)
from store_records import make_doc

from tests.conftest import REPO

D = dt.date


@pytest.fixture()
def store(tmp_path):
    docs = [
        make_doc("a", D(2024, 3, 1), [
            dict(source="RUSMIL", target="UKR", cameo="195", date=D(2024, 3, 1), location=("Kharkiv", "UKR", "Kharkiv")),
            dict(source="PRKGOV", target="UNO", cameo="111", date=D(2024, 2, 28), said_by="KCNA"),
        ], outlet="Wire A"),
        make_doc("b", D(2024, 3, 2), [dict(source="RUSMIL", target="UKR", cameo="195", date=D(2024, 3, 2))],
                 outlet="Wire B"),
        make_doc("c", D(2024, 3, 2), [dict(source="RUS", target="UKR", cameo="042", date=D(2024, 3, 2),
                                           flags=["negated"])]),
        make_doc("d", D(2024, 5, 9), [
            dict(source="USA", target="UKR", cameo="054", date=D(2024, 4, 1), precision="month"),
            dict(source="UNO", target=None, cameo="042", date=D(2023, 1, 1), precision="year"),
        ]),
    ]
    with Store(tmp_path / "s.duckdb") as s:
        s.write_documents(docs)
        yield s


def _records(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_csv_and_its_datapackage(store, tmp_path):
    out = tmp_path / "e.csv"
    report = export(store, EventQuery(limit=None), None, out)
    assert report.rows == 4 and report.files == [str(out), str(tmp_path / "datapackage.json")]
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == [name for name, _ in FLAT_COLUMNS]
    strike = next(r for r in rows if r["cameo"] == "195")
    assert (strike["date"], strike["num_mentions"], strike["num_sources"]) == ("2024-03-01", "2", "2")
    assert strike["doc_url"] == "https://news.test/a"
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    resource = package["resources"][0]
    assert package["profile"] == "tabular-data-package" and resource["path"] == "e.csv"
    types = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
    assert [f["name"] for f in resource["schema"]["fields"]] == [name for name, _ in FLAT_COLUMNS]
    assert (types["cameo"], types["event_id"], types["date"], types["goldstein"], types["num_mentions"]) == (
        "string", "string", "date", "number", "integer")
    # a second export in the same folder adds its resource in front and keeps the first
    export(store, EventQuery(limit=None, root="19"), "csv", tmp_path / "strikes.csv")
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in package["resources"]] == ["strikes.csv", "e.csv"]


def _readme_line(marker: str) -> str:
    """The one-line read the README shows for a tool (tested as written there)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    code = [c for c in re.findall(r"`([^`\n]+)`", readme) if marker in c]
    assert code, f"the README shows no {marker!r} line"
    return code[0]


@pytest.fixture()
def numeric_looking(store, tmp_path):
    """A store whose event ids and codes look like numbers to a CSV reader's type guess."""
    store.con.execute("UPDATE events SET event_id = '12345e10' WHERE cameo = '054'")
    store.con.execute("UPDATE events SET event_id = '0000000000000042' WHERE cameo = '111'")
    out = tmp_path / "events.csv"
    export(store, EventQuery(limit=None, include_flagged=True), "csv", out)
    return out


def test_pandas_reads_codes_and_ids_as_text_with_the_readme_line(numeric_looking, monkeypatch):
    pd = pytest.importorskip("pandas")
    monkeypatch.chdir(numeric_looking.parent)
    scope = {"pd": pd, "json": json}
    exec(_readme_line("df = pd.read_csv(\"events.csv\""), scope)
    df = scope["df"]
    assert sorted(df["cameo"]) == ["042", "042", "054", "111", "195"]
    assert set(df["event_id"]) >= {"12345e10", "0000000000000042"}
    assert set(df["cameo_root"]) == {"04", "05", "11", "19"}
    # without the schema pandas guesses numbers: what the datapackage is for
    assert pd.read_csv(numeric_looking)["cameo_root"].dtype.kind in "if"


def test_duckdb_reads_codes_and_ids_as_text_with_the_readme_line(numeric_looking, monkeypatch):
    monkeypatch.chdir(numeric_looking.parent)
    sql = _readme_line("SELECT * FROM read_csv('events.csv'").rstrip(";")
    con = duckdb.connect()
    rows = con.execute(f"SELECT cameo, cameo_root, event_id FROM ({sql}) ORDER BY cameo").fetchall()
    assert [r[0] for r in rows] == ["042", "042", "054", "111", "195"]
    assert {r[2] for r in rows} >= {"12345e10", "0000000000000042"}
    assert "frictionless::read_resource(frictionless::read_package(\"datapackage.json\"), \"events\")" in \
        _readme_line("frictionless::read_resource")


def test_parquet_same_filters_as_events(store, tmp_path):
    out = tmp_path / "e.parquet"
    q = EventQuery(include_flagged=True, limit=None)
    assert store.export(q, "parquet", out) == 5
    table = pq.read_table(out)
    assert table.num_rows == 5 and table.column_names == [name for name, _ in FLAT_COLUMNS]
    assert sorted(table.column("cameo").to_pylist()) == ["042", "042", "054", "111", "195"]
    assert "negated" in table.column("flags").to_pylist()
    assert store.export(EventQuery(root="11", limit=None), "parquet", out) == 1
    assert not (tmp_path / "datapackage.json").exists()  # Parquet carries its own types


def test_plover_jsonl_follows_the_manual(store, tmp_path):
    out = tmp_path / "e.jsonl"
    report = export(store, None, "plover-jsonl", out)
    records = _records(out)
    assert report.rows == len(records) == 4
    assert report.skipped == {}
    for record in records:
        assert validate_plover(record) == [], record
    accuse = next(r for r in records if r["event"] == ["ACCUSE"])
    assert accuse["date"] == "2024-02-28"
    assert accuse["actor"] == [{"code": "PRK", "sector": "GOV", "entity_text": "Pyongyang",
                                "identifier_text": "North Korea government", "x_actor_code": "PRKGOV"}]
    assert accuse["recipient"][0]["code"] == "UNO" and accuse["recipient"][0]["entity_text"] == "the UN"
    # event_scale is the PLOVER score of the event and mode, not the Goldstein value (kept as x_goldstein)
    assert (accuse["quad_code"], accuse["event_scale"], accuse["x_goldstein"]) == (3, plover_score("ACCUSE", None), -2.0)
    assert accuse["cite_info"]["publication"] == "Wire A" and accuse["x_attribution"] == "KCNA"
    strike = next(r for r in records if r["event"] == ["ASSAULT"])
    assert strike["event_loc"]["city"] == "Kharkiv" and strike["event_loc"]["country_code"] == "UKR"
    assert strike["x_num_mentions"] == 2 and strike["mode"] == ["aerial"]
    assert strike["event_scale"] == plover_score("ASSAULT", "aerial") != strike["x_goldstein"]
    month = next(r for r in records if r["event"] == ["SUPPORT"])
    assert (month["date"], month["x_date_precision"]) == ("2024-04-01", "month")
    consult = next(r for r in records if r["event"] == ["CONSULT"])
    assert consult["recipient"] == []


def test_plover_scores_come_from_the_manuals_table():
    assert plover_score("ASSAULT", None) == -9.0
    assert plover_score("COERCE", "arrest") == -7.0  # modes match case-insensitively
    assert plover_score("ASSAULT", "no-such-mode") == -9.0  # an unscored mode takes the event's score
    assert plover_score(None, None) is None


def test_plover_leaves_out_records_the_manual_does_not_allow_and_says_why(store, tmp_path):
    # a bare statement (no PLOVER event), an actor without a code, an undated event
    doc = make_doc("e", None, [dict(source="USA", target="UKR", cameo="042")])
    store.write_documents([doc])
    store.con.execute("UPDATE events SET plover_event = NULL, cameo = '010', cameo_root = '01' WHERE cameo = '054'")
    store.con.execute("UPDATE events SET source_country = NULL WHERE cameo = '111'")
    out = tmp_path / "e.jsonl"
    report = export(store, None, "plover-jsonl", out)
    assert report.rows == 2 == len(_records(out))
    assert report.skipped == {"no PLOVER event (CAMEO statement without a PLOVER category)": 1,
                              "actor without a country or organisation code": 1,
                              "no date (the document has no publication date and the text none)": 1}


def test_validate_plover_names_every_problem():
    assert validate_plover({"id": "x", "date": "2016-07-24", "actor": [{"code": "USA"}],
                            "recipient": [{"code": "CAN"}], "event": ["CONSULT"]}) == []
    problems = validate_plover({"id": "x", "date": "2016-07", "actor": [{"text": "US", "country": "USA"}],
                                "event": [], "outlet": "AP", "event_scale": "high"})
    assert problems == [
        "the record has 'outlet', which is not a PLOVER field (extensions start with x_)",
        "required field 'event' is missing or empty",
        "date '2016-07' is not YYYY-MM-DD",
        "actor[0] has 'text', which is not a PLOVER field (extensions start with x_)",
        "actor[0] has 'country', which is not a PLOVER field (extensions start with x_)",
        "actor[0] has no 3-character code",
        "event_scale is not a number",
    ]
    assert validate_plover({"id": "x", "date": "2016-07-24", "actor": [{"code": "USA"}], "event": ["FIGHT"]}) == [
        "event has names that are not PLOVER events: ['FIGHT']"]


def _gdelt_rows(path, columns):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(len(line.split("\t")) == len(columns) for line in lines)
    return [dict(zip(columns, line.split("\t"))) for line in lines]


def test_gdelt_tsv_has_61_columns_in_codebook_order_then_annalysts(store, tmp_path, shared_dir):
    reference = [r["name"] for r in csv.DictReader((shared_dir / "reference/gdelt/events2-columns.csv").open())]
    assert list(gdelt_columns()) == reference and len(reference) == 61
    extra = gdelt_extra_columns("events")
    assert extra == ("DatePrecision", "Flags", "AnnalystEventID", "ActionGeo_ISO3")
    out = tmp_path / "e.tsv"
    export(store, EventQuery(limit=None, include_flagged=True), None, out)  # .tsv: the event table
    rows = _gdelt_rows(out, reference + list(extra))
    assert len(rows) == 5
    strike = next(r for r in rows if r["EventCode"] == "195")
    assert (strike["SQLDATE"], strike["MonthYear"], strike["Year"]) == ("20240301", "202403", "2024")
    assert strike["FractionDate"] == f"{2024 + (3 * 30 + 1) / 365:.4f}"
    assert (strike["Actor1Code"], strike["Actor1CountryCode"], strike["Actor1Type1Code"]) == ("RUSMIL", "RUS", "MIL")
    assert (strike["EventBaseCode"], strike["EventRootCode"], strike["QuadClass"]) == ("195", "19", "4")
    assert (strike["NumMentions"], strike["NumArticles"], strike["NumSources"]) == ("2", "2", "2")
    assert strike["ActionGeo_Type"] == "4" and strike["ActionGeo_FullName"] == "Kharkiv, Ukraine"  # GDELT: country name
    assert (strike["ActionGeo_ISO3"], strike["ActionGeo_CountryCode"], strike["ActionGeo_ADM1Code"]) == ("UKR", "UP", "")
    assert strike["AvgTone"] == "" and strike["Actor1EthnicCode"] == ""
    assert strike["DATEADDED"] == "20240301000000" and strike["SOURCEURL"] == "https://news.test/a"
    assert (strike["DatePrecision"], strike["Flags"]) == ("day", "")
    assert int(strike["GLOBALEVENTID"]) == int(strike["AnnalystEventID"][:15], 16)
    accuse = next(r for r in rows if r["EventCode"] == "111")
    assert accuse["Actor2KnownGroupCode"] == "UNO" and accuse["Actor2CountryCode"] == ""
    # partial dates: the unknown day (and month) are 0, as GDELT's GKG dates write them
    month = next(r for r in rows if r["EventCode"] == "054")
    assert (month["SQLDATE"], month["MonthYear"], month["Year"], month["DatePrecision"]) == (
        "20240400", "202404", "2024", "month")
    assert month["FractionDate"] == f"{2024 + (4 * 30) / 365:.4f}"
    year = next(r for r in rows if r["EventCode"] == "042" and r["Actor1Code"] == "UNO")
    assert (year["SQLDATE"], year["MonthYear"], year["FractionDate"], year["DatePrecision"]) == (
        "20230000", "202300", "2023.0000", "year")
    negated = next(r for r in rows if r["EventCode"] == "042" and r["Actor1Code"] == "RUS")
    assert negated["Flags"] == "negated"


def test_gdelt_mentions_tsv(store, tmp_path, shared_dir):
    reference = [r["name"] for r in csv.DictReader((shared_dir / "reference/gdelt/mentions-columns.csv").open())]
    assert list(gdelt_mentions_columns()) == reference and len(reference) == 16
    columns = reference + list(gdelt_extra_columns("mentions"))
    out = tmp_path / "m.tsv"
    report = export(store, EventQuery(limit=None, root="19"), "gdelt-mentions-tsv", out)
    rows = _gdelt_rows(out, columns)
    assert report.rows == len(rows) == 2  # the strike's two mentions
    assert len({r["GLOBALEVENTID"] for r in rows}) == 1 and len({r["AnnalystMentionID"] for r in rows}) == 2
    first = next(r for r in rows if r["DocID"] == "a")
    assert (first["EventTimeDate"], first["MentionTimeDate"]) == ("20240301000000", "20240301000000")
    assert (first["MentionType"], first["MentionSourceName"], first["MentionIdentifier"]) == (
        "1", "Wire A", "https://news.test/a")
    assert (first["SentenceID"], first["InRawText"], first["Confidence"]) == ("1", "1", "60")
    assert first["Actor1CharOffset"] == "0" and first["Actor2CharOffset"] == "1" and first["ActionCharOffset"] == "0"
    assert int(first["MentionDocLen"]) > 0 and first["MentionDocTone"] == ""
    events = _gdelt_rows_from(store, tmp_path)
    assert first["GLOBALEVENTID"] in {r["GLOBALEVENTID"] for r in events}


def _gdelt_rows_from(store, tmp_path):
    out = tmp_path / "events.tsv"
    export(store, EventQuery(limit=None), "gdelt-tsv", out)
    return _gdelt_rows(out, list(gdelt_columns()) + list(gdelt_extra_columns("events")))


def test_every_text_format_streams(store):
    for fmt in ("csv", "plover-jsonl", "gdelt-tsv", "gdelt-mentions-tsv"):
        sink = io.StringIO()
        report = export(store, EventQuery(limit=None), fmt, sink)
        lines = sink.getvalue().splitlines()
        assert report.rows > 0 and len(lines) == report.rows + (1 if fmt == "csv" else 0)
        assert report.files == []


@pytest.mark.parametrize("fmt,out,expected", [
    (None, "e.csv", "csv"), (None, "E.PARQUET", "parquet"), (None, "e.jsonl", "plover-jsonl"),
    (None, "e.tsv", "gdelt-tsv"), ("gdelt-mentions-tsv", "m.tsv", "gdelt-mentions-tsv"),
    ("csv", "-", "csv"), ("csv", "events", "csv"),
])
def test_format_from_the_file_name(fmt, out, expected):
    assert resolve_format(fmt, out) == expected


@pytest.mark.parametrize("fmt,out,message", [
    ("csv", "x.parquet", "does not match the file name"),
    ("parquet", "-", "binary format"),
    (None, "-", "needs --format"),
    (None, "events.xml", "cannot tell the export format"),
    ("xml", "x.xml", "unknown export format"),
])
def test_format_refusals(fmt, out, message):
    with pytest.raises(InputError, match=re.escape(message)):
        resolve_format(fmt, out)


def test_unknown_format_and_missing_folder(store, tmp_path):
    with pytest.raises(InputError):
        store.export(None, "xml", tmp_path / "x")
    with pytest.raises(InputError):
        store.export(None, "csv", tmp_path / "nope" / "x.csv")


def test_panel_is_zero_filled(store):
    rows = store.panel(EventQuery(limit=None, include_flagged=True, since="2024"), freq="month")
    dyads = {(r["source"], r["target"]) for r in rows}
    periods = sorted({r["period"] for r in rows})
    assert dyads == {("RUS", "UKR"), ("PRK", "UNO"), ("USA", "UKR")}
    assert periods == [D(2024, 2, 1), D(2024, 3, 1), D(2024, 4, 1)]
    assert len(rows) == len(dyads) * len(periods)  # every dyad in every month, 0 where nothing happened
    cell = {(r["source"], r["target"], r["period"]): r for r in rows}
    assert cell[("RUS", "UKR", D(2024, 3, 1))]["events"] == 2  # the strike and the negated meeting
    assert cell[("RUS", "UKR", D(2024, 3, 1))]["goldstein_sum"] == -10.0 + 1.9
    assert cell[("RUS", "UKR", D(2024, 2, 1))]["events"] == 0 and cell[("RUS", "UKR", D(2024, 2, 1))]["goldstein_sum"] == 0
    weeks = store.panel(EventQuery(limit=None, country="UKR"), freq="week")
    assert sorted({r["period"] for r in weeks})[:2] == [D(2024, 2, 26), D(2024, 3, 4)]  # Mondays, no gap


@pytest.mark.parametrize("date, precision, sqldate, month_year", [
    (dt.date(2024, 4, 8), "week", "20240400", "202404"),  # a week inside April is written as April
    (dt.date(2024, 4, 29), "week", "20240000", "202400"),  # April 29 - May 5: only its year is one
    (dt.date(2024, 4, 8), "day", "20240408", "202404"),
    (dt.date(2024, 4, 1), "month", "20240400", "202404"),
])
def test_gdelt_dates_write_only_what_a_week_knows(date, precision, sqldate, month_year):
    # GDELT has no week: its date fields carry the month or year the week lies in (DatePrecision says week)
    from annalyst.store.export import GDELT_VALUES

    row = {"date": date, "date_precision": precision}
    assert (GDELT_VALUES["SQLDATE"](row), GDELT_VALUES["MonthYear"](row)) == (sqldate, month_year)
