#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh: tools, build, Postgres, Redis, migrations), then runs
# the platform in the foreground until Ctrl-C: the API, two grader workers and the web pages.
# Ports: WEB_PORT (3000) and API_PORT (4000); everything else as in README "Configuration".
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1

bash scripts/setup.sh

export DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/threadlab}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
api_port="${API_PORT:-4000}"
web_port="${WEB_PORT:-3000}"

# Every child dies with this script, however it ends.
trap 'trap - EXIT INT TERM; kill 0 2>/dev/null; wait 2>/dev/null' EXIT INT TERM

printf '\n==> starting the API on :%s, two grader workers and the web pages on :%s\n' "$api_port" "$web_port" >&2
PORT="$api_port" HOST="${HOST:-127.0.0.1}" node apps/api/dist/main.js &
# One sandbox uid per worker process: RLIMIT_NPROC counts per uid.
SANDBOX_UID=65534 WORKER_ID=worker-1 node apps/grader/dist/cli/worker.js &
SANDBOX_UID=65533 WORKER_ID=worker-2 node apps/grader/dist/cli/worker.js &
(cd apps/web && API_URL="http://127.0.0.1:$api_port" exec node node_modules/next/dist/bin/next start -p "$web_port" -H "${HOST:-127.0.0.1}") &

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$api_port/api/health" >/dev/null 2>&1 \
    && curl -fsS "http://127.0.0.1:$web_port/" >/dev/null 2>&1; then
    printf '\n==> threadlab is up: http://localhost:%s (API: http://localhost:%s/api, OpenAPI: /api/openapi.json). Ctrl-C stops it.\n' "$web_port" "$api_port" >&2
    break
  fi
  sleep 1
done

# Stop everything as soon as any one of them stops.
wait -n
echo "error: a platform process stopped; stopping the others" >&2
exit 1
