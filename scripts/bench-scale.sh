#!/usr/bin/env bash
# Scale benchmark (issue 5; not a test): generate N distinct articles of realistic length and vocabulary,
# import them into a release server, then report articles/s, peak RSS against the raw text size, replay
# time on restart (from the journal alone, then with the index snapshot a stop writes), and
# p50/p99 of search, entities and relationships under wrk at 64 connections.
# Usage: scripts/bench-scale.sh [N=100000] [WRK_SECONDS=10]      Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
secs=${2:-10}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-scale.XXXXXX")
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
swift build -c release --product newsgraph >&2
bin="$(swift build -c release --show-bin-path)/newsgraph"

python3 scripts/generate-articles.py "$n" > "$work/articles.ndjson"
text_bytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$work/articles.ndjson")

start_server() {
  "$bin" serve --port 18480 --data-dir "$work/data" --log-level info > "$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 600); do
    grep -q "listening on" "$work/server.log" && return 0
    sleep 0.1
  done
  echo "the server did not start" >&2; cat "$work/server.log" >&2; exit 1
}

start_server
t0=$(date +%s.%N)
"$bin" import "$work/articles.ndjson" --server http://127.0.0.1:18480 --batch 500 2>&1 | tail -n 1
t1=$(date +%s.%N)
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")
python3 -c "import sys; n,s,r,t=int(sys.argv[1]),float(sys.argv[3])-float(sys.argv[2]),int(sys.argv[4]),int(sys.argv[5]); print(f'import: {n} articles in {s:.1f} s = {n/s:.0f} articles/s; peak RSS {r/1024:.0f} MiB for {t/1048576:.0f} MiB of text = {r*1024/t:.2f}x (target <= 3x)')" "$n" "$t0" "$t1" "$rss_kb" "$text_bytes"

kill -TERM "$server"; wait "$server" || true
# A stop writes the index snapshot; without it a start replays the whole journal, with it only the articles'
# own fields (and the records after it).
mv "$work/data/index.ngs" "$work/index.ngs"
start_server
grep -o "opened .*" "$work/server.log" | head -n 1 | sed 's/^/replay, journal only: /'
kill -TERM "$server"; wait "$server" || true
start_server
grep -o "opened .*" "$work/server.log" | head -n 1 | sed 's/^/replay, with the index snapshot: /'

# The full-text index is rebuilt in the background after replay; the first search waits for it.
python3 -c "
import time, urllib.request
t = time.time()
urllib.request.urlopen('http://127.0.0.1:18480/v1/articles?q=warmup', timeout=600).read()
print(f'first search after restart: {time.time() - t:.1f} s (waits for the full-text index)')"

lat() { # path
  local out
  out=$(wrk -t2 -c64 -d"${secs}s" --latency "http://127.0.0.1:18480$1")
  printf '%-40s %8s req/s  p50 %8s  p99 %8s  %s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")" \
    "$(grep -E 'Socket errors|Non-2xx' <<<"$out" | tr '\n' ' ')"
}
lat "/v1/articles?q=sanctions+drones"
lat "/v1/entities"
lat "/v1/relationships"
