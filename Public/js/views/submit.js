// #/submit: a form that stores an article (typed, pasted or read from a file) and shows what was found in it.
import { h, replace, status } from "../dom.js";
import { api } from "../api.js";
import { renderArticle } from "../article-view.js";

export function render(container) {
  const result = h("div", { id: "submit-result", class: "result", "aria-live": "polite" });
  const file = h("input", { id: "article-file", name: "file", type: "file", accept: ".txt,.md,.json,text/plain,application/json" });
  const form = h("form", { id: "article-form", class: "card form-grid" },
    h("h1", {}, "Submit an article"),
    h("p", { class: "hint" }, "NewsGraph finds the countries, people, organizations, places and weapons the text names, ",
      "and the relations between countries it reports."),
    field("Title", h("input", { id: "article-title", name: "title", type: "text", autocomplete: "off" })),
    h("div", { class: "row" },
      field("Source", h("input", { id: "article-source", name: "source", type: "text", autocomplete: "off" })),
      field("Published", h("input", { id: "article-date", name: "publishedAt", type: "date" })),
    ),
    field("URL", h("input", { id: "article-url", name: "url", type: "url", autocomplete: "off", placeholder: "https://…" })),
    field("Text", h("textarea", { id: "article-text", name: "text", rows: 10, required: true })),
    field("Or read a file (.txt, or .json with text, title, source, publishedAt, url)", file),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Submit article"),
      h("button", { type: "reset" }, "Clear")),
  );
  file.addEventListener("change", () => readFile(form, file.files[0], result));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit(form, result);
  });
  replace(container, form, result);
}

function field(label, control) {
  return h("label", { class: "field" }, h("span", {}, label), control);
}

/** Fills the form from a dropped or chosen file: JSON articles by member, anything else as the text. */
async function readFile(form, file, result) {
  if (!file) return;
  const content = await file.text();
  if (/\.json$/i.test(file.name) || file.type === "application/json") {
    try {
      const article = JSON.parse(content);
      for (const name of ["title", "source", "url", "text"]) {
        if (typeof article[name] === "string") form.elements[name].value = article[name];
      }
      if (typeof article.publishedAt === "string") form.elements.publishedAt.value = article.publishedAt.slice(0, 10);
    } catch (error) {
      replace(result, status(`${file.name} is not valid JSON: ${error.message}`, "error"));
    }
    return;
  }
  form.elements.text.value = content;
  if (!form.elements.title.value) form.elements.title.value = file.name.replace(/\.[^.]+$/, "");
}

async function submit(form, result) {
  const values = Object.fromEntries(["title", "source", "url", "text"].map((name) => [name, form.elements[name].value.trim()]));
  const body = { text: form.elements.text.value };
  for (const name of ["title", "source", "url"]) if (values[name]) body[name] = values[name];
  if (form.elements.publishedAt.value) body.publishedAt = `${form.elements.publishedAt.value}T00:00:00Z`;
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  replace(result, status("Sending…"));
  try {
    const { status: code, json } = await api.submitArticle(body);
    const note = code === 201 ? "Stored." : "This text was already stored; here is the stored article.";
    replace(result, status(note, "ok"), renderArticle(json));
    result.dataset.state = "done";
  } catch (error) {
    replace(result, status(`Not stored: ${error.message}`, "error"));
    result.dataset.state = "error";
  } finally {
    button.disabled = false;
  }
}
