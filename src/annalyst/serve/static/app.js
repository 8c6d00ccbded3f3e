/* annalyst web UI: plain JavaScript, no framework, no network beyond this server.
 *
 * Security rule for this file: data from the API (article text, actor names, URLs) only ever
 * reaches the page through textContent, setAttribute on inert attributes, or an href that has
 * passed safeHref().  Never innerHTML.
 */
"use strict";


// The 16 PLOVER event types (PLOVER manual v2.0, ../shared/reference/plover/PLOVER_MANUAL.tex):
// suggestions for the event-type filter, which also accepts any other value.
const PLOVER_EVENTS = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];
const QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const QUAD_FIELDS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"};
// filters shared by every list view (the API's names); each becomes a query parameter as it is
const FILTER_KEYS = ["actor", "country", "event", "cameo", "since", "until", "text", "include_flagged", "material",
  "country_of_location", "near"];
// the radius of the map's "near this place" filter, in km (the filter form takes any)
const NEAR_KM = 100;
// view state kept in the URL beside the filters (page, per, sort, from, to, b0, b1, period,
// min_weight, edge, place, mapview, q, in: docs/web.md), so a link reopens the same view
const LIST_LIMIT = 50;  // rows per page unless the URL's `per` says one of PAGE_SIZES
const PAGE_SIZES = [10, 25, 50, 100];
const SORTS = {"-date": "newest first", "date": "oldest first", "mentions": "most reported", "goldstein": "most conflictual",
  "-goldstein": "most cooperative"};
const PERIOD_NAMES = ["auto", "day", "week", "month", "year"];
const SVG_NS = "http://www.w3.org/2000/svg";
const NO_ACTOR = new Set(["?", "-"]);
const DAY = 86400000;

/* ---------- DOM helpers ---------- */

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "onclick") node.addEventListener("click", value);
    else if (key === "className") node.setAttribute("class", value);
    else node.setAttribute(key, String(value));
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Only http(s) links from data become clickable (no javascript:, data:, ...). */
function safeHref(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

function externalLink(url) {
  const href = safeHref(url);
  return href ? el("a", {href, rel: "noopener noreferrer", target: "_blank"}, url) : (url || "");
}

/* ---------- API ---------- */

class ApiError extends Error {
  constructor(body, status) {
    const err = (body && body.error) || {};
    super(err.message || `HTTP ${status}`);
    this.code = err.code;
    this.fix = err.fix;
  }
}

async function api(path, params) {
  const qs = params ? new URLSearchParams(params).toString() : "";
  const resp = await fetch(qs ? `${path}?${qs}` : path, {headers: {Accept: "application/json"}});
  const body = await resp.json().catch(() => null);
  if (!resp.ok) throw new ApiError(body, resp.status);
  return body;
}

function showError(target, err) {
  target.appendChild(el("div", {className: "error", role: "alert"},
    el("strong", {}, err.code ? `${err.code}: ` : "Error: "), err.message,
    err.fix ? el("div", {className: "fix"}, "Fix: ", err.fix) : null));
}


/* ---------- routing, view state and filters ----------
 * The whole view state lives in the hash: #/VIEW/ID?filters&page=..&from=..  A full change
 * (a link, the filter form, back/forward) re-renders the page; a change inside a view (paging,
 * brushing, the edge-weight filter) writes the hash with pushState and redraws only its part. */

let renderedHash = null;  // the hash the page shows now: a hashchange to it is not re-rendered

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query] = raw.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return {view: parts[0] || "timeline", id: parts[1] || null, params: new URLSearchParams(query || "")};
}

function pick(params, keys) {
  const out = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

function filtersFrom(params) {
  return pick(params, FILTER_KEYS);
}

function hashFor(view, params, id) {
  const kept = Object.entries(params || {}).filter(([, v]) => v !== null && v !== undefined && v !== "");
  const qs = new URLSearchParams(kept).toString();
  const base = view === "timeline" && !id ? "#/" : `#/${view}${id ? `/${encodeURIComponent(id)}` : ""}`;
  return qs ? `${base}?${qs}` : base;
}

/** Change some view-state keys of the current page without re-rendering it (null removes a key). */
function setState(patch) {
  const {view, id, params} = parseHash();
  const state = Object.fromEntries(params.entries());
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === "") delete state[key];
    else state[key] = String(value);
  }
  const hash = hashFor(view, state, id);
  if (hash !== location.hash) history.pushState(null, "", hash);
  renderedHash = location.hash;
  updateNavLinks(filtersFrom(new URLSearchParams(state)));
  return state;
}

function fillForm(filters) {
  const form = document.getElementById("filters");
  const active = FILTER_KEYS.filter((key) => filters[key]).length;
  const toggle = document.getElementById("filters-toggle");
  clear(toggle);
  toggle.append(active ? `Filters (${active} active)` : "Filters");
  for (const key of FILTER_KEYS) {
    const input = form.elements.namedItem(key);
    if (!input) continue;
    if (input.type === "checkbox") input.checked = filters[key] === "true";
    else input.value = filters[key] || "";
  }
}

function readForm() {
  const form = document.getElementById("filters");
  const out = {};
  for (const key of FILTER_KEYS) {
    const input = form.elements.namedItem(key);
    if (!input) continue;
    if (input.type === "checkbox") {
      if (input.checked) out[key] = "true";
    } else if (input.value.trim()) {
      out[key] = input.value.trim();
    }
  }
  return out;
}

const LIST_VIEWS = new Set(["timeline", "network", "map"]);

function currentListView() {
  const view = parseHash().view;
  return LIST_VIEWS.has(view) ? view : "timeline";
}

function updateNavLinks(filters) {
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    const view = link.dataset.view;
    link.setAttribute("href", view === "search" ? link.getAttribute("href") : hashFor(view, filters));
  }
}

function route() {
  if (location.hash === renderedHash && renderedHash !== null) return;
  renderedHash = location.hash;
  const {view, id, params} = parseHash();
  const main = document.getElementById("main");
  clear(main);
  const filters = filtersFrom(params);
  fillForm(filters);
  document.getElementById("filters").hidden = !LIST_VIEWS.has(view);
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    link.classList.toggle("active", link.dataset.view === view);
  }
  updateNavLinks(filters);
  if (LIST_VIEWS.has(view)) sessionStorage.setItem("annalyst-last-list", location.hash || "#/");
  const views = {timeline: timelineView, network: networkView, map: mapView, search: searchView, event: eventView,
    document: documentView};
  const render = views[view];
  if (!render) {
    showError(main, {code: "E404", message: `No page ${view}.`, fix: "Use the links at the top."});
    return;
  }
  render(main, {id, params, filters}).catch((err) => showError(main, err));
}

function backLink() {
  const last = sessionStorage.getItem("annalyst-last-list") || "#/";
  const name = last.startsWith("#/network") ? "network" : last.startsWith("#/map") ? "map" : "timeline";
  return el("p", {}, el("a", {href: last, className: "back"}, `← ${name}`));
}

/** /api/totals, fetched once while the first view loads; resolves to null if the store cannot say. */
let storeTotalsReady = Promise.resolve(null);

function loadStoreTotals() {
  const box = document.getElementById("store-totals");
  storeTotalsReady = api("/api/totals").then((totals) => {
    clear(box);
    box.append(`store: ${count(totals.documents, "document")}, ${count(totals.events, "event")}`);
    if (totals.merge_rule_warning) {
      // the events were grouped by another version's merge rule: counts and groups may change
      box.append(" ", el("span", {className: "store-warning", id: "merge-rule-warning",
                                  title: totals.merge_rule_warning}, "⚠ merged by another rule"));
    }
    return totals;
  }).catch(() => {
    box.append("store unavailable");
    return null;
  });
}

