#!/usr/bin/env bash
# Makes sure Postgres and Redis answer at DATABASE_URL and REDIS_URL (the local defaults
# unless set), creates the database and applies the migrations. Where a service does not
# answer: start it if it is installed, else install it from Debian's packages (root only).
# A fresh Postgres installed here gets "trust" for 127.0.0.1 only: a local development
# machine, never a server (production sets its own DATABASE_URL with a password).
# Sourced by setup.sh; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n==> %s\n' "$*" >&2; }

export DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/threadlab}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"

apt_install() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "error: $* missing and cannot be installed here (needs root and apt-get); install it and retry" >&2
    exit 1
  fi
  log "installing $*"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "$@" >/dev/null
}

# postgresql://user[:pw]@host:port/db → the parts psql and pg_isready need.
pg_host=$(node -e 'const u=new URL(process.env.DATABASE_URL);process.stdout.write(u.hostname)')
pg_port=$(node -e 'const u=new URL(process.env.DATABASE_URL);process.stdout.write(u.port||"5432")')
pg_user=$(node -e 'const u=new URL(process.env.DATABASE_URL);process.stdout.write(decodeURIComponent(u.username)||"postgres")')
pg_db=$(node -e 'const u=new URL(process.env.DATABASE_URL);process.stdout.write(u.pathname.slice(1))')
pg_admin_url=$(node -e 'const u=new URL(process.env.DATABASE_URL);u.pathname="/postgres";process.stdout.write(u.toString())')

postgres_answers() { pg_isready -q -h "$pg_host" -p "$pg_port" 2>/dev/null; }

ensure_postgres() {
  command -v pg_isready >/dev/null 2>&1 || apt_install postgresql postgresql-client
  if ! postgres_answers; then
    if ! ls /etc/postgresql/*/main/postgresql.conf >/dev/null 2>&1; then
      apt_install postgresql
    fi
    for hba in /etc/postgresql/*/main/pg_hba.conf; do
      if ! grep -Eq '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$hba"; then
        log "letting local connections from 127.0.0.1 in without a password ($hba)"
        sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
      fi
    done
    log "starting Postgres"
    if command -v pg_ctlcluster >/dev/null 2>&1; then
      for conf in /etc/postgresql/*/main; do
        version=$(basename "$(dirname "$conf")")
        pg_ctlcluster "$version" main start || pg_ctlcluster "$version" main reload || true
      done
    else
      service postgresql start
    fi
    for _ in $(seq 1 30); do postgres_answers && break; sleep 1; done
    postgres_answers || { echo "error: Postgres does not answer at $pg_host:$pg_port" >&2; exit 1; }
  fi
  if ! psql "$pg_admin_url" -tAc "select 1 from pg_database where datname = '$pg_db'" | grep -q 1; then
    log "creating database $pg_db"
    psql "$pg_admin_url" -q -c "create database \"$pg_db\" owner \"$pg_user\""
  fi
}

redis_host=$(node -e 'const u=new URL(process.env.REDIS_URL);process.stdout.write(u.hostname)')
redis_port=$(node -e 'const u=new URL(process.env.REDIS_URL);process.stdout.write(u.port||"6379")')

redis_answers() { redis-cli -h "$redis_host" -p "$redis_port" ping 2>/dev/null | grep -q PONG; }

ensure_redis() {
  command -v redis-cli >/dev/null 2>&1 || apt_install redis-server
  if ! redis_answers; then
    command -v redis-server >/dev/null 2>&1 || apt_install redis-server
    log "starting Redis on $redis_host:$redis_port"
    redis-server --bind "$redis_host" --port "$redis_port" --daemonize yes \
      --dir /tmp --logfile /tmp/threadlab-redis.log
    for _ in $(seq 1 20); do redis_answers && break; sleep 0.5; done
    redis_answers || { echo "error: Redis does not answer at $redis_host:$redis_port" >&2; exit 1; }
  fi
}

ensure_postgres
ensure_redis
log "applying database migrations"
pnpm -s --filter @threadlab/db migrate
