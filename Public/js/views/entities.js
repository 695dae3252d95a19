// #/entities: browse the corpus's entities by type and name prefix; #/entities/{id}: one entity.
import { h, replace, status, day } from "../dom.js";
import { api } from "../api.js";
import { link } from "../route.js";
import { entityTypes } from "../vocabulary.js";
import { summaryItem } from "./articles.js";

export async function render(container, route, isCurrent) {
  if (route.rest.length > 0) return renderOne(container, route.rest[0], isCurrent);
  const params = { type: route.params.get("type") || "", q: route.params.get("q") || "",
    sort: route.params.get("sort") || "mentions" };
  const cursor = route.params.get("cursor") || "";
  const results = h("div", { id: "entity-results", "aria-live": "polite" }, status("Loading…"));
  replace(container, h("h1", {}, "Entities"), filterForm(params), results);

  const page = await api.entities({ ...params, cursor, limit: 50 });
  if (!isCurrent()) return;
  const pager = h("nav", { class: "pager", "aria-label": "Pages" },
    cursor && h("a", { href: link("entities", [], params) }, "← First page"),
    page.nextCursor && h("a", { href: link("entities", [], { ...params, cursor: page.nextCursor }), rel: "next" }, "Next page →"));
  if (page.items.length === 0) {
    replace(results, h("p", { class: "empty" }, "No entities match."), pager);
    return;
  }
  replace(results, h("table", { class: "entities wide" },
    h("thead", {}, h("tr", {}, ["Entity", "Type", "Mentions", "Articles", "First seen", "Last seen"].map((title) =>
      h("th", { scope: "col" }, title)))),
    h("tbody", {}, page.items.map((entity) => h("tr", {},
      h("td", {}, h("a", { href: link("entities", [entity.id]) }, entity.name), code(entity)),
      h("td", {}, h("span", { class: `ent ent-${entity.type}` }, entity.type)),
      h("td", { class: "num" }, entity.mentionCount),
      h("td", { class: "num" }, entity.articleCount),
      h("td", {}, day(entity.firstSeen)),
      h("td", {}, day(entity.lastSeen)),
    ))),
  ), pager);
}

function code(entity) {
  const value = entity.iso3 || entity.country;
  return value ? h("span", { class: "code" }, ` ${value}`) : null;
}

function filterForm(params) {
  const form = h("form", { class: "card filters", role: "search" },
    h("label", { class: "field" }, h("span", {}, "Type"),
      h("select", { name: "type" }, h("option", { value: "" }, "all types"),
        entityTypes.map((type) => h("option", { value: type, selected: type === params.type }, type)))),
    h("label", { class: "field" }, h("span", {}, "Name starts with"),
      h("input", { name: "q", type: "search", value: params.q, autocomplete: "off" })),
    h("label", { class: "field" }, h("span", {}, "Sort by"),
      h("select", { name: "sort" }, ["mentions", "articles", "name"].map((sort) =>
        h("option", { value: sort, selected: sort === params.sort }, sort)))),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Show")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = link("entities", [], {
      type: form.elements.type.value, q: form.elements.q.value.trim(), sort: form.elements.sort.value });
  });
  return form;
}

async function renderOne(container, id, isCurrent) {
  replace(container, status("Loading…"));
  const entity = await api.entity(id);
  if (!isCurrent()) return;
  const facts = [
    ["Type", h("span", { class: `ent ent-${entity.type}` }, entity.type)],
    ["Id", h("code", {}, entity.id)],
    entity.iso3 && ["ISO 3166-1", `${entity.iso3} / ${entity.iso2}`],
    entity.country && ["Country", h("a", { href: link("entities", [`country:${entity.country}`]) }, entity.country)],
    entity.wikidata && ["Wikidata", h("a", { href: `https://www.wikidata.org/wiki/${entity.wikidata}`,
      rel: "noopener noreferrer" }, entity.wikidata)],
    ["Mentions", entity.mentionCount], ["Articles", entity.articleCount],
    ["Seen", `${day(entity.firstSeen)} – ${day(entity.lastSeen)}`],
  ].filter(Boolean);
  replace(container,
    h("p", {}, h("a", { href: "#/entities" }, "← All entities")),
    h("h1", {}, entity.name),
    h("dl", { class: "card facts" }, facts.map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])),
    entity.type === "country" && h("p", { class: "links" },
      h("a", { href: link("graph", [], { country: entity.iso3 }) }, `${entity.name} in the graph`), " · ",
      h("a", { href: link("articles", [], { country: entity.iso3 }) }, `Articles naming ${entity.name}`)),
    h("div", { class: "columns" },
      h("section", {}, h("h2", {}, "Articles"),
        entity.articles.length ? h("ol", { class: "article-list" }, entity.articles.map(summaryItem))
          : h("p", { class: "empty" }, "None.")),
      h("section", {}, h("h2", {}, "Named with"),
        entity.cooccurring.length ? h("ul", { class: "cooccurring" }, entity.cooccurring.map((other) => h("li", {},
          h("a", { href: link("entities", [other.id]) }, other.name), " ",
          h("span", { class: `ent ent-${other.type}` }, other.type), " ",
          h("span", { class: "meta" }, `${other.sharedArticles} shared articles`))))
          : h("p", { class: "empty" }, "Nothing yet.")),
    ),
  );
}
