#!/usr/bin/env bash
# Builds NewsGraph (release) and runs the server on 127.0.0.1:8080 with data in ./newsgraph-data.
# Extra arguments go to `newsgraph serve` (see `newsgraph serve --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh build
swift build -c release --product newsgraph
exec "$(swift build -c release --show-bin-path)/newsgraph" serve "$@"
