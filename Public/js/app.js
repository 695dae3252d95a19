// The page's router: "#/view/rest?query" picks a view module and hands it the route.
import { h, replace, status } from "./dom.js";
import { currentRoute } from "./route.js";
import { api } from "./api.js";
import * as submitView from "./views/submit.js";
import * as articlesView from "./views/articles.js";
import * as graphView from "./views/graph.js";
import * as entitiesView from "./views/entities.js";

const views = { submit: submitView, articles: articlesView, graph: graphView, entities: entitiesView };
const main = document.getElementById("view");
let generation = 0;

async function show() {
  const route = currentRoute();
  const current = ++generation;
  // The front page ("/" with no route) is the country graph once articles are stored, the form before.
  if (!route.name) route.name = await frontView();
  if (current !== generation) return;
  if (!views[route.name]) route.name = "submit";
  for (const anchor of document.querySelectorAll("nav a")) {
    if (anchor.dataset.view === route.name) anchor.setAttribute("aria-current", "page");
    else anchor.removeAttribute("aria-current");
  }
  const container = h("div", { class: `view view-${route.name}` });
  replace(main, container);
  main.setAttribute("aria-busy", "true");
  try {
    // A view checks isCurrent() after each await, so a slow answer never paints over a newer view.
    await views[route.name].render(container, route, () => current === generation);
  } catch (error) {
    if (current === generation) container.append(status(`Could not load this view: ${error.message}`, "error"));
  } finally {
    if (current === generation) main.removeAttribute("aria-busy");
  }
}

async function frontView() {
  try {
    const page = await api.articles({ limit: 1 });
    return page.items.length > 0 ? "graph" : "submit";
  } catch {
    return "submit";
  }
}

// The skip link focuses the content without touching the hash, which holds the route.
document.querySelector(".skip").addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener("hashchange", show);
show();
