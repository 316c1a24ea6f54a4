#!/usr/bin/env bash
# How many people of a population follow each track, under a rule set.
#   examples/scripts/by-track.sh [POPULATION] [RULES] [DATE]
set -euo pipefail
population=${1:-examples/population/aarhus-2000.csv}
rules=${2:-rules/aarhus.toml}
on=${3:-2025-09-01}
nytte check-eligibility "$population" --rules "$rules" --on "$on" --format jsonl 2>/dev/null |
  jq -r 'select(.eligible) | .track' | sort | uniq -c | sort -rn