function count(n, word) {
  return `${Number(n).toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
}

function perPage(params) {
  const n = parseInt(params.get("per") || "", 10);
  return PAGE_SIZES.includes(n) ? n : LIST_LIMIT;
}

function pageOf(params) {
  const n = parseInt(params.get("page") || "1", 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** A pager whose buttons change the `page` key in the URL and redraw with `redraw(page)`. */
function pager(pageNo, shown, total, redraw, per) {
  const first = (pageNo - 1) * (per || LIST_LIMIT);
  const nav = el("div", {className: "pager"},
    el("span", {className: "range"}, total ? `${(first + 1).toLocaleString("en")}–${(first + shown).toLocaleString("en")} of ${total.toLocaleString("en")}` : "0"));
  const go = (p) => { setState({page: p > 1 ? p : null}); redraw(p); };
  if (pageNo > 1) nav.appendChild(el("button", {type: "button", className: "prev", onclick: () => go(pageNo - 1)}, "Previous"));
  if (first + shown < total) nav.appendChild(el("button", {type: "button", className: "next", onclick: () => go(pageNo + 1)}, "Next"));
  return nav;
}

/* ---------- shared pieces ---------- */

function actorLabel(actor) {
  if (!actor) return "—";
  return actor.code || actor.country || actor.text || "?";
}

function actorChip(actor, role) {
  if (!actor) return el("span", {className: "actor none"}, "—");
  const label = actorLabel(actor);
  const title = [actor.text, actor.name, actor.country, actor.sector].filter(Boolean).join(" · ");
  return el("span", {className: `actor ${role}`, title}, label,
    actor.text && actor.text !== label ? el("span", {className: "actor-text"}, ` ${actor.text}`) : null);
}

function flagBadges(flags) {
  return (flags || []).map((f) => el("span", {className: `flag flag-${f}`}, f));
}

function quadSwatch(q) {
  return el("span", {className: `quad quad-${q || 0}`, title: QUAD_NAMES[q] || "unknown"});
}

function eventHref(id) {
  return `#/event/${encodeURIComponent(id)}`;
}

function documentHref(docId, span) {
  const hl = span && Number.isInteger(span[0]) && Number.isInteger(span[1]) ? `?hl=${span[0]}-${span[1]}` : "";
  return `#/document/${encodeURIComponent(docId)}${hl}`;
}

/** Events as a table; every row is a link to its event (a click anywhere on it), and (unless
 * `docLinks` is false: the document page itself) links its document. */
