// #/articles: search and page through the stored articles; #/articles/{id}: one article in full.
import { h, replace, status, day } from "../dom.js";
import { api } from "../api.js";
import { link } from "../route.js";
import { renderArticle } from "../article-view.js";

const filters = ["q", "entity", "country", "from", "to"];

export async function render(container, route, isCurrent) {
  if (route.rest.length > 0) return renderOne(container, route.rest[0], isCurrent);
  const params = Object.fromEntries(filters.map((name) => [name, route.params.get(name) || ""]));
  const cursor = route.params.get("cursor") || "";
  const form = searchForm(params);
  const results = h("div", { id: "article-results", "aria-live": "polite" }, status("Loading…"));
  replace(container, h("h1", {}, "Articles"), form, results);

  const page = await api.articles({ ...params, from: dateStart(params.from), to: dateEnd(params.to), cursor, limit: 20 });
  if (!isCurrent()) return;
  const pager = h("nav", { class: "pager", "aria-label": "Pages" },
    cursor && h("a", { href: link("articles", [], params) }, "← First page"),
    page.nextCursor && h("a", { href: link("articles", [], { ...params, cursor: page.nextCursor }), rel: "next" }, "Next page →"));
  if (page.items.length === 0) {
    replace(results, h("p", { class: "empty" }, cursor ? "No more articles." : "No articles match."), pager);
    return;
  }
  replace(results, h("ol", { class: "article-list" }, page.items.map(summaryItem)), pager);
}

function searchForm(params) {
  const input = (name, label, attributes = {}) => h("label", { class: "field" }, h("span", {}, label),
    h("input", { name, value: params[name], autocomplete: "off", ...attributes }));
  const form = h("form", { class: "card filters", role: "search" },
    input("q", "Words", { type: "search", placeholder: "full text" }),
    input("entity", "Entity id", { placeholder: "person:vladimir-putin" }),
    input("country", "Country", { placeholder: "RUS or RU", size: 6 }),
    input("from", "From", { type: "date" }),
    input("to", "To", { type: "date" }),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Search")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(filters.map((name) => [name, form.elements[name].value.trim()]));
    location.hash = link("articles", [], values);
  });
  return form;
}

/** Date inputs give days; the API wants RFC 3339 instants, and "to" includes its whole day. */
export function dateStart(value) {
  return value ? `${value}T00:00:00Z` : "";
}

export function dateEnd(value) {
  return value ? `${value}T23:59:59Z` : "";
}

export function summaryItem(article) {
  return h("li", { class: "card summary" },
    h("h2", {}, h("a", { href: link("articles", [article.id]) }, article.title || "Untitled article")),
    h("p", { class: "meta" }, [article.source, day(article.publishedAt || article.ingestedAt),
      `${article.entityCount} entities`, `${article.relationCount} relations`].filter(Boolean).join(" · ")),
    h("p", { class: "excerpt" }, article.excerpt),
    article.countries.length > 0 && h("p", { class: "chips" }, article.countries.map((code) =>
      h("a", { class: "chip", href: link("articles", [], { country: code }), "aria-label": `Articles naming ${code}` }, code))),
  );
}

async function renderOne(container, id, isCurrent) {
  replace(container, status("Loading…"));
  const article = await api.article(id);
  if (!isCurrent()) return;
  replace(container, h("p", {}, h("a", { href: "#/articles" }, "← All articles")), renderArticle(article));
}
