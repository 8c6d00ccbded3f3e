"""Exports of stored events: CSV, Parquet, PLOVER JSON lines, GDELT 2.0 event-table TSV.

All four take the same ``EventQuery`` as ``annalyst events`` (with no row limit by default).
The column layouts are documented in docs/store.md; the GDELT mapping lives beside this file in
``data/gdelt_events2_columns.tsv`` (column order from the GDELT 2.0 codebook).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Union

import pyarrow as pa
import pyarrow.parquet as pq

from annalyst import __version__
from annalyst.errors import InputError
from annalyst.geo.gdelt import GDELT_GEO_FIELDS, action_geo
from annalyst.store.query import EventQuery

if TYPE_CHECKING:
    from annalyst.store.store import Store

FORMATS = ("csv", "parquet", "plover-jsonl", "gdelt-tsv")

# Flat columns of the CSV and Parquet exports, in order (store column names, docs/store.md).
FLAT_COLUMNS: tuple[tuple[str, pa.DataType], ...] = (
    ("event_id", pa.string()), ("date", pa.date32()), ("date_precision", pa.string()),
    ("source_text", pa.string()), ("source_country", pa.string()), ("source_sector", pa.string()),
    ("source_code", pa.string()), ("source_name", pa.string()),
    ("target_text", pa.string()), ("target_country", pa.string()), ("target_sector", pa.string()),
    ("target_code", pa.string()), ("target_name", pa.string()),
    ("cameo", pa.string()), ("cameo_root", pa.string()), ("goldstein", pa.float64()), ("quad_class", pa.int32()),
    ("plover_event", pa.string()), ("mode", pa.string()), ("context", pa.string()),
    ("flags", pa.string()), ("confidence", pa.float64()),
    ("num_mentions", pa.int32()), ("num_articles", pa.int32()), ("num_sources", pa.int32()),
    ("first_seen", pa.date32()), ("last_seen", pa.date32()),
    ("location_text", pa.string()), ("location_country", pa.string()), ("location_city", pa.string()),
    ("location_lat", pa.float64()), ("location_lon", pa.float64()),
    ("doc_id", pa.string()), ("doc_url", pa.string()), ("sentence", pa.string()), ("trigger", pa.string()),
    ("attribution_text", pa.string()), ("attribution_country", pa.string()),
)

# Non-state actor "countries" of PLOVER/CAMEO: GDELT puts them in KnownGroupCode, not CountryCode.
NON_STATE = frozenset({"UNO", "IGO", "NGO", "MNC", "IMG", "NGM", "INT", "REB", "EUR", "AFR", "ASA", "MEA", "WST"})


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    out = {name: row.get(name) for name, _ in FLAT_COLUMNS}
    out["flags"] = ";".join(row.get("flags") or [])
    return out


def _write_csv(rows: list[dict[str, Any]], out: Path) -> None:
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[n for n, _ in FLAT_COLUMNS])
        writer.writeheader()
        for row in rows:
            flat = flat_row(row)
            writer.writerow({k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in flat.items()})


def _write_parquet(rows: list[dict[str, Any]], out: Path) -> None:
    table = pa.Table.from_pylist([flat_row(r) for r in rows], schema=pa.schema(list(FLAT_COLUMNS)))
    pq.write_table(table, out)


def _plover_actor(row: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    if not (row.get(f"{prefix}_text") or row.get(f"{prefix}_country") or row.get(f"{prefix}_code")):
        return []
    code = row.get(f"{prefix}_code") or "".join(x for x in (row.get(f"{prefix}_country"), row.get(f"{prefix}_sector")) if x)
    return [{"code": code or None, "country": row.get(f"{prefix}_country"), "sector": row.get(f"{prefix}_sector"),
             "name": row.get(f"{prefix}_name"), "text": row.get(f"{prefix}_text")}]


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER JSON record (PLOVER manual v2.0, "PLOVER JSON" table)."""
    loc = None
    if row.get("location_text") or row.get("location_country"):
        loc = {"name": row.get("location_text"), "country_code": row.get("location_country"),
               "city": row.get("location_city"), "lat": row.get("location_lat"), "lon": row.get("location_lon"),
               "admin1": row.get("location_admin1"), "geonames_id": row.get("location_geonames_id"),
               "feature_class": row.get("location_feature_class"), "precision": row.get("location_precision")}
    date = row.get("date")
    return {
        "id": row["event_id"],
        "date": date.isoformat() if date else None,
        "date_precision": row.get("date_precision"),
        "actor": _plover_actor(row, "source"),
        "recipient": _plover_actor(row, "target"),
        "event": [row["plover_event"]] if row.get("plover_event") else [],
        "mode": [row["mode"]] if row.get("mode") else [],
        "context": [c for c in (row.get("context") or "").split(",") if c],
        "event_loc": loc,
        "event_text": [row["trigger"]] if row.get("trigger") else [],
        "quad_code": row.get("quad_class"),
        "event_scale": row.get("goldstein"),
        "cameo": row.get("cameo"),
        "text": row.get("sentence"),
        "cite_info": {"doc_id": row.get("doc_id"), "url": row.get("doc_url") or row.get("doc_source"),
                      "title": row.get("doc_title"), "outlet": row.get("doc_outlet"),
                      "num_mentions": row.get("num_mentions"), "num_articles": row.get("num_articles"),
                      "num_sources": row.get("num_sources"), "first_seen": _iso(row.get("first_seen"))},
        "flags": list(row.get("flags") or []),
        "confidence": row.get("confidence"),
        "coder": f"annalyst {__version__}",
    }


