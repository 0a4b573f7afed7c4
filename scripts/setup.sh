#!/usr/bin/env bash
# Prepares a fresh machine (Node 20.19+ and npm present, nothing else) to run and test
# threadlab, then installs and builds the workspace, starts (or installs) Postgres and
# Redis and applies the database migrations. Safe to run again: every step checks
# first and only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

export TURBO_TELEMETRY_DISABLED=1

log() { printf '\n==> %s\n' "$*" >&2; }

# pnpm, at exactly the version package.json pins (single source of truth).
pnpm_version=$(node -p "require('./package.json').packageManager.replace(/^pnpm@/, '')")
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  log "installing pnpm $pnpm_version"
  npm install -g --no-fund --no-audit "pnpm@$pnpm_version"
fi

# bubblewrap sandboxes every submission; without it the grader cannot grade.
if ! command -v bwrap >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing bubblewrap"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq bubblewrap >/dev/null
  else
    echo "error: bwrap (bubblewrap) is missing; install it (e.g. apt-get install bubblewrap) and retry" >&2
    exit 1
  fi
fi

# threadcheck targets CPython 3.11+ (standard library only, no pip needed).
if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "error: python3 >= 3.11 is required (found: $(python3 --version 2>&1 || echo none))" >&2
  exit 1
fi

if [ -f pnpm-lock.yaml ]; then
  log "pnpm install --frozen-lockfile"
  pnpm install --frozen-lockfile
else
  # Only before the first lockfile exists; afterwards the lockfile is the truth.
  log "pnpm install (no lockfile yet)"
  pnpm install
fi

log "pnpm build"
pnpm build

# Postgres and Redis for the platform (API, worker) and its tests; migrations applied.
bash scripts/services.sh

# Headless Chromium for the browser tests (playwright-core drives Debian's package).
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  else
    echo "error: chromium is missing; install it (e.g. apt-get install chromium) and retry" >&2
    exit 1
  fi
fi
