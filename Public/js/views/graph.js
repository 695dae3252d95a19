// #/graph: the country graph of the corpus, drawn here in SVG, with filters and a panel for the selected
// edge (its evidence, articles and timeline) or node (that country's relations).
import { h, s, replace, status, activate, day } from "../dom.js";
import { api } from "../api.js";
import { link } from "../route.js";
import { forceLayout } from "../force-layout.js";
import { relationTypes, relationLabel, quadClasses, quadClassName } from "../vocabulary.js";
import { dateStart, dateEnd } from "./articles.js";

const filterNames = ["type", "quadClass", "from", "to", "country", "isolated"];

export async function render(container, route, isCurrent) {
  const filters = Object.fromEntries(filterNames.map((name) => [name, route.params.get(name) || ""]));
  const showIsolated = filters.isolated !== "no";
  const query = { type: filters.type, quadClass: filters.quadClass, from: dateStart(filters.from),
    to: dateEnd(filters.to), country: filters.country };
  const form = filterForm(filters);
  const stage = h("div", { id: "graph", class: "graph-stage", "data-state": "loading" }, status("Loading the graph…"));
  const panel = h("aside", { id: "graph-panel", class: "card panel", "aria-live": "polite", "aria-label": "Selection" },
    h("p", { class: "hint" }, "Select a country or an edge (click, or Tab to it and press Enter) to see its relations ",
      "and their evidence."));
  replace(container, h("h1", {}, "Country graph"), form, legend(), h("div", { class: "graph-layout" }, stage, panel));

  const [graph, countries] = await Promise.all([
    api.graph({ ...query, limit: 2500 }),
    showIsolated ? api.entities({ type: "country", sort: "articles", limit: 100 }) : { items: [] },
  ]);
  if (!isCurrent()) return;
  fillCountryList(form, countries.items, graph.nodes);
  const nodes = graphNodes(graph, countries.items, filters.country);
  if (nodes.length === 0) {
    replace(stage, h("p", { class: "empty" }, "No countries match. ", h("a", { href: "#/submit" }, "Submit an article"),
      " that names some, or change the filters."));
    stage.dataset.state = "ready";
    return;
  }
  const view = { graph, nodes, names: new Map(nodes.map((node) => [node.id, node.name])), panel, query, stage };
  const svg = drawGraph(view, Math.max(stage.clientWidth, 300));
  replace(stage,
    graph.edges.length === 0 && status("No relations between countries match these filters yet; the countries named in the corpus are shown."),
    svg, edgeTable(view));
  stage.dataset.state = "ready";
  stage.dataset.edges = String(graph.edges.length);
}

/** The graph's nodes, plus (unless filtered to one country's relations) the corpus's other countries, loose. */
function graphNodes(graph, countries, countryFilter) {
  const nodes = graph.nodes.map((node) => ({ ...node, linked: true }));
  const known = new Set(nodes.map((node) => node.id));
  for (const country of countries) {
    if (known.has(country.iso3) || countryFilter) continue;
    nodes.push({ id: country.iso3, name: country.name, iso2: country.iso2, articleCount: country.articleCount,
      mentionCount: country.mentionCount, linked: false });
    known.add(country.iso3);
  }
  return nodes.sort((a, b) => b.articleCount - a.articleCount || a.id.localeCompare(b.id));
}

