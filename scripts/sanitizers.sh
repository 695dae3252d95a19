#!/usr/bin/env bash
# Runs the Swift test suite under AddressSanitizer, then ThreadSanitizer, each in its own build folder
# (.build-asan, .build-tsan) so the normal build stays as it is. Usage: scripts/sanitizers.sh [address|thread]
# Socket tests stretch their waits by NEWSGRAPH_TEST_TIME_SCALE (sanitized servers are several times slower);
# TSan reads the proven false positives it must ignore from scripts/tsan-suppressions.txt, LeakSanitizer the
# toolchain's own leaks from scripts/lsan-suppressions.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh build
for sanitizer in ${1:-address thread}; do
  scratch=.build-${sanitizer/address/asan}
  scratch=${scratch/thread/tsan}
  echo "== swift test --sanitize=$sanitizer ($scratch)"
  start=$(date +%s)
  swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch" 2>&1 | tail -n 5
  echo "== $sanitizer build: $(($(date +%s) - start)) s"
  [ "$sanitizer" = thread ] && scale=5 || scale=2
  # Skipped: a test that fsyncs are shared between concurrent writers, which holds only at full speed.
  # NEWSGRAPH_TEST_SAMPLE: the invariant tests over whole corpora read a sample of each (the same code runs).
  NEWSGRAPH_TEST_SAMPLE=1 NEWSGRAPH_TEST_TIME_SCALE=$scale TSAN_OPTIONS="suppressions=$PWD/scripts/tsan-suppressions.txt" \
    LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt" \
    swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" --skip concurrentAddsShareFsyncs
  echo "== $sanitizer: $(($(date +%s) - start)) s"
done
