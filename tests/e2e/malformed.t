# Malformed input: every error names file, line and column, says what was
# expected, exits 2, and the good records of the batch are still written.

$ nytte check-eligibility tests/data/bad/bad-cpr.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/bad/bad-cpr.toml:3:7: malformed CPR number: expected DDMMYY-SSSS (ten digits)
? 2

$ nytte check-eligibility tests/data/bad/cell-count.csv --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| a,false,,,0,not_eligible,,,,,0
| c,false,,,0,undetermined,born_in_denmark;first_entry_date;fulltime_work_years_last_10;residence_years_last_10,,,,0
! nytte: error: tests/data/bad/cell-count.csv:3:1: row has 2 cells, the header has 3 columns
! nytte: 2 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 1 not eligible, 1 undetermined (missing data); 1 record not read
? 2

$ nytte check-eligibility tests/data/bad/cpr-impossible-date.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/bad/cpr-impossible-date.toml:3:7: malformed CPR number: the CPR number's date part is not a date (day 31, month 02, year 1970)
? 2

$ nytte check-eligibility tests/data/bad/cpr-mismatch.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/bad/cpr-mismatch.toml:4:14: birth_date 1970-03-15 disagrees with the CPR number, which gives 1970-03-14
? 2

$ nytte check-eligibility tests/data/bad/csv-bad-date.csv --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| b,false,,,0,not_eligible,,,,,0
! nytte: error: tests/data/bad/csv-bad-date.csv:2:3: field 'birth_date' must be a date like 1970-03-14, found '1970-02-31'
! nytte: 1 citizen checked with national on 2025-09-01: 0 eligible, 0 exempt, 1 not eligible, 0 undetermined (missing data); 1 record not read
? 2

$ nytte check-eligibility tests/data/bad/duplicate-id.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| same,false,,,0,not_eligible,,,,,0
| other,false,,,0,not_eligible,,,,,0
! nytte: error: tests/data/bad/duplicate-id.toml:9:1: duplicate id 'same': an earlier record has the same id (ids must be unique within an input); this record was skipped
! nytte: 2 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 2 not eligible, 0 undetermined (missing data); 1 record not read
? 2

$ nytte check-eligibility tests/data/bad/impossible-date.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/bad/impossible-date.toml:3:24: invalid date: expected day between 1 and 28 (inclusive), saw 30
? 2

$ nytte check-eligibility tests/data/bad/missing-id.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/bad/missing-id.toml:1:1: missing required field 'id' (a non-empty string)
? 2

$ nytte check-eligibility tests/data/bad/negative-hours.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/bad/negative-hours.toml:3:23: field 'work_capacity_hours' must be between 0 and 168, found -3
? 2