function filterForm(filters) {
  const input = (name, label, attributes) => h("label", { class: "field" }, h("span", {}, label),
    h("input", { name, value: filters[name], autocomplete: "off", ...attributes }));
  const form = h("form", { class: "card filters", "aria-label": "Graph filters" },
    h("label", { class: "field" }, h("span", {}, "Relation type"),
      h("select", { name: "type" }, h("option", { value: "" }, "all types"),
        Object.entries(quadClasses).map(([quadClass, label]) => h("optgroup", { label },
          relationTypes.filter((type) => typeQuadClass(type) === Number(quadClass)).map((type) =>
            h("option", { value: type, selected: type === filters.type }, relationLabel(type))))))),
    h("label", { class: "field" }, h("span", {}, "QuadClass"),
      h("select", { name: "quadClass" }, h("option", { value: "" }, "all"),
        Object.entries(quadClasses).map(([quadClass, label]) =>
          h("option", { value: quadClass, selected: quadClass === filters.quadClass }, `${quadClass} ${label}`)))),
    input("from", "From", { type: "date" }),
    input("to", "To", { type: "date" }),
    input("country", "Country", { placeholder: "RUS", list: "country-list", size: 8 }),
    h("datalist", { id: "country-list" }),
    h("label", { class: "check" }, h("input", { type: "checkbox", name: "isolated", checked: filters.isolated !== "no" }),
      "Countries without relations"),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Apply"),
      h("a", { class: "button", href: "#/graph" }, "Reset")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(["type", "quadClass", "from", "to", "country"].map((name) =>
      [name, form.elements[name].value.trim()]));
    values.isolated = form.elements.isolated.checked ? "" : "no";
    location.hash = link("graph", [], values);
  });
  return form;
}

/** The QuadClass of each relation type, from the design's table: types are listed in QuadClass order. */
function typeQuadClass(type) {
  const index = relationTypes.indexOf(type);
  return index < 6 ? 1 : index < 11 ? 2 : index < 15 ? 3 : 4;
}

function fillCountryList(form, countries, graphNodes) {
  const options = new Map(graphNodes.map((node) => [node.id, node.name]));
  for (const country of countries) options.set(country.iso3, country.name);
  replace(form.querySelector("#country-list"),
    [...options].map(([code, name]) => h("option", { value: code }, name)));
}

function legend() {
  return h("p", { class: "legend graph-legend" },
    Object.entries(quadClasses).map(([quadClass, label]) =>
      h("span", { class: `swatch ${quadClassName(quadClass)}` }, label)),
    h("span", { class: "note" }, "Circle size: articles naming the country. Line width: events. Arrow: who acts on whom."));
}

// ---- drawing

/** Edge labels: all of them for a small graph, else only the most reported (the API lists those first). */
const labelledEdges = 60;

