# -q: no output, the answer in the exit status (0 eligible, 1 not, 2 error).

$ nytte check-eligibility -q examples/citizens/national-sho.toml --on 2025-09-01

$ nytte check-eligibility -q examples/citizens/national-sho.toml --on 2024-12-31
? 1

# Exempt is not eligible.
$ nytte check-eligibility -q examples/citizens/national-ukraine.toml --on 2025-09-01
? 1

# Missing data: not known to be eligible.
$ nytte check-eligibility -q examples/citizens/national-missing-data.toml --on 2025-09-01
? 1

# For a shell `if`.
$ if nytte check-eligibility -q examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --on 2025-09-01; then echo covered; fi
| covered

# Unreadable input is 2, never 1, and the message still goes to standard error.
$ nytte check-eligibility -q tests/data/bad/syntax.toml --on 2025-09-01
! nytte: error: tests/data/bad/syntax.toml:7:25: string not closed before the end of the line: end it with a quote, or write a string of several lines between triple quotes (""" or ''')
? 2

$ nytte check-eligibility -q no/such/file.toml --on 2025-09-01
! nytte: error: no/such/file.toml: cannot read: no such file or directory
? 2

# A batch: 0 when someone checked is eligible.
$ nytte check-eligibility -q examples/citizens/ --on 2025-09-01

# -q means the same in every subcommand (README.md, "Quiet mode and exit
# status"): nothing on standard output or standard error but the messages
# of bad usage and bad input (exit 2); an -o FILE is still written; the
# exit status tells.

# check-eligibility: a batch with a bad record: its message, no summary, 2.
$ nytte check-eligibility -q examples/citizens/national-sho.toml tests/data/bad/wrong-type.toml --on 2025-09-01
! nytte: error: tests/data/bad/wrong-type.toml:3:16: field 'school_years' must be an integer, found string
? 2

# -o FILE is still written; the answer is the exit status.
$ nytte check-eligibility -q examples/citizens/national-sho.toml --on 2024-12-31 --format csv -o $TMP/d.csv
? 1
$ cut -d, -f1-3 $TMP/d.csv
| id,eligible,target_groups
| national-sho,false,

# build-package: 0 when everyone has a full package, 1 when someone is
# short or has no package (the same as before -q was unified).
$ nytte build-package -q examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --start 2025-09-01

$ nytte build-package -q tests/data/packages/greve-30-unge.csv --rules rules/greve.toml --start 2025-09-01
? 1

# The plans asked for are written, the shortfalls too, and nothing printed.
$ nytte build-package -q tests/data/packages/greve-30-unge.csv --rules rules/greve.toml --start 2025-09-01 --format toml -o $TMP/plans.toml --shortfalls $TMP/short.csv
? 1
$ grep -c '^\[\[plan\]\]' $TMP/plans.toml; wc -l < $TMP/short.csv
| 30
| 7

# Bad input: the message and 2, never 1.
$ nytte build-package -q tests/data/bad/syntax.toml --rules rules/greve.toml --start 2025-09-01
! nytte: error: tests/data/bad/syntax.toml:7:25: string not closed before the end of the line: end it with a quote, or write a string of several lines between triple quotes (""" or ''')
? 2

# weekly-hours: -q asks what --fail-under asks: 1 when a week is below the
# requirement. Without -q the weeks are printed and the exit is 0.
$ nytte weekly-hours -q examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv
? 1
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv > /dev/null
! nytte: 1 person with rules nordfyns: 1 below the requirement in 1 week (6:00 short in total); attendance: 12 rows counted; 0 errors
$ nytte weekly-hours -q examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv --format json -o $TMP/w.json
? 1
$ jq -r '.[0].weeks[] | .week + " " + (.flags | join(","))' $TMP/w.json
| 2025-W36 
| 2025-W37 approved_absence
| 2025-W38 unexcused,short
| 2025-W39 
$ nytte weekly-hours -q examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv --weeks 1

# A log with errors: each message, no summary, 2.
$ nytte weekly-hours -q examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance tests/data/attendance/with-errors.csv --weeks 1
! nytte: error: tests/data/attendance/with-errors.csv:3:13: date must be a date like 2025-09-01, found '2025-09-31'
! nytte: error: tests/data/attendance/with-errors.csv:4:39: hours must be a number like 7.4, found 'four'
! nytte: error: tests/data/attendance/with-errors.csv:5:41: unknown status 'presnt': expected present, sick, approved_absence or unexcused; did you mean 'present'?
! nytte: error: tests/data/attendance/with-errors.csv:7:1: row has 4 cells, the header has 5 columns
? 2
$ nytte weekly-hours -q --holidays 2026

# report: nothing on standard output (the report only goes to -o FILE), never 1.
$ nytte report -q examples/citizens/ --on 2025-09-01 --no-packages
$ nytte report -q examples/citizens/ --on 2025-09-01 --no-packages --format csv -o $TMP/r.csv
$ head -1 $TMP/r.csv
| section,table,row,label,column,value,minutes
$ nytte report -q no/such/file.toml --on 2025-09-01
! nytte: error: no/such/file.toml: cannot read: no such file or directory
? 2

# validate: 1 for errors or failing tests, with -q or without; the report
# asked for with -o is still written.
$ nytte validate -q rules/
$ nytte validate -q tests/data/bad-rules/type-error.toml
? 1
$ nytte validate -q tests/data/bad-rules/type-error.toml --format junit -o $TMP/v.xml
? 1
$ grep -c '<testsuite ' $TMP/v.xml
| 1
$ nytte validate -q no/such/dir
! nytte: error: no/such/dir: cannot read: no such file or directory
? 2
