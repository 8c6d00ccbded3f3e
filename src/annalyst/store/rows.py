"""Pipeline records → store rows (plain dicts keyed by column name) and back to JSON."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Optional

from annalyst.model import ActorRef, Document, Entity, Event
from annalyst.store.merge import block_of_row


def document_row(doc: Document, ingested_at: dt.datetime) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "position": doc.position,
        "url": doc.url,
        "title": doc.title,
        "author": doc.author,
        "outlet": doc.outlet,
        "published": doc.published,
        "language": doc.language,
        "status": doc.status.value,
        "reason": doc.reason,
        "duplicate_of": doc.duplicate_of,
        "content_hash": doc.content_hash,
        "text": doc.text,
        "removed": json.dumps([r.to_json() for r in doc.removed], ensure_ascii=False),
        "n_sentences": len(doc.sentences),
        "n_mentions": len(doc.events),
        "ingested_at": ingested_at,
    }


def actor_row(doc_id: str, ref: ActorRef) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "char_start": ref.start,
        "char_end": ref.end,
        "text": ref.text,
        "country": ref.country,
        "sector": ref.sector,
        "code": ref.code,
        "name": ref.name,
        "kind": ref.kind,
        "resolved_by": ref.resolved_by,
    }


def entity_row(doc_id: str, entity: Entity) -> dict[str, Any]:
    """A document entity's store row (schema v4)."""
    return {
        "doc_id": doc_id,
        "entity_id": entity.id,
        "name": entity.name,
        "code": entity.code,
        "country": entity.country,
        "sector": entity.sector,
        "kind": entity.kind,
        "resolved_by": entity.resolved_by,
        "evidence": entity.evidence,
        "reason": entity.reason,
        "mentions": len(entity.mentions),
        "spans": json.dumps([list(m) for m in entity.mentions]),
    }


def stored_entity_json(row: dict[str, Any]) -> dict[str, Any]:
    """A stored entity in ``Entity.to_json``'s shape, with its document."""
    return {"doc_id": row.get("doc_id"), "id": row.get("entity_id"), "name": row.get("name"),
            "country": row.get("country"), "sector": row.get("sector"), "code": row.get("code"),
            "kind": row.get("kind"), "resolved_by": row.get("resolved_by"), "evidence": row.get("evidence"),
            "reason": row.get("reason"), "mentions": json.loads(row.get("spans") or "[]")}


def _entity_links(prefix: str, ref: Optional[ActorRef]) -> dict[str, Any]:
    return {f"{prefix}_entity": ref.entity if ref else None, f"{prefix}_resolved_by": ref.resolved_by if ref else None}


def _actor_cols(prefix: str, ref: Optional[ActorRef]) -> dict[str, Any]:
    if ref is None:
        return {f"{prefix}_{k}": None for k in ("text", "country", "sector", "code", "name", "kind")}
    return {
        f"{prefix}_text": ref.text,
        f"{prefix}_country": ref.country,
        f"{prefix}_sector": ref.sector,
        f"{prefix}_code": ref.code,
        f"{prefix}_name": ref.name,
        f"{prefix}_kind": ref.kind,
    }


def mention_row(ev: Event, published: Any = None) -> dict[str, Any]:
    """The mention's store row; ``published`` (its document's) places it in a merge block."""
    flags = list(ev.flags)
    loc = ev.location
    row = {
        "mention_id": ev.event_id or ev.assign_id(),
        "event_id": None,  # set by the merge
        "date": ev.date,
        "date_precision": ev.date_precision,
        **_actor_cols("source", ev.source),
        **_actor_cols("target", ev.target),
        "cameo": ev.cameo,
        "cameo_root": ev.cameo_root,
        "goldstein": ev.goldstein,
        "quad_class": ev.quad_class,
        "plover_event": ev.event,
        "mode": ev.mode,
        "context": ev.context,
        "negated": "negated" in flags,
        "hypothetical": "hypothetical" in flags,
        "disputed": "disputed" in flags,
        "historical": "historical" in flags,
        "confidence": float(ev.confidence),
        "location_text": loc.text if loc else None,
        "location_country": loc.country if loc else None,
        "location_city": loc.city if loc else None,
        "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None,
        **_location_detail(loc),
        "doc_id": ev.doc_id,
        "sentence_index": ev.sentence_index,
        "sentence": ev.text,
        "span_start": ev.span[0],
        "span_end": ev.span[1],
        "trigger": ev.trigger,
        "attribution_text": ev.attribution.text if ev.attribution else None,
        "attribution_country": ev.attribution.country if ev.attribution else None,
        "block": "",  # set below from the row itself
        "date_text": ev.date_text,
        "trigger_start": ev.trigger_span[0] if ev.trigger_span else None,
        "trigger_end": ev.trigger_span[1] if ev.trigger_span else None,
        "attribution_sector": ev.attribution.sector if ev.attribution else None,
        "flags": flags,
        "killed": ev.killed,
        "injured": ev.injured,
        **_entity_links("source", ev.source),
        **_entity_links("target", ev.target),
        "folded": json.dumps([f.to_json() for f in ev.folded], ensure_ascii=False) if ev.folded else None,
    }
    row["block"] = block_of_row({**row, "published": published})
    return row


