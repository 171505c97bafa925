#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for khabar's tests and print its URL.
# Idempotent: installs Debian's package when missing, initialises the cluster once,
# starts the server only when it is not already running. The server refuses to run
# as root, so the cluster belongs to the `postgres` user.
set -euo pipefail

PORT="${KHABAR_PG_PORT:-54329}"
DATA="${KHABAR_PG_DATA:-/tmp/khabar-pg-$PORT}"
DB="${KHABAR_PG_DB:-khabar_test}"
PASSWORD="${KHABAR_PG_PASSWORD:-khabar}"

as_postgres() {
    if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi
BIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"

if [ ! -f "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA"
    chown postgres:postgres "$DATA"
    chmod 700 "$DATA"
    as_postgres "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
fi

if ! as_postgres "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    as_postgres "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k /tmp -c fsync=off" start >&2
fi

psql_run() { as_postgres "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "$1" postgres; }
if [ "$(psql_run "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
    psql_run "CREATE DATABASE $DB" >&2
fi
psql_run "ALTER USER postgres PASSWORD '$PASSWORD'" >/dev/null

echo "postgresql://postgres:$PASSWORD@127.0.0.1:$PORT/$DB"