def _iso(value: Any) -> Optional[str]:
    return value.isoformat() if isinstance(value, dt.date) else value


def _write_plover(rows: list[dict[str, Any]], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")


@lru_cache(maxsize=1)
def gdelt_columns() -> tuple[str, ...]:
    """The 61 GDELT 2.0 event-table columns in order (package data, see its header)."""
    text = resources.files("annalyst.store").joinpath("data/gdelt_events2_columns.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return tuple(ln.split("\t", 1)[0] for ln in lines[1:])


def _global_id(event_id: str) -> int:
    try:
        return int(event_id[:15], 16)
    except ValueError:  # ids not made by Event.assign_id
        return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _actor_code(row: dict[str, Any], p: str) -> Optional[str]:
    return row.get(f"{p}_code") or ("".join(x for x in (row.get(f"{p}_country"), row.get(f"{p}_sector")) if x) or None)


def _actor_name(row: dict[str, Any], p: str) -> Optional[str]:
    name = row.get(f"{p}_name") or row.get(f"{p}_text")
    return name.upper() if name else None


def _state(row: dict[str, Any], p: str) -> Optional[str]:
    c = row.get(f"{p}_country")
    return c if c and c not in NON_STATE else None


def _group(row: dict[str, Any], p: str) -> Optional[str]:
    c = row.get(f"{p}_country")
    return c if c in NON_STATE else None


def _date_fmt(fmt: str) -> Callable[[dict[str, Any]], Optional[str]]:
    return lambda r: r["date"].strftime(fmt) if r.get("date") else None


GDELT_VALUES: dict[str, Callable[[dict[str, Any]], Any]] = {
    "GLOBALEVENTID": lambda r: _global_id(r["event_id"]),
    "SQLDATE": _date_fmt("%Y%m%d"),
    "MonthYear": _date_fmt("%Y%m"),
    "Year": _date_fmt("%Y"),
    "FractionDate": lambda r: (f"{r['date'].year + (r['date'].month * 30 + r['date'].day) / 365:.4f}"
                               if r.get("date") else None),
    "Actor1Code": lambda r: _actor_code(r, "source"),
    "Actor1Name": lambda r: _actor_name(r, "source"),
    "Actor1CountryCode": lambda r: _state(r, "source"),
    "Actor1KnownGroupCode": lambda r: _group(r, "source"),
    "Actor1Type1Code": lambda r: r.get("source_sector"),
    "Actor2Code": lambda r: _actor_code(r, "target"),
    "Actor2Name": lambda r: _actor_name(r, "target"),
    "Actor2CountryCode": lambda r: _state(r, "target"),
    "Actor2KnownGroupCode": lambda r: _group(r, "target"),
    "Actor2Type1Code": lambda r: r.get("target_sector"),
    "IsRootEvent": lambda r: 1 if (r.get("sentence_index") is not None and r["sentence_index"] < 3) else 0,
    "EventCode": lambda r: r.get("cameo"),
    "EventBaseCode": lambda r: (r.get("cameo") or "")[:3] or None,
    "EventRootCode": lambda r: r.get("cameo_root"),
    "QuadClass": lambda r: r.get("quad_class"),
    "GoldsteinScale": lambda r: r.get("goldstein"),
    "NumMentions": lambda r: r.get("num_mentions"),
    "NumSources": lambda r: r.get("num_sources"),
    "NumArticles": lambda r: r.get("num_articles"),
    # where it happened: annalyst.geo.gdelt maps the location columns to GDELT's geography fields
    **{f"ActionGeo_{f}": (lambda r, f=f: action_geo(r)[f]) for f in GDELT_GEO_FIELDS},
    "DATEADDED": lambda r: r["first_seen"].strftime("%Y%m%d000000") if r.get("first_seen") else None,
    "SOURCEURL": lambda r: r.get("doc_url") or r.get("doc_source"),
}


def gdelt_row(row: dict[str, Any]) -> list[str]:
    """One event as the 61 GDELT fields (empty where annalyst has no value)."""
    out = []
    for col in gdelt_columns():
        value = GDELT_VALUES[col](row) if col in GDELT_VALUES else None
        text = "" if value is None else str(value)
        out.append(text.replace("\t", " ").replace("\n", " "))
    return out


def _write_gdelt(rows: list[dict[str, Any]], out: Path) -> None:
    # GDELT's files have no header row; the column order is the codebook's
    with out.open("w", encoding="utf-8", newline="") as fh:
        for row in rows:
            fh.write("\t".join(gdelt_row(row)) + "\n")


WRITERS: dict[str, Callable[[list[dict[str, Any]], Path], None]] = {
    "csv": _write_csv,
    "parquet": _write_parquet,
    "plover-jsonl": _write_plover,
    "gdelt-tsv": _write_gdelt,
}


def export_events(store: "Store", q: Optional[EventQuery], fmt: str, out: Union[str, Path]) -> int:
    """Write the events matching ``q`` (all of them when ``q`` is None) to ``out``; returns rows."""
    if fmt not in WRITERS:
        raise InputError(f"unknown export format {fmt!r}", f"use one of: {', '.join(FORMATS)}")
    q = q or EventQuery(limit=None)
    rows = store.event_rows(q, with_document=True)
    path = Path(out)
    if path.parent and not path.parent.exists():
        raise InputError(f"the folder {path.parent} does not exist", "create it, or choose another --out")
    WRITERS[fmt](rows, path)
    return len(rows)
