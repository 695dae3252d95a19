#!/usr/bin/env bash
# The web page in a real browser: Debian's headless Chromium, driven over the DevTools protocol by
# Tests/Browser/browser_test.py, against a fresh in-memory server that this script starts and stops.
# NEWSGRAPH_BIN=path uses that binary instead of building the debug one. Screenshots go to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! dpkg -s chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing chromium" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: apt-get install chromium" >&2
    exit 1
  fi
fi
export PYTHONDONTWRITEBYTECODE=1  # keep __pycache__ out of Tests/Browser
python3 -c "import websocket" 2>/dev/null || python3 -m pip install -q websocket-client >&2

if [ -z "${NEWSGRAPH_BIN:-}" ]; then
  # The same flags as scripts/test.sh, so after its build this one has nothing to do.
  swift build --product newsgraph -Xswiftc -warnings-as-errors 2>&1 | tail -n 1
  NEWSGRAPH_BIN="$(swift build --show-bin-path)/newsgraph"
fi

log=$(mktemp)
"$NEWSGRAPH_BIN" serve --in-memory --host 127.0.0.1 --port 0 --public Public --log-level notice >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT

# --port 0 lets the kernel pick a free port; the server names it in its log.
url=
for _ in $(seq 100); do
  url=$(grep -o 'listening on http://[0-9.]*:[0-9]*' "$log" | head -n 1 | cut -d' ' -f3 || true)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "the server did not start:" >&2
  cat "$log" >&2
  exit 1
fi

shots=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-browser.XXXXXX")
status=0
python3 Tests/Browser/browser_test.py "$url" "$shots" || status=$?
if ! kill -0 "$server" 2>/dev/null; then
  echo "the server died during the test; its log:" >&2
  tail -n 40 "$log" >&2
  status=1
fi
exit "$status"
