#!/usr/bin/env bash
# Runs every test of NewsGraph: formatting, a warnings-free build, the Swift test suite, and the
# checks that use outside tools (OpenAPI validation, networkx reading the graph exports).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh test
echo "== swift format lint"
swift format lint --strict -r Package.swift Sources Tests
echo "== swift build (warnings are errors)"
swift build --build-tests -Xswiftc -warnings-as-errors 2>&1 | tail -n 3
echo "== swift test"
swift test --skip-build
# The checks below use the binary this build made instead of building their own.
export NEWSGRAPH_BIN="$(swift build --show-bin-path)/newsgraph"
passed=0 failed=0
for check in scripts/checks/*.sh; do
  [ -e "$check" ] || continue
  echo "== $check"
  if bash "$check"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $check"; fi
done
echo "checks: $passed passed, $failed failed"
[ "$failed" = 0 ]
