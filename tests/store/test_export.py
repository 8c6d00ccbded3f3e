"""Exports: CSV, Parquet, PLOVER JSON lines, GDELT 2.0 event TSV."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pyarrow.parquet as pq
import pytest

from annalyst.errors import InputError
from annalyst.store import EventQuery, Store
from annalyst.store.export import FLAT_COLUMNS, gdelt_columns
from store_records import make_doc

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
    ]
    with Store(tmp_path / "s.duckdb") as s:
        s.write_documents(docs)
        yield s


def test_csv(store, tmp_path):
    out = tmp_path / "e.csv"
    assert store.export(EventQuery(limit=None), "csv", out) == 2
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == [name for name, _ in FLAT_COLUMNS]
    strike = next(r for r in rows if r["cameo"] == "195")
    assert (strike["date"], strike["num_mentions"], strike["num_sources"]) == ("2024-03-01", "2", "2")
    assert strike["doc_url"] == "https://news.test/a"


def test_parquet_same_filters_as_events(store, tmp_path):
    out = tmp_path / "e.parquet"
    q = EventQuery(include_flagged=True, limit=None)
    assert store.export(q, "parquet", out) == 3
    table = pq.read_table(out)
    assert table.num_rows == 3 and table.column_names == [name for name, _ in FLAT_COLUMNS]
    assert sorted(table.column("cameo").to_pylist()) == ["042", "111", "195"]
    assert "negated" in table.column("flags").to_pylist()
    assert store.export(EventQuery(root="11", limit=None), "parquet", out) == 1


def test_plover_jsonl(store, tmp_path):
    out = tmp_path / "e.jsonl"
    store.export(None, "plover-jsonl", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    accuse = next(r for r in records if r["event"] == ["ACCUSE"])
    assert accuse["date"] == "2024-02-28" and accuse["actor"][0]["code"] == "PRKGOV"
    assert accuse["recipient"][0]["country"] == "UNO" and accuse["quad_code"] == 3 and accuse["event_scale"] == -2.0
    strike = next(r for r in records if r["event"] == ["ASSAULT"])
    assert strike["event_loc"]["city"] == "Kharkiv" and strike["cite_info"]["num_mentions"] == 2
    assert strike["mode"] == ["aerial"]


def test_gdelt_tsv_has_61_columns_in_codebook_order(store, tmp_path, shared_dir):
    reference = [r["name"] for r in csv.DictReader((shared_dir / "reference/gdelt/events2-columns.csv").open())]
    assert list(gdelt_columns()) == reference and len(reference) == 61
    out = tmp_path / "e.tsv"
    store.export(None, "gdelt-tsv", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    rows = [dict(zip(reference, line.split("\t"))) for line in lines]
    assert all(len(line.split("\t")) == 61 for line in lines)
    strike = next(r for r in rows if r["EventCode"] == "195")
    assert (strike["SQLDATE"], strike["MonthYear"], strike["Year"]) == ("20240301", "202403", "2024")
    assert strike["FractionDate"] == f"{2024 + (3 * 30 + 1) / 365:.4f}"
    assert (strike["Actor1Code"], strike["Actor1CountryCode"], strike["Actor1Type1Code"]) == ("RUSMIL", "RUS", "MIL")
    assert (strike["EventBaseCode"], strike["EventRootCode"], strike["QuadClass"]) == ("195", "19", "4")
    assert (strike["NumMentions"], strike["NumArticles"], strike["NumSources"]) == ("2", "2", "2")
    assert strike["ActionGeo_Type"] == "4" and strike["ActionGeo_FullName"] == "Kharkiv, Ukraine"  # GDELT: country name
    assert strike["AvgTone"] == "" and strike["Actor1EthnicCode"] == ""
    assert strike["DATEADDED"] == "20240301000000" and strike["SOURCEURL"] == "https://news.test/a"
    accuse = next(r for r in rows if r["EventCode"] == "111")
    assert accuse["Actor2KnownGroupCode"] == "UNO" and accuse["Actor2CountryCode"] == ""
    assert int(accuse["GLOBALEVENTID"]) > 0


def test_unknown_format_and_missing_folder(store, tmp_path):
    with pytest.raises(InputError):
        store.export(None, "xml", tmp_path / "x")
    with pytest.raises(InputError):
        store.export(None, "csv", tmp_path / "nope" / "x.csv")
