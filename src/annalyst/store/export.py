"""Exports of stored events: CSV, Parquet, PLOVER JSON lines, GDELT 2.0 event and mentions TSV.

All take the same ``EventQuery`` as ``annalyst events`` (with no row limit by default).  The
column layouts are documented in docs/store.md; the GDELT mappings live beside this file in
``data/gdelt_events2_columns.tsv``, ``data/gdelt_mentions_columns.tsv`` (column order from the
GDELT 2.0 codebook) and ``data/gdelt_extra_columns.tsv`` (annalyst's columns after GDELT's).

Text formats go to a file or to a stream (``annalyst export --out -``: standard output); the
format is checked against the file's extension (``resolve_format``).  A CSV file gets a
Frictionless ``datapackage.json`` beside it, so pandas, R and DuckDB read codes and ids as
text (``054`` stays ``054``).  PLOVER records follow the PLOVER 2.0 manual's JSON tables
(``validate_plover`` checks one); annalyst's own fields carry the ``x_`` prefix.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional, Sequence, TextIO, Union
from urllib.parse import urlparse

from annalyst import __version__
from annalyst.errors import InputError
from annalyst.geo.gdelt import GDELT_GEO_FIELDS, action_geo
from annalyst.store.query import EventQuery

if TYPE_CHECKING:
    from annalyst.store.store import Store

FORMATS = ("csv", "parquet", "plover-jsonl", "gdelt-tsv", "gdelt-mentions-tsv")
TEXT_FORMATS = ("csv", "plover-jsonl", "gdelt-tsv", "gdelt-mentions-tsv")

# File extensions per format; a bare extension infers the first format that lists it.
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "csv": (".csv",),
    "parquet": (".parquet", ".pq"),
    "plover-jsonl": (".jsonl", ".ndjson"),
    "gdelt-tsv": (".tsv", ".txt"),
    "gdelt-mentions-tsv": (".tsv", ".txt"),
}

STDOUT = "-"

Output = Union[str, Path, TextIO]

# A column is (name, type name). Types are named, not pyarrow objects, because every CLI command
# imports this module and pyarrow costs ~40 MB and a few hundred ms to load; it is imported only
# when a Parquet file is written (``arrow_schema``).
Column = tuple[str, str]
ARROW_TYPES = ("string", "date32", "float64", "int32", "int64", "bool")


def arrow_schema(columns: Sequence[Column]) -> Any:
    """The pyarrow schema of these named columns (imports pyarrow)."""
    import pyarrow as pa

    return pa.schema([(name, pa.bool_() if kind == "bool" else getattr(pa, kind)()) for name, kind in columns])


def write_parquet(rows: list[dict[str, Any]], columns: Sequence[Column], out: Output) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(columns)), str(out))


# Flat columns of the CSV and Parquet exports, in order (store column names, docs/store.md).
FLAT_COLUMNS: tuple[Column, ...] = (
    ("event_id", "string"), ("date", "date32"), ("date_precision", "string"),
    ("source_text", "string"), ("source_country", "string"), ("source_sector", "string"),
    ("source_code", "string"), ("source_name", "string"),
    ("target_text", "string"), ("target_country", "string"), ("target_sector", "string"),
    ("target_code", "string"), ("target_name", "string"),
    ("cameo", "string"), ("cameo_root", "string"), ("goldstein", "float64"), ("quad_class", "int32"),
    ("plover_event", "string"), ("mode", "string"), ("context", "string"),
    ("flags", "string"), ("confidence", "float64"),
    ("num_mentions", "int32"), ("num_articles", "int32"), ("num_sources", "int32"),
    ("first_seen", "date32"), ("last_seen", "date32"),
    ("location_text", "string"), ("location_country", "string"), ("location_city", "string"),
    ("location_lat", "float64"), ("location_lon", "float64"),
    ("doc_id", "string"), ("doc_url", "string"), ("sentence", "string"), ("trigger", "string"),
    ("attribution_text", "string"), ("attribution_country", "string"),
    ("mention_codes", "string"),
)

# Non-state actor "countries" of PLOVER/CAMEO: GDELT puts them in KnownGroupCode, not CountryCode.
NON_STATE = frozenset({"UNO", "IGO", "NGO", "MNC", "IMG", "NGM", "INT", "REB", "EUR", "AFR", "ASA", "MEA", "WST"})


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    out = {name: row.get(name) for name, _ in FLAT_COLUMNS}
    out["flags"] = ";".join(row.get("flags") or [])
    out["mention_codes"] = ";".join(row.get("mention_codes") or [])
    return out



# Columns whose values look like numbers but are codes or ids: text in every schema we write.
CODE_COLUMNS = ("event_id", "doc_id", "cameo", "cameo_root")


# -- formats and outputs ----------------------------------------------------------------------

def resolve_format(fmt: Optional[str], out: Union[str, Path]) -> str:
    """The export format for ``out``: ``fmt`` checked against the extension, or inferred from it.

    ``-`` (standard output) takes any text format but needs ``fmt``; a file without an
    extension takes any format but needs ``fmt``.
    """
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}", f"use one of: {', '.join(FORMATS)}")
    if str(out) == STDOUT:
        if fmt is None:
            raise InputError("--out - (standard output) needs --format",
                             f"add --format with one of: {', '.join(TEXT_FORMATS)}")
        if fmt not in TEXT_FORMATS:
            raise InputError(f"{fmt} is a binary format and cannot go to standard output",
                             f"give --out a file name ending in {' or '.join(EXTENSIONS[fmt])}")
        return fmt
    suffix = Path(str(out)).suffix.lower()
    if fmt is None:
        for name, suffixes in EXTENSIONS.items():
            if suffix in suffixes:
                return name
        known = ", ".join(f"{ext} ({name})" for name, exts in EXTENSIONS.items() for ext in exts[:1])
        raise InputError(f"cannot tell the export format from {str(out)!r}",
                         f"add --format, or end the file name in one of: {known}")
    if suffix and suffix not in EXTENSIONS[fmt]:
        raise InputError(f"--format {fmt} does not match the file name {str(out)!r} (a {suffix} file)",
                         f"end the file name in {' or '.join(EXTENSIONS[fmt])}, or drop --format to write "
                         f"the format the name says")
    return fmt


@dataclass
class ExportReport:
    """What an export wrote: rows, records left out (by reason), and the files written."""

    format: str
    rows: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def _text_sink(out: Output) -> tuple[TextIO, bool]:
    """A text stream for ``out`` and whether the caller must close it."""
    if hasattr(out, "write"):
        return out, False  # type: ignore[return-value]
    return open(out, "w", encoding="utf-8", newline=""), True


# -- CSV, Parquet and their schema -------------------------------------------------------------

_FRICTIONLESS_TYPES = {"string": "string", "date32": "date", "float64": "number", "int32": "integer",
                       "int64": "integer", "bool": "boolean"}


def table_schema(columns: Sequence[Column], primary_key: Sequence[str] = ()) -> dict[str, Any]:
    """A Frictionless Table Schema for these columns (codes and ids typed ``string``)."""
    fields = [{"name": name, "type": _FRICTIONLESS_TYPES[kind]} for name, kind in columns]
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    if primary_key:
        schema["primaryKey"] = list(primary_key)
    return schema


def write_datapackage(csv_path: Path, columns: Sequence[Column], *, title: str,
                      primary_key: Sequence[str] = ()) -> Path:
    """Describe ``csv_path`` in the ``datapackage.json`` beside it (Frictionless Tabular Data Package).

    Other CSV files already described there keep their entries; this file's resource comes
    first, so ``resources[0]`` is the latest export.
    """
    package_path = csv_path.parent / "datapackage.json"
    package: dict[str, Any] = {"profile": "tabular-data-package", "name": "annalyst-export", "resources": []}
    if package_path.exists():
        try:
            package = json.loads(package_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass  # not ours or damaged: replaced by a fresh descriptor
    others = [r for r in package.get("resources", []) if isinstance(r, dict) and r.get("path") != csv_path.name]
    resource = {
        "name": _resource_name(csv_path.stem), "path": csv_path.name, "profile": "tabular-data-resource",
        "title": title, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
        "dialect": {"delimiter": ",", "header": True, "doubleQuote": True},
        "schema": table_schema(columns, primary_key),
    }
    package.update({"profile": "tabular-data-package", "resources": [resource, *others],
                    "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                    "x_generator": f"annalyst {__version__}"})
    package_path.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return package_path


def _resource_name(stem: str) -> str:
    """Frictionless names are lower-case letters, digits and ``-._``."""
    name = "".join(c if c.isalnum() or c in "-._" else "-" for c in stem.lower())
    return name or "events"


def csv_cell(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def write_csv_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], fh: TextIO) -> int:
    writer = csv.DictWriter(fh, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
        n += 1
    return n


def write_table(rows: list[dict[str, Any]], columns: Sequence[Column], fmt: str, out: Output,
                *, title: str, primary_key: Sequence[str] = ()) -> list[str]:
    """Rows to CSV (with its ``datapackage.json`` when written to a file) or Parquet; returns files."""
    if fmt == "parquet":
        write_parquet(rows, columns, out)
        return [str(out)]
    fh, owned = _text_sink(out)
    try:
        write_csv_rows(rows, [n for n, _ in columns], fh)
    finally:
        if owned:
            fh.close()
    if not owned:
        return []
    return [str(out), str(write_datapackage(Path(str(out)), columns, title=title, primary_key=primary_key))]


# -- PLOVER ------------------------------------------------------------------------------------

# Field names of the PLOVER 2.0 manual's JSON tables ("Data Fields" chapter: PLOVER JSON, entity,
# text, citation and location objects).  Anything else a record carries starts with ``x_``.
PLOVER_FIELDS = frozenset({"id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient", "event",
                           "event_loc", "event_text", "quad_code", "event_scale", "mode", "context", "link", "text",
                           "text_info", "cite_info", "coder", "coded_date", "coded_time", "comment"})
PLOVER_REQUIRED = ("id", "date", "actor", "event")
PLOVER_ENTITY_FIELDS = frozenset({"code", "sector", "entity_text", "identifier_id", "identifier_text", "religion",
                                  "ethnicity", "office", "gender", "age"})
PLOVER_TEXT_FIELDS = frozenset({"sequence", "start", "end", "text_story"})
PLOVER_CITE_FIELDS = frozenset({"corpus", "citation", "url", "title", "language", "publication", "license",
                                "copyright", "coder", "codebook", "version"})
PLOVER_LOCATION_FIELDS = frozenset({"extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "district",
                                    "province", "country", "country_code", "feature_class", "feature_code",
                                    "resolution"})
PLOVER_CODEBOOK = "PLOVER 2.0"


@lru_cache(maxsize=1)
def plover_scores() -> dict[tuple[str, str], float]:
    """(EVENT, mode lower-cased or "") → PLOVER score (package data ``data/plover_scores.tsv``)."""
    text = resources.files("annalyst.store").joinpath("data/plover_scores.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader([ln for ln in text.splitlines() if ln and not ln.startswith("#")], delimiter="\t")
    return {(r["event"].upper(), (r["mode"] or "").lower()): float(r["score"]) for r in rows}


def plover_score(event: Optional[str], mode: Optional[str]) -> Optional[float]:
    """The PLOVER score of an event and mode; a mode without its own score takes the event's."""
    if not event:
        return None
    scores = plover_scores()
    key = event.upper()
    return scores.get((key, (mode or "").lower()), scores.get((key, "")))


