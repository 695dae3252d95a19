// Small helpers to build DOM trees without innerHTML, so text from the API is never parsed as markup.

/** Creates an element: h("a", {href: "#/x", class: "link"}, "text", child, [more]). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

const svgNamespace = "http://www.w3.org/2000/svg";

/** Creates an SVG element with the same calling convention as h. */
export function s(tag, attributes = {}, ...children) {
  const element = document.createElementNS(svgNamespace, tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2), value);
    } else if (value === true) {
      element.setAttribute(name, "");
    } else {
      element.setAttribute(name, String(value));
    }
  }
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces every child of the element. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/** Makes a non-button element (an SVG shape, a list row) act on click, Enter and Space. */
export function activate(element, action) {
  element.addEventListener("click", action);
  element.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      action(event);
    }
  });
}

/** "2024-03-05T10:00:00Z" -> "2024-03-05"; empty for null. */
export function day(timestamp) {
  return timestamp ? timestamp.slice(0, 10) : "";
}

/** A status line that screen readers announce. */
export function status(text, kind = "info") {
  return h("p", { class: `status status-${kind}`, role: kind === "error" ? "alert" : "status" }, text);
}
