#!/usr/bin/env bash
# The command line as DESIGN.md contracts it: extract (one article and --jsonl, ids and order kept),
# serve --help naming every flag, and export then import between two servers through the CLI.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/server.sh
NEWSGRAPH=$(newsgraph_binary)
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$work"' EXIT
bin=$NEWSGRAPH

printf '%s\n' '{"id": "a", "text": "Germany sold two submarines to Israel."}' \
  '{"id": 7, "text": "Russia invaded Ukraine."}' '{"id": "c", "text": "No country here."}' \
  | "$bin" extract --jsonl > "$work/out.jsonl"
echo "Iran supplied drones to Russia." | "$bin" extract > "$work/one.json"
"$bin" serve --help > "$work/help.txt"

start_server "$work/first.log" --in-memory --log-level notice
pids+=("$SERVER_PID")
first=$SERVER_URL
start_server "$work/second.log" --in-memory --log-level notice
pids+=("$SERVER_PID")
second=$SERVER_URL
python3 scripts/generate-articles.py 50 > "$work/articles.ndjson"
"$bin" import "$work/articles.ndjson" --server "$first" --batch 20 2> "$work/import1.txt"
"$bin" export --server "$first" -o "$work/export.ndjson"
"$bin" import "$work/export.ndjson" --server "$second" 2> "$work/import2.txt"
"$bin" export --server "$second" > "$work/export2.ndjson"

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
lines = [json.loads(l) for l in open(f"{work}/out.jsonl")]
assert [l["id"] for l in lines] == ["a", 7, "c"], lines
assert {(r["source"], r["target"], r["type"]) for r in lines[0]["relations"]} == {("DEU", "ISR", "arms_supply")}, lines[0]
assert {e["id"] for e in lines[1]["entities"]} >= {"country:RUS", "country:UKR"}, lines[1]
one = json.load(open(f"{work}/one.json"))
assert set(one) == {"entities", "relations", "sentences"}, one.keys()
assert any(r["source"] == "IRN" and r["target"] == "RUS" for r in one["relations"]), one["relations"]
help_text = open(f"{work}/help.txt").read()
for flag in ("--host", "--port", "--data-dir", "--public", "--in-memory", "--log-level"):
    assert flag in help_text, flag
assert "50 stored" in open(f"{work}/import1.txt").read()
def fields(path):
    return sorted((a["text"], a["title"], a["source"], a["publishedAt"]) for a in map(json.loads, open(path)))
assert len(fields(f"{work}/export.ndjson")) == 50
assert fields(f"{work}/export.ndjson") == fields(f"{work}/export2.ndjson"), "export then import changed articles"
print("extract, serve --help, import and export: as contracted")
PY
