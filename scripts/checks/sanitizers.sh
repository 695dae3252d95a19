#!/usr/bin/env bash
# The test suite under AddressSanitizer and ThreadSanitizer (scripts/sanitizers.sh): about 6 min here.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/sanitizers.sh