def _plover_entity(row: dict[str, Any], prefix: str) -> Optional[dict[str, Any]]:
    code = row.get(f"{prefix}_country")
    if not (code or row.get(f"{prefix}_text")):
        return None
    entity = {"code": code, "sector": row.get(f"{prefix}_sector"), "entity_text": row.get(f"{prefix}_text"),
              "identifier_text": row.get(f"{prefix}_name"), "x_actor_code": _actor_code(row, prefix),
              "x_kind": row.get(f"{prefix}_kind")}
    return {k: v for k, v in entity.items() if v is not None}


def plover_skip_reason(row: dict[str, Any]) -> Optional[str]:
    """Why an event cannot be a PLOVER record, or None.

    The manual requires ``actor`` and a non-empty ``event``: an event whose CAMEO code has no
    PLOVER category (bare statements, CAMEO 01) is not a PLOVER event, an actor without a
    country or organisation code is not a coded entity (the manual: events without an explicit,
    named actor "will not be coded by PLOVER"), and ``date`` is required.  Such events are left
    out and counted by reason (``ExportReport.skipped``).
    """
    if not row.get("plover_event"):
        return "no PLOVER event (CAMEO statement without a PLOVER category)"
    if not row.get("source_country"):
        return "actor without a country or organisation code"
    if not row.get("date"):
        return "no date (the document has no publication date and the text none)"
    return None


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER 2.0 JSON record (manual, "Data Fields"); annalyst's extras under ``x_``."""
    loc = None
    if row.get("location_text") or row.get("location_country"):
        loc = {"extracted_place": row.get("location_text"),
               "resolved_place": action_geo(row)["FullName"] or row.get("location_text"), "city": row.get("location_city"),
               "country_code": row.get("location_country"), "lat": row.get("location_lat"),
               "lon": row.get("location_lon"),
               "resolution": 4 if row.get("location_city") else (1 if row.get("location_country") else None)}
        loc = {k: v for k, v in loc.items() if v is not None}
    date = row.get("date")
    actor = _plover_entity(row, "source")
    recipient = _plover_entity(row, "target")
    url = row.get("doc_url")
    cite = {"url": url, "title": row.get("doc_title"), "publication": row.get("doc_outlet"),
            "citation": None if url else row.get("doc_source"), "language": row.get("doc_language"),
            "coder": f"annalyst {__version__}", "codebook": PLOVER_CODEBOOK}
    return {
        "id": row["event_id"],
        "date": date.isoformat() if date else None,
        "actor": [actor] if actor else [],
        "recipient": [recipient] if recipient else [],
        "event": [row["plover_event"]] if row.get("plover_event") else [],
        "mode": [row["mode"]] if row.get("mode") else [],
        "context": [c for c in (row.get("context") or "").split(",") if c],
        "event_loc": loc,
        "event_text": [row["trigger"]] if row.get("trigger") else [],
        "quad_code": row.get("quad_class"),
        "event_scale": plover_score(row.get("plover_event"), row.get("mode")),
        "text": row.get("sentence"),
        "text_info": {"sequence": row.get("sentence_index"), "start": row.get("span_start"),
                      "end": row.get("span_end")},
        "cite_info": {k: v for k, v in cite.items() if v is not None},
        "coder": f"annalyst {__version__}",
        "x_date_precision": row.get("date_precision"),
        "x_cameo": row.get("cameo"),
        "x_mention_codes": list(row.get("mention_codes") or []),
        "x_goldstein": row.get("goldstein"),
        "x_flags": list(row.get("flags") or []),
        "x_confidence": row.get("confidence"),
        "x_doc_id": row.get("doc_id"),
        "x_attribution": row.get("attribution_text"),
        "x_num_mentions": row.get("num_mentions"),
        "x_num_articles": row.get("num_articles"),
        "x_num_sources": row.get("num_sources"),
        "x_first_seen": _iso(row.get("first_seen")),
        "x_last_seen": _iso(row.get("last_seen")),
    }


