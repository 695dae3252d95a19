// Renders one stored article: its text with every entity mention marked, its entities and its relations.
// Offsets must be UTF-16 (the API's ?offsets=utf16), so they slice JS strings directly.
import { h, day } from "./dom.js";
import { relationLabel, quadClassName, quadClasses } from "./vocabulary.js";

export function renderArticle(article) {
  const meta = [article.source, day(article.publishedAt)].filter(Boolean).join(" · ");
  return h("article", { class: "article", "data-article-id": article.id },
    h("header", { class: "article-head" },
      h("h2", {}, h("a", { href: `#/articles/${encodeURIComponent(article.id)}` }, article.title || "Untitled article")),
      meta && h("p", { class: "meta" }, meta),
      article.url && h("p", { class: "meta" }, h("a", { href: article.url, rel: "noopener noreferrer" }, article.url)),
    ),
    h("div", { class: "article-body" },
      h("section", { class: "article-text", "aria-label": "Text with entity mentions" },
        legend(), highlightedText(article.text, article.entities)),
      h("section", { class: "article-side" },
        h("h3", {}, `Entities (${article.entities.length})`), entityTable(article.entities),
        h("h3", {}, `Relations (${article.relations.length})`), relationList(article),
      ),
    ),
  );
}

function legend() {
  const types = ["country", "person", "organization", "location", "equipment", "misc"];
  return h("p", { class: "legend", "aria-hidden": "true" },
    types.map((type) => h("span", { class: `ent ent-${type}` }, type)));
}

/** What a mention's tooltip and accessible name say about its entity. */
function describe(entity) {
  const country = entity.iso3 || entity.country;
  return [entity.name, entity.type, country].filter(Boolean).join(" · ");
}

/** The text as text nodes and <mark> elements, one per mention; overlapping mentions keep the first. */
export function highlightedText(text, entities) {
  const mentions = entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ ...mention, entity })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces = [];
  let position = 0;
  for (const mention of mentions) {
    if (mention.start < position || mention.end > text.length) continue;
    if (mention.start > position) pieces.push(text.slice(position, mention.start));
    const description = describe(mention.entity);
    const kind = mention.kind ? ` (${mention.kind})` : "";
    pieces.push(h("mark", {
      class: `ent ent-${mention.entity.type}`,
      tabindex: 0,
      "data-entity": mention.entity.id,
      "data-type": mention.entity.type,
      "data-tip": description + kind,
      "aria-label": `${text.slice(mention.start, mention.end)}: ${description}${kind}`,
    }, text.slice(mention.start, mention.end)));
    position = mention.end;
  }
  pieces.push(text.slice(position));
  return h("div", { class: "text" }, pieces);
}

function entityTable(entities) {
  if (entities.length === 0) return h("p", { class: "empty" }, "No entities found.");
  return h("table", { class: "entities" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Entity"), h("th", { scope: "col" }, "Type"),
      h("th", { scope: "col" }, "Mentions"), h("th", { scope: "col" }, "Salience"))),
    h("tbody", {}, entities.map((entity) => h("tr", {},
      h("td", {}, h("a", { href: `#/entities/${encodeURIComponent(entity.id)}` }, entity.name),
        (entity.iso3 || entity.country) && h("span", { class: "code" }, ` ${entity.iso3 || entity.country}`)),
      h("td", {}, h("span", { class: `ent ent-${entity.type}` }, entity.type)),
      h("td", { class: "num" }, entity.count),
      h("td", { class: "num" }, salienceBar(entity.salience)),
    ))),
  );
}

function salienceBar(salience) {
  const meter = h("meter", { min: 0, max: 1, value: salience, "aria-label": "salience" });
  return [meter, ` ${salience.toFixed(2)}`];
}

function relationList(article) {
  if (article.relations.length === 0) return h("p", { class: "empty" }, "No relations between countries found.");
  const names = new Map(article.entities.filter((e) => e.iso3).map((e) => [e.iso3, e.name]));
  return h("ul", { class: "relations" }, article.relations.map((relation) =>
    h("li", { class: `relation ${quadClassName(relation.quadClass)}`, "data-source": relation.source,
      "data-target": relation.target, "data-type": relation.type },
      h("p", { class: "relation-head" },
        h("strong", {}, names.get(relation.source) || relation.source), " → ",
        h("strong", {}, names.get(relation.target) || relation.target), " ",
        h("span", { class: "badge" }, relationLabel(relation.type))),
      h("p", { class: "meta" }, [
        `${quadClasses[relation.quadClass] || "QuadClass " + relation.quadClass}`, `CAMEO ${relation.cameo}`,
        `Goldstein ${relation.goldstein}`, relation.mode, `confidence ${relation.confidence.toFixed(2)}`,
      ].join(" · ")),
      evidence(relation),
      relation.items?.length > 0 && h("p", { class: "meta" }, "Items: ",
        relation.items.map((id, index) => [index > 0 && ", ",
          h("a", { href: `#/entities/${encodeURIComponent(id)}` }, id.replace(/^[a-z]+:/, ""))])),
    )));
}

/** The evidence sentence with its trigger emphasised (both offsets are in the article's text). */
function evidence(relation) {
  const { sentence, trigger } = relation;
  const start = trigger.start - sentence.start;
  const end = trigger.end - sentence.start;
  if (start < 0 || end > sentence.text.length) return h("blockquote", {}, sentence.text);
  return h("blockquote", {}, sentence.text.slice(0, start), h("em", { class: "trigger" }, sentence.text.slice(start, end)),
    sentence.text.slice(end));
}
