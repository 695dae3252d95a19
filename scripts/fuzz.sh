#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (with AddressSanitizer) and runs each for SECONDS (default 60),
# starting from the seed corpus in Fuzz/Corpus. A crash stops the run and leaves crash-* in .build-fuzz/.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=.build-fuzz
mkdir -p "$out"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g)

echo "== building http-parser"
swiftc "${flags[@]}" -module-name HTTPServer -I Sources/CZlib -o "$out/http-parser" \
  Sources/HTTPServer/Parsing/*.swift Sources/HTTPServer/Core/*.swift Sources/HTTPServer/Compression/Gzip.swift \
  Fuzz/HTTPParserFuzz.swift 2>"$out/build.log" || { cat "$out/build.log" >&2; exit 1; }

status=0
for target in http-parser; do
  echo "== fuzzing $target for $seconds s"
  corpus="$out/corpus-$target"
  mkdir -p "$corpus"
  # The seeds stay as committed; what the fuzzer learns goes to the scratch corpus.
  if ! "$out/$target" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$out/$target-" -print_final_stats=1 "$corpus" "Fuzz/Corpus/$target" 2>"$out/$target.log"; then
    tail -n 40 "$out/$target.log" >&2
    status=1
  fi
  grep -E "^stat::number_of_executed_units|^Done" "$out/$target.log" || true
done
exit $status
