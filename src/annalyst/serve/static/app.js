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
const FILTER_KEYS = ["actor", "country", "event", "cameo", "since", "until", "include_flagged"];
const CHART_LIMIT = 500;  // the API's page-size cap
const LIST_LIMIT = 50;
const MAX_STACK = 5;  // dots piled on one day and score before they overlap
const SVG_NS = "http://www.w3.org/2000/svg";
const NO_ACTOR = new Set(["?", "-"]);

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

/* ---------- routing and filters ---------- */

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query] = raw.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return {view: parts[0] || "timeline", id: parts[1] || null, params: new URLSearchParams(query || "")};
}

function filtersFrom(params) {
  const out = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

function hashFor(view, filters) {
  const qs = new URLSearchParams(filters).toString();
  const base = view === "timeline" ? "#/" : `#/${view}`;
  return qs ? `${base}?${qs}` : base;
}

function fillForm(filters) {
  const form = document.getElementById("filters");
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

function currentListView() {
  const view = parseHash().view;
  return view === "network" ? "network" : "timeline";
}

function route() {
  const {view, id, params} = parseHash();
  const main = document.getElementById("main");
  clear(main);
  const filters = filtersFrom(params);
  fillForm(filters);
  document.getElementById("filters").hidden = !(view === "timeline" || view === "network");
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    link.classList.toggle("active", link.dataset.view === view);
    link.setAttribute("href", hashFor(link.dataset.view, filters));
  }
  const views = {timeline: timelineView, network: networkView, event: eventView, document: documentView};
  const render = views[view];
  if (!render) {
    showError(main, {code: "E404", message: `No page ${view}.`, fix: "Use the links at the top."});
    return;
  }
  render(main, {id, params, filters}).catch((err) => showError(main, err));
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

function eventsTable(events) {
  const rows = events.map((ev) => el("tr", {className: "event-row", "data-event-id": ev.event_id},
    el("td", {className: "date"}, ev.date || "—",
      ev.date_precision && ev.date_precision !== "day" ? el("span", {className: "prec"}, ` ~${ev.date_precision}`) : null),
    el("td", {}, actorChip(ev.source, "source")),
    el("td", {}, quadSwatch(ev.quad_class),
      el("a", {href: eventHref(ev.event_id), className: "event-link"}, ev.event || ev.cameo || "event"),
      el("span", {className: "cameo"}, ` ${ev.cameo || ""}`)),
    el("td", {}, actorChip(ev.target, "target")),
    el("td", {className: "sentence"}, el("a", {href: eventHref(ev.event_id), title: ev.text || ""}, ev.text || ""),
      " ", flagBadges(ev.flags),
      ev.num_mentions > 1 ? el("span", {className: "flag mentions", title: "reports merged into this event"},
        `${ev.num_mentions} mentions`) : null),
  ));
  return el("table", {className: "events"},
    el("thead", {}, el("tr", {}, ["Date", "Source", "Event", "Target", "Sentence"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows));
}

function apiParams(filters, extra) {
  return Object.assign({}, filters, extra || {});
}

/* ---------- timeline ---------- */

async function timelineView(main, {filters}) {
  main.appendChild(el("h1", {}, "Timeline"));
  const chartBox = el("section", {className: "chart", id: "timeline-chart"});
  const listBox = el("section", {className: "list", id: "event-list"});
  main.append(chartBox, listBox);
  // the chart's page and the table's first page load side by side
  const [page] = await Promise.all([
    // the latest events: a corpus's few historical mentions (1870...) must not fill the chart
    api("/api/events", apiParams(filters, {limit: CHART_LIMIT, sort: "-date"})),
    renderList(listBox, filters, 0),
  ]);
  const total = page.total ?? page.events.length;
  chartBox.appendChild(el("p", {className: "summary"},
    `${total} event${total === 1 ? "" : "s"}`,
    total > page.events.length ? ` (the chart shows the latest ${page.events.length})` : ""));
  chartBox.appendChild(timelineSvg(page.events));
  chartBox.appendChild(quadLegend());
}

async function renderList(box, filters, offset) {
  clear(box);
  const page = await api("/api/events", apiParams(filters, {limit: LIST_LIMIT, offset, sort: "-date"}));
  if (!page.events.length) {
    box.appendChild(el("p", {className: "empty"}, "No events match these filters."));
    return;
  }
  box.appendChild(eventsTable(page.events));
  const total = page.total ?? page.events.length;
  const nav = el("div", {className: "pager"},
    `${offset + 1}–${offset + page.events.length} of ${total} `);
  if (offset > 0) nav.appendChild(el("button", {type: "button", onclick: () => renderList(box, filters, Math.max(0, offset - LIST_LIMIT))}, "Previous"));
  if (offset + page.events.length < total) nav.appendChild(el("button", {type: "button", onclick: () => renderList(box, filters, offset + LIST_LIMIT)}, "Next"));
  box.appendChild(nav);
}

function quadLegend() {
  return el("div", {className: "legend"}, [1, 2, 3, 4].map((q) => el("span", {}, quadSwatch(q), QUAD_NAMES[q])));
}

function timelineSvg(events) {
  const W = 960, H = 280, L = 48, R = 16, T = 14, B = 34;
  const dated = events.filter((ev) => ev.date);
  const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, className: "timeline", role: "img",
    "aria-label": "events over time by Goldstein score"});
  if (!dated.length) {
    root.appendChild(svg("text", {x: W / 2, y: H / 2, "text-anchor": "middle", className: "axis-label"}, "no dated events"));
    return root;
  }
  let [t0, t1] = timeRange(dated.map((ev) => Date.parse(ev.date)));
  const pad = Math.max((t1 - t0) * 0.04, 86400000 * 3);
  t0 -= pad; t1 += pad;
  // a stray date (a misread year) is pinned to the edge instead of squeezing everything else
  const x = (t) => L + (Math.min(Math.max(t, t0), t1) - t0) / (t1 - t0) * (W - L - R);
  const y = (g) => T + (10 - g) / 20 * (H - T - B);
  // y axis: Goldstein -10 (conflict) .. +10 (cooperation)
  for (const g of [-10, -5, 0, 5, 10]) {
    root.appendChild(svg("line", {x1: L, x2: W - R, y1: y(g), y2: y(g), className: g === 0 ? "zero" : "grid"}));
    root.appendChild(svg("text", {x: L - 6, y: y(g) + 4, "text-anchor": "end", className: "axis-label"}, String(g)));
  }
  root.appendChild(svg("text", {x: 12, y: T + (H - T - B) / 2, className: "axis-label",
    transform: `rotate(-90 12 ${T + (H - T - B) / 2})`, "text-anchor": "middle"}, "Goldstein"));
  for (const tick of timeTicks(t0, t1, 7)) {
    root.appendChild(svg("line", {x1: x(tick.t), x2: x(tick.t), y1: H - B, y2: H - B + 5, className: "tick"}));
    root.appendChild(svg("text", {x: x(tick.t), y: H - B + 18, "text-anchor": "middle", className: "axis-label"}, tick.label));
  }
  // events with the same day and score stack upwards so none hides another
  const stack = new Map();
  for (const ev of dated) {
    const g = ev.goldstein ?? 0;
    const key = `${ev.date}|${g}`;
    // at most a few high: a busy day's pile must not climb out of the chart
    const n = Math.min(stack.get(key) || 0, MAX_STACK);
    stack.set(key, n + 1);
    const t = Date.parse(ev.date);
    const outside = t < t0 || t > t1;
    const dot = svg("circle", {cx: x(t), cy: y(g) - n * 11, r: 5.5,
      className: `dot quad-${ev.quad_class || 0}${outside ? " outside" : ""}`, tabindex: 0, "data-event-id": ev.event_id},
      svg("title", {}, `${ev.date} ${actorLabel(ev.source)} ${ev.event || ev.cameo} ${actorLabel(ev.target)}: ${ev.text || ""}`));
    const open = () => { location.hash = eventHref(ev.event_id); };
    dot.addEventListener("click", open);
    dot.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    root.appendChild(dot);
  }
  return root;
}

/** The dates' range, ignoring the outer 2% on each side when they would stretch it threefold. */
function timeRange(times) {
  const sorted = times.slice().sort((a, b) => a - b);
  const full = [sorted[0], sorted[sorted.length - 1]];
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))];
  const inner = [at(0.02), at(0.98)];
  const span = (r) => Math.max(r[1] - r[0], 86400000);
  return span(full) > 3 * span(inner) ? inner : full;
}

