#!/usr/bin/env bash
# Schema conformance: schemathesis generates requests from /openapi.json against a live in-memory server and checks
# every answer against the document (status codes, content types, headers, bodies, no 5xx, valid data accepted,
# invalid data refused, 405 for undeclared methods), in every phase: the document's examples, coverage of each
# schema's edges, random fuzzing, and stateful runs that follow the document's links (nextCursor to the next page).
# Nothing is pinned: every value the document allows must be accepted.
# SCHEMATHESIS_EXAMPLES (default 100) and SCHEMATHESIS_SECONDS (default 150) bound the run; scripts/schemathesis-long.sh
# is the long run by hand.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=4.32.5
st --version 2>/dev/null | grep -q "$version" || python3 -m pip install -q "schemathesis==$version" >&2
source scripts/lib/server.sh
NEWSGRAPH=$(newsgraph_binary)
log=$(mktemp)
trap 'stop_server; rm -f "$log"' EXIT
start_server "$log" --in-memory --log-level notice --public Public
url=$SERVER_URL
# A few articles, so that lists, graphs, pages and timelines have something in them.
for text in "Germany sold two submarines to Israel." "Russia invaded Ukraine in February 2022." \
  "Ukraine received its first F-16 fighter jets from Denmark." "Israel and Germany signed a gas deal." \
  "Russia is buying rockets and artillery shells from North Korea."; do
  curl -sf -o /dev/null -X POST "$url/v1/articles" -H 'Content-Type: application/json' -d "{\"text\": \"$text\"}"
done
# Run from the temporary folder: schemathesis leaves a .schemathesis cache where it runs.
(cd "$(dirname "$log")" && st run "$url/openapi.json" --checks all --phases examples,coverage,fuzzing,stateful \
  --max-examples "${SCHEMATHESIS_EXAMPLES:-100}" --max-time "${SCHEMATHESIS_SECONDS:-150}" --request-timeout 10 \
  --no-color)
kill -0 "$SERVER_PID" || { echo "the server died" >&2; cat "$log" >&2; exit 1; }
