#!/usr/bin/env bash
# `npm run bench`: every benchmark, loopback only, each bounded in time. The machine is noisy, so each part
# reports ratios measured in one run (our endpoint vs an empty one on the same server) beside raw figures.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGPORT=${PGPORT:-54333}
# Every part appends its rows here (scripts/bench-table.ts); the combined table is printed at the end.
BENCH_ROWS=$(mktemp -t backtalk-bench-XXXXXX.jsonl)
export BENCH_ROWS
if BENCH_PG_URL=$(bash scripts/pg-up.sh 2>/dev/null); then
  export BENCH_PG_URL
  trap 'bash scripts/pg-down.sh; rm -f "$BENCH_ROWS"' EXIT
else
  trap 'rm -f "$BENCH_ROWS"' EXIT
  echo "PostgreSQL not available: share creation is measured on SQLite only"
fi
# The server is measured as `npm start` runs it: the bundle the build makes.
npm run build >/dev/null
echo "Load average at the start: $(cut -d" " -f1-3 /proc/loadavg)"
echo "## Engine"; npx tsx --conditions=source scripts/bench-engine.ts
echo "## Doctor report (engine)"; npx tsx --conditions=source scripts/bench-report.ts
echo "## Own words (understand)"; npx tsx --conditions=source scripts/bench-understand.ts
echo "## Server"; npx tsx --conditions=source scripts/bench-server.ts
echo "## Web app"; npx tsx --conditions=source scripts/bench-web.ts
echo "## Diary and doctor report in the web app (1,000 check-ins)"; npx tsx --conditions=source scripts/bench-diary.ts
echo "## All goals"; npx tsx --conditions=source scripts/bench-table.ts "$BENCH_ROWS"