/** Calendar-aligned ticks (days, month starts or year starts), at most about `count` of them. */
function timeTicks(t0, t1, count) {
  const DAY = 86400000;
  const days = (t1 - t0) / DAY;
  const ticks = [];
  if (days <= 60) {
    const step = Math.max(1, Math.ceil(days / count));
    for (let t = Math.ceil(t0 / DAY) * DAY; t <= t1; t += step * DAY) {
      ticks.push({t, label: new Date(t).toISOString().slice(0, 10)});
    }
    return ticks;
  }
  const first = new Date(t0);
  const byYear = days > 4 * 365;
  const months = byYear ? 12 * Math.max(1, Math.ceil(days / 365 / count)) : Math.max(1, Math.ceil(days / 30.4 / count));
  let y = first.getUTCFullYear(), m = byYear ? 0 : first.getUTCMonth();
  for (;;) {
    const t = Date.UTC(y, m, 1);
    if (t > t1) break;
    if (t >= t0) ticks.push({t, label: new Date(t).toISOString().slice(0, byYear ? 4 : 7)});
    m += months;
    y += Math.floor(m / 12);
    m %= 12;
  }
  return ticks;
}

/* ---------- network ---------- */

async function networkView(main, {filters}) {
  main.appendChild(el("h1", {}, "Actor network"));
  const graphBox = el("section", {className: "chart", id: "network-chart"});
  const edgeBox = el("section", {className: "list", id: "edge-events"});
  main.append(graphBox, edgeBox);
  const body = await api("/api/dyads", apiParams(filters, {limit: 200}));
  // the store keys an unresolved source "?" and a missing target "-": those are not actors
  const dyads = (body.dyads || []).filter((d) => !NO_ACTOR.has(d.source) && !NO_ACTOR.has(d.target));
  if (!dyads.length) {
    graphBox.appendChild(el("p", {className: "empty"}, "No dyads match these filters."));
    return;
  }
  graphBox.appendChild(el("p", {className: "summary"},
    `${dyads.length} dyad${dyads.length === 1 ? "" : "s"}. Edge width: number of events; colour: mean Goldstein. Click an edge to list its events.`));
  graphBox.appendChild(networkSvg(dyads, (dyad) => showEdgeEvents(edgeBox, dyad, filters)));
  graphBox.appendChild(goldsteinLegend());
  edgeBox.appendChild(el("p", {className: "empty"}, "Click an edge to list the events between its two actors."));
}