function eventsTable(events, {docLinks = true} = {}) {
  const rows = events.map((ev) => {
    const tr = el("tr", {className: "event-row", "data-event-id": ev.event_id},
      el("td", {className: "date", "data-label": "Date"}, ev.date || "—",
        ev.date_precision && ev.date_precision !== "day" ? el("span", {className: "prec"}, ` ~${ev.date_precision}`) : null),
      el("td", {"data-label": "Source"}, actorChip(ev.source, "source")),
      el("td", {"data-label": "Event"}, quadSwatch(ev.quad_class),
        el("a", {href: eventHref(ev.event_id), className: "event-link"}, ev.event || ev.cameo || "event"),
        el("span", {className: "cameo"}, ` ${ev.cameo || ""}`)),
      el("td", {"data-label": "Target"}, actorChip(ev.target, "target")),
      el("td", {className: "sentence", "data-label": "Sentence"},
        el("a", {href: eventHref(ev.event_id), title: ev.text || "", className: "sentence-link"}, ev.text || ""),
        " ", flagBadges(ev.flags),
        ev.num_mentions > 1 ? el("span", {className: "flag mentions", title: "reports merged into this event"},
          `${ev.num_mentions} mentions`) : null,
        docLinks && ev.doc_id ? el("a", {href: documentHref(ev.doc_id, ev.span), className: "doc-link small"}, "document") : null));
    tr.addEventListener("click", (e) => {
      if (e.target.closest("a")) return;  // its own link decides
      location.hash = eventHref(ev.event_id);
    });
    return tr;
  });
  return el("table", {className: "events"},
    el("thead", {}, el("tr", {}, ["Date", "Source", "Event", "Target", "Sentence"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows));
}

function apiParams(filters, extra) {
  const out = Object.assign({}, filters);
  for (const [k, v] of Object.entries(extra || {})) {
    if (v !== null && v !== undefined && v !== "") out[k] = v;
  }
  return out;
}

function csvLink(params, label) {
  const qs = new URLSearchParams(params).toString();
  return el("a", {href: `/api/events.csv${qs ? `?${qs}` : ""}`, className: "csv", download: "annalyst-events.csv"},
    label || "Download CSV");
}

function fmt(x) {
  return typeof x === "number" ? x.toFixed(1) : "—";
}

/* ---------- dates ---------- */

function toTime(iso) {
  return Date.parse(`${iso}T00:00:00Z`);
}

function isoDay(t) {
  return new Date(t).toISOString().slice(0, 10);
}

/** A filter date (YYYY, YYYY-MM or YYYY-MM-DD) as the first (or, with `end`, last) day it means. */
function fullDate(value, end) {
  if (!value) return null;
  if (/^\d{4}$/.test(value)) return end ? `${value}-12-31` : `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) {
    if (!end) return `${value}-01`;
    const [y, m] = value.split("-").map(Number);
    return isoDay(Date.UTC(y, m, 0));
  }
  return value;
}

function laterOf(a, b) { return !a ? b : !b ? a : (a > b ? a : b); }
function earlierOf(a, b) { return !a ? b : !b ? a : (a < b ? a : b); }

/** The first day of the period after the one starting at `t`. */
function nextPeriod(t, period) {
  const d = new Date(t);
  if (period === "day") return t + DAY;
  if (period === "week") return t + 7 * DAY;
  if (period === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
}

/** Calendar-aligned ticks (days, month starts or year starts), at most about `count` of them. */
function timeTicks(t0, t1, count) {
  const days = (t1 - t0) / DAY;
  const ticks = [];
  if (days <= 60) {
    const step = Math.max(1, Math.ceil(days / count));
    for (let t = Math.ceil(t0 / DAY) * DAY; t <= t1; t += step * DAY) ticks.push({t, label: isoDay(t)});
    return ticks;
  }
  const first = new Date(t0);
  const byYear = days > 4 * 365;
  const months = byYear ? 12 * Math.max(1, Math.ceil(days / 365 / count)) : Math.max(1, Math.ceil(days / 30.4 / count));
  let y = first.getUTCFullYear(), m = byYear ? 0 : first.getUTCMonth();
  for (;;) {
    const t = Date.UTC(y, m, 1);
    if (t > t1) break;
    if (t >= t0) ticks.push({t, label: isoDay(t).slice(0, byYear ? 4 : 7)});
    m += months;
    y += Math.floor(m / 12);
    m %= 12;
  }
  return ticks;
}

/** About `count` round tick values from 0 to at least `max`. */
function countTicks(max, count) {
  const raw = Math.max(max, 1) / count;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((s) => s * mag).find((s) => s >= raw) || 10 * mag;
  const ticks = [];
  for (let v = 0; v <= max + step * 0.999; v += step) ticks.push(Math.round(v));
  return ticks;
}

/* ---------- timeline ----------
 * Bars count every matching event per day/week/month/year (/api/timeline, a server-side
 * aggregate), stacked by QuadClass.  The visible span (`from`/`to`) starts at the dense core
 * of the dates (2nd-98th percentile, /api/summary) when a few historical dates would stretch
 * it; events outside it are counted and said so, never drawn past the axes.  Dragging across
 * the chart selects a span (`b0`/`b1`); the list below then holds that span's events. */

async function timelineView(main, {params, filters}) {
  main.appendChild(el("h1", {}, "Timeline"));
  const chartBox = el("section", {className: "chart", id: "timeline-chart"});
  const listBox = el("section", {className: "list", id: "event-list"});
  main.append(chartBox, listBox);
  const state = Object.fromEntries(params.entries());
  // one request draws the chart; the table's first page loads beside it
  await Promise.all([renderTimeline(chartBox, listBox, filters, state), renderList(listBox, filters, state)]);
}

async function renderTimeline(box, listBox, filters, state) {
  const period = PERIOD_NAMES.includes(state.period) ? state.period : "auto";
  const [tl, totals] = await Promise.all([
    api("/api/timeline/view", apiParams(filters, {from: state.from, to: state.to, period})), storeTotalsReady]);
  clear(box);
  const head = el("div", {className: "summary", id: "timeline-summary"},
    el("strong", {className: "total"}, count(tl.total, "event")), " match", tl.total === 1 ? "es" : "", " these filters",
    totals ? ` (of ${count(totals.events, "event")} in the store)` : "", ". ");
  box.appendChild(head);
  if (!tl.dated) {
    head.append(tl.total ? "None has a date, so the chart is empty." : "Nothing to chart.");
    return;
  }
  const [d0, d1] = tl.view;
  head.append(
    `${tl.inside.toLocaleString("en")} in this view, counted per ${tl.period}`,
    tl.before ? `; ${tl.before.toLocaleString("en")} earlier` : "",
    tl.after ? `; ${tl.after.toLocaleString("en")} later` : "",
    tl.undated ? `; ${tl.undated.toLocaleString("en")} without a date (listed, not charted)` : "", ".");
  box.appendChild(timelineControls(state, tl, [d0, d1], tl.period));
  const chart = timelineSvg(tl.timeline, toTime(d0), toTime(d1) + DAY, tl.period, state, (b0, b1) => {
    const next = setState({b0, b1, page: null});
    renderList(listBox, filters, next);
    drawControlsState(box, next);
  }, drawingWidth(box, 960));
  box.appendChild(chart);
  box.appendChild(quadLegend());
  drawControlsState(box, state);
}

function timelineControls(state, summary, [d0, d1], period) {
  const span = toTime(d1) - toTime(d0);
  const mid = (toTime(d0) + toTime(d1)) / 2;
  const zoomTo = (from, to) => { location.hash = hashFor("timeline", {...withoutKeys(state, ["b0", "b1", "page"]), from, to}); };
  const periodSelect = el("select", {name: "period", "aria-label": "bar width"},
    PERIOD_NAMES.map((p) => el("option", {value: p, selected: (state.period || "auto") === p ? "selected" : null}, p === "auto" ? `auto (${period})` : p)));
  periodSelect.addEventListener("change", () => {
    location.hash = hashFor("timeline", {...state, period: periodSelect.value === "auto" ? "" : periodSelect.value});
  });
  return el("div", {className: "controls"},
    el("button", {type: "button", id: "zoom-selection", disabled: "disabled", onclick: () => zoomTo(state.b0 || d0, state.b1 || d1)}, "Zoom to selection"),
    el("button", {type: "button", id: "zoom-out", onclick: () => zoomTo(isoDay(mid - span), isoDay(mid + span))}, "Zoom out"),
    el("button", {type: "button", id: "zoom-all", onclick: () => zoomTo(summary.first_date, summary.last_date)}, "All dates"),
    el("button", {type: "button", id: "zoom-reset", onclick: () => zoomTo(null, null)}, "Default view"),
    el("button", {type: "button", id: "clear-selection", disabled: "disabled", onclick: () => {
      const next = setState({b0: null, b1: null, page: null});
      for (const r of document.querySelectorAll("#timeline-chart .brush")) r.setAttribute("width", 0);
      renderList(document.getElementById("event-list"), filtersFrom(new URLSearchParams(next)), next);
      drawControlsState(document.getElementById("timeline-chart"), next);
    }}, "Clear selection"),
    el("label", {className: "inline"}, "Bars: ", periodSelect),
    el("span", {className: "hint"}, "Drag across the chart to list a span's events."));
}

function withoutKeys(obj, keys) {
  const out = {...obj};
  for (const k of keys) delete out[k];
  return out;
}

function drawControlsState(box, state) {
  const has = Boolean(state.b0 && state.b1);
  for (const id of ["zoom-selection", "clear-selection"]) {
    const b = box.querySelector(`#${id}`);
    if (b) b.disabled = !has;
  }
}

/** A drawing's width in its own units: the width it gets on screen (so text keeps its size on a phone). */
function drawingWidth(box, max) {
  return Math.round(Math.min(Math.max((box && box.clientWidth) || max, 320), max));
}

function timelineSvg(rows, t0, t1, period, state, onBrush, width) {
  const W = width || 960, H = W < 600 ? 220 : 260, L = 44, R = 14, T = 12, B = 34;
  const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, className: "timeline", role: "img",
    "aria-label": `events per ${period}, stacked by QuadClass`});
  const x = (t) => L + (Math.min(Math.max(t, t0), t1) - t0) / (t1 - t0) * (W - L - R);
  const tAt = (px) => t0 + (Math.min(Math.max(px, L), W - R) - L) / (W - L - R) * (t1 - t0);
  const max = Math.max(1, ...rows.map((r) => r.events));
  const yTicks = countTicks(max, 4);
  const top = yTicks[yTicks.length - 1];
  const y = (v) => H - B - v / top * (H - T - B);
  // the plot area clips every bar: nothing is drawn past the axes
  root.appendChild(svg("defs", {}, svg("clipPath", {id: "plot-clip"}, svg("rect", {x: L, y: T, width: W - L - R, height: H - T - B}))));
  for (const v of yTicks) {
    root.appendChild(svg("line", {x1: L, x2: W - R, y1: y(v), y2: y(v), className: v === 0 ? "zero" : "grid"}));
    root.appendChild(svg("text", {x: L - 6, y: y(v) + 4, "text-anchor": "end", className: "axis-label"}, v.toLocaleString("en")));
  }
  root.appendChild(svg("text", {x: 12, y: T + (H - T - B) / 2, className: "axis-label",
    transform: `rotate(-90 12 ${T + (H - T - B) / 2})`, "text-anchor": "middle"}, "events"));
  for (const tick of timeTicks(t0, t1, Math.max(3, Math.floor(W / 130)))) {
    const tx = x(tick.t);
    // a label near either end is anchored inside the drawing, never cut off
    const anchor = tx > W - R - 35 ? "end" : tx < L + 35 ? "start" : "middle";
    root.appendChild(svg("line", {x1: tx, x2: tx, y1: H - B, y2: H - B + 5, className: "tick"}));
    root.appendChild(svg("text", {x: tx, y: H - B + 18, "text-anchor": anchor, className: "axis-label"}, tick.label));
  }
  const bars = svg("g", {"clip-path": "url(#plot-clip)", className: "bars"});
  for (const r of rows) {
    const start = toTime(r.period), end = nextPeriod(start, period);
    const bx1 = x(end);
    const width = Math.max(bx1 - x(start) - (bx1 - x(start) > 4 ? 1 : 0), 0.8);
    const bx0 = Math.min(x(start), W - R - width);  // a thin bar on the last day stays inside the axis
    let base = 0;
    const parts = [1, 2, 3, 4].map((q) => [q, r[QUAD_FIELDS[q]] || 0]);
    const known = parts.reduce((n, [, v]) => n + v, 0);
    parts.push([0, Math.max(r.events - known, 0)]);
    const label = `${r.period} (${period}): ${count(r.events, "event")}; ` +
      parts.filter(([, v]) => v).map(([q, v]) => `${QUAD_NAMES[q] || "other"} ${v}`).join(", ");
    const g = svg("g", {className: "bar", "data-period": r.period, "data-events": r.events}, svg("title", {}, label));
    for (const [q, v] of parts) {
      if (!v) continue;
      g.appendChild(svg("rect", {x: bx0, y: y(base + v), width, height: y(base) - y(base + v), className: `quad-${q}`}));
      base += v;
    }
    bars.appendChild(g);
  }
  root.appendChild(bars);
  root.appendChild(svg("line", {x1: L, x2: L, y1: T, y2: H - B, className: "axis"}));
  root.appendChild(svg("line", {x1: L, x2: W - R, y1: H - B, y2: H - B, className: "axis"}));
  // the brush: a drag selects a span of days; a click selects the bar's period
  const brush = svg("rect", {className: "brush", x: L, y: T, width: 0, height: H - T - B});
  const showBrush = (a, b) => {
    const xa = x(Math.min(a, b)), xb = x(Math.max(a, b));
    brush.setAttribute("x", xa);
    brush.setAttribute("width", Math.max(xb - xa, 1));
  };
  if (state.b0 && state.b1) showBrush(toTime(state.b0), toTime(state.b1) + DAY);
  root.appendChild(brush);
  const overlay = svg("rect", {className: "brush-area", x: L, y: T, width: W - L - R, height: H - T - B});
  root.appendChild(overlay);
  let dragFrom = null;
  const svgX = (e) => {
    const box = root.getBoundingClientRect();
    return (e.clientX - box.left) / box.width * W;
  };
  overlay.addEventListener("pointerdown", (e) => {
    dragFrom = svgX(e);
    overlay.setPointerCapture(e.pointerId);
  });
  // the overlay takes the pointer for the brush, so the bar under it is named in a readout
  const readout = svg("text", {x: W - R - 4, y: T + 12, "text-anchor": "end", className: "readout"});
  root.appendChild(readout);
  const labels = new Map(rows.map((r) => [toTime(r.period), r]));
  overlay.addEventListener("pointermove", (e) => {
    const t = tAt(svgX(e));
    if (dragFrom !== null) {
      showBrush(tAt(dragFrom), t);
      readout.textContent = `${isoDay(Math.min(tAt(dragFrom), t))} – ${isoDay(Math.max(tAt(dragFrom), t))}`;
      return;
    }
    const start = [...labels.keys()].filter((s0) => s0 <= t && t < nextPeriod(s0, period)).pop();
    readout.textContent = start !== undefined ? `${labels.get(start).period} (${period}): ${count(labels.get(start).events, "event")}` : "";
  });
  overlay.addEventListener("pointerleave", () => { readout.textContent = ""; });
  overlay.addEventListener("pointerup", (e) => {
    if (dragFrom === null) return;
    const a = tAt(Math.min(dragFrom, svgX(e))), b = tAt(Math.max(dragFrom, svgX(e)));
    dragFrom = null;
    let from, to;
    if (x(b) - x(a) < 4) {  // a click: the period under the pointer
      const hit = rows.map((r) => toTime(r.period)).filter((s) => s <= a && a < nextPeriod(s, period)).pop();
      const start = hit ?? Math.floor(a / DAY) * DAY;
      from = start; to = (hit !== undefined ? nextPeriod(start, period) : start + DAY) - DAY;
    } else {
      from = Math.floor(a / DAY) * DAY; to = Math.floor((b - 1) / DAY) * DAY;
    }
    showBrush(from, to + DAY);
    onBrush(isoDay(from), isoDay(to));
  });
  return root;
}