function drawGraph(view, width) {
  const crowded = view.nodes.length > 60;
  const dense = view.graph.edges.length > 300;
  const height = width < 600 ? Math.round(width * 1.15)
    : Math.round(Math.min(crowded ? 900 : 620, width * (crowded ? 0.8 : 0.62)));
  const maxArticles = Math.max(...view.nodes.map((node) => node.articleCount), 1);
  // Many countries: smaller circles, so that names have room between them.
  for (const node of view.nodes) {
    const share = Math.sqrt(node.articleCount / maxArticles);
    node.radius = crowded ? 4 + 10 * share : 8 + 20 * share;
  }
  const positions = forceLayout(view.nodes, view.graph.edges, width, height, { margin: 28, iterations: crowded ? 200 : 300 });
  for (const node of view.nodes) Object.assign(node, positions.get(node.id));

  const defs = s("defs");
  const edgeLayer = s("g", { class: "edges" });
  const labelLayer = s("g", { class: "edge-labels", "aria-hidden": "true" });
  const nodeLayer = s("g", { class: "nodes" });
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: `graph${dense ? " dense" : ""}${crowded ? " crowded" : ""}`,
    role: "group", "aria-label": `Country graph: ${view.nodes.length} countries, ${view.graph.edges.length} relation edges` },
    defs, edgeLayer, labelLayer, nodeLayer);
  view.svg = svg;
  view.width = width;
  view.height = height;

  const byId = new Map(view.nodes.map((node) => [node.id, node]));
  const markers = new Map();
  const marker = (quadClass, size) => {
    // Arrowheads are shared by QuadClass and size (a few dozen at most, not one per edge).
    const key = `${quadClassName(quadClass)}-${size}`;
    if (!markers.has(key)) {
      defs.append(s("marker", { id: `arrow-${key}`, class: quadClassName(quadClass), viewBox: "0 0 10 10", refX: 1, refY: 5,
        markerWidth: size, markerHeight: size, markerUnits: "userSpaceOnUse", orient: "auto" },
      s("path", { d: "M0,0 L10,5 L0,10 z" })));
      markers.set(key, `url(#arrow-${key})`);
    }
    return markers.get(key);
  };
  for (const node of view.nodes) node.edges = [];
  edgeOffsets(view.graph.edges).forEach(([edge, offset], index) => {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) return;
    // The line stops where its arrowhead starts; the head grows with the line, so the direction stays visible.
    const width = Math.min((dense ? 1 : 2) + 1.6 * Math.sqrt(edge.count - 1), 14);
    edge.arrow = Math.round(8 + 1.4 * width);
    edge.offset = offset;
    edge.from = from;
    edge.to = to;
    const label = edgeLabel(view, edge);
    const path = s("path", {
      class: `edge ${quadClassName(edge.quadClass)}`, "stroke-width": width.toFixed(1),
      "marker-end": marker(edge.quadClass, edge.arrow), tabindex: 0, role: "button",
      "data-source": edge.source, "data-target": edge.target, "data-type": edge.type, "aria-label": label,
    }, s("title", {}, label));
    edge.element = path;
    if (index < labelledEdges) {
      edge.label = s("text", { class: `edge-label ${quadClassName(edge.quadClass)}`, "text-anchor": "middle", dy: "-0.3em",
        "data-source": edge.source, "data-target": edge.target, "data-type": edge.type },
      relationLabel(edge.type) + (edge.count > 1 ? ` ×${edge.count}` : ""));
      labelLayer.append(edge.label);
    }
    placeEdge(edge);
    activate(path, () => selectEdge(view, edge));
    from.edges.push(edge);
    if (to !== from) to.edges.push(edge);
    edgeLayer.append(path);
  });
  for (const node of view.nodes) {
    const relations = node.edges.length;
    const label = `${node.name}: ${node.articleCount} article${node.articleCount === 1 ? "" : "s"}, ${relations} relation edge${relations === 1 ? "" : "s"}`;
    const group = s("g", { class: node.linked ? "node" : "node loose", tabindex: 0, role: "button", "data-id": node.id,
      "aria-label": label },
      s("title", {}, label),
      s("circle", { r: node.radius.toFixed(1) }),
      s("text", { class: "node-code", "text-anchor": "middle", dy: "0.35em" }, node.radius >= 14 ? node.id : ""),
      s("text", { class: "node-name", "text-anchor": "middle", y: (node.radius + 12).toFixed(1) }, node.name));
    node.element = group;
    placeNode(node);
    activate(group, (event) => {
      if (event.type === "click" && group.dataset.dragged) return;  // the end of a drag
      selectNode(view, node);
    });
    draggable(view, node);
    nodeLayer.append(group);
  }
  return svg;
}

function placeNode(node) {
  node.element.setAttribute("transform", `translate(${node.x.toFixed(1)} ${node.y.toFixed(1)})`);
}

function placeEdge(edge) {
  const curve = edgeCurve(edge.from, edge.to, edge.offset, edge.from.radius, edge.to.radius + edge.arrow * 0.9);
  edge.element.setAttribute("d", curve.d);
  if (edge.label) {
    edge.label.setAttribute("x", curve.middle.x.toFixed(1));
    edge.label.setAttribute("y", curve.middle.y.toFixed(1));
  }
}

/**
 * Lets a node be dragged with a mouse, pen or finger: it follows the pointer inside the drawing, and only its own
 * edges are redrawn (once per frame), so a drag stays smooth with thousands of edges. A drag is not a click.
 */
function draggable(view, node) {
  const group = node.element;
  let start = null;
  let frame = 0;
  group.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    start = { x: event.clientX, y: event.clientY, moved: false };
    delete group.dataset.dragged;
    group.setPointerCapture(event.pointerId);
  });
  group.addEventListener("pointermove", (event) => {
    if (!start) return;
    if (!start.moved && Math.hypot(event.clientX - start.x, event.clientY - start.y) < 4) return;
    start.moved = true;
    group.classList.add("dragging");
    const point = toDrawing(view.svg, event.clientX, event.clientY);
    const inset = node.radius + 2;
    node.x = Math.min(Math.max(point.x, inset), view.width - inset);
    node.y = Math.min(Math.max(point.y, inset), view.height - inset);
    if (!frame) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        placeNode(node);
        for (const edge of node.edges) placeEdge(edge);
      });
    }
  });
  const end = (event) => {
    if (!start) return;
    if (start.moved) group.dataset.dragged = "yes";
    start = null;
    group.classList.remove("dragging");
    if (group.hasPointerCapture(event.pointerId)) group.releasePointerCapture(event.pointerId);
  };
  group.addEventListener("pointerup", end);
  group.addEventListener("pointercancel", end);
}

