// The NewsGraph API, as the page uses it. Offsets are asked for in UTF-16 so they index JS strings directly.

/** An API error carrying the RFC 9457 problem details. */
export class ApiError extends Error {
  constructor(status, problem) {
    const detail = problem?.detail || problem?.title || `HTTP ${status}`;
    super(problem?.field ? `${detail} (${problem.field})` : detail);
    this.status = status;
    this.problem = problem;
  }
}

async function request(method, path, query = {}, body) {
  const url = new URL(path, location.origin);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(name, value);
  }
  const init = { method, headers: { Accept: "application/json" } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json);
  return { status: response.status, json };
}

const get = async (path, query) => (await request("GET", path, query)).json;
const utf16 = { offsets: "utf16" };

export const api = {
  /** Stores an article; resolves to {status: 201 | 200, json: Article}. */
  submitArticle: (article) => request("POST", "/v1/articles", utf16, article),
  article: (id) => get(`/v1/articles/${encodeURIComponent(id)}`, utf16),
  articles: (query) => get("/v1/articles", query),
  entities: (query) => get("/v1/entities", query),
  entity: (id) => get(`/v1/entities/${encodeURIComponent(id)}`),
  relationships: (query) => get("/v1/relationships", query),
  countryPair: (a, b, query) => get(`/v1/relationships/${a}/${b}`, query),
  graph: (query) => get("/v1/graph", { ...query, format: "json" }),
};
