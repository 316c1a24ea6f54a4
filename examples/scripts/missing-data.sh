#!/usr/bin/env bash
# Who could not be decided for want of data, and which fields to ask for:
# one line per person (id, then the missing fields), then a count per field.
#   examples/scripts/missing-data.sh [POPULATION] [RULES] [DATE]
set -euo pipefail
population=${1:-examples/population/aarhus-2000.csv}
rules=${2:-rules/aarhus.toml}
on=${3:-2025-09-01}
nytte check-eligibility "$population" --rules "$rules" --on "$on" --format jsonl 2>/dev/null |
  jq -r 'select(.status == "undetermined") | [.id, (.missing_fields | join(" "))] | @tsv' > /tmp/nytte-missing.$$
cat /tmp/nytte-missing.$$
echo "--"
cut -f2 /tmp/nytte-missing.$$ | tr ' ' '\n' | sort | uniq -c | sort -rn
rm -f /tmp/nytte-missing.$$
