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

source scripts/lib/server.sh
NEWSGRAPH=$(newsgraph_binary)
log=$(mktemp)
trap 'stop_server; rm -f "$log"' EXIT
start_server "$log" --in-memory --host 127.0.0.1 --public Public --log-level notice
url=$SERVER_URL

shots=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-browser.XXXXXX")
status=0
python3 Tests/Browser/browser_test.py "$url" "$shots" || status=$?
if ! kill -0 "$SERVER_PID" 2>/dev/null; then
  echo "the server died during the test; its log:" >&2
  tail -n 40 "$log" >&2
  status=1
fi
exit "$status"
