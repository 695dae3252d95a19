#!/usr/bin/env bash
# The test suite under AddressSanitizer and ThreadSanitizer (scripts/sanitizers.sh): about 4 min here, builds included.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/sanitizers.sh
