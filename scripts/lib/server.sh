# Sourced by the check and benchmark scripts: the binary under test, and a server on a free port.

# Prints the newsgraph binary: $NEWSGRAPH_BIN, else the debug build made with scripts/test.sh's flags
# (so that after its build there is nothing left to do).
newsgraph_binary() {
  if [ -z "${NEWSGRAPH_BIN:-}" ]; then
    swift build --product newsgraph -Xswiftc -warnings-as-errors 2>&1 | tail -n 1 >&2
    NEWSGRAPH_BIN="$(swift build --show-bin-path)/newsgraph"
  fi
  echo "$NEWSGRAPH_BIN"
}

# start_server LOG [FLAG...]: runs `$NEWSGRAPH serve --port 0 FLAG...` in the background, logging to LOG, and
# waits until it names its address (--port 0 lets the kernel pick a free port). Sets SERVER_PID and
# SERVER_URL; stops the calling script when the server does not come up.
start_server() {
  local log=$1
  shift
  "$NEWSGRAPH" serve --port 0 "$@" >"$log" 2>&1 &
  SERVER_PID=$!
  SERVER_URL=
  for _ in $(seq 200); do
    SERVER_URL=$(grep -oE 'listening on https?://[0-9.]+:[0-9]+' "$log" | head -n 1 | cut -d' ' -f3 || true)
    [ -n "$SERVER_URL" ] && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "the server did not start:" >&2
  cat "$log" >&2
  exit 1
}

# Stops the server start_server started, if any.
stop_server() {
  [ -n "${SERVER_PID:-}" ] || return 0
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}
