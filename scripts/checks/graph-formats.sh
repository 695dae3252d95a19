#!/usr/bin/env bash
# networkx reads the country graph as GraphML and GEXF, with the edges the JSON graph has.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/server.sh
NEWSGRAPH=$(newsgraph_binary)
log=$(mktemp)
trap 'stop_server; rm -f "$log"' EXIT
start_server "$log" --in-memory --log-level notice
python3 - "$SERVER_URL" <<'PY'
import io, json, sys, urllib.request
import networkx as nx

base = sys.argv[1]
articles = [
    "Germany sold two submarines to Israel.",
    "Russia invaded Ukraine in February 2022.",
    "Ukraine received its first F-16 fighter jets from Denmark.",
]
for text in articles:
    request = urllib.request.Request(base + "/v1/articles", data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request).read()

def get(path):
    return urllib.request.urlopen(base + path).read()

graph = json.loads(get("/v1/graph"))
expected = {(e["source"], e["target"]) for e in graph["edges"]}
assert expected, "the JSON graph has no edges"
for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
    g = reader(io.BytesIO(get("/v1/graph?format=" + fmt)))
    assert g.is_directed(), fmt + " graph is not directed"
    edges = {(u, v) for u, v in g.edges()}
    assert edges == expected, f"{fmt}: {sorted(edges)} != {sorted(expected)}"
    print(f"{fmt}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, as in the JSON graph")
csv = get("/v1/events?format=csv").decode()
assert csv.startswith("date,source,target,"), csv[:80]
print("events csv:", len(csv.splitlines()) - 1, "rows")
PY