function quadLegend() {
  return el("div", {className: "legend"}, [1, 2, 3, 4].map((q) => el("span", {}, quadSwatch(q), QUAD_NAMES[q])));
}

/** The list under the chart: the brushed span's events (or all matching ones), one page, sorted as chosen. */
async function renderList(box, filters, state) {
  const pageNo = pageOf(new URLSearchParams(state));
  const per = perPage(new URLSearchParams(state));
  const sort = SORTS[state.sort] ? state.sort : "-date";
  const span = state.b0 && state.b1 ? [state.b0, state.b1] : null;
  const query = apiParams(filters, span ? {since: laterOf(span[0], fullDate(filters.since)), until: earlierOf(span[1], fullDate(filters.until, true))} : {});
  const page = await api("/api/events", apiParams(query, {limit: per, offset: (pageNo - 1) * per, sort}));
  clear(box);
  const perSelect = el("select", {name: "per", "aria-label": "rows per page"},
    PAGE_SIZES.map((n) => el("option", {value: n, selected: n === per ? "selected" : null}, String(n))));
  perSelect.addEventListener("change", () => {
    const next = setState({per: Number(perSelect.value) === LIST_LIMIT ? null : perSelect.value, page: null});
    renderList(box, filters, next);
  });
  const sortSelect = el("select", {name: "sort", "aria-label": "order"},
    Object.entries(SORTS).map(([k, label]) => el("option", {value: k, selected: k === sort ? "selected" : null}, label)));
  sortSelect.addEventListener("change", () => {
    const next = setState({sort: sortSelect.value === "-date" ? null : sortSelect.value, page: null});
    renderList(box, filters, next);
  });
  box.appendChild(el("div", {className: "list-head"},
    el("h2", {}, span ? `Events from ${span[0]} to ${span[1]}` : "All matching events",
      el("span", {className: "count"}, ` (${page.total.toLocaleString("en")})`)),
    el("label", {className: "inline"}, "Order: ", sortSelect),
    el("label", {className: "inline"}, "Rows: ", perSelect),
    csvLink(apiParams(query, {sort}), `Download CSV (${page.total.toLocaleString("en")})`)));
  if (!page.events.length) {
    box.appendChild(el("p", {className: "empty"}, "No events match these filters."));
    return;
  }
  box.appendChild(el("div", {className: "table-wrap"}, eventsTable(page.events)));
  box.appendChild(pager(pageNo, page.events.length, page.total, (p) => renderList(box, filters, {...state, page: p}), per));
}

/* ---------- network ---------- */

const DYAD_LIMIT = 500;  // the API's cap: the busiest dyads
const EDGE_BUDGET = 60;  // the default minimum edge weight keeps about this many edges (a phone: PHONE_EDGE_BUDGET)
const PHONE_EDGE_BUDGET = 25;

async function networkView(main, {params, filters}) {
  main.appendChild(el("h1", {}, "Actor network"));
  const graphBox = el("section", {className: "chart", id: "network-chart"});
  const edgeBox = el("section", {className: "list", id: "edge-events"});
  main.append(graphBox, edgeBox);
  const [body, summary, totals] = await Promise.all([api("/api/dyads", apiParams(filters, {limit: DYAD_LIMIT})),
    api("/api/summary", filters), storeTotalsReady]);
  // the store keys an unresolved source "?" and a missing target "-": those are not actors
  const dyads = (body.dyads || []).filter((d) => !NO_ACTOR.has(d.source) && !NO_ACTOR.has(d.target));
  const inDyads = dyads.reduce((n, d) => n + d.events, 0);
  graphBox.appendChild(el("p", {className: "summary", id: "network-summary"},
    el("strong", {className: "total"}, count(summary.total, "event")), " match these filters",
    totals ? ` (of ${count(totals.events, "event")} in the store)` : "", `; ${inDyads.toLocaleString("en")} of them are between two known actors`,
    (body.dyads || []).length >= DYAD_LIMIT ? ` in the busiest ${DYAD_LIMIT} dyads` : "", "."));
  if (!dyads.length) {
    graphBox.appendChild(el("p", {className: "empty"}, "No dyads match these filters."));
    return;
  }
  const maxCount = Math.max(...dyads.map((d) => d.events));
  const minWeight = Math.min(Math.max(parseInt(params.get("min_weight") || "", 10) ||
    defaultMinWeight(dyads, drawingWidth(graphBox, 960) < 600 ? PHONE_EDGE_BUDGET : EDGE_BUDGET), 1), maxCount);
  const input = el("input", {type: "number", name: "min_weight", min: 1, max: maxCount, value: minWeight, size: 4});
  const slider = el("input", {type: "range", min: 1, max: maxCount, value: minWeight, "aria-label": "minimum events per edge"});
  const note = el("span", {className: "hint"});
  const drawing = el("div", {className: "network-drawing"});
  const redraw = (w) => {
    input.value = w; slider.value = w;
    const shown = dyads.filter((d) => d.events >= w);
    const actors = new Set(shown.flatMap((d) => [d.source, d.target]));
    clear(note);
    note.append(`${shown.length} of ${dyads.length} dyads, ${actors.size} actors. Edge width: events; colour: mean Goldstein; node size: the actor's events. Click an edge to list its events.`);
    clear(drawing);
    drawing.appendChild(networkSvg(shown, dyads, (dyad) => {
      setState({edge: `${dyad.source}>${dyad.target}`});
      showEdgeEvents(edgeBox, dyad, filters);
    }, drawingWidth(graphBox, 960)));
  };
  const change = (value) => {
    const w = Math.min(Math.max(parseInt(value, 10) || 1, 1), maxCount);
    setState({min_weight: w});
    redraw(w);
  };
  input.addEventListener("change", () => change(input.value));
  slider.addEventListener("input", () => change(slider.value));
  graphBox.appendChild(el("div", {className: "controls"},
    el("label", {className: "inline"}, "Minimum events per edge: ", input, slider), note));
  graphBox.appendChild(drawing);
  graphBox.appendChild(goldsteinLegend());
  redraw(minWeight);
  // the chosen edge is part of the view state (edge=SRC>TGT)
  const [src, tgt] = (params.get("edge") || "").split(">");
  const chosen = dyads.find((d) => d.source === src && d.target === tgt);
  if (chosen) {
    const g = drawing.querySelector(`g.edge[data-source="${CSS.escape(src)}"][data-target="${CSS.escape(tgt)}"]`);
    if (g) g.classList.add("selected");
    await showEdgeEvents(edgeBox, chosen, filters);
  } else {
    edgeBox.appendChild(el("p", {className: "empty"}, "Click an edge to list the events between its two actors."));
  }
}

/** The smallest weight that keeps at most `budget` edges. */
function defaultMinWeight(dyads, budget) {
  const counts = dyads.map((d) => d.events).sort((a, b) => b - a);
  if (counts.length <= budget) return 1;
  return counts[budget - 1] + (counts[budget] === counts[budget - 1] ? 1 : 0);
}

