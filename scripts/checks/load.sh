#!/usr/bin/env bash
# The short version of scripts/load.sh: wrk, idle connections, stalled heads and clients that never read.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/load.sh --short
