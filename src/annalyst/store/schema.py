"""The store's tables, their column types, and the schema version.

Each table is described once as a list of ``Column`` (name, DuckDB type) so the DDL and the
typed column lists the store binds for its inserts cannot drift apart.  ``SCHEMA_VERSION`` goes up by
one with every change; ``MIGRATIONS`` maps a version to the statements that lift a store from it
to the next one.  Version 1 is the first released layout, so there is nothing to migrate yet.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 5


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    sql_type: str


# the DuckDB types the store's columns use; one outside them is a typo in this file
SQL_TYPES = frozenset({"VARCHAR", "INTEGER", "BIGINT", "DOUBLE", "BOOLEAN", "DATE", "TIMESTAMP", "VARCHAR[]"})


def _c(name: str, sql_type: str) -> Column:
    if sql_type not in SQL_TYPES:
        raise ValueError(f"column {name}: {sql_type} is not one of the store's types {sorted(SQL_TYPES)}")
    return Column(name, sql_type)


def _actor_columns(prefix: str) -> list[Column]:
    return [_c(f"{prefix}_{part}", "VARCHAR") for part in ("text", "country", "sector", "code", "name", "kind")]


def _coded_columns() -> list[Column]:
    """Columns shared by mentions and events, with the same names so one filter fits both."""
    return [
        _c("date", "DATE"),
        _c("date_precision", "VARCHAR"),
        *_actor_columns("source"),
        *_actor_columns("target"),
        _c("cameo", "VARCHAR"),
        _c("cameo_root", "VARCHAR"),
        _c("goldstein", "DOUBLE"),
        _c("quad_class", "INTEGER"),
        _c("plover_event", "VARCHAR"),
        _c("mode", "VARCHAR"),
        _c("context", "VARCHAR"),
        _c("negated", "BOOLEAN"),
        _c("hypothetical", "BOOLEAN"),
        _c("disputed", "BOOLEAN"),
        _c("historical", "BOOLEAN"),
        _c("confidence", "DOUBLE"),
        _c("location_text", "VARCHAR"),
        _c("location_country", "VARCHAR"),
        _c("location_city", "VARCHAR"),
        _c("location_lat", "DOUBLE"),
        _c("location_lon", "DOUBLE"),
        # provenance of the (representative) mention
        _c("doc_id", "VARCHAR"),
        _c("sentence_index", "INTEGER"),
        _c("sentence", "VARCHAR"),
        _c("span_start", "INTEGER"),
        _c("span_end", "INTEGER"),
        _c("trigger", "VARCHAR"),
        _c("attribution_text", "VARCHAR"),
        _c("attribution_country", "VARCHAR"),
        _c("block", "VARCHAR"),
    ]


DOCUMENTS: list[Column] = [
    _c("doc_id", "VARCHAR"),
    _c("source", "VARCHAR"),
    _c("position", "VARCHAR"),
    _c("url", "VARCHAR"),
    _c("title", "VARCHAR"),
    _c("author", "VARCHAR"),
    _c("outlet", "VARCHAR"),
    _c("published", "DATE"),
    _c("language", "VARCHAR"),
    _c("status", "VARCHAR"),
    _c("reason", "VARCHAR"),
    _c("duplicate_of", "VARCHAR"),
    _c("content_hash", "VARCHAR"),
    _c("text", "VARCHAR"),
    _c("removed", "VARCHAR"),  # JSON list of RemovedLine.to_json()
    _c("n_sentences", "INTEGER"),
    _c("n_mentions", "INTEGER"),
    _c("ingested_at", "TIMESTAMP"),
]

def _location_detail_columns() -> list[Column]:
    """The gazetteer entry of an event's place (schema v2; ``Location`` in model.py).  Last in
    their tables, so a v1 store migrated by ``ALTER TABLE ... ADD COLUMN`` has the same layout."""
    return [
        _c("location_name", "VARCHAR"),
        _c("location_admin1", "VARCHAR"),
        _c("location_admin1_code", "VARCHAR"),
        _c("location_geonames_id", "BIGINT"),
        _c("location_feature_class", "VARCHAR"),
        _c("location_precision", "VARCHAR"),
        _c("location_evidence", "VARCHAR"),
    ]


def _casualty_columns() -> list[Column]:
    """People the act killed and injured, where its sentence counts them (schema v3; ``Event.killed``,
    ``Event.injured``).  Last in their tables, after the v2 columns, for the same reason."""
    return [_c("killed", "INTEGER"), _c("injured", "INTEGER")]


def _entity_link_columns() -> list[Column]:
    """Which document entity the source and target name, and the evidence that resolved each mention
    (schema v4; ``ActorRef.entity``, ``ActorRef.resolved_by``; the entity itself is a row of ``entities``).
    Last in their tables, after the v3 columns, for the same reason."""
    return [_c(f"{role}_{part}", "VARCHAR") for role in ("source", "target") for part in ("entity", "resolved_by")]


def _folded_columns() -> list[Column]:
    """The clauses folded into a mention as the same happening told again (schema v5; ``Event.folded``,
    events/folds.py), a JSON list of ``Folded.to_json()``.  A mention's evidence, so ``mentions`` only: a
    de-duplicated event's reports may each have folded different clauses.  Last in the table."""
    return [_c("folded", "VARCHAR")]