async function showEdgeEvents(box, dyad, filters) {
  clear(box);
  box.appendChild(el("h2", {}, `${dyad.source} → ${dyad.target}`));
  // the page's filters stay on, so the list holds exactly the events the edge counts
  const params = apiParams(filters, {source: dyad.source, target: dyad.target, limit: LIST_LIMIT, sort: "-date"});
  try {
    const page = await api("/api/events", params);
    box.appendChild(el("p", {className: "summary"}, `${count(page.total, "event")}`, " ", csvLink(withoutKeys(params, ["limit"]))));
    box.appendChild(page.events.length ? el("div", {className: "table-wrap"}, eventsTable(page.events)) : el("p", {className: "empty"}, "No events."));
  } catch (err) {
    showError(box, err);
  }
}

/** Fruchterman–Reingold, deterministic (nodes start on a circle, busiest first), in a unit box;
 * the result is scaled to the drawing afterwards, so no node is ever pinned to an edge. */
function forceLayout(nodes, edges) {
  const n = nodes.length;
  const k = Math.sqrt(1 / Math.max(n, 1));
  nodes.forEach((node, i) => {
    const a = 2 * Math.PI * i / Math.max(n, 1);
    node.x = Math.cos(a) * 0.4;
    node.y = Math.sin(a) * 0.4;
  });
  let temp = 0.1;
  for (let iter = 0; iter < 300; iter++) {
    for (const v of nodes) { v.dx = 0; v.dy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 1e-4);
        // repulsion reaches only a few ideal lengths: otherwise the pieces not connected to the
        // main graph fly to the edges and squeeze it into a corner
        if (d > 3 * k) continue;
        const f = (k * k) / d;
        dx /= d; dy /= d;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
    }
    for (const e of edges) {
      const a = e.a, b = e.b;
      if (a === b) continue;
      let dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(Math.hypot(dx, dy), 1e-4);
      const f = (d * d) / k;
      dx /= d; dy /= d;
      a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
    }
    for (const v of nodes) {
      // gravity keeps disconnected pieces near the middle
      v.dx -= v.x * 0.6 * k; v.dy -= v.y * 0.6 * k;
      const d = Math.max(Math.hypot(v.dx, v.dy), 1e-6);
      v.x += v.dx / d * Math.min(d, temp);
      v.y += v.dy / d * Math.min(d, temp);
    }
    temp = Math.max(temp * 0.97, 0.002);
  }
}

/** Scale the layout into the drawing, keeping room for the biggest node and its label. */
function fitLayout(nodes, W, H, margin) {
  const xs = nodes.map((v) => v.x), ys = nodes.map((v) => v.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (W - 2 * margin.x) / Math.max(x1 - x0, 1e-6), sy = (H - margin.top - margin.bottom) / Math.max(y1 - y0, 1e-6);
  for (const v of nodes) {
    v.x = nodes.length === 1 ? W / 2 : margin.x + (v.x - x0) * sx;
    v.y = nodes.length === 1 ? H / 2 : margin.top + (v.y - y0) * sy;
  }
}

function networkSvg(dyads, allDyads, onEdge, width) {
  const W = width || 960, H = W < 600 ? Math.round(W * 1.1) : 560;
  // a node's size is all its events in the fetched dyads, not only those of the edges shown
  const weight = new Map();
  for (const d of allDyads) {
    weight.set(d.source, (weight.get(d.source) || 0) + d.events);
    if (d.target !== d.source) weight.set(d.target, (weight.get(d.target) || 0) + d.events);
  }
  const byKey = new Map();
  const node = (key) => {
    if (!byKey.has(key)) byKey.set(key, {key, weight: weight.get(key) || 0});
    return byKey.get(key);
  };
  const edges = dyads.map((d) => ({dyad: d, a: node(d.source), b: node(d.target), count: d.events || 0, goldstein: d.goldstein_mean}));
  const nodes = [...byKey.values()].sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
  forceLayout(nodes, edges);
  fitLayout(nodes, W, H, {x: W < 600 ? 40 : 70, top: 40, bottom: 60});
  const maxCount = Math.max(...edges.map((e) => e.count), 1);
  const maxWeight = Math.max(...nodes.map((v) => v.weight), 1);
  for (const v of nodes) v.r = 4 + 16 * Math.sqrt(v.weight / maxWeight);
  const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, className: "network", role: "img", "aria-label": "actor network"});
  // fixed-size arrowheads (userSpaceOnUse), placed where the edge meets the target's circle
  root.appendChild(svg("defs", {}, svg("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5,
    markerWidth: 12, markerHeight: 12, markerUnits: "userSpaceOnUse", orient: "auto"},
  svg("path", {d: "M0,0 L10,5 L0,10 z", className: "arrowhead"}))));
  for (const e of edges) {
    const path = edgePath(e.a, e.b);
    const width = 1.2 + 6 * Math.sqrt(e.count / maxCount);
    const g = svg("g", {className: "edge", tabindex: 0, "data-source": e.a.key, "data-target": e.b.key, "data-events": e.count},
      svg("title", {}, `${e.a.key} → ${e.b.key}: ${count(e.count, "event")}, mean Goldstein ${fmt(e.goldstein)}`),
      svg("path", {d: path, className: "edge-line", "stroke-width": width, stroke: goldsteinColor(e.goldstein), "marker-end": "url(#arrow)"}),
      svg("path", {d: path, className: "edge-hit"}));
    g.addEventListener("click", () => {
      for (const other of root.querySelectorAll(".edge.selected")) other.classList.remove("selected");
      g.classList.add("selected");
      onEdge(e.dyad);
    });
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") g.dispatchEvent(new Event("click")); });
    root.appendChild(g);
  }
  const labels = placeLabels(nodes, W, H);
  for (const v of nodes) {
    const lab = labels.get(v.key);
    root.appendChild(svg("g", {className: "node", "data-key": v.key, "data-events": v.weight, transform: `translate(${v.x.toFixed(1)},${v.y.toFixed(1)})`},
      svg("title", {}, `${v.key}: ${count(v.weight, "event")}`),
      svg("circle", {r: v.r.toFixed(1)}),
      lab ? svg("text", {x: lab.dx, y: lab.dy, "text-anchor": lab.anchor, className: "label", "font-size": lab.size}, v.key) : null));
  }
  return root;
}

/** Label positions that overlap no other label or node: busiest actors first, trying above,
 * below, right and left of the node; an actor with no free spot keeps its name in the tooltip. */