def _check_keys(obj: Any, allowed: frozenset[str], where: str, problems: list[str]) -> None:
    if not isinstance(obj, dict):
        problems.append(f"{where} is not an object")
        return
    for key in obj:
        if key not in allowed and not key.startswith("x_"):
            problems.append(f"{where} has {key!r}, which is not a PLOVER field (extensions start with x_)")


def validate_plover(record: dict[str, Any]) -> list[str]:
    """What makes ``record`` not a PLOVER 2.0 record (empty list: valid).

    Checks the manual's required fields (``id``, ``date`` as YYYY-MM-DD, a non-empty ``actor``
    list of entities with a ``code``, a non-empty ``event`` list of PLOVER event names), the
    field names of the record and of its entity, text, citation and location objects, and the
    types of the list and number fields.
    """
    from annalyst.store.filters import vocabulary

    problems: list[str] = []
    _check_keys(record, PLOVER_FIELDS, "the record", problems)
    for key in PLOVER_REQUIRED:
        if record.get(key) in (None, "", []):
            problems.append(f"required field {key!r} is missing or empty")
    if not isinstance(record.get("id", ""), str):
        problems.append("id is not a string")
    date = record.get("date")
    if date is not None:
        try:
            ok = isinstance(date, str) and len(date) == 10 and dt.date.fromisoformat(date) is not None
        except ValueError:
            ok = False
        if not ok:
            problems.append(f"date {date!r} is not YYYY-MM-DD")
    for side in ("actor", "recipient"):
        entities = record.get(side, [])
        if not isinstance(entities, list):
            problems.append(f"{side} is not a list of entity objects")
            continue
        for i, entity in enumerate(entities):
            _check_keys(entity, PLOVER_ENTITY_FIELDS, f"{side}[{i}]", problems)
            code = entity.get("code") if isinstance(entity, dict) else None
            # the actor must be coded; a recipient may be known by its words only (code absent)
            if (side == "actor" or code is not None) and not (isinstance(code, str) and len(code) == 3):
                problems.append(f"{side}[{i}] has no 3-character code")
    events = record.get("event", [])
    if not isinstance(events, list):
        problems.append("event is not a list")
    else:
        unknown = [e for e in events if e not in vocabulary().events]
        if unknown:
            problems.append(f"event has names that are not PLOVER events: {unknown}")
    for key in ("mode", "context", "event_text"):
        if key in record and not isinstance(record[key], list):
            problems.append(f"{key} is not a list")
    if record.get("quad_code") is not None and record["quad_code"] not in (1, 2, 3, 4):
        problems.append(f"quad_code {record['quad_code']!r} is not 1-4")
    if record.get("event_scale") is not None and not isinstance(record["event_scale"], (int, float)):
        problems.append("event_scale is not a number")
    for key, allowed in (("text_info", PLOVER_TEXT_FIELDS), ("cite_info", PLOVER_CITE_FIELDS),
                         ("event_loc", PLOVER_LOCATION_FIELDS)):
        if record.get(key) is not None:
            _check_keys(record[key], allowed, key, problems)
    return problems


