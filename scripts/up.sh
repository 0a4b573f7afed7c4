#!/usr/bin/env bash
# Sets up, then runs the main job: grading the reference solution of lock/counter.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

bash scripts/setup.sh
pnpm grade lock/counter exercises/lock/counter/reference.py