function placeLabels(nodes, W, H) {
  const placed = [];
  const out = new Map();
  const boxes = nodes.map((v) => ({x0: v.x - v.r, x1: v.x + v.r, y0: v.y - v.r, y1: v.y + v.r, key: v.key}));
  const free = (b, self) => b.x0 >= 0 && b.x1 <= W && b.y0 >= 0 && b.y1 <= H &&
    !placed.some((p) => b.x0 < p.x1 && b.x1 > p.x0 && b.y0 < p.y1 && b.y1 > p.y0) &&
    !boxes.some((p) => p.key !== self && b.x0 < p.x1 && b.x1 > p.x0 && b.y0 < p.y1 && b.y1 > p.y0);
  for (const v of nodes) {
    const size = v.r > 12 ? 14 : 12;
    const w = v.key.length * size * 0.62, h = size;
    const options = [
      {dx: 0, dy: -v.r - 4, anchor: "middle", b: {x0: v.x - w / 2, x1: v.x + w / 2, y0: v.y - v.r - 4 - h, y1: v.y - v.r - 4}},
      {dx: 0, dy: v.r + size, anchor: "middle", b: {x0: v.x - w / 2, x1: v.x + w / 2, y0: v.y + v.r + 2, y1: v.y + v.r + 2 + h}},
      {dx: v.r + 3, dy: size / 3, anchor: "start", b: {x0: v.x + v.r + 3, x1: v.x + v.r + 3 + w, y0: v.y - h / 2, y1: v.y + h / 2}},
      {dx: -v.r - 3, dy: size / 3, anchor: "end", b: {x0: v.x - v.r - 3 - w, x1: v.x - v.r - 3, y0: v.y - h / 2, y1: v.y + h / 2}},
    ];
    const spot = options.find((o) => free(o.b, v.key));
    if (spot) {
      placed.push(spot.b);
      out.set(v.key, {dx: spot.dx, dy: spot.dy, anchor: spot.anchor, size});
    }
  }
  return out;
}
function goldsteinColor(g) {
  // red (conflict, -10) through grey (0) to green (cooperation, +10)
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const grey = [150, 150, 150], red = [200, 40, 40], green = [30, 140, 60];
  const to = t < 0 ? red : green, a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (to[i] - v) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

function goldsteinLegend() {
  return el("div", {className: "legend"}, [-10, -5, 0, 5, 10].map((g) => {
    const sw = el("span", {className: "swatch"});
    sw.style.background = goldsteinColor(g);
    return el("span", {}, sw, String(g));
  }), " mean Goldstein");
}

/** A small Fruchterman–Reingold layout: deterministic (nodes start on a circle). */
function edgePath(a, b) {
  if (a === b) {  // a self-loop (e.g. domestic events) as a small arc below the node, clear of its label
    return `M${a.x - 6},${a.y + a.r} C${a.x - 40},${a.y + a.r + 50} ${a.x + 40},${a.y + a.r + 50} ${a.x + 6},${a.y + a.r + 1}`;
  }
  // a slight curve so that A→B and B→A stay apart; it ends on the target's rim, under the arrow
  const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
  const dx = b.x - a.x, dy = b.y - a.y;
  const cx = mx - dy * 0.12, cy = my + dx * 0.12;
  const ex = b.x - cx, ey = b.y - cy;
  const len = Math.max(Math.hypot(ex, ey), 0.01);
  const tx = b.x - ex / len * (b.r + 2), ty = b.y - ey / len * (b.r + 2);
  return `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${tx.toFixed(1)},${ty.toFixed(1)}`;
}



/* ---------- map ----------
 * Country outlines: Natural Earth 1:110m shipped with the package (static/world-110m.json, plate
 * carrée: x = longitude, y = -latitude).  A circle per place (/api/locations): the event's own
 * coordinates, or its country's point when only the country is known; its area ∝ events. */

let worldCache = null;

async function worldMap() {
  worldCache = worldCache || await api("/static/world-110m.json");
  return worldCache;
}

const MAP_BOX = {x: -180, y: -84, w: 360, h: 144};  // 84°N to 60°S: Antarctica is left out

async function mapView(main, {params, filters}) {
  main.appendChild(el("h1", {}, "Map"));
  const mapBox = el("section", {className: "chart", id: "map-chart"});
  const listBox = el("section", {className: "list", id: "place-events"});
  main.append(mapBox, listBox);
  const [world, loc, totals] = await Promise.all([worldMap(), api("/api/locations", filters), storeTotalsReady]);
  const onMap = loc.at_point + loc.at_country;
  mapBox.appendChild(el("p", {className: "summary", id: "map-summary"},
    el("strong", {className: "total"}, count(loc.total, "event")), " match these filters",
    totals ? ` (of ${count(totals.events, "event")} in the store)` : "", ". ",
    `On the map: ${onMap.toLocaleString("en")} (${loc.at_point.toLocaleString("en")} at a place with coordinates, `,
    `${loc.at_country.toLocaleString("en")} known only by country, drawn at the country's centre). `,
    el("span", {className: "unlocated"}, `Not on the map: ${loc.unlocated.toLocaleString("en")} without a location`),
    loc.unplaced ? `; ${loc.unplaced.toLocaleString("en")} located in a region with no point on the map` : "", "."));
  const map = worldSvg(world, loc.places, params.get("place"), (place) => {
    setState({place: place.key, page: null});
    showPlaceEvents(listBox, place, filters, 1);
  });
  mapBox.appendChild(mapControls(map));
  mapBox.appendChild(map.root);
  map.show(parseMapView(params.get("mapview")));
  mapBox.appendChild(el("div", {className: "legend"}, "Circle area: events at the place; colour: mean Goldstein. ",
    el("span", {className: "swatch ring-country"}), " dashed: country level.", " ",
    el("span", {className: "credit"}, "Map: Natural Earth (public domain).")));
  const chosen = loc.places.find((p) => p.key === params.get("place"));
  if (chosen) showPlaceEvents(listBox, chosen, filters, pageOf(params));
  else listBox.appendChild(el("p", {className: "empty"}, "Click a circle to list the events at that place."));
}

/** The map's visible box from the URL (`mapview=LON,-LAT,WIDTH`: its top-left corner and width in degrees). */
function parseMapView(value) {
  const parts = (value || "").split(",").map(Number);
  if (parts.length !== 3 || parts.some((v) => !Number.isFinite(v)) || parts[2] <= 0) return {...MAP_BOX};
  return clampMapView({x: parts[0], y: parts[1], w: parts[2], h: parts[2] * MAP_BOX.h / MAP_BOX.w});
}

function clampMapView(v) {
  const w = Math.min(Math.max(v.w, 10), MAP_BOX.w), h = w * MAP_BOX.h / MAP_BOX.w;
  const x = Math.min(Math.max(v.x, MAP_BOX.x), MAP_BOX.x + MAP_BOX.w - w);
  const y = Math.min(Math.max(v.y, MAP_BOX.y), MAP_BOX.y + MAP_BOX.h - h);
  return {x, y, w, h};
}

function mapControls(map) {
  const zoom = (factor) => {
    const v = map.view;
    const w = v.w * factor;
    map.show({x: v.x + (v.w - w) / 2, y: v.y + (v.h - w * MAP_BOX.h / MAP_BOX.w) / 2, w}, true);
  };
  return el("div", {className: "controls"},
    el("button", {type: "button", id: "map-zoom-in", onclick: () => zoom(0.5)}, "Zoom in"),
    el("button", {type: "button", id: "map-zoom-out", onclick: () => zoom(2)}, "Zoom out"),
    el("button", {type: "button", id: "map-world", onclick: () => map.show({...MAP_BOX}, true)}, "World"),
    el("span", {className: "hint"}, "Drag to move; click a circle to list its events."));
}

function worldSvg(world, places, selected, onPlace) {
  const {x, y, w, h} = MAP_BOX;
  const root = svg("svg", {viewBox: `${x} ${y} ${w} ${h}`, className: "map", role: "img", "aria-label": "events on a world map"});
  const radii = new Map();
  root.appendChild(svg("rect", {x, y, width: w, height: h, className: "sea"}));
  const land = svg("g", {className: "land"});
  for (const c of world.countries) land.appendChild(svg("path", {d: c.d, "data-iso3": c.iso3 || ""}, svg("title", {}, c.name)));
  root.appendChild(land);
  const max = Math.max(1, ...places.map((p) => p.events));
  const dots = svg("g", {className: "places"});
  // biggest first, so small places stay on top and clickable
  for (const p of places.slice().sort((a, b) => b.events - a.events)) {
    const r = 0.7 + 6 * Math.sqrt(p.events / max);
    const c = svg("circle", {cx: p.lon, cy: -p.lat, r: r.toFixed(2), fill: goldsteinColor(p.goldstein_mean), tabindex: 0,
      className: `place ${p.kind}${p.key === selected ? " selected" : ""}`, "data-key": p.key, "data-events": p.events},
    svg("title", {}, `${p.name || p.country}${p.kind === "country" ? " (country level)" : ""}: ${count(p.events, "event")}`));
    const open = () => {
      for (const other of root.querySelectorAll(".place.selected")) other.classList.remove("selected");
      c.classList.add("selected");
      onPlace(p);
    };
    c.addEventListener("click", open);
    c.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    radii.set(c, r);
    dots.appendChild(c);
  }
  root.appendChild(dots);
  const map = {root, view: {...MAP_BOX}};
  // circles keep their size on screen when zoomed: their radius follows the visible width
  map.show = (view, remember) => {
    map.view = clampMapView(view);
    const v = map.view;
    root.setAttribute("viewBox", `${v.x.toFixed(2)} ${v.y.toFixed(2)} ${v.w.toFixed(2)} ${v.h.toFixed(2)}`);
    for (const [c, r] of radii) c.setAttribute("r", (r * v.w / MAP_BOX.w).toFixed(3));
    if (remember) setState({mapview: v.w >= MAP_BOX.w ? null : `${v.x.toFixed(1)},${v.y.toFixed(1)},${v.w.toFixed(1)}`});
  };
  let drag = null;
  root.addEventListener("pointerdown", (e) => {
    if (e.target.closest(".place")) return;
    drag = {x: e.clientX, y: e.clientY, view: {...map.view}};
    root.setPointerCapture(e.pointerId);
  });
  root.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const scale = drag.view.w / root.getBoundingClientRect().width;
    map.show({x: drag.view.x - (e.clientX - drag.x) * scale, y: drag.view.y - (e.clientY - drag.y) * scale, w: drag.view.w}, false);
  });
  root.addEventListener("pointerup", () => {
    if (drag) map.show(map.view, true);
    drag = null;
  });
  return map;
}

