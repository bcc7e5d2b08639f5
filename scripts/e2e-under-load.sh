#!/usr/bin/env bash
# Runs the browser suite several times with CPU burners beside it, to flush out tests that depend on timing.
# Usage: bash scripts/e2e-under-load.sh [runs=3] [burners=number of cores]
# Expects a built web app (npm run build). Prints one line per run and exits non-zero if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
BURNERS=${2:-$(nproc)}
pids=()
for _ in $(seq "$BURNERS"); do
  node -e 'for (;;) {}' &
  pids+=($!)
done
trap 'kill "${pids[@]}" 2>/dev/null' EXIT
failed=0
for run in $(seq "$RUNS"); do
  log=$(mktemp)
  start=$(date +%s)
  if npm run e2e >"$log" 2>&1; then status=passed; else status=FAILED; failed=1; fi
  summary=$(grep -E '^# (pass|fail)' "$log" | tr '\n' ' ')
  echo "run $run/$RUNS with $BURNERS burners: $status in $(( $(date +%s) - start )) s; $summary(log: $log)"
done
exit "$failed"
