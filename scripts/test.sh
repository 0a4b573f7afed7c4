#!/usr/bin/env bash
# Everything CI checks, from a fresh clone: set up, then the root `test` script.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

bash scripts/setup.sh
pnpm test