async function showPlaceEvents(box, place, filters, pageNo) {
  clear(box);
  try {
    const page = await api("/api/locations/events", apiParams(filters, {place: place.key, limit: LIST_LIMIT, offset: (pageNo - 1) * LIST_LIMIT}));
    box.appendChild(el("h2", {}, `${place.name || place.country}${place.kind === "country" ? " (country level)" : ""}`,
      el("span", {className: "count"}, ` (${page.total.toLocaleString("en")})`)));
    box.appendChild(placeFilterButtons(place, filters));
    box.appendChild(page.events.length ? el("div", {className: "table-wrap"}, eventsTable(page.events)) : el("p", {className: "empty"}, "No events."));
    box.appendChild(pager(pageNo, page.events.length, page.total, (p) => showPlaceEvents(box, place, filters, p)));
  } catch (err) {
    showError(box, err);
  }
}

/** Buttons that filter every view to where this place is: its country, or within NEAR_KM of it.
 * They set the `country_of_location` / `near` filters (the API's names), kept in the URL. */
function placeFilterButtons(place, filters) {
  const go = (patch) => {
    const keep = pick(parseHash().params, ["mapview"]);
    location.hash = hashFor("map", {...filters, ...patch, ...keep});
  };
  return el("p", {className: "place-filters"},
    place.country && filters.country_of_location !== place.country ?
      el("button", {type: "button", id: "filter-country-of-location", onclick: () => go({country_of_location: place.country})},
        `Only events placed in ${place.country}`) : null,
    place.kind === "point" ?
      el("button", {type: "button", id: "filter-near", onclick: () => go({near: `${place.lat},${place.lon},${NEAR_KM}`})},
        `Only events within ${NEAR_KM} km`) : null,
    filters.country_of_location || filters.near ?
      el("button", {type: "button", id: "filter-place-clear", onclick: () => go({country_of_location: null, near: null})},
        "Any place") : null);
}

/* ---------- sentence search ---------- */

async function searchView(main, {params}) {
  const q = params.get("q") || "";
  main.appendChild(el("h1", {}, "Search sentences"));
  const input = el("input", {type: "search", name: "q", value: q, placeholder: "words, e.g. election Blair", "aria-label": "search words"});
  const form = el("form", {className: "search-form", role: "search"}, input, el("button", {type: "submit"}, "Search"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    location.hash = hashFor("search", input.value.trim() ? {q: input.value.trim(), in: params.get("in")} : {});
  });
  main.appendChild(form);
  const scope = params.get("in") === "documents" ? "documents" : "sentences";
  main.appendChild(el("div", {className: "tabs", role: "tablist"},
    [["sentences", "Coded sentences"], ["documents", "All document text"]].map(([key, label]) =>
      el("a", {href: hashFor("search", {q, in: key === "sentences" ? null : key}), role: "tab", id: `search-in-${key}`,
        className: key === scope ? "tab active" : "tab", "aria-selected": key === scope ? "true" : "false"}, label))));
  const box = el("section", {className: "list", id: "search-results"});
  main.appendChild(box);
  if (!q) {
    box.appendChild(el("p", {className: "empty"}, "Type words: every coded sentence holding all of them is listed, with its document and events; or every document whose text holds them."));
    return;
  }
  if (scope === "documents") await renderDocumentSearch(box, q, pageOf(params));
  else await renderSearch(box, q, pageOf(params));
}

async function renderDocumentSearch(box, q, pageNo) {
  const [body, totals] = await Promise.all([
    api("/api/search", {q, in: "documents", limit: LIST_LIMIT, offset: (pageNo - 1) * LIST_LIMIT}), storeTotalsReady]);
  clear(box);
  box.appendChild(el("p", {className: "summary", id: "search-summary"},
    el("strong", {className: "total"}, count(body.total, "document")), " hold ",
    body.words.map((w, i) => [i ? " and " : "", el("q", {}, w)]),
    totals ? ` (of ${count(totals.documents, "document")} in the store)` : "", "."));
  if (!body.results.length) return;
  const list = el("ol", {className: "search-results", start: (pageNo - 1) * LIST_LIMIT + 1});
  for (const r of body.results) {
    const lead = r.snippet_start > 0 ? "… " : "";
    list.appendChild(el("li", {className: "search-hit"},
      el("a", {href: documentHref(r.doc_id, r.match), className: "doc-link"}, r.title || "(untitled document)"),
      r.outlet ? ` · ${r.outlet}` : "", r.published ? ` · ${r.published}` : "",
      el("blockquote", {className: "snippet"}, lead, markWords(r.snippet || "", body.words), " …")));
  }
  box.appendChild(list);
  box.appendChild(pager(pageNo, body.results.length, body.total, (p) => renderDocumentSearch(box, q, p)));
}

async function renderSearch(box, q, pageNo) {
  const [body, totals] = await Promise.all([api("/api/search", {q, limit: LIST_LIMIT, offset: (pageNo - 1) * LIST_LIMIT}),
    storeTotalsReady]);
  clear(box);
  box.appendChild(el("p", {className: "summary", id: "search-summary"},
    el("strong", {className: "total"}, count(body.total, "sentence")), ` in ${count(body.documents, "document")} hold `,
    body.words.map((w, i) => [i ? " and " : "", el("q", {}, w)]),
    totals ? ` (the store: ${count(totals.documents, "document")}, ${count(totals.events, "event")})` : "", "."));
  if (!body.results.length) return;
  const list = el("ol", {className: "search-results", start: (pageNo - 1) * LIST_LIMIT + 1});
  for (const r of body.results) {
    list.appendChild(el("li", {className: "search-hit"},
      el("blockquote", {className: "sentence"}, markWords(r.sentence || "", body.words)),
      el("div", {className: "mention-meta"},
        el("a", {href: documentHref(r.doc_id, r.span), className: "doc-link"}, r.title || "(untitled document)"),
        r.outlet ? ` · ${r.outlet}` : "", r.published ? ` · ${r.published}` : "", " · ",
        r.events.map((id, i) => [i ? ", " : "", el("a", {href: eventHref(id), className: "event-link"}, `event ${i + 1}`)]))));
  }
  box.appendChild(list);
  box.appendChild(pager(pageNo, body.results.length, body.total, (p) => renderSearch(box, q, p)));
}

/** The text with every case-insensitive occurrence of the words marked. */
function markWords(text, words) {
  const lower = text.toLowerCase();
  const ranges = [];
  for (const w of words) {
    const needle = w.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0 && needle; at = lower.indexOf(needle, at + needle.length)) {
      ranges.push({s: at, e: at + needle.length, cls: "hl-search"});
    }
  }
  return markRanges(text, ranges);
}

/* ---------- event page ---------- */

async function eventView(main, {id}) {
  const body = await api(`/api/events/${encodeURIComponent(id)}`);
  const ev = body.event;
  const mentions = body.mentions || [];
  main.appendChild(backLink());
  main.appendChild(el("h1", {className: "event-title"}, actorChip(ev.source, "source"), " ",
    el("span", {className: "verb"}, ev.event || ev.cameo), " ", actorChip(ev.target, "target")));
  const facts = [
    ["Date", [ev.date || "—", ev.date_precision ? ` (${ev.date_precision})` : ""]],
    ["CAMEO", [ev.cameo || "—", ev.cameo_name ? ` ${ev.cameo_name}` : ""]],
    ["PLOVER", [ev.event, ev.mode, ev.context].filter(Boolean).join(" / ") || "—"],
    ["QuadClass", [quadSwatch(ev.quad_class), QUAD_NAMES[ev.quad_class] || "—"]],
    ["Goldstein", fmt(ev.goldstein)],
    ["Location", ev.location ? [ev.location.text, ev.location.country ? ` (${ev.location.country})` : "",
      mapPlace(ev.location) ? [" · ", el("a", {href: hashFor("map", {place: mapPlace(ev.location)}), className: "map-link"}, "on the map")] : null] : "—"],
    ["Reports", `${ev.num_mentions ?? mentions.length} mention(s), ${ev.num_articles ?? "?"} article(s), ${ev.num_sources ?? "?"} outlet(s)`],
    ["Flags", (ev.flags || []).length ? flagBadges(ev.flags) : "asserted"],
  ];
  main.appendChild(el("dl", {className: "facts"}, facts.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])));
  main.appendChild(el("h2", {}, mentions.length === 1 ? "The sentence" : `The ${mentions.length} mentions`));
  main.appendChild(el("p", {className: "legend"}, el("mark", {className: "hl-source"}, "source"),
    el("mark", {className: "hl-trigger"}, "trigger"), el("mark", {className: "hl-target"}, "target")));
  main.appendChild(el("div", {className: "mentions"}, mentions.map((m, i) => mentionCard(m, i === 0))));
}

