# One form for every message on standard error (README.md, "Standard
# error"): "nytte: error: ...", "nytte: warning: ...", with the place in an
# input first where there is one; summary lines are "nytte: " and a text.

# Bad usage: no place, exit 2.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-9-1
! nytte: error: --on: '2025-9-1' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01
? 2
$ nytte report examples/population/aarhus-2000.csv --by cpr
! nytte: error: --by cpr: a report never breaks people down by 'cpr', which would show single people
? 2

# An input error at its file:line:column; the good records are still
# checked, and the summary line counts the record not read.
$ nytte check-eligibility tests/data/bad/unknown-field.toml examples/citizens/nordfyns-49.toml --on 2025-09-01 --format csv | cut -d, -f1
| id
| nordfyns-49
! nytte: error: tests/data/bad/unknown-field.toml:3:1: unknown field 'benfit'; did you mean 'benefit'?
! nytte: 1 citizen checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 1 undetermined (missing data); 1 record not read
? 2

# A whole input that cannot be used: the file, no line.
$ nytte check-eligibility no/such.toml --on 2025-09-01
! nytte: error: no/such.toml: cannot read: no such file or directory
? 2
$ nytte weekly-hours --rules no/such.toml --holidays 2026
! nytte: error: no/such.toml: cannot read: no such file or directory
? 2

# One wording for a path the system refuses, every reader and writer: the
# path, "cannot read" or "cannot write", the system's reason.
$ nytte validate no/such.toml
! nytte: error: no/such.toml: cannot read: no such file or directory
? 2
$ nytte weekly-hours no/such-plan.toml --rules rules/nordfyns.toml
! nytte: error: no/such-plan.toml: cannot read: no such file or directory
? 2
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance no/such.csv
! nytte: error: no/such.csv: cannot read: no such file or directory
? 2
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 -o no/such/dir/out.txt
! nytte: error: no/such/dir/out.txt: cannot write: no such file or directory
? 2
$ nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --start 2025-09-01 --format ics -o /dev/full 2>&1 | grep error
| nytte: error: /dev/full: cannot write: no space left on device
? 2

# A rule file's error when it loads (another command than validate).
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --rules tests/data/bad-rules/type-error.toml
! nytte: error: tests/data/bad-rules/type-error.toml:11:17: cannot compare 'benefit' (string) with '3' (number) using '>'
? 2

# A warning: a person left short of hours or without a package.
$ nytte build-package examples/citizens/greve-dansk.toml --rules rules/greve.toml --start 2024-09-02 --hours 20 --format csv > /dev/null
! nytte: warning: examples/citizens/greve-dansk.toml:3:1: greve-dansk: 0:12 missing: the slots open to the person that fit together (no overlaps, travel time between places, at most 7:24 a day) add up to 19:48
$ nytte build-package examples/citizens/aarhus-fuldtid.toml examples/citizens/greve-nyledig.toml --rules rules/greve.toml --start 2025-09-01 --format csv > /dev/null
! nytte: warning: examples/citizens/aarhus-fuldtid.toml:5:1: aarhus-fuldtid: no package: not in the target group on 2025-09-01 (not_eligible)
! nytte: 2 people with rules greve: 1 full package, 0 short (0:00 missing in total), 1 without a package; 2 seats taken; 0 errors

# Output that cannot be written.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 > /dev/full
! nytte: error: standard output: cannot write: no space left on device
? 2
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 -o /dev/full
! nytte: error: /dev/full: cannot write: no space left on device
? 2

# Scripts find the errors and the warnings by their first words, and keep
# the summary with the rest.
$ nytte check-eligibility tests/data/bad/many-errors.csv --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -c '^nytte: error: '
| 20
? 2
$ nytte check-eligibility tests/data/bad/many-errors.csv --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -Ev '^nytte: (error|warning): '
| nytte: 6 more errors not shown, the first 10 of each kind are above (duplicate-id 2, wrong-type 4)
| nytte: 4 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 4 undetermined (missing data); 26 records not read
? 2

# validate's result is its standard output, in the form compilers write
# (editors and CI tools read it); only its summary is on standard error.
$ nytte validate tests/data/bad-rules/type-error.toml
| tests/data/bad-rules/type-error.toml:11:17: error: cannot compare 'benefit' (string) with '3' (number) using '>'
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

