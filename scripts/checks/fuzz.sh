#!/usr/bin/env bash
# Fuzzes each libFuzzer target in Fuzz/ for 60 s (FUZZ_SECONDS to change it); any crash fails the check.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/fuzz.sh "${FUZZ_SECONDS:-60}"
