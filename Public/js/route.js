// Hash routes: "#/view/rest?query".

/** Reads "#/articles/abc?q=x" as {name: "articles", rest: ["abc"], params}. */
export function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = hash.split("?");
  const [name = "", ...rest] = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { name, rest, params: new URLSearchParams(query) };
}

/** Builds the hash of a view with its non-empty parameters. */
export function link(name, rest = [], params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== "" && value != null));
  const path = [name, ...rest.map(encodeURIComponent)].join("/");
  return `#/${path}${query.size ? "?" + query : ""}`;
}
