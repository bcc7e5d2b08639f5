#!/usr/bin/env bash
# Stops the throwaway cluster started by scripts/pg-up.sh and removes its folder.
set -euo pipefail
PGPORT=${PGPORT:-54329}
PGDATA=${PGDATA:-/tmp/pg-ci-$PGPORT}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -n "$BIN" ] && [ -f "$PGDATA/postmaster.pid" ]; then
  runuser -u postgres -- "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
fi
rm -rf "$PGDATA"
