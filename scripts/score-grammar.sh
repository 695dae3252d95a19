#!/usr/bin/env bash
# Scores the grammar layer on the UD English test sets (or the files' dev sets with --dev): tags, lemmas and
# trees from gold tokens, and tokenization from the raw `# text` lines, with ../shared/eval/score_ud.py.
# Usage: scripts/score-grammar.sh [UD_DIR] [--dev] [--weights FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
ud=../shared/eval/ud split=test weights=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dev) split=dev ;;
    --weights) weights=(--weights "$2"); shift ;;
    *) ud="$1" ;;
  esac
  shift
done
bin="${NEWSGRAPH_BIN:-}"
if [ -z "$bin" ]; then
  swift build -c release --product newsgraph >/dev/null
  bin="$(swift build -c release --show-bin-path)/newsgraph"
fi
scorer="$ud/../score_ud.py"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for corpus in ewt gum; do
  gold="$ud/en_${corpus}-ud-${split}.conllu"
  "$bin" parse ${weights[@]+"${weights[@]}"} --conllu "$gold" > "$work/$corpus.conllu"
  echo "== $corpus $split, gold tokens"
  python3 "$scorer" "$gold" "$work/$corpus.conllu"
  sed -n 's/^# text = //p' "$gold" > "$work/$corpus.txt"
  "$bin" parse ${weights[@]+"${weights[@]}"} "$work/$corpus.txt" > "$work/$corpus-raw.conllu"
  echo "== $corpus $split, tokens from the raw text"
  python3 "$scorer" --tokens "$gold" "$work/$corpus-raw.conllu"
done