/** Client (window) coordinates in the drawing's own units. */
function toDrawing(svg, x, y) {
  const matrix = svg.getScreenCTM();
  if (!matrix) return { x, y };
  const inverse = matrix.inverse();
  return { x: inverse.a * x + inverse.c * y + inverse.e, y: inverse.b * x + inverse.d * y + inverse.f };
}

/** Spreads the edges between the same two countries (either direction, any type) into separate curves. */
function edgeOffsets(edges) {
  const groups = new Map();
  for (const edge of edges) {
    const key = [edge.source, edge.target].sort().join(" ");
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(edge);
  }
  const result = [];
  for (const group of groups.values()) {
    group.forEach((edge, index) => {
      // Offsets are measured against the pair's sorted direction, so reversed edges bend the same way.
      const sign = edge.source < edge.target ? 1 : -1;
      const offset = group.length === 1 ? 0 : (index - (group.length - 1) / 2) * 26;
      result.push([edge, offset * sign]);
    });
  }
  return result;
}

/** A quadratic curve from the source's rim to the target's rim, bent sideways by `offset`, and its middle point. */
function edgeCurve(from, to, offset, fromRadius, toRadius) {
  if (from === to) {
    const r = fromRadius;
    return { d: `M${from.x - r * 0.5},${from.y - r} c${-r * 1.5},${-r * 2.5} ${r * 2.5},${-r * 2.5} ${r},${r * 0.2}`,
      middle: { x: from.x, y: from.y - r * 2.4 } };
  }
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.max(Math.hypot(dx, dy), 1);
  const control = { x: (from.x + to.x) / 2 - (dy / length) * offset * 2, y: (from.y + to.y) / 2 + (dx / length) * offset * 2 };
  const start = towards(from, control, fromRadius + 1);
  const end = towards(to, control, toRadius + 2);
  const f = (value) => value.toFixed(1);
  // The point at t = 1/2 of the quadratic Bézier curve.
  const middle = { x: (start.x + 2 * control.x + end.x) / 4, y: (start.y + 2 * control.y + end.y) / 4 };
  return { d: `M${f(start.x)},${f(start.y)} Q${f(control.x)},${f(control.y)} ${f(end.x)},${f(end.y)}`, middle };
}

function towards(point, target, distance) {
  const dx = target.x - point.x;
  const dy = target.y - point.y;
  const length = Math.max(Math.hypot(dx, dy), 0.01);
  return { x: point.x + (dx / length) * distance, y: point.y + (dy / length) * distance };
}

function edgeLabel(view, edge) {
  return `${view.names.get(edge.source) || edge.source} → ${view.names.get(edge.target) || edge.target}: ` +
    `${relationLabel(edge.type)}, ${edge.count} event${edge.count === 1 ? "" : "s"}`;
}

function edgeTable(view) {
  if (view.graph.edges.length === 0) return null;
  return h("details", { class: "edge-table" },
    h("summary", {}, `The ${view.graph.edges.length} edges as a table`),
    h("table", {},
      h("thead", {}, h("tr", {}, ["From", "To", "Type", "Events", "Articles", "Last seen"].map((title) =>
        h("th", { scope: "col" }, title)))),
      h("tbody", {}, view.graph.edges.map((edge) => h("tr", { class: quadClassName(edge.quadClass) },
        h("td", {}, view.names.get(edge.source) || edge.source),
        h("td", {}, view.names.get(edge.target) || edge.target),
        h("td", {}, h("button", { type: "button", class: "link", onclick: () => selectEdge(view, edge) },
          relationLabel(edge.type))),
        h("td", { class: "num" }, edge.count), h("td", { class: "num" }, edge.articleCount), h("td", {}, day(edge.lastSeen)),
      )))));
}

