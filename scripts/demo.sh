#!/usr/bin/env bash
# Installs what is missing, builds, and runs nytte on the shipped examples
# with the national rules built into the binary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
nytte=build/cli/nytte
on=2025-09-01
echo "== nytte validate rules/   (every shipped rule file, and the tests beside them)"
"$nytte" validate rules/
echo
echo "== nytte check-eligibility examples/citizens/ --on $on   (built-in national rules)"
"$nytte" check-eligibility examples/citizens/ --on "$on" --format csv
echo
echo "== One person, explained: the Nordfyns example under the national rules"
"$nytte" check-eligibility examples/citizens/nordfyns-49.toml --on "$on"
echo
echo "== The synthetic Aarhus population under the Aarhus rules"
"$nytte" check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
  --on "$on" --format jsonl >/dev/null
echo
echo "== A weekly package with the built-in national rules: the SHO example"
"$nytte" build-package examples/citizens/national-sho.toml --start "$on"
echo
echo "== The Nordfyns woman's package: 12 hours, her work capacity"
"$nytte" build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --start "$on"
echo
echo "== Hours week by week: the Nordfyns plan of 12 hours and its attendance log"
"$nytte" weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml \
  --attendance examples/attendance/nordfyns-49.csv
echo
echo "== The Aarhus population at a glance (report), before and after the 2025 work obligation"
"$nytte" report examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
  --on 2025-09-01 --compare 2024-06-01 --no-packages | sed -n '1,40p'
echo
echo "== What 1 July 2025 does to the Aarhus population (diff): who moves, and by which rule"
"$nytte" diff examples/population/aarhus-2000.csv --rules national --on 2025-06-30 \
  --against-on 2025-07-01 --no-packages | sed -n '1,3p;20,28p;/^== Rules that/,$p'
echo
echo "== På dansk (--lang da): the Aarhus IGU example, and the draft of its decision letter"
"$nytte" --lang da check-eligibility examples/citizens/aarhus-igu.toml --rules rules/aarhus.toml \
  --on "$on" | sed -n '1,4p'
"$nytte" check-eligibility examples/citizens/aarhus-igu.toml --rules rules/aarhus.toml \
  --on "$on" --format letter
echo
echo "== The interview (--ask), driven from a script: only the questions the rules still need"
printf '1\n10\n2011-09-01\nnej\n1,5\ningen\n37\n' |
  "$nytte" --lang da check-eligibility --ask --on "$on" 2>&1 | grep -v '^  [0-9]*)'
