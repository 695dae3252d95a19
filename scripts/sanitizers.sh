#!/usr/bin/env bash
# Runs the Swift test suite under AddressSanitizer, then ThreadSanitizer, each in its own build folder
# (.build-asan, .build-tsan) so the normal build stays as it is. Usage: scripts/sanitizers.sh [address|thread]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh build
for sanitizer in ${1:-address thread}; do
  scratch=.build-${sanitizer/address/asan}
  scratch=${scratch/thread/tsan}
  echo "== swift test --sanitize=$sanitizer ($scratch)"
  start=$(date +%s)
  swift test --sanitize="$sanitizer" --scratch-path "$scratch"
  echo "== $sanitizer: $(($(date +%s) - start)) s"
done
