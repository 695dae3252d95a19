#!/usr/bin/env bash
# Installs what building and testing NewsGraph needs, when it is missing.
# Usage: scripts/ensure-deps.sh [build|test]   (build: system libraries only; test: also the test tools)
set -euo pipefail
need=${1:-build}
apt_packages=(libssl-dev zlib1g-dev pkg-config)
pip_modules=()
if [ "$need" = test ]; then
  apt_packages+=(curl openssl)
  pip_modules+=(openapi_spec_validator:openapi-spec-validator networkx:networkx websocket:websocket-client)
fi
missing=()
for p in "${apt_packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "missing system packages: ${missing[*]} (apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi
for entry in "${pip_modules[@]}"; do
  module=${entry%%:*} package=${entry#*:}
  python3 -c "import $module" 2>/dev/null || python3 -m pip install -q "$package" >&2
done
