#!/usr/bin/env bash
# A yes/no in a shell `if`: -q prints nothing and exits 0 when the person is
# eligible, 1 when not, 2 when the file cannot be read.
#   examples/scripts/covered.sh PERSON.toml [RULES] [DATE]
set -uo pipefail
person=${1:?usage: covered.sh PERSON.toml [RULES] [DATE]}
rules=${2:-}
on=${3:-2025-09-01}
args=(check-eligibility -q "$person" --on "$on")
[ -n "$rules" ] && args+=(--rules "$rules")
nytte "${args[@]}"
case $? in
  0) echo "$person: covered" ;;
  1) echo "$person: not covered" ;;
  *) echo "$person: could not be checked" >&2; exit 2 ;;
esac
