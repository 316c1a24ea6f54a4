# Inputs (docs/reliability.md, docs/citizens.md): rules from standard input,
# inputs with no records said out loud, and absurdly long names cut short
# in messages, found at once.

# --rules - reads the rule set from standard input, in every subcommand that
# applies one; standard input is read once.
$ cat rules/nordfyns.toml | nytte check-eligibility examples/citizens/nordfyns-49.toml \
>     --rules - --on 2025-09-01 --format csv | cut -d, -f1-4
| id,eligible,target_groups,track
| nordfyns-49,true,aktivitetsparate_30plus,virksomhedsrettet
$ nytte build-package examples/citizens/nordfyns-49.toml --rules - --start 2025-09-01 \
>     --format csv < rules/nordfyns.toml | cut -d, -f1-3 | sed -n 1,2p
| id,track,phase
| nordfyns-49,virksomhedsrettet,
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules - --format csv \
>     < rules/nordfyns.toml | cut -d, -f1-2 | sed -n 1,2p
| id,week
| nordfyns-49,2025-W36
$ nytte report examples/citizens/nordfyns-49.toml --rules - --on 2025-09-01 --format csv \
>     < rules/nordfyns.toml | sed -n 1,2p
| section,table,row,label,column,value,minutes
| eligibility,status,eligible,covered (eligible),people,<5,
! nytte: report of 1 person with nordfyns on 2025-09-01; 0 records not read
$ echo 'id = "broken' | nytte check-eligibility examples/citizens/nordfyns-49.toml --rules -
! nytte: error: <stdin>:1:13: string not closed before the end of the line: .* (re)
? 2
$ nytte check-eligibility - --rules - < examples/citizens/nordfyns-49.toml
! nytte: error: --rules - and the input - both read standard input: give one of them as a file
? 2

# An input with no citizen records is an error of that input (exit 2); the
# other inputs are still read.
$ nytte check-eligibility tests/data/empty/empty.toml --on 2025-09-01
! nytte: error: tests/data/empty/empty.toml: no citizen records: the input is empty (no [[citizen]] table)
? 2
$ nytte check-eligibility - --on 2025-09-01 < /dev/null
! nytte: error: <stdin>: no citizen records: the input is empty (no [[citizen]] table)
? 2
$ nytte check-eligibility tests/data/empty/comments.toml examples/citizens/nordfyns-49.toml \
>     --on 2025-09-01 --format csv | cut -d, -f1-2
| id,eligible
| nordfyns-49,false
! nytte: error: tests/data/empty/comments.toml: no citizen records: the input is empty (no [[citizen]] table)
! nytte: 1 citizen checked with national on 2025-09-01: .* (re)
? 2
$ nytte check-eligibility tests/data/empty/header-only.csv --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
! nytte: error: tests/data/empty/header-only.csv: no citizen records: a header row and no rows
? 2
$ nytte build-package tests/data/empty/empty.toml --start 2025-09-01
! nytte: error: tests/data/empty/empty.toml: no citizen records: the input is empty (no [[citizen]] table)
? 2
$ nytte weekly-hours tests/data/empty/header-only.csv --rules rules/nordfyns.toml
! nytte: error: tests/data/empty/header-only.csv: no citizen records: a header row and no rows
? 2
$ nytte report - --on 2025-09-01 --format csv < /dev/null > /dev/null
! nytte: error: <stdin>: no citizen records: the input is empty (no [[citizen]] table)
! nytte: report of 0 people with national on 2025-09-01; 1 input not read
? 2

# A 10 MB unknown field, code or column: the message quotes 60 bytes and the
# size, suggests nothing, and comes at once (it took 25-100 s and 2.7 GB).
$ python3 -c 'print("[[citizen]]\nid = \"a\"\n" + "x" * 10485760 + " = 1")' > $TMP/field.toml
$ nytte check-eligibility $TMP/field.toml --on 2025-09-01 2>&1 >/dev/null | sed "s|$TMP/||"
| nytte: error: field.toml:3:1: unknown field 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…(10485760 bytes)'
? 2
$ python3 -c 'print("id,benefit\na," + "x" * 10485760)' > $TMP/code.csv
$ nytte check-eligibility $TMP/code.csv --on 2025-09-01 2>&1 >/dev/null | sed "s|$TMP/||" | cut -c1-134
| nytte: error: code.csv:2:3: unknown benefit 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…(10485760 bytes)' (expecte
? 2
$ python3 -c 'print("id," + "x" * 10485760 + "\na,1")' > $TMP/column.csv
$ nytte report $TMP/column.csv --on 2025-09-01 --format csv 2>&1 >/dev/null | sed "s|$TMP/||"
| nytte: error: column.csv:1:4: unknown column 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…(10485760 bytes)'
| nytte: report of 0 people with national on 2025-09-01; 1 input not read
? 2