# One and two: the singular and the plural.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml examples/citizens/nordfyns-49.toml --on 2025-09-01 --format csv > /dev/null
! nytte: error: examples/citizens/nordfyns-49.toml:12:1: duplicate id 'nordfyns-49': an earlier record has the same id (ids must be unique within an input); this record was skipped
! nytte: 1 citizen checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 1 undetermined (missing data); 1 record not read
? 2
$ nytte check-eligibility examples/citizens/nordfyns-49.toml examples/citizens/aarhus-igu.toml --on 2025-09-01 --format csv > /dev/null
! nytte: 2 citizens checked with national on 2025-09-01: 1 eligible (sho_ydelse 1), 0 exempt, 0 not eligible, 1 undetermined (missing data), 1 with data warnings (see "warnings"); 0 records not read
$ nytte validate rules/nordfyns.toml
! nytte: 1 rule file checked: 0 errors, 0 warnings; 13 tests, 0 failed
$ nytte validate rules/nordfyns.toml rules/greve.toml
! nytte: 2 rule files checked: 0 errors, 0 warnings; 51 tests, 0 failed
$ nytte validate tests/data/bad-rules/bad-expression.toml tests/data/bad-rules/type-error.toml > /dev/null
! nytte: 2 rule files checked: 2 errors, 0 warnings; 0 tests, 0 failed
? 1
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance tests/data/broken/attendance.csv --weeks 1 | grep -E 'total|below'
|   total     1 week          12:00   12:00     8:00    0:00      0:00   4:00
|   attendance 66.7 %; 1 week below the requirement; longest run of fully attended weeks 0
! nytte: error: tests/data/broken/attendance.csv:4:24: stray quote: the quoted cell opened here does not close as a cell over several lines would (within 100 lines, into a row of 5 cells, no line of it a row on its own); this line alone is the row, the next line starts the next
! nytte: error: tests/data/broken/attendance.csv:6:31: invalid UTF-8 (byte 0xFF): CSV inputs are read as UTF-8; save the file as "CSV UTF-8" (a spreadsheet's other CSV forms write Windows-1252); this row was skipped
! nytte: 1 person with rules nordfyns: 1 below the requirement in 1 week (4:00 short in total); attendance: 2 rows counted, 1 outside the period; 2 errors
? 2
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance tests/data/broken/attendance.csv --weeks 2 | grep -E 'total|below'
|   total     2 weeks         24:00   24:00    12:00    0:00      0:00  12:00
|   attendance 50.0 %; 2 weeks below the requirement; longest run of fully attended weeks 0
! nytte: error: tests/data/broken/attendance.csv:4:24: stray quote: the quoted cell opened here does not close as a cell over several lines would (within 100 lines, into a row of 5 cells, no line of it a row on its own); this line alone is the row, the next line starts the next
! nytte: error: tests/data/broken/attendance.csv:6:31: invalid UTF-8 (byte 0xFF): CSV inputs are read as UTF-8; save the file as "CSV UTF-8" (a spreadsheet's other CSV forms write Windows-1252); this row was skipped
! nytte: 1 person with rules nordfyns: 1 below the requirement in 2 weeks (12:00 short in total); attendance: 3 rows counted; 2 errors
? 2
$ nytte report examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --on 2025-09-01 > /dev/null
! nytte: report of 1 person with nordfyns on 2025-09-01; 0 records not read
$ nytte build-package examples/citizens/nordfyns-49.toml examples/citizens/aarhus-fuldtid.toml --rules rules/nordfyns.toml --start 2025-09-01 --format csv > /dev/null
! nytte: warning: examples/citizens/aarhus-fuldtid.toml:5:1: aarhus-fuldtid: no package: not in the target group on 2025-09-01 (not_eligible)
! nytte: 2 people with rules nordfyns: 1 full package, 0 short (0:00 missing in total), 1 without a package; 2 seats taken; 0 errors

# A CSV option given to a run that writes no CSV is ignored, and said, in
# every command that writes CSV: --csv-sep as --csv-bom.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 --format json --csv-sep ';' > /dev/null
! nytte: warning: --csv-sep: --format json writes no CSV; the option is ignored
$ nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --start 2025-09-01 --csv-sep ';' 2>&1 >/dev/null | grep warning
| nytte: warning: --csv-sep: --format text writes no CSV; the option is ignored
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --format json --csv-sep ';' --csv-bom > /dev/null
! nytte: warning: --csv-sep: --format json writes no CSV; the option is ignored
! nytte: warning: --csv-bom: --format json writes no CSV; the option is ignored
$ nytte report examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --on 2025-09-01 --csv-sep ';' 2>&1 >/dev/null | grep warning
| nytte: warning: --csv-sep: --format text writes no CSV; the option is ignored
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 --format json --csv-sep ';' -q
? 1
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 --format csv --csv-sep ';' > /dev/null

# The summary counts records, not the lines above it: one record can have
# several errors. weekly-hours and build-package count their error lines.
$ nytte check-eligibility tests/e2e/docs-data/people.csv --on 2025-09-01 --format csv 2>&1 >/dev/null | sed -E 's/(:[0-9]+:[0-9]+): .*/\1/'
| nytte: error: tests/e2e/docs-data/people.csv:3:1
| nytte: error: tests/e2e/docs-data/people.csv:4:26
| nytte: error: tests/e2e/docs-data/people.csv:4:63
| nytte: 1 citizen checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 1 undetermined (missing data); 2 records not read
? 2
$ nytte check-eligibility no/such.toml tests/data/bad/unknown-field.toml examples/citizens/nordfyns-49.toml --on 2025-09-01 --format csv 2>&1 >/dev/null | tail -1
| nytte: 1 citizen checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 1 undetermined (missing data); 1 input and 1 record not read
? 2
$ nytte report examples/citizens/nordfyns-49.toml tests/data/bad/unknown-field.toml --rules rules/nordfyns.toml --attendance tests/data/broken/attendance.csv --on 2025-09-01 2>&1 >/dev/null | tail -1
| nytte: report of 1 person with nordfyns on 2025-09-01; 1 record not read, 2 attendance rows not read
? 2
