#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks and prints its URL.
# No systemd needed; initdb refuses to run as root, so the cluster runs as the postgres user.
# Durability is switched off (fsync=off): this cluster is for tests only and is wiped on every start.
# Usage: PG_URL=$(bash scripts/pg-up.sh); ...; bash scripts/pg-down.sh
set -euo pipefail
PGPORT=${PGPORT:-54329}
PGDATA=${PGDATA:-/tmp/pg-ci-$PGPORT}
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
# Stop an old postmaster before wiping its folder, or it keeps the port and the new cluster cannot bind.
if [ -f "$PGDATA/postmaster.pid" ]; then
  runuser -u postgres -- "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
fi
if (echo >"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; then
  echo "port $PGPORT busy" >&2
  exit 1
fi
rm -rf "$PGDATA"
install -d -o postgres -g postgres -m 700 "$PGDATA"
runuser -u postgres -- "$BIN/initdb" -D "$PGDATA" -U postgres -A trust --no-sync -E UTF8 >/dev/null
runuser -u postgres -- "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/log" -w -o "-p $PGPORT -k /tmp \
  -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
runuser -u postgres -- "$BIN/createdb" -h 127.0.0.1 -p "$PGPORT" backtalk_test
echo "postgres://postgres@127.0.0.1:$PGPORT/backtalk_test"