def _location_detail(loc: Any) -> dict[str, Any]:
    """Schema v2's location columns from a ``Location`` (all None without one)."""
    return {f"location_{k}": getattr(loc, k, None) if loc else None for k in LOCATION_DETAIL}


# Location fields stored in the location_* columns of schema v2 (store/schema.py)
LOCATION_DETAIL = ("name", "admin1", "admin1_code", "geonames_id", "feature_class", "precision", "evidence")


def _actor_json(row: dict[str, Any], prefix: str) -> Optional[dict[str, Any]]:
    if row.get(f"{prefix}_text") is None and row.get(f"{prefix}_country") is None and row.get(f"{prefix}_code") is None:
        return None
    return {k: row.get(f"{prefix}_{k}") for k in ("text", "country", "sector", "code")} | {
        "name": row.get(f"{prefix}_name"), "kind": row.get(f"{prefix}_kind"),
        "entity": row.get(f"{prefix}_entity"), "resolved_by": row.get(f"{prefix}_resolved_by")}


def _iso(value: Any) -> Optional[str]:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def coded_json(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event or mention in the public event JSON contract (``Event.to_json`` names)."""
    location = None
    if row.get("location_text") or row.get("location_country"):
        location = {"text": row.get("location_text"), "country": row.get("location_country"),
                    "city": row.get("location_city"), "lat": row.get("location_lat"), "lon": row.get("location_lon"),
                    **{k: row.get(f"location_{k}") for k in LOCATION_DETAIL}}
    attribution = None
    if row.get("attribution_text"):
        attribution = {"text": row["attribution_text"], "country": row.get("attribution_country")}
    return {
        "event_id": row.get("event_id"),
        "doc_id": row.get("doc_id"),
        "date": _iso(row.get("date")),
        "date_precision": row.get("date_precision"),
        "source": _actor_json(row, "source"),
        "target": _actor_json(row, "target"),
        "cameo": row.get("cameo"),
        "cameo_root": row.get("cameo_root"),
        "goldstein": row.get("goldstein"),
        "quad_class": row.get("quad_class"),
        "event": row.get("plover_event"),
        "mode": row.get("mode"),
        "context": row.get("context"),
        "text": row.get("sentence"),
        "span": [row.get("span_start"), row.get("span_end")],
        "trigger": row.get("trigger") or "",
        "attribution": attribution,
        "flags": list(row.get("flags") or []),
        "confidence": round(float(row.get("confidence") or 0.0), 3),
        "location": location,
        "sentence_index": row.get("sentence_index"),
        # optional, as in Event.to_json: present only where the sentence counts the casualties
        **{k: row[k] for k in ("killed", "injured") if row.get(k) is not None},
    }


def event_json(row: dict[str, Any]) -> dict[str, Any]:
    """A de-duplicated event: the contract plus the store's counts."""
    out = coded_json(row)
    out.update({
        "num_mentions": row.get("num_mentions"),
        "num_articles": row.get("num_articles"),
        "num_sources": row.get("num_sources"),
        "first_seen": _iso(row.get("first_seen")),
        "last_seen": _iso(row.get("last_seen")),
        # the codes of its mentions (``cameo`` is the best-supported one; docs/store.md, "Compatible codes")
        "mention_codes": list(row.get("mention_codes") or ([row["cameo"]] if row.get("cameo") else [])),
    })
    return out


def mention_json(row: dict[str, Any]) -> dict[str, Any]:
    """One mention: the contract (``event_id`` = its event) plus the coder's id and its document."""
    out = coded_json(row)
    out.update({
        "mention_id": row.get("mention_id"),
        "date_text": row.get("date_text"),
        # optional, as in Event.to_json: the clauses folded into this mention (schema v5)
        **({"folded": json.loads(row["folded"])} if row.get("folded") else {}),
        "trigger_span": ([row["trigger_start"], row["trigger_end"]]
                         if row.get("trigger_start") is not None else None),
        "document": {
            "title": row.get("doc_title"),
            "outlet": row.get("doc_outlet"),
            "published": _iso(row.get("doc_published")),
            "url": row.get("doc_url"),
            "source": row.get("doc_source"),
        },
    })
    return out