MENTIONS: list[Column] = [
    _c("mention_id", "VARCHAR"),  # Event.event_id from the coder
    _c("event_id", "VARCHAR"),  # the de-duplicated event it belongs to
    *_coded_columns(),
    _c("date_text", "VARCHAR"),
    _c("trigger_start", "INTEGER"),
    _c("trigger_end", "INTEGER"),
    _c("attribution_sector", "VARCHAR"),
    _c("flags", "VARCHAR[]"),
    *_location_detail_columns(),
    *_casualty_columns(),
    *_entity_link_columns(),
    *_folded_columns(),
]

EVENTS: list[Column] = [
    _c("event_id", "VARCHAR"),
    *_coded_columns(),
    _c("flags", "VARCHAR[]"),
    _c("first_seen", "DATE"),
    _c("last_seen", "DATE"),
    _c("num_mentions", "INTEGER"),
    _c("num_articles", "INTEGER"),
    _c("num_sources", "INTEGER"),
    *_location_detail_columns(),
    *_casualty_columns(),
    *_entity_link_columns(),
]

ACTOR_MENTIONS: list[Column] = [
    _c("doc_id", "VARCHAR"),
    _c("char_start", "INTEGER"),
    _c("char_end", "INTEGER"),
    _c("text", "VARCHAR"),
    _c("country", "VARCHAR"),
    _c("sector", "VARCHAR"),
    _c("code", "VARCHAR"),
    _c("name", "VARCHAR"),
    _c("kind", "VARCHAR"),
    _c("resolved_by", "VARCHAR"),
]

# one row per document entity (schema v4; ``model.Entity``): the actor the document's mentions name, with
# the evidence that decided its country and sector, or the reason it has none
ENTITIES: list[Column] = [
    _c("doc_id", "VARCHAR"),
    _c("entity_id", "VARCHAR"),  # E1, E2... unique within the document
    _c("name", "VARCHAR"),
    _c("code", "VARCHAR"),
    _c("country", "VARCHAR"),
    _c("sector", "VARCHAR"),
    _c("kind", "VARCHAR"),
    _c("resolved_by", "VARCHAR"),
    _c("evidence", "VARCHAR"),
    _c("reason", "VARCHAR"),
    _c("mentions", "INTEGER"),  # how many mentions name it
    _c("spans", "VARCHAR"),  # JSON list of [start, end] character spans in the document's text
]

TABLES: dict[str, list[Column]] = {
    "documents": DOCUMENTS,
    "mentions": MENTIONS,
    "events": EVENTS,
    "actor_mentions": ACTOR_MENTIONS,
    "entities": ENTITIES,
}


def _create_table(name: str, columns: list[Column]) -> str:
    body = ",\n  ".join(f"{c.name} {c.sql_type}" for c in columns)
    return f"CREATE TABLE IF NOT EXISTS {name} (\n  {body}\n)"


# No PRIMARY KEY constraints: rows are replaced by delete-then-insert inside one transaction,
# which DuckDB's unique indexes handle poorly; the store enforces uniqueness itself.
ACTORS_VIEW = """
CREATE OR REPLACE VIEW actors AS
SELECT coalesce(code, country, '?' || lower(text)) AS actor_key,
       any_value(code) AS code, any_value(country) AS country, any_value(sector) AS sector,
       coalesce(any_value(name), mode(text)) AS name, any_value(kind) AS kind,
       count(*) AS mentions, count(DISTINCT doc_id) AS documents
FROM actor_mentions
GROUP BY 1
"""

DDL: list[str] = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR)",
    *(_create_table(name, cols) for name, cols in TABLES.items()),
    ACTORS_VIEW,
]

# version -> statements that upgrade a store at that version to version + 1
MIGRATIONS: dict[int, list[str]] = {
    # v2: the location's gazetteer entry (admin-1, GeoNames id, feature class, precision, evidence)
    1: [f"ALTER TABLE {table} ADD COLUMN {c.name} {c.sql_type}"
        for table in ("mentions", "events") for c in _location_detail_columns()],
    # v3: casualty counts folded into the act (issue 14: one event per happening)
    2: [f"ALTER TABLE {table} ADD COLUMN {c.name} {c.sql_type}"
        for table in ("mentions", "events") for c in _casualty_columns()],
    # v4: each document's entities, and the entity and evidence of every source and target (issue 15).
    # Documents stored before have no entities rows (re-ingest them to fill them).
    3: [_create_table("entities", ENTITIES),
        *(f"ALTER TABLE {table} ADD COLUMN {c.name} {c.sql_type}"
          for table in ("mentions", "events") for c in _entity_link_columns())],
    # v5: the clauses folded into each mention, its evidence (issue 14).  Mentions stored before have none.
    4: [f"ALTER TABLE mentions ADD COLUMN {c.name} {c.sql_type}" for c in _folded_columns()],
}