async function showEdgeEvents(box, dyad, filters) {
  clear(box);
  box.appendChild(el("h2", {}, `${dyad.source} → ${dyad.target}`));
  // the page's filters stay on, so the list holds exactly the events the edge counts
  const params = apiParams(filters, {source: dyad.source, target: dyad.target, limit: LIST_LIMIT, sort: "-date"});
  try {
    const page = await api("/api/events", params);
    box.appendChild(page.events.length ? eventsTable(page.events) : el("p", {className: "empty"}, "No events."));
  } catch (err) {
    showError(box, err);
  }
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
function forceLayout(nodes, edges, W, H) {
  const n = nodes.length;
  const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.8;
  nodes.forEach((node, i) => {
    const a = 2 * Math.PI * i / Math.max(n, 1);
    node.x = W / 2 + Math.cos(a) * W * 0.3;
    node.y = H / 2 + Math.sin(a) * H * 0.3;
  });
  let temp = W / 8;
  for (let iter = 0; iter < 300; iter++) {
    for (const v of nodes) { v.dx = 0; v.dy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const f = (k * k) / d;
        dx /= d; dy /= d;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
    }
    for (const e of edges) {
      const a = e.a, b = e.b;
      if (a === b) continue;
      let dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (d * d) / k;
      dx /= d; dy /= d;
      a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
    }
    for (const v of nodes) {
      // gravity keeps disconnected pieces on screen
      v.dx += (W / 2 - v.x) * 0.05; v.dy += (H / 2 - v.y) * 0.05;
      const d = Math.max(Math.hypot(v.dx, v.dy), 0.01);
      v.x = Math.min(W - 60, Math.max(60, v.x + v.dx / d * Math.min(d, temp)));
      // room above for the label and below for a self-loop
      v.y = Math.min(H - 70, Math.max(40, v.y + v.dy / d * Math.min(d, temp)));
    }
    temp = Math.max(temp * 0.97, 0.5);
  }
}

function networkSvg(dyads, onEdge) {
  const W = 960, H = 520;
  const byKey = new Map();
  const node = (key) => {
    if (!byKey.has(key)) byKey.set(key, {key, weight: 0});
    return byKey.get(key);
  };
  const edges = dyads.map((d) => {
    const e = {dyad: d, a: node(d.source), b: node(d.target), count: d.events || 0, goldstein: d.goldstein_mean};
    e.a.weight += e.count; e.b.weight += e.count;
    return e;
  });
  const nodes = [...byKey.values()];
  forceLayout(nodes, edges, W, H);
  const maxCount = Math.max(...edges.map((e) => e.count), 1);
  const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, className: "network", role: "img", "aria-label": "actor network"});
  // fixed-size arrowheads (userSpaceOnUse), placed where the edge meets the target's circle
  root.appendChild(svg("defs", {}, svg("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5,
    markerWidth: 14, markerHeight: 14, markerUnits: "userSpaceOnUse", orient: "auto"},
  svg("path", {d: "M0,0 L10,5 L0,10 z", className: "arrowhead"}))));
  const maxWeight = Math.max(...nodes.map((v) => v.weight), 1);
  for (const v of nodes) v.r = 6 + 10 * Math.sqrt(v.weight / maxWeight);
  for (const e of edges) {
    const path = edgePath(e.a, e.b);
    const width = 1.5 + 6 * Math.sqrt(e.count / maxCount);
    const g = svg("g", {className: "edge", tabindex: 0, "data-source": e.a.key, "data-target": e.b.key},
      svg("title", {}, `${e.a.key} → ${e.b.key}: ${e.count} event${e.count === 1 ? "" : "s"}, mean Goldstein ${fmt(e.goldstein)}`),
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
  for (const v of nodes) {
    const r = v.r;
    root.appendChild(svg("g", {className: "node", transform: `translate(${v.x.toFixed(1)},${v.y.toFixed(1)})`},
      svg("title", {}, `${v.key}: ${v.weight} event${v.weight === 1 ? "" : "s"}`),
      svg("circle", {r}),
      svg("text", {y: -r - 4, "text-anchor": "middle"}, v.key)));
  }
  return root;
}

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

function fmt(x) {
  return typeof x === "number" ? x.toFixed(1) : "—";
}

/* ---------- event page ---------- */

async function eventView(main, {id}) {
  const body = await api(`/api/events/${encodeURIComponent(id)}`);
  const ev = body.event;
  const mentions = body.mentions || [];
  main.appendChild(el("p", {}, el("a", {href: "#/", className: "back"}, "← timeline")));
  main.appendChild(el("h1", {className: "event-title"}, actorChip(ev.source, "source"), " ",
    el("span", {className: "verb"}, ev.event || ev.cameo), " ", actorChip(ev.target, "target")));
  const facts = [
    ["Date", [ev.date || "—", ev.date_precision ? ` (${ev.date_precision})` : ""]],
    ["CAMEO", [ev.cameo || "—", ev.cameo_name ? ` ${ev.cameo_name}` : ""]],
    ["PLOVER", [ev.event, ev.mode, ev.context].filter(Boolean).join(" / ") || "—"],
    ["QuadClass", [quadSwatch(ev.quad_class), QUAD_NAMES[ev.quad_class] || "—"]],
    ["Goldstein", fmt(ev.goldstein)],
    ["Location", ev.location ? [ev.location.text, ev.location.country ? ` (${ev.location.country})` : ""] : "—"],
    ["Reports", `${ev.num_mentions ?? mentions.length} mention(s), ${ev.num_articles ?? "?"} article(s), ${ev.num_sources ?? "?"} outlet(s)`],
    ["Flags", (ev.flags || []).length ? flagBadges(ev.flags) : "asserted"],
  ];
  main.appendChild(el("dl", {className: "facts"}, facts.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])));
  main.appendChild(el("h2", {}, mentions.length === 1 ? "The sentence" : `The ${mentions.length} mentions`));
  main.appendChild(el("p", {className: "legend"}, el("mark", {className: "hl-source"}, "source"),
    el("mark", {className: "hl-trigger"}, "trigger"), el("mark", {className: "hl-target"}, "target")));
  main.appendChild(el("div", {className: "mentions"}, mentions.map((m, i) => mentionCard(m, i === 0))));
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
  main.appendChild(el("p", {}, el("a", {href: "#/", className: "back"}, "← timeline")));
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
  body.appendChild(articleText(doc.text || "", Number.isInteger(hl[0]) && Number.isInteger(hl[1]) ? hl : null));
  main.appendChild(body);
  const mark = body.querySelector("mark");
  if (mark) mark.scrollIntoView({block: "center"});
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
    location.hash = hashFor(currentListView(), readForm());
  });
  document.getElementById("reset").addEventListener("click", () => {
    location.hash = hashFor(currentListView(), {});
  });
  window.addEventListener("hashchange", route);
  route();
}

document.addEventListener("DOMContentLoaded", start);