/** The map's key for an event's location (as /api/locations writes it), or null when it is not on the map. */
function mapPlace(location) {
  if (typeof location.lat === "number" && typeof location.lon === "number") {
    return `point:${location.lat.toFixed(2)},${location.lon.toFixed(2)}`;
  }
  return location.country ? `country:${location.country}` : null;
}

function mentionCard(m, primary) {
  const doc = m.document || {};
  const span = m.span || [0, (m.text || "").length];
  const docLink = `#/document/${encodeURIComponent(m.doc_id || doc.doc_id)}?hl=${span[0]}-${span[1]}`;
  return el("article", {className: primary ? "mention primary" : "mention"},
    el("blockquote", {className: "sentence"}, highlightSentence(m)),
    el("div", {className: "mention-meta"},
      el("a", {href: docLink, className: "doc-link"}, doc.title || m.doc_title || "(untitled document)"),
      doc.outlet ? ` · ${doc.outlet}` : "",
      doc.published ? ` · published ${doc.published}` : "",
      m.date ? ` · event date ${m.date}${m.date_precision ? ` (${m.date_precision})` : ""}` : "",
      m.date_text ? ` from “${m.date_text}”` : "",
      " ", flagBadges(m.flags)),
    m.attribution ? el("div", {className: "attribution"}, "According to ", el("span", {className: "attr"}, m.attribution.text),
      m.attribution.country ? ` (${m.attribution.country})` : "") : null,
    doc.url ? el("div", {className: "url"}, externalLink(doc.url)) : null);
}

/** The sentence as text nodes, with source, target and trigger wrapped in <mark>. */
function highlightSentence(m) {
  const text = m.text || "";
  const base = (m.span || [0])[0];
  const ranges = [];
  const add = (start, end, cls, words) => {
    if (Number.isInteger(start) && Number.isInteger(end) && end > start) {
      ranges.push({s: start - base, e: end - base, cls});
    } else if (words) {  // no offsets stored: fall back to the first occurrence of the words
      const at = text.indexOf(words);
      if (at >= 0) ranges.push({s: at, e: at + words.length, cls});
    }
  };
  if (m.source) add(m.source.start, m.source.end, "hl-source", m.source.text);
  if (m.target) add(m.target.start, m.target.end, "hl-target", m.target.text);
  const ts = m.trigger_span || [];
  add(ts[0], ts[1], "hl-trigger", m.trigger);
  return markRanges(text, ranges, {"hl-source": "source", "hl-target": "target", "hl-trigger": "trigger"});
}

function markRanges(text, ranges, titles) {
  const frag = document.createDocumentFragment();
  const kept = [];
  for (const r of ranges.filter((r) => r.s >= 0 && r.e <= text.length && r.e > r.s).sort((a, b) => a.s - b.s || b.e - a.e)) {
    if (!kept.length || r.s >= kept[kept.length - 1].e) kept.push(r);
  }
  let at = 0;
  for (const r of kept) {
    if (r.s > at) frag.appendChild(document.createTextNode(text.slice(at, r.s)));
    frag.appendChild(el("mark", {className: r.cls, title: titles ? titles[r.cls] : null}, text.slice(r.s, r.e)));
    at = r.e;
  }
  if (at < text.length) frag.appendChild(document.createTextNode(text.slice(at)));
  return frag;
}

/* ---------- document page ---------- */

async function documentView(main, {id, params}) {
  const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
  const hl = (params.get("hl") || "").split("-").map(Number);
  main.appendChild(backLink());
  main.appendChild(el("h1", {className: "doc-title"}, doc.title || "(untitled document)"));
  main.appendChild(el("p", {className: "doc-meta"},
    [doc.outlet, doc.author && `by ${doc.author}`, doc.published && `published ${doc.published}`,
      doc.language && `language ${doc.language}`, `status ${doc.status}${doc.reason ? ` (${doc.reason})` : ""}`]
      .filter(Boolean).join(" · ")));
  if (doc.url) main.appendChild(el("p", {className: "url"}, externalLink(doc.url)));
  const removed = (doc.removed || []).slice().sort((a, b) => (a.line_no ?? 0) - (b.line_no ?? 0));
  const body = el("div", {className: "article"});
  if (removed.length) {
    body.appendChild(el("section", {className: "removed"},
      el("h2", {}, `Removed by the cleaner (${removed.length})`),
      removed.map((r) => el("p", {className: "removed-line"},
        r.line_no !== null && r.line_no !== undefined ? el("span", {className: "line-no"}, `line ${r.line_no + 1}`) : null,
        el("del", {}, r.text), el("span", {className: "reason"}, r.reason)))));
  }
  main.appendChild(documentEvents(doc));
  body.appendChild(articleText(doc.text || "", Number.isInteger(hl[0]) && Number.isInteger(hl[1]) ? hl : null));
  main.appendChild(body);
  const mark = body.querySelector("mark");
  if (mark) mark.scrollIntoView({block: "center"});
}

/** The document's coded events (one row per event, from its mentions), each a link to the event page. */
function documentEvents(doc) {
  const seen = new Map();
  for (const m of doc.mentions || []) {
    if (m.event_id && !seen.has(m.event_id)) seen.set(m.event_id, Object.assign({}, m, {doc_id: doc.doc_id}));
  }
  const events = [...seen.values()];
  const flagged = events.filter((ev) => (ev.flags || []).length).length;
  const box = el("section", {className: "list", id: "document-events"},
    el("h2", {}, `Events coded in this document (${events.length})`),
    flagged ? el("p", {className: "summary"}, `${flagged} of them negated, hypothetical or disputed (flagged).`) : null);
  box.appendChild(events.length ? el("div", {className: "table-wrap"}, eventsTable(events, {docLinks: false}))
    : el("p", {className: "empty"}, doc.status === "processed" ? "No events were coded from this document." : `No events: the document was ${doc.status}.`));
  return box;
}

function articleText(text, hl) {
  const section = el("section", {className: "text"});
  // paragraphs keep their offsets, so the highlight range applies inside the right one
  const re = /\n\s*\n/g;
  let start = 0, match;
  const paras = [];
  while ((match = re.exec(text)) !== null) {
    paras.push([start, match.index]);
    start = match.index + match[0].length;
  }
  paras.push([start, text.length]);
  for (const [s, e] of paras) {
    if (e <= s) continue;
    const ranges = hl && hl[1] > s && hl[0] < e ? [{s: Math.max(hl[0], s) - s, e: Math.min(hl[1], e) - s, cls: "hl-sentence"}] : [];
    section.appendChild(el("p", {}, markRanges(text.slice(s, e), ranges)));
  }
  return section;
}


/* ---------- start ---------- */

function start() {
  const list = document.getElementById("plover-events");
  for (const name of PLOVER_EVENTS) list.appendChild(el("option", {value: name}));
  document.getElementById("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    // new filters start a fresh view: the first page, the default span, no selection
    const keep = pick(parseHash().params, ["min_weight", "period", "sort"]);
    location.hash = hashFor(currentListView(), {...readForm(), ...keep});
  });
  document.getElementById("filters-toggle").addEventListener("click", (e) => {
    const form = document.getElementById("filters");
    const open = form.classList.toggle("collapsed") === false;
    e.target.setAttribute("aria-expanded", String(open));
  });
  document.getElementById("reset").addEventListener("click", () => {
    location.hash = hashFor(currentListView(), {});
  });
  document.getElementById("search-box").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = e.target.elements.namedItem("q").value.trim();
    location.hash = hashFor("search", q ? {q} : {});
  });
  window.addEventListener("hashchange", route);
  window.addEventListener("popstate", route);
  loadStoreTotals();
  route();
}

document.addEventListener("DOMContentLoaded", start);
