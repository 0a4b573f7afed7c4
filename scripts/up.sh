#!/usr/bin/env bash
# Sets up, then runs the main job as a teacher would: grade a wrong solution (the lecture's
# counter without its lock: a failing verdict with the interleaving that breaks it) and the
# reference solution (a pass).
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

bash scripts/setup.sh

printf '\n==> grading the lecture counter without its lock (expected: FAIL)\n' >&2
status=0
pnpm -s grade lock/counter exercises/lock/counter/variants/no_lock.py || status=$?
if [ "$status" -ne 1 ]; then
  echo "error: expected a failing verdict (exit 1), got exit $status" >&2
  exit 1
fi

printf '\n==> grading the reference solution (expected: PASS)\n' >&2
pnpm -s grade lock/counter exercises/lock/counter/reference.py