$ nytte check-eligibility tests/data/bad/syntax.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| ok-1,false,,,0,undetermined,born_in_denmark;first_entry_date;fulltime_work_years_last_10;residence_years_last_10,,,,0
| ok-2,false,,,0,not_eligible,,,,,0
! nytte: error: tests/data/bad/syntax.toml:7:25: string not closed before the end of the line: end it with a quote, or write a string of several lines between triple quotes (""" or ''')
! nytte: 2 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 1 not eligible, 1 undetermined (missing data); 1 record not read
? 2

$ nytte check-eligibility tests/data/bad/unavailable-order.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/bad/unavailable-order.toml:3:16: unavailable block must end after it starts, found 12:00 to 08:00
? 2

$ nytte check-eligibility tests/data/bad/unknown-code.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/bad/unknown-code.toml:3:11: unknown benefit 'kontanthjelp'; did you mean 'kontanthjaelp'?
? 2

$ nytte check-eligibility tests/data/bad/unknown-column.csv --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/bad/unknown-column.csv:1:12: unknown column 'shcool_years'; did you mean 'school_years'?
? 2

$ nytte check-eligibility tests/data/bad/unknown-field.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/bad/unknown-field.toml:3:1: unknown field 'benfit'; did you mean 'benefit'?
? 2

$ nytte check-eligibility tests/data/bad/unknown-municipality.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/bad/unknown-municipality.toml:3:16: unknown municipality 'Arhus': expected a kommunekode of three digits or a municipality name; did you mean 'Aarhus'?
? 2

$ nytte check-eligibility tests/data/bad/unknown-table.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/bad/unknown-table.toml:1:3: unknown top-level key 'citizens'; did you mean 'citizen'? (a citizen file holds [[citizen]] tables only)
? 2

$ nytte check-eligibility tests/data/bad/wrong-type.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/bad/wrong-type.toml:3:16: field 'school_years' must be an integer, found string
? 2

# The same from standard input: the messages name <stdin>.
$ nytte check-eligibility - --on 2025-09-01 --format csv < tests/data/bad/unknown-field.toml
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: <stdin>:3:1: unknown field 'benfit'; did you mean 'benefit'?
? 2

$ printf 'id,benefit\nx-1,kontanthjaelp\nx-2,kontanthjelp\n' | nytte check-eligibility - --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| x-1,false,,,0,undetermined,born_in_denmark;first_entry_date;fulltime_work_years_last_10;residence_years_last_10,,,,0
! nytte: error: <stdin>:3:5: unknown benefit 'kontanthjelp'; did you mean 'kontanthjaelp'?
! nytte: 1 citizen checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 1 undetermined (missing data); 1 record not read
? 2

# Several inputs: a bad file does not stop the others.
$ nytte check-eligibility tests/data/bad/unknown-column.csv examples/citizens/national-sho.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| national-sho,true,sho_ydelse,arbejdspligt,37,eligible,,sho_ydelse_efter_2025_07_01,,work_capacity_hours=37,2220
! nytte: error: tests/data/bad/unknown-column.csv:1:12: unknown column 'shcool_years'; did you mean 'school_years'?
! nytte: 1 citizen checked with national on 2025-09-01: 1 eligible (sho_ydelse 1), 0 exempt, 0 not eligible, 0 undetermined (missing data), 1 with data warnings (see "warnings"); 1 input not read
? 2

# Duplicate ids across files of one run.
$ nytte check-eligibility examples/citizens/national-sho.toml examples/citizens/national-sho.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| national-sho,true,sho_ydelse,arbejdspligt,37,eligible,,sho_ydelse_efter_2025_07_01,,work_capacity_hours=37,2220
! nytte: error: examples/citizens/national-sho.toml:7:1: duplicate id 'national-sho': an earlier record has the same id (ids must be unique within an input); this record was skipped
! nytte: 1 citizen checked with national on 2025-09-01: 1 eligible (sho_ydelse 1), 0 exempt, 0 not eligible, 0 undetermined (missing data), 1 with data warnings (see "warnings"); 1 record not read
? 2

# Rule files that cannot be used: nothing is checked, exit 2.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --rules tests/data/bad-rules/bad-expression.toml --on 2025-09-01 --format csv
! nytte: error: tests/data/bad-rules/bad-expression.toml:13:5: unknown field 'benfit'; did you mean 'benefit'?
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --rules tests/data/bad-rules/type-error.toml --on 2025-09-01 --format csv
! nytte: error: tests/data/bad-rules/type-error.toml:11:17: cannot compare 'benefit' (string) with '3' (number) using '>'
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --rules tests/data/bad-rules/extends-missing.toml --on 2025-09-01 --format csv
! nytte: error: tests/data/bad-rules/extends-missing.toml:4:11: rule set 'tests/data/bad-rules/extends-missing.toml' extends 'no-such-file.toml', which does not exist (tests/data/bad-rules/no-such-file.toml)
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --rules tests/data/bad-rules/extends-self.toml --on 2025-09-01 --format csv
! nytte: error: tests/data/bad-rules/extends-self.toml:4:11: 'extends' makes a cycle: tests/data/bad-rules/extends-self.toml extends tests/data/bad-rules/extends-self.toml, which is already being loaded
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --rules tests/data/bad-rules/cycle-a.toml --on 2025-09-01 --format csv
! nytte: error: tests/data/bad-rules/cycle-b.toml:4:11: 'extends' makes a cycle: tests/data/bad-rules/cycle-b.toml extends tests/data/bad-rules/cycle-a.toml, which is already being loaded
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --rules tests/data/bad-rules/unknown-function.toml --on 2025-09-01 --format csv
! nytte: error: tests/data/bad-rules/unknown-function.toml:11:9: unknown function 'months_in'; did you mean 'months_on'?
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --rules tests/data/bad-rules/broken-toml.toml --on 2025-09-01 --format csv
! nytte: error: tests/data/bad-rules/broken-toml.toml:3:18: string not closed before the end of the line: end it with a quote, or write a string of several lines between triple quotes (""" or ''')
? 2

# Bad usage.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-02-30
! nytte: error: --on: '2025-02-30' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --format yaml
! nytte: error: --format: 'yaml' is not one of text, json, jsonl, csv, letter
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte check-eligibility
! nytte: error: no input: give citizen files (TOML or CSV), directories, or - for standard input
? 2

$ nytte check-eligibility examples/citizens/empty-dir-does-not-exist/
! nytte: error: examples/citizens/empty-dir-does-not-exist/: cannot read: no such file or directory
? 2
