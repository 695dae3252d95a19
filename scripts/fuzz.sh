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
# libFuzzer reports crashes itself; Swift's backtracer would hold a crashed target for up to 30 s and more.
export SWIFT_BACKTRACE=enable=no

# swiftc builds each target from just the sources it needs (no SwiftPM, no resources): the HTTP parser from
# HTTPServer's parsing core; article decoding from NewsAPI's request files on top of that core and ArticleDraft.
build() { "$@" 2>>"$out/build.log" || { grep -v "Cannot export local symbol" "$out/build.log" >&2; exit 1; }; }
: >"$out/build.log"
http_core=(Sources/HTTPServer/Parsing/*.swift Sources/HTTPServer/Core/*.swift Sources/HTTPServer/Compression/Gzip.swift)

echo "== building http-parser"
build swiftc "${flags[@]}" -module-name HTTPServer -I Sources/CZlib -o "$out/http-parser" "${http_core[@]}" \
  Fuzz/HTTPParserFuzz.swift

echo "== building article-input"
modules="$out/modules"
mkdir -p "$modules"
build swiftc "${flags[@]}" -wmo -module-name HTTPServer -I Sources/CZlib -emit-module -emit-module-path \
  "$modules/HTTPServer.swiftmodule" -c -o "$modules/HTTPServer.o" "${http_core[@]}"
build swiftc "${flags[@]}" -wmo -module-name NewsIndex -emit-module -emit-module-path "$modules/NewsIndex.swiftmodule" \
  -c -o "$modules/NewsIndex.o" Sources/NewsIndex/Model/ArticleDraft.swift
build swiftc "${flags[@]}" -module-name NewsAPI -I "$modules" -I Sources/CZlib -o "$out/article-input" -lz \
  "$modules/HTTPServer.o" "$modules/NewsIndex.o" Sources/NewsAPI/Requests/*.swift Sources/NewsAPI/Support/Problem.swift \
  Sources/NewsAPI/Support/RFC3339.swift Sources/NewsAPI/JSON/JSONWriter.swift Fuzz/ArticleInputFuzz.swift

status=0
for target in http-parser article-input; do
  echo "== fuzzing $target for $seconds s"
  corpus="$out/corpus-$target"
  mkdir -p "$corpus"
  # The seeds stay as committed; what the fuzzer learns goes to the scratch corpus.
  if ! "$out/$target" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$out/$target-" -print_final_stats=1 "$corpus" "Fuzz/Corpus/$target" 2>"$out/$target.log"; then
    tail -n 40 "$out/$target.log" >&2
    status=1
  fi
  grep -E "^stat::number_of_executed_units|^Done" "$out/$target.log" || true
done
exit $status
