#!/usr/bin/env bash
# Runs the instrumented nytte of a build directory (configured with
# -DNYTTE_PGO=generate) on the training workload whose profile the optimised
# build uses: every subcommand, every rule set, every output format, CSV and
# TOML populations made by the seeded generator, and the shipped examples.
# Usage: scripts/pgo-train.sh BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: scripts/pgo-train.sh BUILD_DIR}
nytte=$build/cli/nytte
data=$build/pgo-train
mkdir -p "$data"
"$build/tools/nytte-gen" --count 40000 --seed 7 --format csv -o "$data/pop.csv"
"$build/tools/nytte-gen" --count 10000 --seed 8 --format toml -o "$data/pop.toml"

# Runs nytte and accepts the exit codes it gives for answers (0-2); anything
# else (a crash) stops the training.
run() {
  local rc=0
  "$nytte" "$@" >/dev/null 2>&1 || rc=$?
  if [ "$rc" -gt 2 ]; then
    echo "pgo-train: nytte $* exited with $rc" >&2
    exit 1
  fi
}

run validate rules/
for rules in rules/*.toml; do
  run check-eligibility "$data/pop.csv" --rules "$rules" --on 2025-09-01 --format jsonl
done
run check-eligibility "$data/pop.csv" --on 2025-09-01 --format jsonl
run check-eligibility "$data/pop.csv" --rules rules/aarhus.toml --on 2024-06-01 --format jsonl
run check-eligibility "$data/pop.csv" --rules rules/aarhus.toml --on 2025-09-01 --format csv
run check-eligibility "$data/pop.toml" --rules rules/aarhus.toml --on 2025-09-01 --format jsonl
run check-eligibility "$data/pop.toml" --rules rules/aarhus.toml --on 2025-09-01 --format json
run check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 \
  --format json --explain
run check-eligibility examples/citizens/ --on 2025-09-01 --format text
run report "$data/pop.csv" --rules rules/aarhus.toml --on 2025-09-01 --compare 2024-06-01
run report "$data/pop.toml" --rules rules/nordfyns.toml --on 2025-09-01 --format json
for c in examples/citizens/*.toml; do
  run build-package "$c" --start 2025-09-01
done
run build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --start 2025-09-01
run build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
  --start 2025-09-01 --format json
run weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml \
  --attendance examples/attendance/nordfyns-49.csv
run weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml \
  --attendance examples/attendance/nordfyns-49.csv --format json