// ---- selection

function markSelected(view, element) {
  for (const selected of view.svg.querySelectorAll(".selected")) selected.classList.remove("selected");
  element?.classList.add("selected");
}

async function selectEdge(view, edge) {
  markSelected(view, edge.element);
  const source = view.names.get(edge.source) || edge.source;
  const target = view.names.get(edge.target) || edge.target;
  const timeline = h("div", { class: "timeline" }, status("Loading the timeline…"));
  replace(view.panel,
    h("h2", {}, `${source} → ${target}`),
    h("p", {}, h("span", { class: `badge ${quadClassName(edge.quadClass)}` }, relationLabel(edge.type)), " ",
      quadClasses[edge.quadClass]),
    h("dl", { class: "facts" },
      [["CAMEO", edge.cameo], ["Goldstein", edge.goldstein], ["Events", edge.count], ["Articles", edge.articleCount],
        ["Seen", `${day(edge.firstSeen)} – ${day(edge.lastSeen)}`]].map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])),
    h("h3", {}, "Evidence"),
    edge.evidence.length ? h("ul", { class: "evidence" }, edge.evidence.map(evidenceItem)) : h("p", { class: "empty" }, "None kept."),
    h("p", {}, h("a", { href: link("articles", [], { country: edge.source }) }, `Articles naming ${source}`)),
    h("h3", {}, "Both directions, by month"),
    timeline,
  );
  try {
    const pair = await api.countryPair(edge.source, edge.target, { from: view.query.from, to: view.query.to });
    replace(timeline, timelineTable(view, pair));
  } catch (error) {
    replace(timeline, status(`No timeline: ${error.message}`, "error"));
  }
}

function evidenceItem(evidence) {
  const at = evidence.trigger ? evidence.sentence.indexOf(evidence.trigger) : -1;
  const sentence = at < 0 ? evidence.sentence : [evidence.sentence.slice(0, at),
    h("em", { class: "trigger" }, evidence.trigger), evidence.sentence.slice(at + evidence.trigger.length)];
  return h("li", {}, h("blockquote", {}, sentence),
    h("p", { class: "meta" }, `${day(evidence.date)} · ${evidence.mode} · confidence ${evidence.confidence.toFixed(2)} · `,
      h("a", { href: link("articles", [evidence.articleId]) }, "the article")));
}

function timelineTable(view, pair) {
  if (pair.timeline.length === 0) return h("p", { class: "empty" }, "No events.");
  return h("table", { class: "timeline-table" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Month"), h("th", { scope: "col" }, "Events"))),
    h("tbody", {}, pair.timeline.map((month) => h("tr", {},
      h("td", {}, month.month),
      h("td", {}, month.counts.map((count, index) => [index > 0 && "; ",
        `${count.source} → ${count.target} ${relationLabel(count.type)} ×${count.count}`]))))));
}

function selectNode(view, node) {
  markSelected(view, node.element);
  const outgoing = view.graph.edges.filter((edge) => edge.source === node.id);
  const incoming = view.graph.edges.filter((edge) => edge.target === node.id && edge.source !== node.id);
  const list = (edges, title) => [h("h3", {}, `${title} (${edges.length})`),
    edges.length ? h("ul", { class: "node-edges" }, edges.map((edge) => h("li", {},
      h("button", { type: "button", class: `link ${quadClassName(edge.quadClass)}`, onclick: () => selectEdge(view, edge) },
        edgeLabel(view, edge)))))
      : h("p", { class: "empty" }, "None.")];
  replace(view.panel,
    h("h2", {}, node.name),
    h("p", { class: "meta" }, `${node.id} · ${node.articleCount} articles · ${node.mentionCount} mentions`),
    list(outgoing, "Acts on"), list(incoming, "Acted on by"),
    h("p", { class: "links" },
      h("a", { href: link("graph", [], { country: node.id }) }, `Only ${node.name}'s relations`), " · ",
      h("a", { href: link("entities", [`country:${node.id}`]) }, "Entity page"), " · ",
      h("a", { href: link("articles", [], { country: node.id }) }, "Articles")),
  );
}