def _iso(value: Any) -> Optional[str]:
    return value.isoformat() if isinstance(value, dt.date) else value


def _write_plover(rows: list[dict[str, Any]], fh: TextIO, report: ExportReport) -> None:
    for row in rows:
        reason = plover_skip_reason(row)
        if reason:
            report.skip(reason)
            continue
        fh.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
        report.rows += 1


# -- GDELT -------------------------------------------------------------------------------------

def _data_columns(name: str) -> tuple[str, ...]:
    text = resources.files("annalyst.store").joinpath(f"data/{name}").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return tuple(ln.split("\t", 1)[0] for ln in lines[1:])


@lru_cache(maxsize=1)
def gdelt_columns() -> tuple[str, ...]:
    """The 61 GDELT 2.0 event-table columns in order (package data, see its header)."""
    return _data_columns("gdelt_events2_columns.tsv")


@lru_cache(maxsize=1)
def gdelt_mentions_columns() -> tuple[str, ...]:
    """The 16 GDELT 2.0 Mentions-table columns in order (package data, see its header)."""
    return _data_columns("gdelt_mentions_columns.tsv")


@lru_cache(maxsize=2)
def gdelt_extra_columns(table: str) -> tuple[str, ...]:
    """annalyst's columns after GDELT's own, for ``events`` or ``mentions`` (``data/gdelt_extra_columns.tsv``)."""
    text = resources.files("annalyst.store").joinpath("data/gdelt_extra_columns.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader([ln for ln in text.splitlines() if ln and not ln.startswith("#")], delimiter="\t")
    return tuple(r["column"] for r in rows if r["table"] == table)


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



def _precision(row: dict[str, Any]) -> str:
    """The precision GDELT's date fields can carry: a week is written as its month when it lies in
    one month ("last week" of 2024-04-08..14 is April 2024), else as its year (GDELT has no week)."""
    precision = row.get("date_precision") or "day"
    date = row.get("date")
    if precision == "week" and date:
        end = date + dt.timedelta(days=6)
        return "month" if end.month == date.month else "year"
    return precision


def gdelt_date(row: dict[str, Any]) -> Optional[str]:
    """SQLDATE: YYYYMMDD; a month-precision date YYYYMM00, a year-precision date YYYY0000 (a week
    as its month or year, ``_precision``)."""
    date = row.get("date")
    if not date:
        return None
    precision = _precision(row)
    if precision == "year":
        return f"{date.year:04d}0000"
    if precision == "month":
        return f"{date.year:04d}{date.month:02d}00"
    return date.strftime("%Y%m%d")


def _month_year(row: dict[str, Any]) -> Optional[str]:
    date = row.get("date")
    if not date:
        return None
    return f"{date.year:04d}00" if _precision(row) == "year" else date.strftime("%Y%m")


def _fraction_date(row: dict[str, Any]) -> Optional[str]:
    """The codebook's YYYY + (MONTH * 30 + DAY) / 365, with the unknown month or day as 0."""
    date = row.get("date")
    if not date:
        return None
    precision = _precision(row)
    month = 0 if precision == "year" else date.month
    day = 0 if precision in ("year", "month") else date.day
    return f"{date.year + (month * 30 + day) / 365:.4f}"


def _stamp(value: Any) -> Optional[str]:
    return value.strftime("%Y%m%d000000") if isinstance(value, dt.date) else None


GDELT_VALUES: dict[str, Callable[[dict[str, Any]], Any]] = {
    "GLOBALEVENTID": lambda r: _global_id(r["event_id"]),
    "SQLDATE": gdelt_date,
    "MonthYear": _month_year,
    "Year": lambda r: f"{r['date'].year:04d}" if r.get("date") else None,
    "FractionDate": _fraction_date,
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
    "DATEADDED": lambda r: _stamp(r.get("first_seen")),
    "SOURCEURL": lambda r: r.get("doc_url") or r.get("doc_source"),
    # annalyst's columns after the 61 (data/gdelt_extra_columns.tsv)
    "DatePrecision": lambda r: r.get("date_precision"),
    "Flags": lambda r: ";".join(r.get("flags") or []),
    "AnnalystEventID": lambda r: r.get("event_id"),
    "ActionGeo_ISO3": lambda r: r.get("location_country"),
}


def _mention_type(row: dict[str, Any]) -> int:
    return 1 if str(row.get("doc_url") or "").startswith(("http://", "https://")) else 2


def _source_name(row: dict[str, Any]) -> Optional[str]:
    if row.get("doc_outlet"):
        return row["doc_outlet"]
    url = row.get("doc_url") or ""
    return urlparse(url).hostname if url.startswith(("http://", "https://")) else None


GDELT_MENTION_VALUES: dict[str, Callable[[dict[str, Any]], Any]] = {
    "GLOBALEVENTID": lambda r: _global_id(r["event_id"]) if r.get("event_id") else None,
    "EventTimeDate": lambda r: _stamp(r.get("event_first_seen")),
    "MentionTimeDate": lambda r: _stamp(r.get("doc_published")),
    "MentionType": _mention_type,
    "MentionSourceName": _source_name,
    "MentionIdentifier": lambda r: r.get("doc_url") or r.get("doc_source"),
    "SentenceID": lambda r: r["sentence_index"] + 1 if r.get("sentence_index") is not None else None,
    "Actor1CharOffset": lambda r: r.get("source_offset"),
    "Actor2CharOffset": lambda r: r.get("target_offset"),
    "ActionCharOffset": lambda r: r.get("trigger_start"),
    "InRawText": lambda r: 1,
    "Confidence": lambda r: round(float(r["confidence"]) * 100) if r.get("confidence") is not None else None,
    "MentionDocLen": lambda r: r.get("doc_length"),
    "DatePrecision": lambda r: r.get("date_precision"),
    "Flags": lambda r: ";".join(r.get("flags") or []),
    "AnnalystEventID": lambda r: r.get("event_id"),
    "AnnalystMentionID": lambda r: r.get("mention_id"),
    "DocID": lambda r: r.get("doc_id"),
    "MentionEventCode": lambda r: r.get("cameo"),
}


def _tsv_fields(row: dict[str, Any], columns: Sequence[str], values: dict[str, Callable[[dict[str, Any]], Any]]) -> str:
    out = []
    for col in columns:
        value = values[col](row) if col in values else None
        text = "" if value is None else str(value)
        out.append(" ".join(text.split()) if ("\t" in text or "\n" in text or "\r" in text) else text)
    return "\t".join(out)


def gdelt_row(row: dict[str, Any]) -> list[str]:
    """One event as GDELT's 61 fields, then annalyst's (empty where annalyst has no value)."""
    return _tsv_fields(row, gdelt_columns() + gdelt_extra_columns("events"), GDELT_VALUES).split("\t")


def gdelt_mention_row(row: dict[str, Any]) -> list[str]:
    """One mention as GDELT's 16 Mentions fields, then annalyst's."""
    columns = gdelt_mentions_columns() + gdelt_extra_columns("mentions")
    return _tsv_fields(row, columns, GDELT_MENTION_VALUES).split("\t")


def _write_gdelt(rows: list[dict[str, Any]], fh: TextIO, report: ExportReport) -> None:
    # GDELT's files have no header row; the column order is the codebook's
    for row in rows:
        fh.write("\t".join(gdelt_row(row)) + "\n")
        report.rows += 1


def _write_gdelt_mentions(rows: list[dict[str, Any]], fh: TextIO, report: ExportReport) -> None:
    for row in rows:
        fh.write("\t".join(gdelt_mention_row(row)) + "\n")
        report.rows += 1


def _write_csv(rows: list[dict[str, Any]], fh: TextIO, report: ExportReport) -> None:
    report.rows += write_csv_rows((flat_row(r) for r in rows), [n for n, _ in FLAT_COLUMNS], fh)


TEXT_WRITERS: dict[str, Callable[[list[dict[str, Any]], TextIO, ExportReport], None]] = {
    "csv": _write_csv,
    "plover-jsonl": _write_plover,
    "gdelt-tsv": _write_gdelt,
    "gdelt-mentions-tsv": _write_gdelt_mentions,
}


def export(store: "Store", q: Optional[EventQuery], fmt: Optional[str], out: Output) -> ExportReport:
    """Write what matches ``q`` (all of it when ``q`` is None) to ``out``: a path, ``"-"`` is not
    accepted here (pass the stream), or a text stream for the text formats.

    ``fmt`` None infers the format from the file name.  Returns what was written and left out.
    """
    streaming = hasattr(out, "write")
    if streaming:
        if fmt not in TEXT_FORMATS:
            raise InputError(f"{fmt} cannot be written to a stream", f"use one of: {', '.join(TEXT_FORMATS)}")
    else:
        fmt = resolve_format(fmt, str(out))
        path = Path(str(out))
        if str(path.parent) and not path.parent.exists():
            raise InputError(f"the folder {path.parent} does not exist", "create it, or choose another --out")
    q = q or EventQuery(limit=None)
    report = ExportReport(format=str(fmt))
    if fmt == "gdelt-mentions-tsv":
        rows = store.mention_export_rows(q)
    else:
        rows = store.event_rows(q, with_document=True)
    if fmt == "parquet":
        write_parquet([flat_row(r) for r in rows], FLAT_COLUMNS, out)
        report.rows, report.files = len(rows), [str(out)]
        return report
    fh, owned = _text_sink(out)
    try:
        TEXT_WRITERS[str(fmt)](rows, fh, report)
    finally:
        if owned:
            fh.close()
    if owned:
        report.files.append(str(out))
        if fmt == "csv":
            report.files.append(str(write_datapackage(Path(str(out)), FLAT_COLUMNS, title="annalyst events",
                                                      primary_key=("event_id",))))
    return report


def export_events(store: "Store", q: Optional[EventQuery], fmt: str, out: Output) -> int:
    """``export`` returning the number of rows written."""
    return export(store, q, fmt, out).rows
