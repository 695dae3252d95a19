#!/usr/bin/env bash
# The OpenAPI document is valid OpenAPI 3.1 and matches its generator.
set -euo pipefail
cd "$(dirname "$0")/../.."
doc=Sources/NewsAPI/Resources/openapi.json
before=$(sha256sum "$doc")
python3 scripts/generate-openapi.py >/dev/null
[ "$before" = "$(sha256sum "$doc")" ] || { echo "openapi.json is stale: commit the regenerated file" >&2; exit 1; }
python3 -m openapi_spec_validator "$doc"
