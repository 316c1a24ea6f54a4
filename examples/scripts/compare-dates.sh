#!/usr/bin/env bash
# Who the 2025 work obligation newly covers: the same population on two dates,
# joined by id with jq, counted by change (e.g. 2025-06-30 against 2025-07-01,
# when the new kontanthjælp system joins).
#   examples/scripts/compare-dates.sh [POPULATION] [BEFORE] [AFTER]
set -euo pipefail
population=${1:-examples/population/aarhus-2000.csv}
before=${2:-2025-06-30}
after=${3:-2025-07-01}
decide() { nytte check-eligibility "$population" --on "$1" --format jsonl 2>/dev/null | jq -c '{id, eligible}'; }
jq -n -r --slurpfile a <(decide "$before") --slurpfile b <(decide "$after") '
  ($a | map({(.id): .eligible}) | add) as $before
  | $b[] | "\(if $before[.id] then "covered" else "not covered" end) -> \(if .eligible then "covered" else "not covered" end)"' |
  sort | uniq -c
