#!/usr/bin/env bash
# `npm test`: every check CI runs. Lint, types, unit/property/API tests (SQLite and a throwaway PostgreSQL),
# the web build, then browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
npx biome ci .
npx tsc -b
if [ -z "${TEST_PG_URL:-}" ]; then
  export PGPORT=${PGPORT:-54331}
  trap 'bash scripts/pg-down.sh' EXIT
  TEST_PG_URL=$(bash scripts/pg-up.sh)
  export TEST_PG_URL
fi
npx vitest run
npm run build
npm run e2e
