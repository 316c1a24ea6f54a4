#!/bin/sh
# Runs a nytte binary over a fixed list of commands on the shipped examples
# and rule sets and writes each command's output (standard output, standard
# error and exit status) into a directory, so that two builds can be compared:
#
#   tests/tools/golden.sh build-a/cli/nytte /tmp/before
#   tests/tools/golden.sh build-b/cli/nytte /tmp/after
#   diff -r /tmp/before /tmp/after      # no output: byte-identical
#
# Run from the top of the checkout. The date is fixed (--on), so the outputs
# do not depend on the day.
set -u
if [ $# -ne 2 ]; then
  echo "usage: $0 NYTTE OUTDIR" >&2
  exit 2
fi
nytte=$1
out=$2
on=2025-09-01
mkdir -p "$out"

# run NAME ARGS...: the output of one command in OUTDIR/NAME.{out,err,rc}
run() {
  name=$1
  shift
  "$nytte" "$@" >"$out/$name.out" 2>"$out/$name.err" </dev/null
  echo $? >"$out/$name.rc"
}

pop=examples/population/aarhus-2000.csv
for rules in rules/*.toml; do
  r=$(basename "$rules" .toml)
  for fmt in json jsonl csv text; do
    run "check-pop-$r-$fmt" check-eligibility "$pop" --rules "$rules" --on $on --format $fmt --threads 1
    run "check-pop-$r-$fmt-explain" check-eligibility "$pop" --rules "$rules" --on $on --format $fmt --explain --threads 1
    run "check-citizens-$r-$fmt" check-eligibility examples/citizens/ --rules "$rules" --on $on --format $fmt
    run "check-citizens-$r-$fmt-explain" check-eligibility examples/citizens/ --rules "$rules" --on $on --format $fmt --explain
  done
  run "check-pop-$r-csv-semicolon" check-eligibility "$pop" --rules "$rules" --on $on --format csv --csv-sep ';'
  run "report-$r" report "$pop" --rules "$rules" --on $on
  run "report-$r-json" report "$pop" --rules "$rules" --on $on --format json
  run "package-$r" build-package examples/citizens/ --rules "$rules" --on $on --start 2025-09-08
  run "package-$r-json" build-package examples/citizens/ --rules "$rules" --on $on --start 2025-09-08 --format json
done
run "check-national-builtin" check-eligibility examples/citizens/ --on $on --format json --explain
run "validate-text" validate rules/
run "validate-json" validate rules/ --format json
exit 0
